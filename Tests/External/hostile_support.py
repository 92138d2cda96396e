"""What a browser would run in a built page, found with an HTML parser: the checks of test_hostile_input.py."""
import html.parser
import json
import re
import unicodedata

# `sms:` is the theme's own, for 114.
SAFE_SCHEMES = {"http", "https", "mailto", "tel", "sms"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href", "data"}
# Open Graph properties whose `content` is an address a reader may follow.
URL_META = {"og:url", "og:image", "og:image:url", "og:image:secure_url", "og:video", "og:audio"}
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math", "portal"}
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def url_scheme(url: str):
    """The scheme a browser reads (WHATWG URL): C0 controls and spaces around the value dropped, tabs and line
    breaks dropped anywhere; None for a relative address."""
    cleaned = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))
    match = SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


class LiveScriptFinder(html.parser.HTMLParser):
    """Collects what could run: elements that load other documents, event handlers, addresses with a scheme other
    than http(s)/mailto/tel, scripts other than the theme's own files (`own_scripts`) and JSON-LD blocks that
    parse as JSON without `<`. JSON-LD blocks read are kept in `json_ld`."""

    def __init__(self, own_scripts=()):
        super().__init__(convert_charrefs=True)
        self.own_scripts = set(own_scripts)
        self.found = []
        self.json_ld = []
        self._json_text = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}={value!r}")
            elif name in URL_ATTRIBUTES and value:
                self._check_url(tag, name, value)
            elif name == "srcset" and value:
                for candidate in value.split(","):
                    self._check_url(tag, name, candidate.strip().split(" ")[0])
        if tag == "meta":
            self._check_meta(attributes)
        if tag == "script":
            self._check_script(attributes)

    def _check_url(self, tag, name, value):
        scheme = url_scheme(value)
        if scheme is not None and scheme not in SAFE_SCHEMES:
            self.found.append(f"{tag} {name}={value!r}")

    def _check_meta(self, attributes):
        content = attributes.get("content") or ""
        if (attributes.get("property") or "").lower() in URL_META:
            self._check_url("meta", "content", content)
        if (attributes.get("http-equiv") or "").lower() == "refresh":
            target = re.sub(r"^[\d.\s]*[;,]?\s*(url\s*=\s*)?", "", content, flags=re.IGNORECASE).strip("'\"")
            self._check_url("meta refresh", "content", target)

    def _check_script(self, attributes):
        if "src" in attributes:
            if attributes["src"] not in self.own_scripts:
                self.found.append(f"<script src={attributes['src']!r}>")
        elif attributes.get("type") == "application/ld+json":
            self._json_text = ""
        else:
            self.found.append("<script> with inline code")

    def handle_data(self, data):
        if self._json_text is not None:
            self._json_text += data

    def handle_endtag(self, tag):
        if tag == "script" and self._json_text is not None:
            text, self._json_text = self._json_text, None
            if "<" in text:
                self.found.append(f"JSON-LD with `<`: {text[:200]!r}")
            try:
                self.json_ld.append(json.loads(text))
            except ValueError:
                self.found.append(f"JSON-LD that is not JSON: {text[:200]!r}")


def live_scripts(text: str, own_scripts=()) -> LiveScriptFinder:
    """The finder after reading `text`."""
    finder = LiveScriptFinder(own_scripts)
    finder.feed(text)
    finder.close()
    return finder


class PageText(html.parser.HTMLParser):
    """The text of a page, the `content` of its meta elements by name or property, the `href` of its links."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.meta = {}
        self.hrefs = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and "content" in attributes:
            self.meta[attributes.get("property") or attributes.get("name")] = attributes["content"]
        if tag == "a" and "href" in attributes:
            self.hrefs.append(attributes["href"])

    def handle_data(self, data):
        self.text += data


class AttributeNames(html.parser.HTMLParser):
    """Every (element, attribute name) pair of a page, as a browser's parser reads them, and each element's
    attributes in `elements` ([(tag, {name: value})])."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.pairs = set()
        self.elements = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.pairs.update((tag, name) for name, _ in attrs)
        self.elements.append((tag, dict(attrs)))


def visible(text):
    """`text` without what typography and output formats may change: spaces, line breaks, control characters,
    the apostrophe `’`."""
    return "".join(c for c in text.replace("\u2019", "'") if not (c.isspace() or unicodedata.category(c) in ("Cc", "Zl", "Zp")))


def ics_text(value):
    """What a TEXT value of the .ics carries: line ends as LF, the control characters RFC 5545 forbids left out."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in value if c in "\t\n" or not (ord(c) < 0x20 or ord(c) == 0x7F))


def written_out(text):
    """A value as diagnostics print it: control characters (C0, DEL, C1), bidirectional marks and controls, and the
    line and paragraph separators become `\\u{1B}`, so that no value can act on a terminal or a CI log."""
    hidden = lambda code: code <= 0x1F or 0x7F <= code <= 0x9F or code in (0x200E, 0x200F, 0x2028, 0x2029) \
        or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
    return "".join(f"\\u{{{ord(c):X}}}" if hidden(ord(c)) else c for c in text)
