"""No built page makes a visitor's browser ask another host for anything: no CDN, no web font, no tracker.

Every src, srcset, href of a non-<a> element, <form action>, inline style and <style> url(), and every
url() or @import of the CSS files must be relative or on the site's own host. A plain <a href> to a
partner's site or to an outside page is navigation, not a request, and may go anywhere.
"""
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from conftest import DEMO_SITES

CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
REQUESTING = {"src", "srcset", "href", "action", "data", "poster", "formaction", "background", "manifest", "ping"}


def site_host(site: str) -> str:
    import yaml
    from conftest import REPO
    config = yaml.safe_load((REPO / site / "site.yml").read_text(encoding="utf-8"))
    return urlsplit(str(config["base_url"])).hostname


class References(HTMLParser):
    """Collects the URLs of one page that the browser would fetch by itself."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls, self._in_style = [], False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attributes.items():
            if value is None or name not in REQUESTING:
                continue
            if name == "href" and tag == "a":
                continue
            if name == "srcset":
                self.urls += [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
            else:
                self.urls.append(value)
        if "style" in attributes and attributes["style"]:
            self.urls += css_urls(attributes["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += css_urls(data)


def css_urls(text):
    return [a or b for a, b in CSS_URL.findall(text)]


def foreign(url, host):
    """True when `url` leads to another host (a protocol-relative `//x` included)."""
    parts = urlsplit(url.strip())
    if parts.scheme in ("data",):
        return False
    if parts.scheme in ("mailto", "tel", "sms"):
        return True  # never something a page loads by itself
    return bool(parts.netloc) and parts.hostname != host


def test_no_page_or_stylesheet_references_another_host(demo_sites):
    problems, checked = [], 0
    for name, site in DEMO_SITES.items():
        host = site_host(site)
        output = demo_sites[name]
        for page in sorted(output.rglob("*.html")):
            parser = References()
            parser.feed(page.read_text(encoding="utf-8"))
            checked += len(parser.urls)
            problems += [f"{name} {page.relative_to(output)}: {url}" for url in parser.urls if foreign(url, host)]
        for sheet in sorted(output.rglob("*.css")):
            urls = css_urls(sheet.read_text(encoding="utf-8"))
            problems += [f"{name} {sheet.relative_to(output)}: {url}" for url in urls if foreign(url, host)]
    assert checked > 0
    assert problems == [], "\n".join(problems[:40])


def test_pages_work_without_javascript(demo_sites):
    """No inline script anywhere (JSON-LD data excepted): a script may only enhance a page, from a file of the site.
    The theme's own pages (home, content, actions, news, contact, generated pages) carry none at all."""
    inline = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")", re.IGNORECASE)
    any_script = re.compile(r"<script\b(?![^>]*type=\"application/ld\+json\")", re.IGNORECASE)
    theme_pages = ["", "presentation/", "actions/", "actualites/", "contact/", "mentions-legales/", "accessibilite/", "plan-du-site/"]
    problems = []
    for name, output in demo_sites.items():
        for page in sorted(output.rglob("*.html")):
            if inline.search(page.read_text(encoding="utf-8")):
                problems.append(f"{name} {page.relative_to(output)}: inline script")
        for path in theme_pages:
            if any_script.search((output / path / "index.html").read_text(encoding="utf-8")):
                problems.append(f"{name} /{path}: script")
    assert problems == []


def test_the_check_sees_outside_requests():
    parser = References()
    parser.feed('<link rel="stylesheet" href="https://cdn.example.com/a.css"><img srcset="/a.png 1x, //evil.example/b.png 2x">'
                '<div style="background: url(https://fonts.example.net/x.woff)"></div><a href="https://partner.example/">ok</a>'
                '<style>@import "https://t.example/x.css";</style>')
    outside = [url for url in parser.urls if foreign(url, "www.site.fr")]
    assert outside == ["https://cdn.example.com/a.css", "//evil.example/b.png", "https://fonts.example.net/x.woff",
                       "https://t.example/x.css"]
    assert not foreign("/css/clsm.css", "www.site.fr") and not foreign("https://www.site.fr/a/", "www.site.fr")
