"""axe-core in headless Chromium finds no violation on the five kinds of page of each demo site."""
import pytest

from conftest import DEMO_SITES, base_path

# One page of each kind a visitor meets: home, content page, action, news item, contact.
PAGES = {
    "metz": ["", "presentation/", "actions/partenariat-psychiatrie-logement-social/",
             "actualites/programme-sism-2025/", "contact/"],
    "armentieres": ["", "presentation/", "actions/communication/", "actualites/sism-2025/", "contact/"],
    "arras": ["", "presentation/", "actions/situations-complexes/", "actualites/signature-clsm-2025/", "contact/"],
}


@pytest.fixture(scope="module")
def served(demo_sites, serve):
    return {name: serve(demo_sites[name], base_path(site)) for name, site in DEMO_SITES.items()}


def axe_violations(browser, axe_source, url):
    browser.get(url)
    browser.execute_script(axe_source)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))),"
        " e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));")
    return result


@pytest.mark.parametrize("site,page", [(site, page) for site, pages in PAGES.items() for page in pages])
@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_no_violation(browser, axe_source, served, site, page, width):
    browser.set_window_size(width, 900)
    violations = axe_violations(browser, axe_source, served[site] + page)
    assert violations == [], f"{site} /{page} at {width} px:\n" + "\n".join(
        f"{v['id']} ({v['impact']}): " + "; ".join(v["nodes"]) for v in violations)


# The network demo's own pages and each page it generates from its members' data.
NETWORK_PAGES = ["", "qu-est-ce-qu-un-clsm/", "membres/", "agenda-regional/", "agenda-regional/clsm-messin/", "sism-regionale/", "sism-regionale/2025/",
                 "guide-regional/", "guide-regional/clsm/"]


@pytest.mark.parametrize("page", NETWORK_PAGES)
@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_no_violation_on_the_network_demo(browser, axe_source, network_demo, serve, page, width):
    browser.set_window_size(width, 900)
    violations = axe_violations(browser, axe_source, serve(network_demo["network"], "/") + page)
    assert violations == [], f"network /{page} at {width} px:\n" + "\n".join(
        f"{v['id']} ({v['impact']}): " + "; ".join(v["nodes"]) for v in violations)
    assert (network_demo["network"] / page / "index.html").is_file()


def test_the_pages_checked_exist(demo_sites):
    for site, pages in PAGES.items():
        for page in pages:
            assert (demo_sites[site] / page / "index.html").is_file(), f"{site} /{page}"


def test_axe_reports_what_it_should(browser, axe_source, served):
    """The harness itself: a control broken on purpose is reported, so a pass above means something."""
    browser.set_window_size(1280, 900)
    browser.get(served["metz"])
    browser.execute_script("const i = document.createElement('img'); i.src = 'x.png'; document.querySelector('main').append(i);")
    browser.execute_script(axe_source)
    ids = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations.map(v => v.id)));")
    assert "image-alt" in ids
