"""The map of the guide in headless Chromium: no request leaves the site before the visitor asks for the map; then a
marker for every entry with coordinates, its tiles from the server site.yml names (here a local stub), the choice
remembered on the device until forgotten; the list by commune says the same without JavaScript; axe finds nothing."""
import http.server
import re
import threading
import time
import zlib
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import build_site
from guide_support import BASE_PATH, axe_violations, entries, make_guide_site, read_page, typeset

WAIT = 10


def png_tile() -> bytes:
    """A 1×1 grey PNG, enough for Leaflet to draw a tile."""
    def chunk(kind, data):
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")
    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def tile_server():
    """A stand-in for the tile server: answers every path with a tile, and records the paths asked for."""
    requested = []
    tile = png_tile()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requested.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requested
    server.shutdown()


@pytest.fixture(scope="module")
def map_site(tmp_path_factory, tile_server):
    """The guide fixture with the clsm theme and a map whose tiles come from the stub server."""
    root = tmp_path_factory.mktemp("guide-map")
    site = make_guide_site(root)
    config = (site / "site.yml").read_text(encoding="utf-8")
    tiles = tile_server[0] + "/{z}/{x}/{y}.png"
    config = config.replace("guide:\n", f"guide:\n  map:\n    tiles: \"{tiles}\"\n    attribution: \"Tuiles d’essai\"\n"
                                        "    provider: \"Serveur d’essai\"\n", 1)
    (site / "site.yml").write_text(config, encoding="utf-8")
    return build_site(str(site), root / "public")


@pytest.fixture(scope="module")
def map_url(map_site, serve):
    return serve(map_site, BASE_PATH) + "guide/carte/"


def located_titles():
    return sorted(fields["title"] for fields in entries().values() if "lat" in fields and "lon" in fields)


def requested_hosts(browser):
    names = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return {urlparse(name).netloc for name in names} | {urlparse(browser.current_url).netloc}


def open_fresh(browser, url, width=1280):
    """The page as a first-time visitor sees it: nothing remembered on the device."""
    browser.set_window_size(width, 900)
    browser.get(url)
    browser.execute_script("localStorage.clear()")
    browser.get(url)


def marker_status(browser):
    return browser.find_element(By.CSS_SELECTOR, "[data-map-status]").text


