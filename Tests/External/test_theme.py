"""The shared theme on the three demo sites: institutional pages, landmarks, overrides, colours, small screens, print."""
import re
import struct
import subprocess
import sys

import pytest

from conftest import DEMO_SITES, REPO, base_path

NBSP = "\u00a0"


def html(output, path):
    return (output / path / "index.html").read_text(encoding="utf-8")


def content_pages(output):
    """Every page of a site except the redirects left at old addresses."""
    return [page for page in sorted(output.rglob("index.html")) if 'http-equiv="refresh"' not in page.read_text(encoding="utf-8")]


def test_every_page_has_the_landmarks_and_a_single_title(demo_sites):
    problems = []
    for name, output in demo_sites.items():
        for page in content_pages(output):
            text = page.read_text(encoding="utf-8")
            where = f"{name} {page.relative_to(output)}"
            checks = {
                'lang="fr"': '<html lang="fr">' in text,
                "skip link first": re.search(r'<body>\s*<a class="skip-link" href="#contenu">', text) is not None,
                "one main": text.count("<main ") == 1 and 'id="contenu"' in text,
                "one h1": len(re.findall(r"<h1[ >]", text)) == 1,
                "header, nav, footer": all(tag in text for tag in ("<header ", '<nav class="main-menu__nav"', "<footer ")),
                "emergency numbers": 'href="tel:3114"' in text,
            }
            problems += [f"{where}: {check}" for check, ok in checks.items() if not ok]
    assert problems == []


@pytest.mark.parametrize("name", DEMO_SITES)
def test_the_pages_site_yml_owes_visitors_exist(demo_sites, name):
    output = demo_sites[name]
    legal = html(output, "mentions-legales")
    for heading in ("Éditeur du site", "Directeur de la publication", "Hébergement", "Données personnelles et cookies"):
        assert heading in legal
    assert 'href="tel:+33199000000">01 99 00 00 00</a>' in legal
    statement = html(output, "accessibilite")
    assert "Défenseur des droits" in statement and "RGAA" in statement
    assert "Plan du site" in html(output, "plan-du-site")


@pytest.mark.parametrize("name", DEMO_SITES)
def test_the_multi_year_accessibility_plan_is_published_and_linked(demo_sites, name):
    import yaml
    output = demo_sites[name]
    plan = yaml.safe_load((REPO / DEMO_SITES[name] / "site.yml").read_text(encoding="utf-8"))["accessibility"]["plan"]
    page = html(output, "accessibilite/schema-pluriannuel")
    assert "<h1>Schéma pluriannuel de mise en accessibilité</h1>" in page
    headings = re.findall(r'<h2 id="plan-(\d{4})">Plan d’action (\d{4})</h2>', page)
    assert [int(year) for year, _ in headings] == sorted(year["year"] for year in plan["years"])
    items = re.findall(r"<li>([^<]*)</li>", page.split('<div class="content">', 1)[1].split("</article>", 1)[0])
    assert len(items) == sum(len(year["actions"]) for year in plan["years"])
    assert f"Responsable de sa mise en œuvre{NBSP}: " in page
    link = f'href="{base_path(DEMO_SITES[name])}accessibilite/schema-pluriannuel/"'
    assert link in html(output, "accessibilite")
    unlinked = [str(path.relative_to(output)) for path in content_pages(output) if link not in path.read_text(encoding="utf-8")]
    assert unlinked == [], "the footer of every page links to it"


def test_the_accessibility_status_is_on_every_page(demo_sites):
    expected = {"metz": "non conforme", "arras": "non conforme", "armentieres": "partiellement conforme"}
    for name, output in demo_sites.items():
        mention = f"Accessibilité{NBSP}: {expected[name]}</a>"
        missing = [str(page.relative_to(output)) for page in content_pages(output) if mention not in page.read_text(encoding="utf-8")]
        assert missing == [], name
    statement = html(demo_sites["armentieres"], "accessibilite")
    assert '<time datetime="2025-05-12">lundi 12 mai 2025</time>' in statement
    assert f"72&nbsp;% des critères" in statement


