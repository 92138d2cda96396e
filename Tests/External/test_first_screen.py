"""The first screen on a phone (375 × 667) and on a wide screen (1280 px), measured from the elements' boxes in headless
Chromium: the CLSM's name, one menu button whose items stay hidden until it is pressed, the search box; on the home page
the emergency numbers themselves and the way into the guide; on the agenda, its next event before its filters. The root
demo site, with search switched on; axe finds nothing on the pages whose first screen changed, menu open or closed."""
import pytest
from selenium.webdriver.common.by import By

from conftest import NOW, copy_demo_repository, run_clsm
from test_accessibility import axe_violations

PHONE = (375, 667)
WIDE = (1280, 900)
# One page of each kind: home, content page, the guide's home and map, the agenda, an event, the search page.
PAGES = ["", "presentation/", "guide/", "guide/carte/", "agenda/", "recherche/"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory, serve):
    """The root demo site with `search: true`, built (Pagefind from pagefind-bin) and served at `/`."""
    import pagefind_bin
    root = copy_demo_repository(tmp_path_factory.mktemp("first-screen"))
    with (root / "site.yml").open("a", encoding="utf-8") as config:
        config.write("\nsearch: true\n")
    output = root / "public"
    result = run_clsm("build", ".", "--output", str(output), "--now", NOW, "--strict", cwd=root,
                      env={"CLSM_PAGEFIND": str(pagefind_bin.get_executable())})
    assert result.returncode == 0, result.stderr
    return serve(output, "/")


def open_at(browser, url, size):
    """The page in a viewport of exactly `size` (the window's frame added)."""
    browser.set_window_size(*size)
    inner = browser.execute_script("return [innerWidth, innerHeight]")
    browser.set_window_size(2 * size[0] - inner[0], 2 * size[1] - inner[1])
    browser.get(url)
    assert browser.execute_script("return [innerWidth, innerHeight]") == list(size)


def box(browser, selector):
    """The element's box in the viewport, or None when no element matches."""
    return browser.execute_script(
        "const e = document.querySelector(arguments[0]); if (!e) return null;"
        "const b = e.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, left: b.left, right: b.right};",
        selector)


def shown(browser, element):
    """Whether the element is rendered (the content of a closed <details> is not; selenium's is_displayed() says the
    same of an open-looking one, so the browser is asked)."""
    return browser.execute_script("const b = arguments[0].getBoundingClientRect();"
                                  "return arguments[0].checkVisibility() && b.width > 0 && b.height > 0;", element)


def on_first_screen(browser, selector, size):
    found = box(browser, selector)
    assert found is not None, f"no {selector}"
    assert shown(browser, browser.find_element(By.CSS_SELECTOR, selector)), f"{selector} is not shown"
    assert 0 <= found["top"] and found["bottom"] <= size[1] and found["right"] <= size[0], f"{selector}: {found}"
    return found


@pytest.mark.parametrize("page", PAGES)
def test_on_a_phone_every_page_shows_the_name_the_menu_button_and_the_search_box(browser, site_url, page):
    open_at(browser, site_url + page, PHONE)
    on_first_screen(browser, ".brand__title", PHONE)
    toggle = on_first_screen(browser, "summary.main-menu__toggle", PHONE)
    assert toggle["bottom"] - toggle["top"] >= 44, "the button is a comfortable target"
    on_first_screen(browser, "#entete-q", PHONE)
    items = browser.find_elements(By.CSS_SELECTOR, ".main-menu__nav a")
    assert len(items) == 8 and not any(shown(browser, item) for item in items)


def test_the_menu_button_shows_and_hides_the_menu(browser, site_url):
    open_at(browser, site_url + "presentation/", PHONE)
    toggle = browser.find_element(By.CSS_SELECTOR, "summary.main-menu__toggle")
    assert toggle.text == "Menu"
    toggle.click()
    items = browser.find_elements(By.CSS_SELECTOR, ".main-menu__nav a")
    assert all(shown(browser, item) for item in items)
    assert box(browser, ".main-menu__nav a")["top"] >= box(browser, "#entete-q")["bottom"], "the menu opens under the header"
    current = browser.find_element(By.CSS_SELECTOR, ".main-menu__nav a[aria-current='page']")
    assert current.text == "Présentation"
    toggle.click()
    assert not any(shown(browser, item) for item in items)


