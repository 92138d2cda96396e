"""`ressources-data-inclusion.json` read back and validated by the schema's own models (PyPI data-inclusion-schema, v1)."""
import json

import pytest
from data_inclusion.schema import v1

from conftest import build_site
from guide_support import entries, make_guide_site

# The documented table of docs/guide-data.md, as the fixture's categories use it.
THEMATICS = {
    "cmp-adultes": {"sante--acces-aux-soins", "sante--sante-mentale"},
    "urgences": {"sante--acces-aux-soins", "sante--sante-mentale"},
    "equipe-mobile": {"sante--acces-aux-soins", "sante--sante-mentale"},
    "gem": {"sante--sante-mentale"}, "ecoute": {"sante--sante-mentale"}, "autre": {"sante--sante-mentale"},
    "sport-sante": {"sante--sante-mentale"},
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("data-inclusion")
    output = build_site(str(make_guide_site(root)), root / "public")
    return json.loads((output / "guide" / "ressources-data-inclusion.json").read_text(encoding="utf-8"))


def test_every_structure_and_service_is_valid_for_the_schemas_models(exported):
    assert set(exported) == {"structures", "services"}
    structures = [v1.Structure.model_validate(item) for item in exported["structures"]]
    services = [v1.Service.model_validate(item) for item in exported["services"]]
    published = entries()
    assert sorted(structure.id for structure in structures) == sorted(f"example.org--{slug}" for slug in published)
    assert {service.structure_id for service in services} == {structure.id for structure in structures}
    for service in services:
        slug = service.id.removeprefix("example.org--")
        assert service.source == "example.org"
        assert {thematic.value for thematic in service.thematiques} == THEMATICS[published[slug]["category"]], slug
        assert service.nom == published[slug]["title"]
        assert str(service.lien_source) == f"https://example.org/clsm/guide/{slug}/"


def test_publics_fees_and_hours_are_in_the_schemas_vocabularies(exported):
    services = {item["id"].removeprefix("example.org--"): v1.Service.model_validate(item) for item in exported["services"]}
    cmp = services["cmp-montigny"]
    assert cmp.frais == v1.Frais.GRATUIT
    assert cmp.horaires_accueil == "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00"
    assert cmp.telephone == "+33387562768" and cmp.code_postal == "57950"
    assert cmp.publics is None and cmp.publics_precisions == "À partir de 18 ans"
    assert services["ecoute-3114"].publics == {v1.Public.TOUS_PUBLICS}
    assert services["ecoute-3114"].modes_accueil == {v1.ModeAccueil.A_DISTANCE}
    parents = services["ecole-des-parents"]
    assert parents.publics == {v1.Public.FAMILLES}
    assert parents.horaires_accueil is None  # free text is not OpenStreetMap syntax
    assert parents.frais is None and parents.frais_precisions == "Gratuit ou pris en charge sous conditions"
    assert services["entraide-familles"].frais == v1.Frais.PAYANT


def test_the_demo_sites_exports_pass_the_models_warnings_included(demo_sites):
    for name, output in demo_sites.items():
        exported = json.loads((output / "guide" / "ressources-data-inclusion.json").read_text(encoding="utf-8"))
        published = json.loads((output / "guide" / "ressources.json").read_text(encoding="utf-8"))["resources"]
        assert len(exported["structures"]) == len(exported["services"]) == len(published), name
        for item in exported["structures"]:
            v1.Structure.model_validate(item, context={"ignore_warnings": False})
        for item in exported["services"]:
            v1.Service.model_validate(item, context={"ignore_warnings": False})