def marker_titles(browser):
    """The names of the markers: clusters are opened (zoomed into, or spread at the last zoom) until none is left."""
    seen = set()
    for _ in range(12):
        WebDriverWait(browser, WAIT).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon"))
        seen |= {icon.get_attribute("title") for icon in browser.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon[title]")}
        clusters = browser.find_elements(By.CSS_SELECTOR, ".marker-cluster")
        if not clusters:
            break
        browser.execute_script("arguments[0].click()", clusters[0])
        # The zoom's animation replaces the cluster's icon once done; a spread cluster (last zoom) keeps it.
        try:
            WebDriverWait(browser, 3).until(staleness_of(clusters[0]))
        except TimeoutException:
            pass
        time.sleep(0.3)
    return seen


def show_map(browser):
    browser.find_element(By.CSS_SELECTOR, "[data-map-show]").click()
    WebDriverWait(browser, WAIT).until(lambda driver: marker_status(driver))


def test_without_javascript_the_page_lists_every_entry_by_commune(map_site):
    page = (map_site / "guide" / "carte" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<section class=\"guide-map__box\"[^>]* hidden>", page), "the map's box waits for the script"
    listed = read_page(map_site, "guide/carte/")
    assert sorted(listed.h4) == sorted(typeset(fields["title"]) for fields in entries().values())
    for fields in entries().values():
        assert f">{fields['commune']}</h3>" in page


def test_before_consent_no_request_leaves_the_site(browser, map_url, tile_server):
    tile_server[1].clear()
    open_fresh(browser, map_url)
    button = browser.find_element(By.CSS_SELECTOR, "[data-map-show]")
    assert button.is_displayed()
    assert button.text == "Afficher la carte (fond Serveur d’essai)"
    assert not browser.find_element(By.CSS_SELECTOR, "[data-map-canvas]").is_displayed()
    assert requested_hosts(browser) == {urlparse(map_url).netloc}
    assert tile_server[1] == []


def test_after_consent_every_entry_with_coordinates_has_a_marker(browser, map_url, tile_server):
    tile_server[1].clear()
    open_fresh(browser, map_url)
    show_map(browser)
    count = len(located_titles())
    assert marker_status(browser) == f"{count} ressources sur la carte"
    WebDriverWait(browser, WAIT).until(lambda driver: tile_server[1])
    assert all(re.fullmatch(r"/\d+/\d+/\d+\.png", path) for path in tile_server[1])
    assert sorted(marker_titles(browser)) == sorted(typeset(title) for title in located_titles())
    assert "Tuiles d’essai" in browser.find_element(By.CSS_SELECTOR, ".leaflet-control-attribution").text


@pytest.mark.parametrize("width", [375, 1280])
def test_a_marker_opens_a_card_with_name_category_address_and_phone(browser, map_url, width):
    open_fresh(browser, map_url, width)
    show_map(browser)
    browser.execute_script("document.querySelector('[data-map-canvas]').scrollIntoView()")
    WebDriverWait(browser, WAIT).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon"))
    marker_titles(browser)
    singles = browser.find_elements(By.CSS_SELECTOR, ".leaflet-marker-icon[title]")
    browser.execute_script("arguments[0].click()", singles[0])
    card = WebDriverWait(browser, WAIT).until(lambda driver: driver.find_element(By.CSS_SELECTOR, ".guide-map__card"))
    name = singles[0].get_attribute("title")
    assert card.find_element(By.CSS_SELECTOR, "strong a").text == name
    item = [li for li in browser.find_elements(By.CSS_SELECTOR, "[data-guide-list] > li[data-lat]")
            if li.find_element(By.CSS_SELECTOR, "[data-map-name]").text == name][0]
    lines = [p.get_attribute("textContent") for p in card.find_elements(By.CSS_SELECTOR, "p")]
    assert lines[1] == item.find_element(By.CSS_SELECTOR, "[data-map-category]").get_attribute("textContent")
    assert lines[2] == item.find_element(By.CSS_SELECTOR, "[data-map-address]").get_attribute("textContent")
    phones = item.find_elements(By.CSS_SELECTOR, "[data-map-phone]")
    if phones:
        assert card.find_element(By.CSS_SELECTOR, "a.phone").get_attribute("href").startswith("tel:+33")


def test_the_choice_is_remembered_until_forgotten(browser, map_url):
    open_fresh(browser, map_url)
    show_map(browser)
    assert browser.execute_script("return localStorage.getItem('clsm-carte-fond')") == "oui"
    browser.get(map_url)
    WebDriverWait(browser, WAIT).until(lambda driver: marker_status(driver))
    assert browser.find_element(By.CSS_SELECTOR, "[data-map-canvas]").is_displayed()
    browser.find_element(By.CSS_SELECTOR, "[data-map-forget]").click()
    assert browser.execute_script("return localStorage.getItem('clsm-carte-fond')") is None
    assert not browser.find_element(By.CSS_SELECTOR, "[data-map-canvas]").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "[data-map-show]").is_displayed()


def test_the_guide_filters_choose_the_markers(browser, map_url):
    open_fresh(browser, map_url)
    show_map(browser)
    located = [fields for fields in entries().values() if "lat" in fields]
    category = located[0]["category"]
    Select(browser.find_element(By.ID, "guide-categorie")).select_by_value(category)
    expected = len([fields for fields in located if fields["category"] == category])
    WebDriverWait(browser, WAIT).until(lambda driver: marker_status(driver).startswith(f"{expected} "))
    hidden_groups = browser.find_elements(By.CSS_SELECTOR, "[data-guide-group][hidden]")
    assert hidden_groups, "communes left without an entry are hidden"


@pytest.mark.parametrize("shown", [False, True])
def test_the_map_page_has_no_axe_violation(browser, axe_source, map_url, shown):
    open_fresh(browser, map_url)
    if shown:
        show_map(browser)
    assert axe_violations(browser, axe_source) == []


def commune_with_the_most_placed_entries():
    """(commune, its URL segment, the titles of the entries located there that have a position)."""
    from collections import Counter
    placed = [fields for fields in entries().values() if "lat" in fields and "lon" in fields]
    commune = Counter(fields["commune"] for fields in placed).most_common(1)[0][0]
    return commune, slug(commune), sorted(fields["title"] for fields in placed if fields["commune"] == commune)


def slug(name):
    import unicodedata
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


@pytest.fixture(scope="module")
def commune_url(map_site, serve):
    return serve(map_site, BASE_PATH) + f"guide/communes/{commune_with_the_most_placed_entries()[1]}/"


def test_a_commune_page_loads_nothing_from_the_tile_server_before_consent(browser, commune_url, tile_server):
    tile_server[1].clear()
    open_fresh(browser, commune_url)
    assert browser.find_element(By.CSS_SELECTOR, "[data-map-show]").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, "[data-map-canvas]").is_displayed()
    assert requested_hosts(browser) == {urlparse(commune_url).netloc}
    assert tile_server[1] == []


