"""Checks the lines of an `<!-- installation -->` block of the documentation without running them.

Installing needs root and a release build of several minutes, so each line is held against what it relies on:
  apt-get install PACKAGES          the system libraries Package.swift declares (`.apt([...])`)
  swift build ARGUMENTS             SwiftPM accepts the arguments (`--show-bin-path`), `--product` is a product of
                                    Package.swift; `--package-path DIR` stands for this repository
  install|cp FILE DESTINATION       FILE is the clsm binary that `swift build` line writes
  echo "DIR" >> "$GITHUB_PATH"      DIR is the folder of that binary (also `export PATH="DIR:$PATH"`)
  clsm ARGUMENTS                    run with the clsm of the test suite; it must succeed
A line the test does not know how to check fails it, so that no line of an installation goes unchecked.
"""
import re
import shlex
import subprocess
from pathlib import Path

from conftest import REPO, run_clsm


def declared(kind: str) -> set[str]:
    """`apt` packages or `executable` products of Package.swift."""
    manifest = (REPO / "Package.swift").read_text(encoding="utf-8")
    if kind == "apt":
        return {name for group in re.findall(r"\.apt\(\[([^\]]*)\]\)", manifest) for name in re.findall(r'"([^"]+)"', group)}
    return set(re.findall(r'\.executable\(name: "([^"]+)"', manifest))


def check_installation(body: str):
    bin_paths: list[tuple[str, Path]] = []   # (folder as written, folder SwiftPM gives)
    for raw in body.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        words = shlex.split(line)
        if words[0] == "sudo":
            words = words[1:]
        if words[:1] == ["apt-get"]:
            if "install" in words:
                packages = {word for word in words[words.index("install") + 1:] if not word.startswith("-")}
                assert packages and packages <= declared("apt"), f"{line}: Package.swift declares {sorted(declared('apt'))}"
            else:
                assert words[1:2] == ["update"], line
        elif words[:2] == ["swift", "build"]:
            bin_paths.append(_swift_build(words[2:], line))
        elif words[0] in ("install", "cp"):
            source = words[-2]
            assert any(source in (f"{written}/clsm", f"{real}/clsm") for written, real in bin_paths), \
                f"{line}: {source} is not the binary a `swift build` line above writes"
        elif line.startswith("echo ") or line.startswith("export PATH="):
            folder = re.search(r'"([^":]+)', line.split(" ", 1)[1]).group(1).removeprefix("$PWD/")
            assert any(folder in (written, str(real)) for written, real in bin_paths), f"{line}: not the binary's folder"
        elif words[0] == "clsm":
            result = run_clsm(*words[1:])
            assert result.returncode == 0, f"{line}\n{result.stderr}"
        else:
            raise AssertionError(f"a line of an installation the test cannot check: {line}")


def _swift_build(arguments: list[str], line: str) -> tuple[str, Path]:
    package = "."
    if "--package-path" in arguments:
        at = arguments.index("--package-path")
        package = arguments[at + 1]
        arguments = arguments[:at] + arguments[at + 2:]
    if "--product" in arguments:
        product = arguments[arguments.index("--product") + 1]
        assert product in declared("executable"), f"{line}: no product {product} in Package.swift"
    result = subprocess.run(["swift", "build", *arguments, "--show-bin-path"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{line}\n{result.stderr}"
    real = Path(result.stdout.strip())
    configuration = "release" if "release" in arguments else "debug"
    assert real.name == configuration and real.parent.parent == REPO / ".build", real
    written = f"{package}/.build/{configuration}" if package != "." else f".build/{configuration}"
    return written, real