def test_the_menu_works_without_javascript(browser, site_url):
    """The disclosure is the browser's own <details>: with scripts off, the button still opens the menu."""
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        open_at(browser, site_url, PHONE)
        browser.find_element(By.CSS_SELECTOR, "summary.main-menu__toggle").click()
        assert all(shown(browser, item) for item in browser.find_elements(By.CSS_SELECTOR, ".main-menu__nav a"))
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_on_a_phone_the_home_page_shows_the_emergency_numbers_and_the_way_into_the_guide(browser, site_url):
    open_at(browser, site_url, PHONE)
    first = browser.find_element(By.CSS_SELECTOR, ".home-emergency a")
    assert first.get_attribute("href") == "tel:3114"
    for href in ("tel:3114", "tel:15", "tel:112", "sms:114"):
        on_first_screen(browser, f".home-emergency a[href='{href}']", PHONE)
    assert "par SMS" in browser.find_element(By.CSS_SELECTOR, ".home-emergency a[href='sms:114']").text
    heading = on_first_screen(browser, "#home-help-title", PHONE)
    assert browser.find_element(By.ID, "home-help-title").text == "Trouver de l’aide près de chez moi"
    ways = browser.find_elements(By.CSS_SELECTOR, ".home-help__ways a")
    assert [way.get_attribute("pathname") for way in ways] == ["/guide/carte/", "/recherche/", "/guide/"]
    on_first_screen(browser, ".home-help__ways a", PHONE)
    assert heading["top"] > box(browser, ".home-emergency")["bottom"]
    categories = browser.find_elements(By.CSS_SELECTOR, ".home-help__categories a")
    assert categories and all(link.get_attribute("pathname").startswith("/guide/categories/") for link in categories)
    assert not browser.find_element(By.CSS_SELECTOR, ".header-help a").is_displayed(), "the numbers are already there"


@pytest.mark.parametrize("size", [PHONE, WIDE])
def test_the_agenda_shows_its_next_event_before_its_filters(browser, site_url, size):
    open_at(browser, site_url + "agenda/", size)
    on_first_screen(browser, "#a-venir .agenda-event__title a", size)
    event = box(browser, "#a-venir .agenda-event")
    filters = box(browser, "[data-agenda-filters]")
    assert browser.find_element(By.CSS_SELECTOR, "[data-agenda-filters]").is_displayed()
    if size == PHONE:
        assert event["bottom"] <= filters["top"]
    else:
        assert filters["left"] >= event["right"], "beside the events on a wide screen"
        on_first_screen(browser, "[data-agenda-filters] select", size)


@pytest.mark.parametrize("page", ["", "presentation/", "agenda/"])
def test_on_a_wide_screen_the_menu_is_open_without_a_button(browser, site_url, page):
    open_at(browser, site_url + page, WIDE)
    assert not shown(browser, browser.find_element(By.CSS_SELECTOR, "summary.main-menu__toggle"))
    items = browser.find_elements(By.CSS_SELECTOR, ".main-menu__nav a")
    assert all(shown(browser, item) for item in items)
    tops = {round(item.rect["y"]) for item in items}
    assert len(tops) == 1, "the menu is one line"
    for selector in (".brand__title", "#entete-q", ".main-menu__nav a"):
        on_first_screen(browser, selector, WIDE)
    if page == "":
        on_first_screen(browser, ".home-emergency a[href='sms:114']", WIDE)
        on_first_screen(browser, "#home-help-title", WIDE)


@pytest.mark.parametrize("page", ["", "presentation/", "agenda/", "guide/"])
@pytest.mark.parametrize("size,menu_open", [(PHONE, False), (PHONE, True), (WIDE, False)])
def test_axe_finds_no_violation(browser, axe_source, site_url, page, size, menu_open):
    open_at(browser, site_url + page, size)
    if menu_open:
        browser.find_element(By.CSS_SELECTOR, "summary.main-menu__toggle").click()
    violations = axe_violations(browser, axe_source, browser.current_url) if not menu_open else None
    if menu_open:
        browser.execute_script(axe_source)
        violations = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' '))}))));")
    assert violations == [], f"/{page} at {size}: {violations}"
