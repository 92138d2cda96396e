"""`clsm import`: a spreadsheet saved by a French office suite becomes guide entries, checked as content files are."""
import csv
import io
import json

import yaml

from conftest import NOW, build_site, run_clsm
from guide_support import make_guide_site
from import_support import HEADINGS, rows, spreadsheet


def front_matter(path):
    return yaml.load(path.read_text(encoding="utf-8").split("---\n")[1], Loader=yaml.BaseLoader)


def import_into(site, csv_path, *extra):
    return run_clsm("import", str(csv_path), "--site", str(site), "--now", NOW, *extra)


def test_sixty_rows_saved_as_semicolon_windows_1252_become_sixty_entries_and_the_site_builds(tmp_path):
    site = make_guide_site(tmp_path)
    records = rows(60)
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(records, delimiter=";", encoding="cp1252"))

    result = import_into(site, csv_path)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == "import: 60 new, 0 updated, 0 unchanged; written"
    for record in records:
        fields = front_matter(site / "content" / "guide" / f"{record['Identifiant']}.md")
        assert fields["title"] == record["Nom"]
        assert fields["description"] == record["Description"]
        assert fields["hours"] == record["Horaires"]
        assert fields["commune"] == record["Commune"]
        assert fields["publics"] == [item.strip() for item in record["Public"].split(",")]
    output = build_site(str(site), tmp_path / "public")
    published = {entry["id"]: entry for entry in json.loads((output / "guide" / "ressources.json").read_text())["resources"]}
    for record in records:
        entry = published[record["Identifiant"]]
        assert (entry["title"], entry["postal_code"], entry["category"]) == (record["Nom"], record["Code postal"], record["Catégorie"])
        assert entry["emergency"] == (record["Urgence"] == "oui")
    assert published["structure-01"]["cost"] == "free" and published["structure-04"]["cost"] == "membership"


def test_a_utf8_file_with_a_bom_and_commas_is_read_too(tmp_path):
    site = make_guide_site(tmp_path)
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(rows(3), delimiter=",", encoding="utf-8", bom=True))

    result = import_into(site, csv_path)

    assert result.returncode == 0, result.stderr
    assert front_matter(site / "content" / "guide" / "structure-01.md")["title"] == "Structure n° 1 « l'Œuvre » de Metz"


def test_each_wrong_cell_is_one_error_at_its_row_and_column_and_nothing_is_written(tmp_path):
    site = make_guide_site(tmp_path)
    records = rows(4)
    records[0]["Code postal"] = "5700"
    records[0]["Courriel"] = "pas-un-courriel"
    records[1]["Catégorie"] = "cmp-adulte"
    records[1]["Public"] = "adultes, jeunes"
    records[2]["Commune"] = ""
    records[2]["Âge minimum"] = "200"
    records[3]["Urgence"] = "peut-être"
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(records))
    before = sorted(path.name for path in (site / "content" / "guide").iterdir())

    result = run_clsm("import", "ressources.csv", "--site", "site", "--now", NOW, cwd=tmp_path)

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "ressources.csv:2:6: error: « Code postal »: `postal_code` must be five digits (`57000`), not `5700`",
        "ressources.csv:2:9: error: « Courriel »: `email` must be an e-mail address such as `contact@ville.fr`, not `pas-un-courriel`: "
        "it lacks the `@`",
        "ressources.csv:3:3: error: « Catégorie »: unknown category `cmp-adulte`; did you mean `cmp-adultes`? (the categories are "
        "`cmp-adultes`, `cmp-enfants`, `cmpp`, `cattp`, `hopital-de-jour`, `urgences`, `equipe-mobile`, `gem`, "
        "`association-usagers`, `maison-des-adolescents`, `bapu`, `addictologie`, `logement`, `ecoute`, `social`, `autre`, "
        "`sport-sante`; a site adds its own under `guide.categories` in site.yml)",
        "ressources.csv:3:12: error: « Public »: `publics` may hold `enfants`, `adolescents`, `adultes`, `seniors`, `familles`, "
        "`tous`, not `jeunes`",
        "ressources.csv:4:7: error: « Commune »: `commune` must not be empty",
        "ressources.csv:4:13: error: « Âge minimum »: `age_min` must be an age in years, from 0 to 120, not `200`",
        "ressources.csv:5:20: error: « Urgence »: `emergency` must be `true` or `false`, not `peut-être` "
        "(in the spreadsheet: `oui`, `non`)",
    ]
    assert result.stdout.splitlines() == [
        "import: 0 new, 0 updated, 0 unchanged, 4 rows with errors (2, 3, 4, 5); "
        "nothing written: correct the rows, or pass --skip-invalid to write the others"]
    assert sorted(path.name for path in (site / "content" / "guide").iterdir()) == before


