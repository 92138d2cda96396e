#!/usr/bin/env python3
"""Runs clsm, Hugo and the cmark floor side by side on one generated corpus; prints medians and ratios.

Each round runs the three tools one after the other (so that the machine's load falls on all
of them alike), each into a fresh output folder, under `/usr/bin/time -f '%e %M %U %S'`:
wall seconds, peak resident memory, user and system seconds. Any failed build stops the
benchmark. clsm's outputs of the first two rounds are compared with `diff -r`.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import bench_tools

BENCH = Path(__file__).resolve().parent
NOW = "2025-10-12T12:00:00+02:00"
TARGETS = {"hugo/clsm time": ">= 5", "clsm/hugo memory": "<= 0.2", "clsm/floor time": "<= 2.5 (tmpfs)",
           "scale": "<= 5.5"}


def fail(message):
    print(f"bench: error: {message}", file=sys.stderr)
    sys.exit(1)


def measure(name, command, timing_file):
    """(wall s, peak RSS MB, user+system s) of `command`; stops the benchmark when it fails."""
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", str(timing_file)] + command,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        fail(f"{name} failed (exit {run.returncode}): {' '.join(command)}\n{run.stdout[-3000:]}{run.stderr[-3000:]}")
    if run.stderr.startswith("cmark_floor:"):
        print("    " + run.stderr.strip(), file=sys.stderr)
    wall, peak_kb, user, system = timing_file.read_text().split()[-4:]
    return float(wall), int(peak_kb) / 1024, float(user) + float(system)


def generate(corpus, pages, seed):
    subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(corpus), "--pages", str(pages), "--seed", str(seed)],
                   check=True)


def run_rounds(tools, corpus, outputs, runs, keep):
    """{tool: [(wall, MB, cpu)…]}; the outputs of `keep` (tool, round) pairs stay, the others are removed."""
    results = {name: [] for name in tools}
    for round_number in range(1, runs + 1):
        for name, command_for in tools.items():
            out = outputs / f"{name}-{round_number}"
            shutil.rmtree(out, ignore_errors=True)
            sample = measure(name, command_for(corpus, out), outputs / f"{name}.time")
            results[name].append(sample + (bench_tools.count_files(out),))
            print(f"  round {round_number} {name:6} {sample[0]:7.2f} s {sample[1]:8.1f} MB {sample[2]:7.2f} s cpu",
                  file=sys.stderr)
            if (name, round_number) not in keep:
                shutil.rmtree(out, ignore_errors=True)
    return results


def medians(samples):
    return tuple(statistics.median(s[i] for s in samples) for i in range(4))


def ratio_line(label, numerator, denominator, index, goal):
    """One ratio of medians: wall time (index 0, with cpu time beside it) or memory (index 1)."""
    cpu = f"{numerator[2] / denominator[2]:6.2f}" if index == 0 else " " * 6
    print(f"  {label:36} {numerator[index] / denominator[index]:6.2f} {cpu}   {goal}")


def print_table(title, results):
    print(f"\n{title}")
    print(f"{'tool':8} {'wall s (each run)':28} {'median wall s':>13} {'median cpu s':>12} {'peak MB':>9} {'files':>7}")
    for name, samples in results.items():
        wall, memory, cpu, files = medians(samples)
        each = " ".join(f"{s[0]:.2f}" for s in samples)
        print(f"{name:8} {each:28} {wall:13.2f} {cpu:12.2f} {memory:9.1f} {int(files):7d}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clsm", required=True, help="the clsm binary (scripts/bench builds and passes it)")
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tmpfs", action="store_true", help="write the outputs into /dev/shm")
    parser.add_argument("--scale", action="store_true", help="also build 5 × --pages, for the size ratio")
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "clsm-bench",
                        help="where the corpora go (default $TMPDIR/clsm-bench)")
    args = parser.parse_args()

    hugo = bench_tools.hugo_binary()
    tools = bench_tools.commands(args.clsm, hugo, NOW, BENCH / "cmark_floor.py")
    outputs = (Path("/dev/shm") if args.tmpfs else args.workdir) / "clsm-bench-out"
    for folder in (args.workdir, outputs):
        folder.mkdir(parents=True, exist_ok=True)
    print(bench_tools.machine_summary(args.clsm, hugo), file=sys.stderr)

    sizes = [args.pages] + ([args.pages * 5] if args.scale else [])
    all_results = {}
    load_before = os.getloadavg()
    for pages in sizes:
        corpus = args.workdir / f"corpus-{pages}"
        generate(corpus, pages, args.seed)
        keep = {("clsm", 1), ("clsm", 2)} if pages == args.pages else set()
        results = run_rounds(tools, corpus, outputs, args.runs, keep)
        all_results[pages] = results
        if pages == args.pages:
            identical = bench_tools.same_tree(outputs / "clsm-1", outputs / "clsm-2") if args.runs >= 2 else None
            for name in ("clsm-1", "clsm-2"):
                shutil.rmtree(outputs / name, ignore_errors=True)
    load_after = os.getloadavg()
    shutil.rmtree(outputs, ignore_errors=True)

    for pages, results in all_results.items():
        print_table(f"{pages} pages, {args.runs} runs, outputs on {'tmpfs' if args.tmpfs else 'disk'} ({outputs})", results)
    base = {name: medians(samples) for name, samples in all_results[args.pages].items()}
    print(f"\nratios at {args.pages} pages, of medians      wall    cpu   goal")
    ratio_line("Hugo / clsm, time", base["hugo"], base["clsm"], 0, TARGETS["hugo/clsm time"])
    ratio_line("clsm / Hugo, peak memory", base["clsm"], base["hugo"], 1, TARGETS["clsm/hugo memory"])
    ratio_line("clsm / floor, time", base["clsm"], base["floor"], 0, TARGETS["clsm/floor time"])
    if args.scale:
        big = {name: medians(samples) for name, samples in all_results[args.pages * 5].items()}
        for name in ("clsm", "hugo", "floor"):
            ratio_line(f"{name}, {args.pages * 5} / {args.pages} pages", big[name], base[name], 0,
                       TARGETS["scale"] if name == "clsm" else "")
    print(f"\nload average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min), on {os.cpu_count()} cores")
    if identical is None:
        print("clsm byte-identical across runs: not checked (needs --runs 2 or more)")
    elif identical:
        print("clsm output byte-identical across two runs: yes (diff -r)")
    else:
        fail("clsm's output differs between two runs of the same corpus (diff -r above)")


if __name__ == "__main__":
    main()
