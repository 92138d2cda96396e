"""Every example of the documentation is exercised, so the documents cannot drift from the code.

In docs/*.md an HTML comment before a fenced block says what the block is:
  <!-- exemple: content/actions/x.md -->     the block is that content file; it builds with no diagnostic
  <!-- exemple-erreur: content/x.md -->      the block is that file; the next ```text block is exactly what clsm prints
  <!-- exemple-site.yml -->                  the block is a whole site.yml; it builds with no diagnostic
  <!-- exemple-site.yml-extrait -->          the block is added to the base site.yml below; it builds with no diagnostic
  <!-- commande -->                          the block holds `clsm …` lines, run in the demo repository (outputs redirected)
Every HTML comment in the documents must be a directive, so a mistyped one fails instead of being skipped.
"""
import re
import shlex
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_clsm

BASE_SITE = """title: CLSM de démonstration
base_url: https://example.org/
contact:
  name: Coordination du CLSM
"""
DIRECTIVE = re.compile(r"<!--\s*(exemple-erreur|exemple-site\.yml-extrait|exemple-site\.yml|exemple|commande)\s*:?\s*([^ >]*)\s*-->")
FENCE = re.compile(r"^(```+|~~~+)([^\n]*)\n(.*?)^\1\s*$", re.S | re.M)
DOCS = sorted((REPO / "docs").glob("*.md"))


def examples():
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in DIRECTIVE.finditer(text):
            blocks = list(FENCE.finditer(text, match.end()))
            line = text.count("\n", 0, match.start()) + 1
            found.append(pytest.param(match.group(1), match.group(2), blocks[:2],
                                      id=f"{doc.name}:{line}:{match.group(1)}"))
    return found


def site_with(tmp_path, site_yml=BASE_SITE, files=None):
    root = tmp_path / "repo"
    shutil.copytree(REPO / "themes", root / "themes")
    site = root / "site"
    (site / "content").mkdir(parents=True)
    (site / "site.yml").write_text(site_yml, encoding="utf-8")
    (site / "content" / "index.md").write_text("---\ntitle: Accueil\n---\n", encoding="utf-8")
    for name, text in (files or {}).items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return site


def build(site):
    return run_clsm("build", ".", "--output", str(site.parent / "public"), "--now", "2025-10-12T12:00:00+02:00", cwd=site)


@pytest.mark.parametrize("kind, target, blocks", examples())
def test_documentation_example(tmp_path, kind, target, blocks):
    assert blocks, "the directive is followed by no fenced block"
    body = blocks[0].group(3)
    if kind == "commande":
        run_commands(tmp_path, body)
        return
    if kind == "exemple-site.yml":
        site = site_with(tmp_path, site_yml=body)
    elif kind == "exemple-site.yml-extrait":
        site = site_with(tmp_path, site_yml=BASE_SITE + body)
    else:
        assert target.startswith("content/"), f"the directive names no content file: {target!r}"
        site = site_with(tmp_path, files={target: body})
    result = build(site)
    if kind == "exemple-erreur":
        assert len(blocks) == 2 and blocks[1].group(2).strip() == "text", "an error example is followed by a ```text block"
        assert result.returncode == 1
        printed = [line for line in result.stderr.splitlines() if not line.startswith(".: ")]
        assert printed == blocks[1].group(3).strip("\n").splitlines()
    else:
        assert result.returncode == 0 and result.stderr == "", result.stderr


def run_commands(tmp_path, body):
    repo = tmp_path / "repo"
    shutil.copytree(REPO, repo, ignore=shutil.ignore_patterns(".build*", ".git", "public", "Fuzz", "Tests"))
    for line in body.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line.startswith("clsm "):
            continue
        arguments = shlex.split(line)[1:]
        result = run_clsm(*arguments, cwd=repo, env={"SOURCE_DATE_EPOCH": "1760263200"})
        assert result.returncode == 0, f"{line}\n{result.stderr}"



def test_every_comment_in_the_documents_is_a_directive():
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for comment in re.finditer(r"<!--.*?-->", text, re.S):
            assert DIRECTIVE.fullmatch(comment.group(0)), f"{doc.name}: not a directive: {comment.group(0)}"