def test_skip_invalid_writes_the_valid_rows_and_lists_the_others(tmp_path):
    site = make_guide_site(tmp_path)
    records = rows(3)
    records[1]["Nom"] = ""
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(records))

    result = import_into(site, csv_path, "--skip-invalid")

    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{csv_path}:3:2: error: « Nom »: `title` must not be empty"]
    assert result.stdout.splitlines()[-1] == "import: 2 new, 0 updated, 0 unchanged, 1 row with errors (3); written"
    assert sorted(path.name for path in (site / "content" / "guide").glob("structure-*.md")) == ["structure-01.md", "structure-03.md"]


def test_a_dry_run_says_what_it_would_write_and_writes_nothing(tmp_path):
    site = make_guide_site(tmp_path)
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(rows(2)))

    result = import_into(site, csv_path, "--dry-run")

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"would create {site}/content/guide/structure-01.md", f"would create {site}/content/guide/structure-02.md",
        "import: 2 new, 0 updated, 0 unchanged; dry run, nothing written"]
    assert not list((site / "content" / "guide").glob("structure-*.md"))


def test_importing_again_updates_the_front_matter_and_keeps_the_text_written_since(tmp_path):
    site = make_guide_site(tmp_path)
    records = rows(2)
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(records))
    assert import_into(site, csv_path).returncode == 0
    entry = site / "content" / "guide" / "structure-01.md"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nUn texte écrit par la coordinatrice.\n", encoding="utf-8")

    records[0]["Téléphone"] = "03 87 99 99 99"
    csv_path.write_bytes(spreadsheet(records))
    result = import_into(site, csv_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "import: 0 new, 1 updated, 1 unchanged; written"
    text = entry.read_text(encoding="utf-8")
    assert text.endswith("---\n\nUn texte écrit par la coordinatrice.\n")
    assert front_matter(entry)["phone"] == "03 87 99 99 99"


def test_a_file_the_import_did_not_make_is_replaced_only_with_force_and_keeps_its_text(tmp_path):
    site = make_guide_site(tmp_path)
    mine = site / "content" / "guide" / "gem-le-phare.md"
    body = mine.read_text(encoding="utf-8").split("---\n", 2)[2]
    record = rows(1)[0]
    record.update({"Identifiant": "gem-le-phare", "Nom": "GEM Le Phare", "Catégorie": "gem"})
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet([record]))
    before = mine.read_text(encoding="utf-8")

    refused = import_into(site, csv_path)

    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"{csv_path}:2:2: error: content/guide/gem-le-phare.md exists and was not made by clsm import: give this row "
        "another « Identifiant », or replace its front matter with --force (its text is kept)"]
    assert mine.read_text(encoding="utf-8") == before

    forced = import_into(site, csv_path, "--force")

    assert forced.returncode == 0, forced.stderr
    assert front_matter(mine)["address"] == record["Adresse"]
    assert mine.read_text(encoding="utf-8").endswith("---\n" + body)


