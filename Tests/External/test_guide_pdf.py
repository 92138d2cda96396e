"""The guide as a PDF (`clsm build --pdf`), printed by headless Chromium and read back with poppler's pdftotext and
pdfinfo: a cover with the CLSM's name and the edition date, the emergency numbers first, a table of contents by
category, every entry's name and phone; tagged, A4, under 2 MB; the same bytes twice; a clear error without
Chromium."""
import re
import subprocess

import pytest

from conftest import NOW, run_clsm
from guide_support import entries, make_guide_site, typeset

PDF = "guide/guide-des-ressources.pdf"


def pdf_text(path, *options):
    result = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def flat(text):
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    for tool in ("pdftotext", "pdfinfo"):
        if subprocess.run(["which", tool], capture_output=True).returncode != 0:
            pytest.fail(f"{tool} is missing: apt-get install poppler-utils (.ci/run does)")
    return make_guide_site(tmp_path_factory.mktemp("guide-pdf"))


@pytest.fixture(scope="module")
def built(site):
    output = site.parent / "public"
    result = run_clsm("build", str(site), "--output", str(output), "--now", NOW, "--strict", "--pdf")
    assert result.returncode == 0, result.stderr
    return output


def test_every_entry_is_in_it_with_its_phone(built):
    text = flat(pdf_text(built / PDF))
    for fields in entries().values():
        assert flat(typeset(fields["title"])) in text, fields["title"]
        if "phone" in fields:
            digits = re.sub(r"\D", "", fields["phone"].replace("(0)", ""))
            national = "0" + digits[2:] if digits.startswith("33") else digits
            assert national in text, fields["phone"]


def test_the_cover_names_the_clsm_and_the_edition(built):
    cover = pdf_text(built / PDF, "-l", "1")
    assert "CLSM de la Vallée" in cover
    assert "Édition du dimanche 12 octobre 2025" in cover


def test_the_emergency_numbers_come_first_then_the_contents_by_category(built):
    text = pdf_text(built / PDF)
    urgent = text.index("En cas d’urgence")
    contents = text.index("Sommaire")
    assert urgent < contents
    assert "3114" in text[urgent:contents] and "112" in text[urgent:contents]
    toc = text[contents:].split("\f", 1)[0]
    assert "Clubs d’entraide (GEM)" in toc and "Sport et santé mentale" in toc


def test_it_is_tagged_a4_small_and_the_same_twice(built, site):
    info = subprocess.run(["pdfinfo", str(built / PDF)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert "(A4)" in info
    assert re.search(r"^CreationDate:\s+Sun Oct 12 10:00:00 2025 UTC$", info, re.M)
    assert (built / PDF).stat().st_size < 2_000_000
    again = site.parent / "again"
    assert run_clsm("build", str(site), "--output", str(again), "--now", NOW, "--pdf").returncode == 0
    assert (again / PDF).read_bytes() == (built / PDF).read_bytes()


def test_the_guide_and_the_print_page_link_to_it(built):
    for page in ("guide/index.html", "guide/imprimer/index.html"):
        assert 'href="/clsm/guide/guide-des-ressources.pdf" type="application/pdf"' in (built / page).read_text(encoding="utf-8")


def test_without_chromium_the_build_says_so(site, tmp_path):
    missing = tmp_path / "chromium"
    result = run_clsm("build", str(site), "--output", str(tmp_path / "out"), "--now", NOW, "--pdf",
                      env={"CLSM_CHROMIUM": str(missing)})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[0].endswith(
        f"/site/site.yml:1:1: error: the guide's PDF needs Chromium, which is not at `{missing}`: "
        "install it with `apt-get install chromium`, or set CLSM_CHROMIUM to its binary")
    assert not (tmp_path / "out").exists()
