"""In headless Chromium: the guide's home filters its list as a visitor types and chooses, and guide pages pass axe-core."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from guide_support import BASE_PATH, axe_violations, build_guide

# The script filters again after a reset on the next turn of its event loop, once the fields are emptied.
RESET_WAIT = 5


@pytest.fixture(scope="module")
def guide_url(tmp_path_factory, serve):
    return serve(build_guide(tmp_path_factory.mktemp("guide-browser")), BASE_PATH)


def visible_titles(browser):
    items = browser.find_elements(By.CSS_SELECTOR, "[data-guide-list] li")
    return [item.find_element(By.CSS_SELECTOR, "h3").text for item in items if item.is_displayed()]


def status(browser):
    return browser.find_element(By.CSS_SELECTOR, "[data-guide-status]").text


def test_the_search_form_appears_and_lists_everything_at_first(browser, guide_url):
    browser.get(guide_url + "guide/")
    assert browser.find_element(By.CSS_SELECTOR, "[data-guide-search]").is_displayed()
    assert len(visible_titles(browser)) == 9
    assert status(browser) == "9 ressources sur 9"


def test_typing_filters_without_regard_to_accents_and_case(browser, guide_url):
    browser.get(guide_url + "guide/")
    browser.find_element(By.ID, "guide-q").send_keys("ECOLE")
    assert visible_titles(browser) == ["École des parents"]
    assert status(browser) == "1 ressource sur 9"
    browser.find_element(By.CSS_SELECTOR, ".guide-filter button[type=reset]").click()
    WebDriverWait(browser, RESET_WAIT).until(lambda driver: len(visible_titles(driver)) == 9)


def test_a_commune_shows_the_entries_located_there_and_those_serving_it(browser, guide_url):
    browser.get(guide_url + "guide/")
    Select(browser.find_element(By.ID, "guide-commune")).select_by_value("augny")
    assert visible_titles(browser) == ["Centre médico-psychologique de Montigny", "École des parents", "Équipe mobile de crise"]
    Select(browser.find_element(By.ID, "guide-public")).select_by_value("familles")
    assert visible_titles(browser) == ["École des parents", "Équipe mobile de crise"]
    assert browser.current_url.endswith("/guide/?commune=augny&public=familles")


def test_a_filtered_address_can_be_shared(browser, guide_url):
    browser.get(guide_url + "guide/?categorie=gem")
    assert Select(browser.find_element(By.ID, "guide-categorie")).first_selected_option.get_attribute("value") == "gem"
    assert visible_titles(browser) == ["GEM Le Phare", "Œuvre d’entraide mutuelle"]


def test_nothing_matching_says_so(browser, guide_url):
    browser.get(guide_url + "guide/")
    browser.find_element(By.ID, "guide-q").send_keys("zzz")
    assert visible_titles(browser) == []
    assert status(browser) == "Aucune ressource ne correspond à cette recherche."


@pytest.mark.parametrize("path", ["guide/", "guide/cmp-montigny/", "guide/categories/gem/", "guide/a-z/", "guide/imprimer/"])
def test_guide_pages_have_no_axe_violation(browser, guide_url, axe_source, path):
    browser.get(guide_url + path)
    assert axe_violations(browser, axe_source) == []