def test_a_mapping_file_names_other_headings_and_missing_columns_are_reported(tmp_path):
    site = make_guide_site(tmp_path)
    record = {"Structure": "Point écoute", "Lieu": "Metz", "Type": "ecoute", "Remarque": "à revoir"}
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet([record], headings=["Structure", "Lieu", "Type", "Remarque"], encoding="utf-8"))

    missing = import_into(site, csv_path)

    assert missing.returncode == 1
    assert missing.stderr.splitlines() == [
        f"{csv_path}:1:1: error: no column « Commune »: every entry needs its `commune`",
        f"{csv_path}:1:2: warning: unknown column « Lieu »: its cells are not imported (the columns are « Identifiant », "
        "« Nom », « Catégorie », « Description », « Adresse », « Code postal », « Commune », « Téléphone », « Courriel », "
        "« Site », « Horaires », « Public », « Âge minimum », « Âge maximum », « Accès », « Coût », « Secteur », "
        "« Latitude », « Longitude », « Urgence », « Mise à jour »; a mapping file names others)",
        f"{csv_path}:1:4: warning: unknown column « Remarque »: its cells are not imported (the columns are « Identifiant », "
        "« Nom », « Catégorie », « Description », « Adresse », « Code postal », « Commune », « Téléphone », « Courriel », "
        "« Site », « Horaires », « Public », « Âge minimum », « Âge maximum », « Accès », « Coût », « Secteur », "
        "« Latitude », « Longitude », « Urgence », « Mise à jour »; a mapping file names others)",
    ]
    mapping = tmp_path / "colonnes.yml"
    mapping.write_text("Lieu: commune\nRemarque: acces\n", encoding="utf-8")

    wrong = import_into(site, csv_path, "--mapping", str(mapping))

    assert wrong.returncode == 1
    assert wrong.stderr.splitlines() == [
        f"{mapping}:2:11: error: `acces` is not a key of a guide entry; did you mean `access`? (the keys are `slug`, `title`, "
        "`category`, `description`, `address`, `postal_code`, `commune`, `phone`, `email`, `website`, `hours`, `publics`, "
        "`age_min`, `age_max`, `access`, `cost`, `sector`, `lat`, `lon`, `emergency`, `updated`)"]
    mapping.write_text("Lieu: commune\nRemarque: access\n", encoding="utf-8")

    mapped = import_into(site, csv_path, "--mapping", str(mapping))

    assert mapped.returncode == 0, mapped.stderr
    fields = front_matter(site / "content" / "guide" / "point-ecoute.md")
    assert (fields["title"], fields["commune"], fields["category"], fields["access"]) == ("Point écoute", "Metz", "ecoute", "à revoir")


def test_a_spreadsheet_imported_built_and_exported_gives_back_its_rows(tmp_path):
    site = make_guide_site(tmp_path)
    for path in (site / "content" / "guide").glob("*.md"):
        if path.name != "index.md":
            path.unlink()
    records = rows(60)
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(records))
    assert import_into(site, csv_path).returncode == 0

    output = build_site(str(site), tmp_path / "public")

    data = (output / "guide" / "ressources.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    exported = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert exported[0] == HEADINGS
    assert sorted(exported[1:]) == sorted([record[heading] for heading in HEADINGS] for record in records)


def test_a_wrong_identifiant_and_two_rows_of_one_entry_are_errors_at_their_rows(tmp_path):
    site = make_guide_site(tmp_path)
    records = rows(3)
    records[0]["Identifiant"] = "../../dehors"
    records[2]["Identifiant"] = records[1]["Identifiant"]
    csv_path = tmp_path / "ressources.csv"
    csv_path.write_bytes(spreadsheet(records))

    result = run_clsm("import", "ressources.csv", "--site", "site", "--now", NOW, cwd=tmp_path)

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "ressources.csv:2:1: error: « Identifiant »: `slug` must be lower-case letters, digits and hyphens "
        "(`reunion-pleniere`), not `../../dehors`",
        "ressources.csv:4:2: error: this row makes the entry `structure-02`, as row 3 does: give one of them another « Identifiant »",
    ]
    assert not list((site / "content" / "guide").glob("structure-*.md"))
    assert not (tmp_path / "dehors.md").exists()
