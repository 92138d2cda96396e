"""Every site publishes `clsm.json` and `agenda/agenda.json`, valid against their JSON Schemas and stable between builds."""
import json

import jsonschema
import pytest
from icalendar import Calendar

from conftest import REPO, build_site

SCHEMAS = REPO / "docs" / "schemas"


def schema(name):
    document = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document, format_checker=jsonschema.FormatChecker())


def read(output, path):
    return json.loads((output / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["metz", "armentieres", "arras"])
def test_the_exports_validate_against_their_schemas(demo_sites, name):
    output = demo_sites[name]
    site = read(output, "clsm.json")
    schema("clsm-site-1.schema.json").validate(site)
    agenda = read(output, site["exports"]["agenda"])
    schema("clsm-agenda-1.schema.json").validate(agenda)
    assert agenda["site"]["url"] == site["url"]


@pytest.mark.parametrize("name", ["metz", "armentieres", "arras"])
def test_every_listed_export_is_written(demo_sites, name):
    output = demo_sites[name]
    exports = read(output, "clsm.json")["exports"]
    paths = [exports["agenda"], exports["resources"], exports["resources_geojson"], exports["calendar"], *exports["news_feeds"]]
    for path in paths:
        assert path is not None and (output / path).is_file(), path


@pytest.mark.parametrize("name", ["metz", "armentieres", "arras"])
def test_the_agenda_holds_every_event_of_the_calendar_with_its_page(demo_sites, name):
    output = demo_sites[name]
    site = read(output, "clsm.json")
    events = read(output, site["exports"]["agenda"])["events"]
    calendar = Calendar.from_ical((output / site["exports"]["calendar"]).read_bytes())
    assert sorted(e["url"] for e in events) == sorted(str(v["URL"]) for v in calendar.walk("VEVENT"))
    for event in events:
        assert event["url"].startswith(site["url"])
        page = output / event["url"].removeprefix(site["url"]) / "index.html"
        assert page.is_file(), event["url"]


def test_metz_names_its_communes_with_their_insee_codes_and_its_centre(demo_sites):
    site = read(demo_sites["metz"], "clsm.json")
    communes = {c["name"]: c["insee"] for c in site["territory"]["communes"]}
    assert communes["Metz"] == "57463"
    assert site["territory"]["lat"] is not None and site["founded"] == "2017-11-09"


def test_the_exports_are_byte_identical_between_builds(demo_sites, tmp_path):
    again = build_site(".", tmp_path / "again")
    for path in ("clsm.json", "agenda/agenda.json"):
        assert (again / path).read_bytes() == (demo_sites["metz"] / path).read_bytes(), path