def test_a_commune_page_maps_only_the_entries_located_there(browser, commune_url, tile_server):
    commune, _, titles = commune_with_the_most_placed_entries()
    open_fresh(browser, commune_url)
    show_map(browser)
    assert marker_status(browser).startswith(f"{len(titles)} ")
    WebDriverWait(browser, WAIT).until(lambda driver: tile_server[1])
    assert sorted(marker_titles(browser)) == sorted(typeset(title) for title in titles)
    others = [fields["title"] for fields in entries().values() if "lat" in fields and fields["commune"] != commune]
    assert others, "the fixture has entries elsewhere, which the commune's map leaves out"


def test_a_commune_without_a_placed_entry_has_no_map(map_site):
    placed = {fields["commune"] for fields in entries().values() if "lat" in fields}
    communes = sorted((map_site / "guide" / "communes").iterdir())
    without = [folder for folder in communes if folder.is_dir() and all(slug(name) != folder.name for name in placed)]
    assert without, "the fixture has a commune whose entries have no position, or only serve it"
    for folder in without:
        page = (folder / "index.html").read_text(encoding="utf-8")
        assert "data-guide-map" not in page and "leaflet" not in page


@pytest.fixture(scope="module")
def members_url(tmp_path_factory, tile_server, serve):
    """The network demo built as scripts/bootstrap builds it, its map's tiles from the stub server: the directory's URL."""
    from conftest import NETWORK_SITE, NOW, DEMO_SITES, copy_demo_repository, run_clsm
    root = copy_demo_repository(tmp_path_factory.mktemp("network-map"))
    config = root / NETWORK_SITE / "site.yml"
    text = config.read_text(encoding="utf-8")
    assert "guide:\n  map: true\n" in text
    config.write_text(text.replace("guide:\n  map: true\n", "guide:\n  map:\n    tiles: \"" + tile_server[0] + "/{z}/{x}/{y}.png\"\n"
                                   "    attribution: \"Tuiles d’essai\"\n    provider: \"Serveur d’essai\"\n"), encoding="utf-8")
    for name, site in [*DEMO_SITES.items(), ("network", NETWORK_SITE)]:
        output = root / NETWORK_SITE / "public" if name == "network" else root / "public" / ("" if site == "." else name)
        result = run_clsm("build", site, "--output", str(output), "--now", NOW, "--strict", cwd=root)
        assert result.returncode == 0, result.stderr
    return serve(root / NETWORK_SITE / "public", "/") + "membres/"


def member_centres():
    """{name: (lat, lon)} of the demo sites, from their site.yml (what their clsm.json publishes)."""
    import yaml
    from conftest import DEMO_SITES, REPO
    centres = {}
    for site in DEMO_SITES.values():
        config = yaml.safe_load((REPO / site / "site.yml").read_text(encoding="utf-8"))
        centres[config["title"]] = (config["territory"]["lat"], config["territory"]["lon"])
    return centres


def test_the_members_directory_loads_nothing_from_the_tile_server_before_consent(browser, members_url, tile_server):
    tile_server[1].clear()
    open_fresh(browser, members_url)
    assert browser.find_element(By.CSS_SELECTOR, "[data-map-show]").is_displayed()
    assert requested_hosts(browser) == {urlparse(members_url).netloc}
    assert tile_server[1] == []


def test_the_members_directory_maps_each_member_at_its_territorys_centre(browser, members_url, tile_server):
    centres = member_centres()
    open_fresh(browser, members_url)
    show_map(browser)
    assert marker_status(browser) == f"{len(centres)} CLSM sur la carte"
    WebDriverWait(browser, WAIT).until(lambda driver: tile_server[1])
    assert sorted(marker_titles(browser)) == sorted(typeset(name) for name in centres)
    placed = browser.execute_script(
        "return Array.from(document.querySelectorAll('[data-map-points] > li[data-lat]'), li =>"
        " [li.querySelector('[data-map-name]').textContent, +li.dataset.lat, +li.dataset.lon])")
    assert {name: (lat, lon) for name, lat, lon in placed} == {typeset(name): centre for name, centre in centres.items()}


@pytest.mark.parametrize("page", ["commune_url", "members_url"])
@pytest.mark.parametrize("shown", [False, True])
@pytest.mark.parametrize("width", [375, 1280])
def test_a_commune_page_and_the_members_directory_with_their_map_have_no_axe_violation(browser, axe_source, request, page,
                                                                                     shown, width):
    open_fresh(browser, request.getfixturevalue(page), width)
    if shown:
        show_map(browser)
    assert axe_violations(browser, axe_source) == []
