#!/usr/bin/env python3
"""Times one `clsm build SITE…` over many generated sites sharing one theme (a national network in one run).

    python3 bench/bench_sites.py --clsm PATH [--sites 300] [--pages 100] [--jobs N] [--workdir DIR] [--git]

Each site is bench/gen_corpus.py's site of --pages pages (seed = its number), without its own copy of the theme:
every site finds the one themes/clsm of the work folder above it; with --git the work folder is one git checkout
holding every site, as a national repository would. Prints the wall time and the processor time (user + system,
clsm and what it runs) of the run, and checks that every site was written. A benchmark to run by hand, not a test.
"""
import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def generate(work, sites, pages):
    shutil.copytree(BENCH.parent / "themes" / "clsm", work / "themes" / "clsm")
    names = []
    for number in range(1, sites + 1):
        site = work / "sites" / f"clsm-{number:03d}"
        subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(site), "--pages", str(pages), "--seed", str(number)],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(site / "themes")
        names.append(f"sites/{site.name}")
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clsm", required=True, type=Path)
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--workdir", type=Path, help="where the sites are generated (default: a temporary folder, removed)")
    parser.add_argument("--git", action="store_true", help="commit the generated sites into one git checkout first")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="clsm-bench-sites-"))
    try:
        names = generate(work, args.sites, args.pages)
        if args.git:
            (work / ".gitignore").write_text("public/\n", encoding="utf-8")
            for step in (["init", "-q"], ["add", "-A"], ["-c", "user.name=bench", "-c", "user.email=bench@example.org",
                                                         "commit", "-q", "-m", "corpus"]):
                subprocess.run(["git", *step], cwd=work, check=True)
        command = [str(args.clsm.resolve()), "build", *names, "--now", "2025-10-12T12:00:00+02:00"]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        start = time.monotonic()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run(command, cwd=work, capture_output=True, text=True)
        elapsed = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        built = sum((work / name / "public" / "index.html").is_file() for name in names)
        print(f"bench_sites: {args.sites} sites of {args.pages} pages in one run: {elapsed:.1f} s, {cpu:.1f} s of processor time, exit {result.returncode}, "
              f"{built} sites written")
        if result.returncode != 0:
            print(result.stderr[-2000:], file=sys.stderr)
            sys.exit(1)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
