"""The demo sites build as the README says, alone and together, with no error and no warning."""
import shutil

from conftest import DEMO_SITES, REPO, run_clsm


def test_every_demo_site_builds_in_strict_mode(demo_sites):
    for name, output in demo_sites.items():
        assert (output / "index.html").is_file(), name
        assert (output / ".clsm-output").is_file(), name


def test_several_sites_build_in_one_run(tmp_path):
    sites = tmp_path / "repo"
    (sites / "sites").mkdir(parents=True)
    for folder in ("content", "static", "layouts", "site.yml", "themes"):
        source = REPO / folder
        target = sites / folder
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.write_bytes(source.read_bytes())
    for name in ("armentieres", "arras"):
        shutil.copytree(REPO / "sites" / name, sites / "sites" / name, ignore=shutil.ignore_patterns("public"))

    result = run_clsm("build", "sites/arras", "sites/armentieres", ".", "--strict", cwd=sites,
                      env={"SOURCE_DATE_EPOCH": "1760263200"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["sites/arras", "sites/armentieres", "."]
    for name in DEMO_SITES.values():
        assert (sites / name / "public" / "index.html").is_file()
