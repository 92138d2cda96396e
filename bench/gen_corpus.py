#!/usr/bin/env python3
"""Writes a deterministic French CLSM site of N pages that both clsm and Hugo build.

    python3 bench/gen_corpus.py OUT_DIR --pages 10000 [--seed 1] [--theme-from REPO/themes]

95 % of the pages are guide entries (content/guide/), 5 % events in October 2025
(content/agenda/), each with about 4 KB of Markdown. Beside them: a home page, the two
section pages, two plain pages, clsm's site.yml and theme (copied from --theme-from), and
for Hugo hugo.toml, its theme (bench/hugo-theme) and hugo-sections/ (Hugo reads a section's
page from `_index.md`, clsm from `index.md`: Hugo's content mount skips the latter and takes
the former from there). The same seed gives a byte-identical tree.
"""
import argparse
import random
import shutil
import sys
from pathlib import Path

import corpus_site
from corpus_pages import PageMaker

MARKER = ".bench-corpus"


def prepare(out):
    """An empty `out`; a previous corpus (with its marker) is replaced, any other non-empty folder refused."""
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            sys.exit(f"gen_corpus: {out} is not empty and was not written by gen_corpus; refusing to replace it")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("Written by bench/gen_corpus.py; replaced whole by the next run.\n")


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=1000, help="guide entries + events (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    bench = Path(__file__).resolve().parent
    parser.add_argument("--theme-from", type=Path, default=bench.parent / "themes",
                        help="folder holding clsm's theme (default: the repository's themes/)")
    args = parser.parse_args()
    if args.pages < 20:
        sys.exit("gen_corpus: --pages must be at least 20")
    if not (args.theme_from / "clsm" / "layouts").is_dir():
        sys.exit(f"gen_corpus: no clsm theme in {args.theme_from}")

    out = args.out
    prepare(out)
    rng = random.Random(args.seed)
    events = max(1, round(args.pages * 0.05))
    maker = PageMaker(rng, resources=args.pages - events, events=events)

    for folder, slug, text in maker.pages():
        write(out / "content" / folder / (slug + ".md"), text)
    for relative, clsm_text in corpus_site.content_pages().items():
        write(out / "content" / relative, clsm_text)
        if relative.endswith("index.md"):
            write(out / "hugo-sections" / (relative[:-len("index.md")] + "_index.md"), clsm_text)
    write(out / "site.yml", corpus_site.site_yml())
    write(out / "hugo.toml", corpus_site.hugo_toml())
    shutil.copytree(args.theme_from / "clsm", out / "themes" / "clsm")
    shutil.copytree(bench / "hugo-theme", out / "themes" / "bench-hugo")
    shutil.copytree(args.theme_from / "clsm" / "static", out / "themes" / "bench-hugo" / "static", dirs_exist_ok=True)
    size = sum(p.stat().st_size for p in (out / "content").rglob("*.md"))
    print(f"gen_corpus: {args.pages} pages ({args.pages - events} guide entries, {events} events), "
          f"{size / 1e6:.1f} MB of Markdown, into {out}")


if __name__ == "__main__":
    main()
