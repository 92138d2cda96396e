"""Search with Pagefind: `search: true` indexes the built site; in headless Chromium, « Rechercher » finds a guide entry
from a word of its body, with and without its accents, from the third letter typed (the button searches any words)
and shows the results of the last words typed; without JavaScript the page lists the ways through the site;
every page has the search box; the index's files are the same from one build to the next but for those the build
names; a missing binary is a clear error."""
import filecmp
import os
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import run_clsm, NOW
from guide_support import BASE_PATH, axe_violations, make_guide_site

WAIT = 15
# What the build says of the files Pagefind does not write the same way twice (SearchIndex.unstableFilesNote).
UNSTABLE = re.compile(r"pagefind/(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)")


@pytest.fixture(scope="module")
def pagefind():
    try:
        import pagefind_bin
    except ImportError:
        pytest.fail("pagefind-bin is missing: pip install pagefind-bin (Tests/External/requirements.txt)")
    return str(pagefind_bin.get_executable())


def build(site: Path, output: Path, pagefind: str):
    return run_clsm("build", str(site), "--output", str(output), "--now", NOW, "--strict", env={"CLSM_PAGEFIND": pagefind})


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    site = make_guide_site(root)
    config = (site / "site.yml").read_text(encoding="utf-8")
    (site / "site.yml").write_text(config + "search: true\n", encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def built(search_site, pagefind):
    output = search_site.parent / "public"
    result = build(search_site, output, pagefind)
    assert result.returncode == 0, result.stderr
    return output, result


@pytest.fixture(scope="module")
def search_url(built, serve):
    return serve(built[0], BASE_PATH) + "recherche/"


def result_titles(browser):
    return [link.text for link in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a")]


@pytest.mark.parametrize("word", ["déplace", "deplace", "DOMICILE"])
def test_a_word_of_an_entrys_body_finds_it(browser, search_url, word):
    browser.get(search_url + "?q=" + word)
    WebDriverWait(browser, WAIT).until(lambda driver: result_titles(driver))
    assert "Équipe mobile de crise" in result_titles(browser)
    hrefs = [link.get_attribute("href") for link in browser.find_elements(By.CSS_SELECTOR, "[data-search-results] h2 a")]
    assert any(href.endswith(BASE_PATH + "guide/equipe-mobile/") for href in hrefs)
    assert browser.find_element(By.CSS_SELECTOR, "[data-search-status]").text.endswith(("page trouvée", "pages trouvées"))


def test_typing_shows_results_live_and_emptying_the_field_clears_them(browser, search_url):
    browser.get(search_url)
    field = browser.find_element(By.ID, "recherche-q")
    field.send_keys("gymnastique")
    WebDriverWait(browser, WAIT).until(lambda driver: result_titles(driver))
    assert result_titles(browser) == ["Sport et bien-être"]
    assert browser.current_url.endswith("/recherche/?q=gymnastique")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE)
    WebDriverWait(browser, WAIT).until(lambda driver: not result_titles(driver))
    assert browser.find_element(By.CSS_SELECTOR, "[data-search-status]").text == ""


def test_two_letters_typed_are_searched_by_the_button_not_as_one_types(browser, search_url):
    browser.get(search_url)
    field = browser.find_element(By.ID, "recherche-q")
    field.send_keys("ge")
    browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 1000)")
    assert result_titles(browser) == []
    assert browser.find_element(By.CSS_SELECTOR, "[data-search-status]").text == ""
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, WAIT).until(lambda driver: result_titles(driver))
    field.send_keys("m")
    WebDriverWait(browser, WAIT).until(lambda driver: browser.current_url.endswith("?q=gem") and result_titles(driver))
    assert browser.find_element(By.CSS_SELECTOR, "[data-search-status]").text.endswith(("page trouvée", "pages trouvées"))


