"""The network demo, built as scripts/bootstrap builds it, reaches every member, every event and every resource of
its members; its regional calendar reads back with icalendar; a member's broken file is one clear error."""
import json
import re
import shutil
from datetime import datetime

from icalendar import Calendar

from conftest import NETWORK_SITE, NOW, run_clsm


def links(output):
    """Every href of every HTML page of `output`."""
    found = set()
    for page in output.rglob("*.html"):
        found.update(re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8")))
    return found


def member_files(output):
    site = json.loads((output / "clsm.json").read_text(encoding="utf-8"))
    agenda = json.loads((output / site["exports"]["agenda"]).read_text(encoding="utf-8"))
    guide = json.loads((output / site["exports"]["resources"]).read_text(encoding="utf-8"))
    return site, agenda["events"], guide["resources"]


def test_every_member_event_and_resource_is_reachable(network_demo):
    hrefs = links(network_demo["network"])
    directory = (network_demo["network"] / "membres" / "index.html").read_text(encoding="utf-8")
    now = datetime.fromisoformat(NOW)
    upcoming = 0
    for name, output in network_demo["members"].items():
        site, events, resources = member_files(output)
        assert f'href="{site["url"]}"' in directory, name
        assert events and resources, name
        for event in events:
            assert event["url"] in hrefs, f"{name}: {event['url']}"
            upcoming += datetime.fromisoformat(event["end"] or event["start"]).replace(tzinfo=now.tzinfo) >= now
        for resource in resources:
            assert resource["url"] in hrefs, f"{name}: {resource['url']}"
    assert upcoming > 0


def test_the_upcoming_events_are_under_a_venir(network_demo):
    page = (network_demo["network"] / "agenda-regional" / "index.html").read_text(encoding="utf-8")
    upcoming, _, past = page.partition('id="passees-titre"')
    for output in network_demo["members"].values():
        _, events, _ = member_files(output)
        for event in events:
            day = event["end"] or event["start"]
            is_past = datetime.fromisoformat(day if "T" in day else day + "T23:59:59+02:00") < datetime.fromisoformat(NOW)
            assert event["url"] in (past if is_past else upcoming), event["url"]


def test_the_regional_calendar_reads_back_with_every_event(network_demo):
    calendar = Calendar.from_ical((network_demo["network"] / "agenda-regional" / "agenda-regional.ics").read_bytes())
    uids = sorted(str(event["UID"]) for event in calendar.walk("VEVENT"))
    expected = sorted(event["url"] for output in network_demo["members"].values() for event in member_files(output)[1])
    assert uids == expected
    for event in calendar.walk("VEVENT"):
        assert str(event["URL"]) == str(event["UID"])
        assert event.decoded("DTSTART") is not None


def test_the_pages_a_network_writes_are_there(network_demo):
    output = network_demo["network"]
    for page in ("qu-est-ce-qu-un-clsm/", "creer-un-clsm/", "membres/", "agenda-regional/", "sism-regionale/",
                 "sism-regionale/2025/", "guide-regional/", "guide-regional/communes/", "guide-regional/clsm/"):
        assert (output / page / "index.html").is_file(), page


def test_a_broken_member_agenda_is_one_error_naming_the_member(network_demo, tmp_path):
    member = tmp_path / "arras"
    shutil.copytree(network_demo["members"]["arras"], member)
    (member / "agenda" / "agenda.json").write_text('{"format": "clsm-agenda/1", "events": [', encoding="utf-8")
    site = tmp_path / "reseau"
    shutil.copytree(network_demo["root"] / NETWORK_SITE, site, ignore=shutil.ignore_patterns("public"))
    config = (site / "site.yml").read_text(encoding="utf-8")
    config = config.replace("exports: ../../public/armentieres", f"exports: {network_demo['members']['armentieres']}")
    config = config.replace("exports: ../../public/arras", "exports: ../arras")
    config = config.replace("exports: ../../public\n", f"exports: {network_demo['members']['metz']}\n")
    (site / "site.yml").write_text(config, encoding="utf-8")
    shutil.copytree(network_demo["root"] / "themes", tmp_path / "themes")
    result = run_clsm("build", str(site), "--now", NOW)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    line = next(number for number, text in enumerate(config.splitlines(), 1) if "exports: ../arras" in text)
    assert errors == [f"{site}/site.yml:{line}:16: error: network member `../arras`: `agenda/agenda.json` is not valid JSON"]
    assert not (site / "public").exists()


VISIBLE_EVENTS = """
return Array.from(document.querySelectorAll('[data-agenda-event]'))
  .filter(item => item.offsetParent !== null).map(item => item.querySelector('a').getAttribute('href'));
"""


def test_the_regional_agenda_filters_by_clsm_and_commune_in_the_browser(network_demo, serve, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _, arras, _ = member_files(network_demo["members"]["arras"])
    url = serve(network_demo["network"], "/") + "agenda-regional/"
    browser.get(url)
    Select(browser.find_element(By.ID, "agenda-filtre-clsm")).select_by_value("clsm-d-arras")
    assert sorted(browser.execute_script(VISIBLE_EVENTS)) == sorted(event["url"] for event in arras)
    assert browser.current_url.endswith("?clsm=clsm-d-arras")
    Select(browser.find_element(By.ID, "agenda-filtre-commune")).select_by_value("achicourt")
    achicourt = sorted(event["url"] for event in arras if event["commune"] == "Achicourt")
    assert achicourt and sorted(browser.execute_script(VISIBLE_EVENTS)) == achicourt
    browser.get(url + "?commune=achicourt")
    assert sorted(browser.execute_script(VISIBLE_EVENTS)) == achicourt


def test_each_member_has_its_page_of_the_regional_agenda_and_its_calendar(network_demo):
    output = network_demo["network"]
    regional = (output / "agenda-regional" / "index.html").read_text(encoding="utf-8")
    for name, slug in [("metz", "clsm-messin"), ("armentieres", "clsm-d-armentieres"), ("arras", "clsm-d-arras")]:
        _, events, _ = member_files(network_demo["members"][name])
        assert f'href="/agenda-regional/{slug}/"' in regional
        page = (output / "agenda-regional" / slug / "index.html").read_text(encoding="utf-8")
        assert set(re.findall(r'<h4 class="agenda-event__title"><a href="([^"]+)"', page)) == {event["url"] for event in events}
        calendar = Calendar.from_ical((output / "agenda-regional" / slug / f"{slug}.ics").read_bytes())
        assert sorted(str(event["UID"]) for event in calendar.walk("VEVENT")) == sorted(event["url"] for event in events)
