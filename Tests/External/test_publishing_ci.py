"""The CI examples of docs/ci/, run locally step by step as the CI services would run them.

What needs a CI service is stood in for: the step (GitHub) or `before_script` (GitLab) that installs
libcmark and builds clsm is replaced by the clsm built for the tests; `uses:` actions are checked for
what they are given, not run; "now" is pinned, so that the demo content reads as it was written.
"""
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from conftest import REPO, clsm_binary

CI = REPO / "docs" / "ci"
PAGES_URL = "https://clsm-test.example.io/depot"
EXPRESSIONS = {"steps.pages.outputs.base_url": PAGES_URL}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def repository(tmp_path):
    """A copy of the repository's sites, as a CI checkout would see them."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("site.yml", "content", "themes", "sites", "static"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, ignore=shutil.ignore_patterns("public"))
        elif source.exists():
            shutil.copy(source, checkout / name)
    return checkout


def environment(extra=None):
    env = {"PATH": f"{clsm_binary().parent}:{os.environ.get('PATH', '/usr/bin:/bin')}", "LANG": "C.UTF-8",
           "SOURCE_DATE_EPOCH": "1760263200", "CLSM_LANG": "en"}
    env.update(extra or {})
    return env


def run_script(script, cwd, env):
    """Runs a `run:`/`script:` text as both services do: bash, stopping at the first failing command."""
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def substitute(value):
    """`${{ expression }}` as GitHub replaces it; an expression the test does not know fails the test."""
    def replace(match):
        expression = match.group(1).strip()
        assert expression in EXPRESSIONS, f"unknown expression in a step's env: {expression}"
        return EXPRESSIONS[expression]
    return re.sub(r"\$\{\{(.*?)\}\}", replace, str(value))


def github_steps(event="push"):
    """The steps of the build job, with `if:` decided for `event` (the only condition the workflow uses)."""
    workflow = yaml.safe_load((CI / "github-actions.yml").read_text(encoding="utf-8"))
    steps = []
    for step in workflow["jobs"]["build"]["steps"]:
        condition = step.get("if")
        if condition is not None:
            assert condition == "github.event_name != 'pull_request'", condition
            if event == "pull_request":
                continue
        steps.append(step)
    return workflow, steps


def run_github(checkout, event="push"):
    """Runs the build job's steps; returns (results of the run steps by name, the failing one or None)."""
    workflow, steps = github_steps(event)
    results = {}
    for step in steps:
        if "uses" in step:
            if step["uses"].startswith("actions/upload-pages-artifact"):
                assert (checkout / step["with"]["path"] / "index.html").is_file()
            continue
        if step.get("id") == "clsm":
            # Installs libcmark and builds clsm: the tests' clsm stands in for it.
            assert "swift build -c release --product clsm" in step["run"]
            continue
        env = environment({key: substitute(value) for key, value in step.get("env", {}).items()})
        result = run_script(step["run"], checkout, env)
        results[step["name"]] = result
        if result.returncode != 0:
            return results, step["name"]
    return results, None


def sitemap_locations(output):
    root = ET.parse(output / "sitemap.xml").getroot()
    return [loc.text for loc in root.iter(SITEMAP + "loc")]


def test_the_github_workflow_checks_builds_and_publishes_every_site_under_the_pages_path(repository):
    results, failed = run_github(repository)
    assert failed is None, {name: r.stdout + r.stderr for name, r in results.items()}
    assert "::error" not in results["Check the sites"].stdout
    public = repository / "public"
    assert (public / ".clsm-output").is_file()
    assert all(url.startswith(PAGES_URL + "/") for url in sitemap_locations(public))
    for name in ("armentieres", "arras"):
        assert all(url.startswith(f"{PAGES_URL}/{name}/") for url in sitemap_locations(public / name))
    workflow, _ = github_steps()
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_a_pull_request_with_a_broken_link_gets_an_annotation_and_publishes_nothing(repository):
    page = repository / "content" / "presentation.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nVoir [le comité](organisation/comite-de-pilotage.md#membres-absents).\n",
                    encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    for event in ("pull_request", "push"):
        results, failed = run_github(repository, event)
        assert failed == "Check the sites"
        annotations = [l for l in results[failed].stdout.splitlines() if l.startswith("::error")]
        assert annotations == [f"::error file=content/presentation.md,line={line},col=6,title=link.anchor-missing::the link "
                               "`organisation/comite-de-pilotage.md#membres-absents` points to the anchor `#membres-absents`, "
                               "which the page /organisation/comite-de-pilotage/ does not have"]
        assert not (repository / "public").exists()


def gitlab_job(name):
    pipeline = yaml.safe_load((CI / "gitlab-ci.yml").read_text(encoding="utf-8"))
    job = dict(pipeline[name])
    template = pipeline[job.pop("extends")]
    assert any("swift build -c release --product clsm" in line for line in template["before_script"])
    return pipeline, job


def run_gitlab(checkout, name):
    """Runs a job's `script` (its `before_script` builds clsm: the tests' clsm stands in for it)."""
    pipeline, job = gitlab_job(name)
    variables = {**pipeline.get("variables", {}), "CI_PAGES_URL": PAGES_URL, "CI_DEFAULT_BRANCH": "main",
                 "CI_COMMIT_BRANCH": "main"}
    return job, run_script("\n".join(job["script"]), checkout, environment(variables))


def test_the_gitlab_pages_job_checks_and_builds_every_site_under_the_pages_path(repository):
    job, result = run_gitlab(repository, "pages")
    assert result.returncode == 0, result.stdout + result.stderr
    assert job["artifacts"]["paths"] == ["public"]
    public = repository / "public"
    assert all(url.startswith(PAGES_URL + "/") for url in sitemap_locations(public))
    assert all(url.startswith(PAGES_URL + "/arras/") for url in sitemap_locations(public / "arras"))


def test_the_gitlab_check_job_fails_on_a_missing_image_and_names_its_line(repository):
    page = repository / "content" / "objectifs.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n![Affiche](/images/absente.png)\n", encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    _, result = run_gitlab(repository, "check")
    assert result.returncode == 1
    assert f"content/objectifs.md:{line}:1: error: the image `/images/absente.png` does not exist: clsm looked for " \
        f"`static/images/absente.png`; images go in the site's static/ folder " \
        f"(`static/images/affiche.jpg` is written `![…](/images/affiche.jpg)`)" in result.stderr.splitlines()
    # Under it, the line it points at and a caret, as in a terminal.
    assert f"  {line} | ![Affiche](/images/absente.png)" in result.stderr.splitlines()
    _, pages = run_gitlab(repository, "pages")
    assert pages.returncode == 1
    assert not (repository / "public").exists()
