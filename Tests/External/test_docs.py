"""Every example of the documentation is exercised, so the documents cannot drift from the code.

What each HTML comment before a fenced block means is in doc_directives.py. Every HTML comment in the documents
must be a directive, so a mistyped one fails instead of being skipped.
"""
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import NOW, REPO, clsm_binary, run_clsm, without_excerpts
from doc_directives import DIRECTIVE, read_examples
from doc_install import check_installation

BASE_SITE = """title: CLSM de démonstration
base_url: https://example.org/
contact:
  name: Coordination du CLSM
"""
DOCS = sorted((REPO / "docs").glob("*.md"))
EXAMPLES = read_examples(DOCS)
SUMMARY = re.compile(r"^\S* ?: \d+ (errors?|erreurs?), \d+ (warnings?|avertissements?)")
# The documents written in French show the messages in French, clsm's default; the others show them in English.
FRENCH_DOCUMENTS = {"guide-redaction.md"}


def message_language(example) -> str:
    return "fr" if Path(example.document).name in FRENCH_DOCUMENTS else "en"


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.id for example in EXAMPLES])
def test_documentation_example(tmp_path, example):
    assert example.problem is None, example.problem
    if example.kind == "installation":
        check_installation(example.body)
    elif example.kind == "synopsis":
        check_synopsis(example.body)
    elif example.kind == "commande-serveur":
        check_server(tmp_path, example.body)
    elif example.kind == "commande":
        root = site_with(tmp_path, example.setup) if example.target == "exemple" else demo_repository(tmp_path)
        run_script(root, example.body, example.expected, message_language(example))
        check_results(root, example.checks)
    else:
        root = site_with(tmp_path, example.setup + [example])
        result = run_clsm("build", ".", "--now", NOW, cwd=root, env={"CLSM_LANG": message_language(example)})
        printed = [line for line in result.stderr.splitlines() if not SUMMARY.match(line)]
        if example.kind == "exemple-erreur":
            failed = ": error: " in example.expected or ": erreur : " in example.expected
            assert result.returncode == (1 if failed else 0), result.stderr
            assert printed == example.expected.strip("\n").splitlines()
        else:
            assert result.returncode == 0 and result.stderr == "", result.stderr
            check_results(root, example.checks)


