"""Helpers for the guide's checks: a guide site built with the clsm theme, its entries read independently, French order."""
import html.parser
import re
import shutil
import unicodedata
from pathlib import Path

import yaml

from conftest import REPO, build_site

FIXTURE = REPO / "Tests" / "Fixtures" / "sites" / "guide"
BASE_PATH = "/clsm/"


def make_guide_site(root: Path) -> Path:
    """The fixture guide (content and site.yml) with the repository's clsm theme instead of its own small one."""
    site = root / "site"
    shutil.copytree(FIXTURE / "content", site / "content")
    config = (FIXTURE / "site.yml").read_text(encoding="utf-8").replace("theme: guide-plain", "theme: clsm")
    (site / "site.yml").write_text(config, encoding="utf-8")
    shutil.copytree(REPO / "themes", site / "themes")
    return site


def axe_violations(browser, axe_source):
    """axe-core's violations on the page the browser shows: `rule: targets` for each."""
    browser.execute_script(axe_source)
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' '))))"
        ".catch(e => done(['axe failed: ' + e]));")


def build_guide(root: Path) -> Path:
    return build_site(str(make_guide_site(root)), root / "public")


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def french_key(title: str):
    """Accents, case and ligatures aside, leading quotes left out; then the title itself."""
    folded = unicodedata.normalize("NFD", title.replace("œ", "oe").replace("Œ", "Oe"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold().replace("\u2019", "'")
    return re.sub(r"^[^0-9a-z]+", "", folded), title


def entries():
    """The published entries of the fixture, read from their front matter: {id: fields}."""
    found = {}
    for path in sorted((FIXTURE / "content" / "guide").glob("*.md")):
        if path.name == "index.md":
            continue
        front = yaml.load(path.read_text(encoding="utf-8").split("---")[1], Loader=yaml.BaseLoader)
        if front.get("draft") == "true":
            continue
        front["sector"] = front.get("sector", [])
        front["publics"] = front.get("publics", [])
        found[path.stem] = front
    return found


def typeset(title: str) -> str:
    """The title as the HTML shows it: a narrow no-break space inside « », the apostrophe of « l’été »."""
    return re.sub(r"(?<=\w)'", "’", title.replace("« ", "«\u202f").replace(" »", "\u202f»"))


def in_french_order(ids, fields):
    return sorted(ids, key=lambda i: french_key(fields[i]["title"]))


class GuidePage(html.parser.HTMLParser):
    """What a test reads of a guide page: h1 and h4 texts, entry links by enclosing section id, tel: links of <main>
    (the theme's emergency numbers stand outside it, on every page)."""

    def __init__(self, text: str):
        super().__init__()
        self.h1 = ""
        self.h4 = []
        self.sections = {}
        self.tel = []
        self._section = []
        self._in_h1 = False
        self._in_h4 = False
        self._in_title = False
        self._in_main = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "section":
            self._section.append(attributes.get("id", ""))
        if tag == "main":
            self._in_main = True
        if tag == "h1":
            self._in_h1 = True
        if tag == "h4":
            self.h4.append("")
            self._in_h4 = True
        if tag == "h3" and "guide-item__title" in (attributes.get("class") or ""):
            self._in_title = True
        if tag == "a":
            href = attributes.get("href") or ""
            if href.startswith("tel:") and self._in_main:
                self.tel.append(href)
            if self._in_title:
                key = next((s for s in reversed(self._section) if s), "")
                self.sections.setdefault(key, []).append(href)

    def handle_endtag(self, tag):
        if tag == "section" and self._section:
            self._section.pop()
        if tag == "main":
            self._in_main = False
        if tag == "h1":
            self._in_h1 = False
        if tag == "h4":
            self._in_h4 = False
        if tag == "h3":
            self._in_title = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data
        if self._in_h4:
            self.h4[-1] += data


def read_page(output: Path, url_path: str) -> GuidePage:
    return GuidePage((output / url_path / "index.html").read_text(encoding="utf-8"))


def entry_url(entry_id: str) -> str:
    return f"{BASE_PATH}guide/{entry_id}/"
