"""The agenda's pages in Chromium: each event on its day and side of "now", filters, and axe-core."""
import datetime as dt
import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import DEMO_SITES, NOW, base_path
from test_agenda_ical import ZONE, editions, parse_moment, source_events, start_day

BUILD_NOW = dt.datetime.fromisoformat(NOW)
# The script filters again after a reset on the next turn of its event loop, once the fields are emptied.
RESET_WAIT = 5

LISTED = """
return Array.from(document.querySelectorAll('[data-agenda-event]')).map(item => ({
  slug: item.querySelector('a').getAttribute('href').replace(/\\/$/, '').split('/').pop(),
  day: item.closest('[data-agenda-day]').querySelector('time').getAttribute('datetime'),
  section: item.closest('[data-agenda-section]').id,
  visible: item.offsetParent !== null,
}));
"""


def finish(event: dict) -> dt.datetime:
    """When an event is over: its end, or the end of its last day for dates alone and events without end."""
    end = parse_moment(event.get("end", event["start"]))
    if isinstance(end, dt.datetime) and "end" in event:
        return end
    last = end.date() if isinstance(end, dt.datetime) else end
    return dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=ZONE)


@pytest.fixture(scope="module")
def sites(demo_sites, serve):
    return {name: serve(demo_sites[name], base_path(site)) for name, site in DEMO_SITES.items()}


def test_every_event_is_listed_once_on_its_day_and_side_of_now(sites, browser):
    for name, site in DEMO_SITES.items():
        browser.get(sites[name] + "agenda/")
        listed = browser.execute_script(LISTED)
        events = source_events(site)
        assert sorted(item["slug"] for item in listed) == sorted(events), name
        for item in listed:
            event = events[item["slug"]]
            assert item["day"] == start_day(event).isoformat(), item
            expected = "a-venir" if finish(event) > BUILD_NOW else "passees"
            assert item["section"] == expected, item


def test_every_edition_page_lists_its_events_day_by_day(sites, browser):
    for name, site in DEMO_SITES.items():
        events = source_events(site)
        for edition in editions(site):
            browser.get(sites[name] + f"sism/{edition['year']}/")
            listed = browser.execute_script(LISTED)
            expected = {slug for slug, event in events.items()
                        if event.get("sism") == edition["year"]
                        or ("sism" not in event and edition["start"] <= start_day(event) <= edition["end"])}
            assert {item["slug"] for item in listed} == expected, (name, edition["year"])
            days = [item["day"] for item in listed]
            assert days == sorted(days)
            for item in listed:
                assert item["day"] == start_day(events[item["slug"]]).isoformat()


def test_filters_hide_and_show_events_and_keep_the_choice_in_the_address(sites, browser):
    browser.get(sites["metz"] + "agenda/")
    form = browser.find_element(By.CSS_SELECTOR, "[data-agenda-filters]")
    assert form.is_displayed()
    total = len(browser.execute_script(LISTED))
    Select(browser.find_element(By.ID, "agenda-filtre-commune")).select_by_value("woippy")
    shown = [item for item in browser.execute_script(LISTED) if item["visible"]]
    woippy = {slug for slug, event in source_events(".").items() if event["commune"] == "Woippy"}
    assert {item["slug"] for item in shown} == woippy
    assert browser.find_element(By.CSS_SELECTOR, "[data-agenda-count]").text == f"{len(woippy)} manifestations affichées."
    assert browser.current_url.endswith("?commune=woippy")
    Select(browser.find_element(By.ID, "agenda-filtre-type")).select_by_value("cine-debat")
    shown = [item["slug"] for item in browser.execute_script(LISTED) if item["visible"]]
    assert shown == ["cine-debat-woippy"]
    assert browser.find_element(By.CSS_SELECTOR, "[data-agenda-count]").text == "1 manifestation affichée."
    browser.find_element(By.CSS_SELECTOR, "[data-agenda-filters] button[type=reset]").click()
    WebDriverWait(browser, RESET_WAIT).until(lambda driver: all(item["visible"] for item in driver.execute_script(LISTED)))
    assert len(browser.execute_script(LISTED)) == total

    browser.get(sites["metz"] + "agenda/?type=exposition")
    shown = [item["slug"] for item in browser.execute_script(LISTED) if item["visible"]]
    assert shown == ["exposition-des-liens-qui-soignent"]
    hidden_days = browser.execute_script(
        "return document.querySelectorAll('[data-agenda-day][hidden]').length")
    assert hidden_days > 0


def test_without_javascript_the_form_stays_hidden_and_every_event_is_listed(demo_sites):
    html = (demo_sites["metz"] / "agenda" / "index.html").read_text(encoding="utf-8")
    assert "<form class=\"agenda-filters\" data-agenda-filters hidden>" in html
    assert html.count("data-agenda-event ") == len(source_events("."))
    assert "<script src=\"/js/agenda.js\" defer></script>" in html


def test_event_pages_carry_schema_org_event_data(demo_sites):
    output = demo_sites["metz"]
    statuses = {"cancelled": "EventCancelled", "postponed": "EventPostponed"}
    for slug, source in source_events(".").items():
        html = (output / "agenda" / slug / "index.html").read_text(encoding="utf-8")
        raw = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
        assert "<" not in raw and ">" not in raw
        data = json.loads(raw)
        assert data["@type"] == "Event" and data["name"] == source["title"]
        assert data["eventStatus"] == "https://schema.org/" + statuses.get(source.get("status"), "EventScheduled")
        mode = "Offline" if "online" not in source else ("Mixed" if "place" in source else "Online")
        assert data["eventAttendanceMode"] == f"https://schema.org/{mode}EventAttendanceMode"
        start = parse_moment(source["start"])
        if isinstance(start, dt.datetime):
            assert dt.datetime.fromisoformat(data["startDate"]) == start
        else:
            assert data["startDate"] == start.isoformat()
        assert f'href="/agenda/{slug}/{slug}.ics"' in html
        if source.get("status") == "cancelled":
            assert "Annulé" in html


@pytest.mark.parametrize("path", ["agenda/", "agenda/conference-isolement-sante-mentale/", "agenda/cine-debat-woippy/",
                                  "sism/2025/", "sism/"])
def test_agenda_pages_have_no_axe_violations(sites, browser, axe_source, path):
    browser.get(sites["metz"] + path)
    browser.execute_script(axe_source)
    result = browser.execute_async_script("const done = arguments[arguments.length - 1]; axe.run().then(done);")
    violations = [(v["id"], [node["target"] for node in v["nodes"]]) for v in result["violations"]]
    assert violations == []
