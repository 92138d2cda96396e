"""The guide's data files parse as JSON and GeoJSON and hold every entry once; `clsm stale` lists what to check."""
import json

import pytest

from conftest import run_clsm
from guide_support import FIXTURE, build_guide, entries

RECORD_KEYS = {
    "id", "url", "title", "description", "category", "category_label", "commune", "address", "postal_code", "phone",
    "phone_uri", "email", "website", "hours", "publics", "age_min", "age_max", "access", "cost", "sector", "lat", "lon",
    "emergency", "updated",
}


@pytest.fixture(scope="module")
def guide(tmp_path_factory):
    return build_guide(tmp_path_factory.mktemp("guide-data"))


def test_the_json_holds_every_entry_once_with_its_fields(guide):
    data = json.loads((guide / "guide" / "ressources.json").read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("clsm-guide", 1)
    assert data["site"]["url"] == "https://example.org/clsm/"
    fields = entries()
    records = {record["id"]: record for record in data["resources"]}
    assert len(records) == len(data["resources"]) == len(fields)
    for entry_id, front in fields.items():
        record = records[entry_id]
        assert set(record) == RECORD_KEYS
        assert record["url"] == f"https://example.org/clsm/guide/{entry_id}/"
        assert (record["title"], record["category"], record["commune"]) == (front["title"], front["category"], front["commune"])
        assert record["sector"] == front["sector"]
        assert record["publics"] == front["publics"]
        assert record["emergency"] == (front.get("emergency") == "true")
        assert record["updated"] == front.get("updated")
        if "lat" in front:
            assert (record["lat"], record["lon"]) == (float(front["lat"]), float(front["lon"]))
    assert [c["id"] for c in data["categories"]][-1] == "sport-sante"


def test_the_geojson_has_one_feature_an_entry_with_longitude_first(guide):
    data = json.loads((guide / "guide" / "ressources.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    fields = entries()
    features = {feature["id"]: feature for feature in data["features"]}
    assert len(features) == len(data["features"]) == len(fields)
    for entry_id, front in fields.items():
        feature = features[entry_id]
        assert feature["type"] == "Feature"
        assert set(feature["properties"]) == RECORD_KEYS
        if "lat" in front:
            assert feature["geometry"] == {"type": "Point", "coordinates": [float(front["lon"]), float(front["lat"])]}
        else:
            assert feature["geometry"] is None


def test_clsm_stale_lists_the_entries_checked_more_than_a_year_ago():
    result = run_clsm("stale", str(FIXTURE), "--now", "2026-02-10")
    assert result.returncode == 0, result.stderr
    lines = [line.removeprefix(f"{FIXTURE}/") for line in result.stdout.splitlines()]
    assert lines == [
        'content/guide/entraide-familles.md:8:10: note: "entraide des familles" was last checked on 2024-10-12, more than a year ago',
        'content/guide/ecole-des-parents.md:11:10: note: "École des parents" was last checked on 2025-01-15, more than a year ago',
        'content/guide/sport.md:8:10: note: "Sport et bien-être" was last checked on 2025-02-02, more than a year ago',
    ]
    assert result.stderr.endswith(": 3 guide entries to check\n")


def test_clsm_stale_says_when_every_entry_is_fresh():
    result = run_clsm("stale", str(FIXTURE), "--now", "2025-10-12")
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == f"{FIXTURE}: every guide entry was checked within the last year\n"
