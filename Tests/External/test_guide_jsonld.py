"""schema.org on the guide's entry pages, read back by extruct (the JSON-LD reader of Scrapinghub) as a crawler reads it."""
import json
import re

import extruct
import pytest

from conftest import build_site
from guide_support import entries, make_guide_site

# The documented table of docs/guide-data.md: category → schema.org type.
TYPES = {
    "cmp-adultes": "MedicalClinic", "cmp-enfants": "MedicalClinic", "cmpp": "MedicalClinic", "cattp": "MedicalClinic",
    "bapu": "MedicalClinic", "addictologie": "MedicalClinic", "maison-des-adolescents": "MedicalClinic",
    "hopital-de-jour": "Hospital", "urgences": "Hospital", "equipe-mobile": "MedicalOrganization",
    "gem": "NGO", "association-usagers": "NGO", "logement": "NGO", "ecoute": "Organization",
    "social": "GovernmentOffice", "autre": "Organization",
}
PLACES = {"MedicalClinic", "Hospital", "GovernmentOffice"}
DAYS = {"Mo": "Monday", "Tu": "Tuesday", "We": "Wednesday", "Th": "Thursday", "Fr": "Friday", "Sa": "Saturday", "Su": "Sunday"}


@pytest.fixture(scope="module")
def guide(tmp_path_factory):
    root = tmp_path_factory.mktemp("guide-jsonld")
    return build_site(str(make_guide_site(root)), root / "public")


def international(phone):
    """`03 87 56 27 68`, `+33 3 87 56 27 68` or `+33 (0)3 87 55 31 31` → `+33…`; a short number as it is."""
    digits = re.sub(r"\D", "", phone.replace("(0)", ""))
    national = "0" + digits[2:] if phone.startswith("+33") else digits
    return "+33" + national[1:] if len(national) == 10 else national


def json_ld(page):
    found = extruct.extract(page.read_text(encoding="utf-8"), syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert len(found) == 1, found
    return found[0]


def test_every_entry_page_reads_back_as_its_categorys_type_with_its_address_and_point(guide):
    for slug, fields in entries().items():
        data = json_ld(guide / "guide" / slug / "index.html")
        expected_type = TYPES.get(fields["category"], "Organization")
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == expected_type, slug
        assert data["name"] == fields["title"]
        assert data["url"] == f"https://example.org/clsm/guide/{slug}/"
        address = data["address"]
        assert address["@type"] == "PostalAddress" and address["addressCountry"] == "FR"
        assert address["addressLocality"] == fields["commune"]
        assert address.get("streetAddress") == fields.get("address")
        assert address.get("postalCode") == fields.get("postal_code")
        place = data if expected_type in PLACES else data.get("location", {})
        if "lat" in fields:
            assert place["geo"] == {"@type": "GeoCoordinates", "latitude": float(fields["lat"]), "longitude": float(fields["lon"])}
        else:
            assert "geo" not in place
        if "phone" in fields:
            assert data["telephone"] == international(fields["phone"]), slug


def test_openstreetmap_hours_become_opening_hours_specifications(guide):
    data = json_ld(guide / "guide" / "cmp-montigny" / "index.html")
    week = [f"https://schema.org/{DAYS[day]}" for day in ["Mo", "Tu", "We", "Th", "Fr"]]
    assert data["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": week, "opens": "09:00", "closes": "12:00"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": week, "opens": "14:00", "closes": "17:00"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Saturday"], "opens": "09:00", "closes": "12:00"},
    ]
    every_day = [f"https://schema.org/{name}" for name in DAYS.values()]
    assert json_ld(guide / "guide" / "ecoute-3114" / "index.html")["location"]["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": every_day, "opens": "00:00", "closes": "23:59"}]


def test_free_text_hours_give_no_specification(guide):
    for slug, fields in entries().items():
        data = json_ld(guide / "guide" / slug / "index.html")
        specs = data.get("openingHoursSpecification") or data.get("location", {}).get("openingHoursSpecification")
        hours = fields.get("hours", "")
        is_osm = hours == "24/7" or (hours[:2] in DAYS or hours[:2].isdigit())
        assert (specs is not None) == is_osm, (slug, hours)


def test_a_title_that_closes_the_script_stays_text(tmp_path):
    site = make_guide_site(tmp_path)
    hostile = '</script><script>alert(1)</script> & <!-- « x »'
    (site / "content" / "guide" / "hostile.md").write_text(
        f"---\ntitle: {json.dumps(hostile)}\ncategory: gem\ncommune: Metz\nhours: \"Tu 14:00-24:00; PH off\"\n---\n", encoding="utf-8")
    output = build_site(str(site), tmp_path / "public")

    page = (output / "guide" / "hostile" / "index.html").read_text(encoding="utf-8")

    assert page.count("<script>alert(1)") == 0
    data = json_ld(output / "guide" / "hostile" / "index.html")
    assert data["name"] == hostile
    assert data["location"]["openingHoursSpecification"] == [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Tuesday"], "opens": "14:00", "closes": "23:59"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/PublicHolidays"], "opens": "00:00", "closes": "00:00"},
    ]
