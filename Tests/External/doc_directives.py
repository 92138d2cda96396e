"""The examples of docs/*.md, read from the HTML comments (directives) that say what each fenced block is.

  <!-- exemple: PATH -->               the block is that file of the site (content/…, layouts/…, themes/clsm/…);
                                       the site builds with no diagnostic
  <!-- exemple-erreur: PATH -->        the block is that file; the next ```text block is exactly what clsm prints
                                       (the build fails when it holds an error, succeeds when only warnings)
  <!-- exemple-site.yml -->            the block is a whole site.yml; the site builds with no diagnostic
  <!-- exemple-site.yml-extrait -->    the block's top-level keys are added to the base site.yml (or replace its
                                       own); the site builds with no diagnostic
  <!-- exemple-extrait: PATH -->       the block is added at the end of that file of the site or of its theme
  <!-- résultat: PATH -->              the block appears as it is in that file (`public/index.html`) after the
                                       example or command just above
  <!-- commande -->                    the block is a shell script run in a copy of the demo repository, with clsm
                                       on PATH and SOURCE_DATE_EPOCH pinned; every command must succeed, unless a
                                       ```text block follows: then it is exactly what the script prints
  <!-- commande: exemple -->           the same, run in the site of the last example above it in its section (even
                                       a mistaken one)
  <!-- commande-serveur -->            the block's `clsm serve` line serves the demo site, which must answer with HTML
  <!-- installation -->                the block installs clsm: each line is checked against Package.swift and
                                       SwiftPM (see doc_install.py), not run
  <!-- synopsis -->                    each `clsm SUBCOMMAND …` line names only options that `--help` lists

Within one `##` section of a document, examples build on each other: each file example is built together with the
clean examples above it in the section (a SISM event with the site.yml extract that declares the edition).
"""
import re
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("exemple-erreur", "exemple-site.yml-extrait", "exemple-site.yml", "exemple-extrait", "exemple", "résultat",
         "commande-serveur", "commande", "installation", "synopsis")
DIRECTIVE = re.compile(r"<!--\s*(" + "|".join(re.escape(kind) for kind in KINDS) + r")\s*:?\s*([^ >]*)\s*-->")
FENCE = re.compile(r"^(```+|~~~+)([^\n]*)\n(.*?)^\1\s*$", re.S | re.M)
FILE_KINDS = {"exemple", "exemple-erreur", "exemple-site.yml", "exemple-site.yml-extrait", "exemple-extrait"}


@dataclass
class Step:
    """One file example: what it writes into the site."""
    kind: str
    target: str
    body: str


@dataclass
class Example:
    """One directive with its block, and what the test needs around it."""
    document: str
    line: int
    kind: str
    target: str
    body: str
    expected: str | None = None            # the ```text block after an error example or a command
    setup: list[Step] = field(default_factory=list)   # the clean examples above it in its section
    checks: list[tuple[str, str, int]] = field(default_factory=list)  # (path, text, line) of the résultat blocks after it
    problem: str | None = None             # a directive the test cannot use, said in words

    @property
    def id(self):
        return f"{self.document}:{self.line}:{self.kind}"


def read_examples(documents: list[Path]) -> list[Example]:
    found = []
    for document in documents:
        found += _examples_of(document.name, document.read_text(encoding="utf-8"))
    return found


def _examples_of(name: str, text: str) -> list[Example]:
    examples: list[Example] = []
    setup: list[Step] = []
    section_start = 0
    previous: Example | None = None
    last_file: Example | None = None
    sections = _section_starts(text)
    for match in DIRECTIVE.finditer(text):
        section = max([start for start in sections if start < match.start()], default=0)
        if section != section_start:
            section_start, setup, previous, last_file = section, [], None, None
        kind, target = match.group(1), match.group(2)
        blocks = list(FENCE.finditer(text, match.end()))[:2]
        line = text.count("\n", 0, match.start()) + 1
        example = Example(name, line, kind, target, blocks[0].group(3) if blocks else "", setup=list(setup))
        if not blocks or text[match.end():blocks[0].start()].strip():
            example.problem = "the directive is not followed by a fenced block"
        elif len(blocks) == 2 and blocks[1].group(2).strip() == "text" and not text[blocks[0].end():blocks[1].start()].strip():
            example.expected = blocks[1].group(3)
        if kind == "exemple-erreur" and example.expected is None:
            example.problem = "an error example is followed by a ```text block"
        if kind == "résultat":
            if previous is None or previous.kind not in FILE_KINDS | {"commande"}:
                example.problem = "a résultat follows no example nor command of its section"
            else:
                previous.checks.append((target, example.body, line))
            continue
        if kind == "commande" and target not in ("", "exemple"):
            example.problem = f"`commande: {target}`: a command runs in the demo repository or, with `exemple`, in the example above"
        if kind == "commande" and target == "exemple":
            if last_file is None:
                example.problem = "`commande: exemple` follows no example of its section"
            else:
                example.setup = last_file.setup + [Step(last_file.kind, last_file.target, last_file.body)]
        if kind in FILE_KINDS:
            last_file = example
            if kind != "exemple-erreur":
                setup.append(Step(kind, target, example.body))
        examples.append(example)
        previous = example
    return examples


def _section_starts(text: str) -> list[int]:
    """Where each `## ` heading starts, leaving out the lines of fenced blocks (a Markdown example's own headings)."""
    fenced = [block.span() for block in FENCE.finditer(text)]
    return [heading.start() for heading in re.finditer(r"^## ", text, re.M)
            if not any(start <= heading.start() < end for start, end in fenced)]