def test_keys_typed_while_a_search_runs_show_the_last_words_results(browser, search_url):
    browser.get(search_url)
    field = browser.find_element(By.ID, "recherche-q")
    browser.execute_script(
        "const field = arguments[0];"
        "for (const words of ['gym', 'gymn', 'gymna', 'domicile']) { field.value = words; field.dispatchEvent(new Event('input')); }",
        field)
    WebDriverWait(browser, WAIT).until(lambda driver: "Équipe mobile de crise" in result_titles(driver))
    browser.execute_async_script("setTimeout(arguments[arguments.length - 1], 1000)")
    assert "Sport et bien-être" not in result_titles(browser)
    assert "Équipe mobile de crise" in result_titles(browser)


def test_the_entries_carry_category_commune_and_public_filters(browser, search_url):
    browser.get(search_url)
    filters = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "import(document.querySelector('[data-search-form]').dataset.pagefind)"
        ".then(p => p.filters()).then(f => done(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Object.keys(v).sort()]))))"
        ".catch(e => done(String(e)));")
    assert sorted(filters) == ["categorie", "commune", "public"]
    assert "Montigny-lès-Metz" in filters["commune"]
    assert "Familles et proches" in filters["public"]


def test_without_javascript_the_page_lists_the_ways_through_the_site(built):
    page = (built[0] / "recherche" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<li><a href="([^"]+)">', page.split('class="search-links"')[1].split("</section>")[0])
    assert links == [BASE_PATH + path for path in
                     ["guide/", "guide/categories/", "guide/communes/", "guide/publics/", "guide/a-z/", "plan-du-site/"]]
    assert f'action="{BASE_PATH}recherche/" method="get"' in page


def test_every_page_has_the_search_box_and_only_content_is_indexed(built):
    assert not (built[0] / ".pagefind-source").exists(), "the pages' copy Pagefind read is removed"
    pages = sorted(built[0].rglob("index.html"))
    assert len(pages) > 20
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if "http-equiv=\"refresh\"" in text:
            continue
        assert '<form class="header-search" role="search"' in text, page
        indexed = "data-pagefind-body" in text
        assert indexed == (page.parent.name not in ("recherche", "imprimer")), page


def test_the_search_page_has_no_axe_violation(browser, axe_source, search_url):
    browser.get(search_url + "?q=gem")
    WebDriverWait(browser, WAIT).until(lambda driver: result_titles(driver))
    assert axe_violations(browser, axe_source) == []


def test_two_builds_give_the_same_index_but_for_the_files_the_build_names(search_site, built, pagefind):
    again = search_site.parent / "again"
    result = build(search_site, again, pagefind)
    assert result.returncode == 0, result.stderr
    assert "pagefind/filter/*.pf_filter, pagefind/pagefind.*.pf_meta and pagefind/pagefind-entry.json differ" in result.stdout + result.stderr
    first = {str(p.relative_to(built[0])) for p in built[0].rglob("*") if p.is_file()}
    second = {str(p.relative_to(again)) for p in again.rglob("*") if p.is_file()}
    assert {p for p in first ^ second if not UNSTABLE.fullmatch(p)} == set()
    same_names = first & second
    differing = {p for p in same_names if not filecmp.cmp(built[0] / p, again / p, shallow=False)}
    assert {p for p in differing if not UNSTABLE.fullmatch(p)} == set()
    assert any(p.startswith("pagefind/fragment/") for p in same_names)


def test_a_missing_binary_is_a_clear_error(search_site, tmp_path):
    result = run_clsm("build", str(search_site), "--output", str(tmp_path / "out"), "--now", NOW,
                      env={"CLSM_PAGEFIND": str(tmp_path / "pagefind")})
    assert result.returncode == 1
    assert re.search(r"site\.yml:\d+:9: error: `search: true` needs Pagefind, which is not at `" + re.escape(str(tmp_path / "pagefind"))
                     + r"`: install it with `pip install pagefind-bin`, then set CLSM_PAGEFIND", result.stderr), result.stderr
    assert not (tmp_path / "out").exists()
