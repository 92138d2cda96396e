"""French that looks right on every page of the three demo sites: spacing, dates, times, phone numbers.

Each page is parsed with html.parser; what a visitor reads is its text (outside code, scripts and
styles) and the attributes read aloud or shown (alt, title, aria-label, meta description).
"""
import re
from html.parser import HTMLParser

NBSP, NNBSP = "\u00a0", "\u202f"
SKIPPED = {"code", "pre", "kbd", "samp", "script", "style", "textarea"}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
DAY = r"(?:1er|[2-9]|[12]\d|3[01])"
LONG_DATE = rf"(?:{WEEKDAYS}) {DAY} (?:{MONTHS}) \d{{4}}"
TIME = rf"\d{{1,2}}{NBSP}h(?:{NBSP}\d\d)?"
# What a <time> element may say: a long date (with a time, or hours from–to), a range, a time, a month, a year.
TIME_ELEMENT = re.compile(
    rf"^(?:(?:le |du )?{LONG_DATE}(?:, {TIME}(?: – {TIME})?)?|du (?:{WEEKDAYS}) {DAY}(?: (?:{MONTHS})(?: \d{{4}})?)? au {LONG_DATE}"
    rf"|{TIME}(?: – {TIME})?|(?:{MONTHS}) \d{{4}}|\d{{4}})$")
# URLs and e-mail addresses keep their punctuation.
ADDRESS = re.compile(r"\S*(?:://|@|www\.)\S*")


class ReadText(HTMLParser):
    """Collects the texts a visitor reads and the <time> elements of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.texts, self.times, self._time = [], [], [], None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in READ_ATTRIBUTES & attributes.keys():
            self.texts.append(attributes[name] or "")
        if tag == "meta" and attributes.get("name") == "description":
            self.texts.append(attributes.get("content") or "")
        if tag == "time":
            self._time = [attributes.get("datetime"), ""]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass
        if tag == "time" and self._time:
            self.times.append(tuple(self._time))
            self._time = None

    def handle_data(self, data):
        if SKIPPED & set(self.stack):
            return
        self.texts.append(data)
        if self._time:
            self._time[1] += data


def read(page):
    parser = ReadText()
    parser.feed(page.read_text(encoding="utf-8"))
    # Text nodes split at inline tags belong to one sentence: join them without a separator.
    return ADDRESS.sub(" ", "".join(parser.texts)), parser.times


SPACING_MISTAKES = [
    (re.compile(rf"[ {NNBSP}]:"), "a colon takes a NO-BREAK SPACE before it"),
    (re.compile(rf"[ {NBSP}][;!?]"), "; ! ? take a NARROW NO-BREAK SPACE before them"),
    (re.compile(r"[^\W\d_][;!?](?:\s|$)"), "; ! ? need a narrow no-break space after a word"),
    (re.compile(r"[^\W\d_]:(?:\s|$)"), "a colon needs a no-break space after a word"),
    (re.compile(rf"«[^{NNBSP}]"), "« takes a NARROW NO-BREAK SPACE after it"),
    (re.compile(rf"[^{NNBSP}]»"), "» takes a NARROW NO-BREAK SPACE before it"),
]
DATE_MISTAKES = [
    (re.compile(rf"\b1 (?:{MONTHS})\b"), "the first of a month is written « 1er »"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "an ISO date is not for visitors"),
    (re.compile(r"\b\d{1,2}(?:h\d\d|h\b|:\d\d)"), "times are written « 18 h 30 », not « 18h30 » or « 18:30 »"),
    (re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
     "an English month or day name on a French page"),
]
PHONE_TEXT = re.compile(r"^(?:0\d(?: \d\d){4}|0 8\d\d \d{3} \d{3}|\d{2,4}|116 \d{3})$")
PHONE_HREF = re.compile(r"^(?:tel|sms):(?:\+33[1-9]\d{8}|\+262\d{9}|\d{2,6})$")


def every_page(demo_sites):
    for name, output in demo_sites.items():
        for page in sorted(output.rglob("*.html")):
            yield name, page


def mistakes_in(text, rules):
    found = []
    for pattern, why in rules:
        for match in pattern.finditer(text):
            start = max(0, match.start() - 30)
            found.append(f"{why}: …{text[start:match.end() + 30]!r}…")
    return found


def test_french_spacing_on_every_page(demo_sites):
    problems = []
    for name, page in every_page(demo_sites):
        text, _ = read(page)
        problems += [f"{name} {page.relative_to(demo_sites[name])}: {m}" for m in mistakes_in(text, SPACING_MISTAKES)]
    assert problems == [], "\n".join(problems[:40])


def test_dates_and_times_are_french_on_every_page(demo_sites):
    problems = []
    checked = 0
    for name, page in every_page(demo_sites):
        text, times = read(page)
        where = f"{name} {page.relative_to(demo_sites[name])}"
        problems += [f"{where}: {m}" for m in mistakes_in(text, DATE_MISTAKES)]
        for datetime, shown in times:
            checked += 1
            if not datetime:
                problems.append(f"{where}: <time> without datetime: {shown!r}")
            if not TIME_ELEMENT.match(shown.strip()):
                problems.append(f"{where}: <time datetime={datetime!r}> says {shown!r}")
    assert checked > 0
    assert problems == [], "\n".join(problems[:40])


def test_phone_numbers_are_written_and_linked_the_french_way(demo_sites):
    link = re.compile(r'<a [^>]*href="((?:tel|sms):[^"]*)"[^>]*>([^<]*)</a>')
    problems, checked = [], 0
    for name, page in every_page(demo_sites):
        for href, shown in link.findall(page.read_text(encoding="utf-8")):
            checked += 1
            if not PHONE_HREF.match(href) or not PHONE_TEXT.match(shown):
                problems.append(f"{name} {page.relative_to(demo_sites[name])}: {shown!r} → {href}")
    assert checked > 0
    assert problems == [], "\n".join(problems[:40])


def test_the_contact_phone_is_shown_and_linked(demo_sites):
    page = (demo_sites["metz"] / "contact" / "index.html").read_text(encoding="utf-8")
    assert '<a class="phone" href="tel:+33387562768">03 87 56 27 68</a>' in page


def test_the_checks_catch_what_they_should():
    """The rules above, on text written wrong: a check that cannot fail proves nothing."""
    assert mistakes_in("Bonjour : oui", SPACING_MISTAKES)
    assert mistakes_in("Vraiment ?", SPACING_MISTAKES)
    assert mistakes_in(f"Vraiment{NBSP}?", SPACING_MISTAKES)
    assert mistakes_in("« Oui »", SPACING_MISTAKES)
    assert not mistakes_in(f"Bonjour{NBSP}: «{NNBSP}oui{NNBSP}»{NNBSP}!", SPACING_MISTAKES)
    assert not mistakes_in(ADDRESS.sub(" ", "voir https://example.org/?a=1 ou a@b.fr"), SPACING_MISTAKES)
    assert mistakes_in("le 1 octobre à 18h30", DATE_MISTAKES) and mistakes_in("à 18:30", DATE_MISTAKES)
    assert not mistakes_in(f"le mercredi 1er octobre 2025, 18{NBSP}h{NBSP}30", DATE_MISTAKES)
    assert TIME_ELEMENT.match("du lundi 6 au dimanche 19 octobre 2025")
    assert TIME_ELEMENT.match("mardi 14 octobre 2025")
    assert not TIME_ELEMENT.match("2025-10-14") and not TIME_ELEMENT.match("mardi 1 octobre 2025")
    assert PHONE_TEXT.match("03 87 56 27 68") and not PHONE_TEXT.match("0387562768")