def site_with(tmp_path: Path, steps) -> Path:
    """A site with the shared theme in its folder, the base site.yml, a home page, and the examples' files."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "themes", root / "themes")
    (root / "content").mkdir()
    (root / "site.yml").write_text(BASE_SITE, encoding="utf-8")
    (root / "content" / "index.md").write_text("---\ntitle: Accueil\n---\n", encoding="utf-8")
    for step in steps:
        if step.kind == "exemple-site.yml":
            (root / "site.yml").write_text(step.body, encoding="utf-8")
        elif step.kind == "exemple-site.yml-extrait":
            (root / "site.yml").write_text(merged_site_yml((root / "site.yml").read_text(encoding="utf-8"), step.body), encoding="utf-8")
        else:
            path = root / step.target
            assert step.target and not step.target.startswith("/") and ".." not in Path(step.target).parts, step.target
            path.parent.mkdir(parents=True, exist_ok=True)
            before = path.read_text(encoding="utf-8") if step.kind == "exemple-extrait" and path.exists() else ""
            path.write_text(before + ("\n" if before and not before.endswith("\n") else "") + step.body, encoding="utf-8")
    return root


def merged_site_yml(base: str, extract: str) -> str:
    """`base` without the top-level keys `extract` gives, then `extract`."""
    keys = set(re.findall(r"^([A-Za-z_][\w-]*):", extract, re.M))
    kept, keeping = [], True
    for line in base.splitlines(keepends=True):
        if line[:1] not in (" ", "#", "\n", "-", ""):
            keeping = line.split(":", 1)[0] not in keys
        if keeping:
            kept.append(line)
    return "".join(kept) + extract


def demo_repository(tmp_path: Path) -> Path:
    root = tmp_path / "depot"
    shutil.copytree(REPO, root, ignore=shutil.ignore_patterns(".build*", ".git", "public", "Fuzz", "Tests"))
    return root


def run_script(root: Path, script: str, expected: str | None, language: str):
    """Runs a block as a user types it in a terminal; with `expected`, compares everything it prints."""
    environment = {"PATH": f"{clsm_binary().parent}:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(root.parent),
                   "SOURCE_DATE_EPOCH": "1760263200", "CLSM_LANG": language}
    options = ["-o", "pipefail"] if expected is not None else ["-e", "-o", "pipefail"]
    result = subprocess.run(["bash", "--noprofile", "--norc", *options, "-c", script], cwd=root, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
    if expected is None:
        assert result.returncode == 0, result.stdout
    else:
        assert without_excerpts(result.stdout).splitlines() == expected.strip("\n").splitlines()


def check_results(root: Path, checks):
    for path, text, line in checks:
        written = (root / path).read_text(encoding="utf-8")
        assert text.strip("\n") in written, f"line {line}: not in {path}:\n{text}"


def check_synopsis(body: str):
    for line in body.splitlines():
        words = line.split("#", 1)[0].split()
        if words[:1] != ["clsm"] or len(words) < 2:
            continue
        command = [words[1]]
        usage = run_clsm(*command, "--help")
        assert usage.returncode == 0, usage.stderr
        for option in re.findall(r"--[a-z][a-z-]*", line):
            assert option in usage.stdout, f"{line}: `clsm {' '.join(command)} --help` has no {option}"


def check_server(tmp_path: Path, body: str):
    from test_serve import Server
    lines = [line.split("#", 1)[0].strip() for line in body.splitlines() if line.strip().startswith("clsm serve")]
    assert len(lines) == 1, "a server example holds one `clsm serve` line"
    arguments = shlex.split(lines[0])[2:]
    site = arguments.pop(0) if arguments and not arguments[0].startswith("-") else "."
    server = Server(demo_repository(tmp_path) / site, *arguments)
    try:
        answer = server.get("/")
        assert answer.status == 200 and "<html" in answer.read().decode("utf-8")
    finally:
        assert server.stop() == 0


def test_every_comment_in_the_documents_is_a_directive():
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for comment in re.finditer(r"<!--.*?-->", text, re.S):
            assert DIRECTIVE.fullmatch(comment.group(0)), f"{doc.name}: not a directive: {comment.group(0)}"


def test_the_three_documents_exist_and_the_readme_links_to_them():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in ("guide-redaction.md", "themes.md", "publishing.md"):
        assert (REPO / "docs" / name).is_file(), name
        assert f"](docs/{name})" in readme, f"README.md does not link to docs/{name}"
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", readme)
    assert images and all((REPO / image).is_file() for image in images), images


def test_every_document_has_examples_of_each_kind_it_promises():
    kinds = {(example.document, example.kind) for example in EXAMPLES}
    for document, kind in [("guide-redaction.md", "exemple"), ("guide-redaction.md", "exemple-erreur"),
                           ("guide-redaction.md", "commande-serveur"), ("themes.md", "exemple"), ("themes.md", "exemple-extrait"),
                           ("publishing.md", "commande"), ("publishing.md", "installation"), ("publishing.md", "exemple-site.yml-extrait")]:
        assert (document, kind) in kinds, f"{document} has no {kind} example"


def test_the_coordinators_entries_and_events_build_in_the_demo_site(tmp_path):
    """What a coordinator copies from guide-redaction.md into the real site builds there too, even with --strict."""
    examples = [example for example in EXAMPLES if example.document == "guide-redaction.md" and example.kind == "exemple"
                and example.target.startswith(("content/guide/", "content/agenda/"))]
    assert len(examples) >= 4
    root = demo_repository(tmp_path)
    for example in examples:
        (root / example.target).write_text(example.body, encoding="utf-8")
    result = run_clsm("build", ".", "--now", NOW, "--strict", cwd=root)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    programme = (root / "public" / "sism" / "2025" / "index.html").read_text(encoding="utf-8")
    assert "/agenda/cine-debat-solitude/" in programme
    assert "/guide/gem-le-lien/" in (root / "public" / "guide" / "index.html").read_text(encoding="utf-8")