def test_the_site_map_lists_every_page(demo_sites):
    for name, output in demo_sites.items():
        root = base_path(DEMO_SITES[name])
        listed = set(re.findall(r'<a href="([^"]+)"', html(output, "plan-du-site").split('class="sitemap-tree"', 1)[1]))
        pages = {root + str(page.parent.relative_to(output)).removeprefix(".") for page in content_pages(output)}
        pages = {path if path.endswith("/") else path + "/" for path in pages} - {root + "plan-du-site/"}
        assert pages - listed == set(), name


def test_each_site_has_its_own_colours_and_logo(demo_sites):
    colours = {"metz": "#1f4e79", "arras": "#0f5c4a", "armentieres": "#5b2a6e"}
    for name, output in demo_sites.items():
        home = html(output, ".")
        assert f"<style>:root {{ --primary: {colours[name]};" in home, name
        assert f'<img class="brand__logo" src="{base_path(DEMO_SITES[name])}images/logo.svg" alt=""' in home, name


def test_each_site_overrides_a_part_of_the_theme(demo_sites):
    assert "Semaines d’information sur la santé mentale</h2>" in html(demo_sites["metz"], ".")
    assert "La cellule ressource</h2>" in html(demo_sites["armentieres"], ".")
    assert "Cinq axes de travail" in html(demo_sites["arras"], "presentation")
    assert 'class="highlight"' not in html(demo_sites["arras"], ".")


def test_news_are_listed_newest_first(demo_sites):
    for name, output in demo_sites.items():
        dates = re.findall(r'<li class="news-item">\s*<p class="news-item__date"><time datetime="([^"]+)"', html(output, "actualites"))
        assert dates and dates == sorted(dates, reverse=True), name


def test_an_action_shows_its_facts(demo_sites):
    page = html(demo_sites["metz"], "actions/partenariat-psychiatrie-logement-social")
    facts = page.split('class="side-box facts"', 1)[1].split("</section>", 1)[0]
    for text in ('<span class="status status--ongoing">En cours</span>', "<dd>Logement</dd>", '<time datetime="2017">2017</time>',
                 "<li>ARELOR hlm</li>", "<li>professionnels</li>"):
        assert text in facts


@pytest.fixture(scope="module")
def served(demo_sites, serve):
    return {name: serve(demo_sites[name], base_path(site)) for name, site in DEMO_SITES.items()}


@pytest.mark.parametrize("page", ["", "actions/partenariat-psychiatrie-logement-social/", "contact/", "plan-du-site/"])
def test_nothing_overflows_a_small_screen(browser, served, page):
    browser.set_window_size(375, 800)
    browser.get(served["metz"] + page)
    width = browser.execute_script("return document.documentElement.clientWidth")
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width


def test_the_skip_link_shows_when_focused(browser, served):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    browser.set_window_size(1280, 900)
    browser.get(served["arras"])
    ActionChains(browser).send_keys(Keys.TAB).perform()
    focused = browser.switch_to.active_element
    assert focused.get_attribute("class") == "skip-link"
    assert focused.rect["y"] >= 0
    assert browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused) != "none"


def test_printing_keeps_the_content_only(browser, served):
    browser.set_window_size(1280, 900)
    browser.get(served["metz"] + "presentation/")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script(
            "return ['.main-menu', '.breadcrumbs', 'main h1'].map(s => getComputedStyle(document.querySelector(s)).display)")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == ["none", "none", "block"]


def test_the_screenshot_script_photographs_each_home_page(tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshots"), str(tmp_path)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    for name in DEMO_SITES:
        for width in (375, 1280):
            header = (tmp_path / f"{name}-{width}.png").read_bytes()[:24]
            assert header[:8] == b"\x89PNG\r\n\x1a\n"
            assert struct.unpack(">II", header[16:24])[0] == width
