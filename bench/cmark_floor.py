#!/usr/bin/env python3
"""The floor of a build: every content file's Markdown through libcmark, one index.html a page.

    python3 bench/cmark_floor.py SITE_DIR OUT_DIR

Reads content/**/*.md, drops the front matter (the lines between the first two `---`),
renders the body with cmark_markdown_to_html (CMARK_OPT_SMART, safe mode as clsm) and
writes OUT_DIR/<folder>/<name>/index.html (content/index.md → OUT_DIR/index.html) with
POSIX open/write/close. No template, no YAML, no links: what any generator must at least do.
On standard error: the pages, and the seconds spent reading, rendering and writing
(Python's own share is in all three).
"""
import ctypes
import ctypes.util
import os
import sys
import time

CMARK_OPT_SMART = 1 << 10

cmark = ctypes.CDLL("libcmark.so")
cmark.cmark_markdown_to_html.restype = ctypes.c_void_p
cmark.cmark_markdown_to_html.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.free.argtypes = [ctypes.c_void_p]


def markdown_files(content):
    """Paths of the .md files below `content`, relative to it, sorted."""
    found = []
    for folder, dirs, files in os.walk(content):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.relpath(os.path.join(folder, f), content) for f in sorted(files) if f.endswith(".md")]
    return found


def body(data):
    """The Markdown after the front matter (the file as it is when it has none)."""
    if not data.startswith(b"---\n"):
        return data
    end = data.find(b"\n---\n", 3)
    return data if end < 0 else data[end + 5:]


def output_path(relative):
    stem = relative[:-len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[:-len("index")]
    return os.path.join(stem, "index.html")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    content, out = os.path.join(sys.argv[1], "content"), sys.argv[2]
    read = render = write = 0.0
    made = set()
    files = markdown_files(content)
    for relative in files:
        started = time.perf_counter()
        with open(os.path.join(content, relative), "rb") as source:
            markdown = body(source.read())
        rendered_at = time.perf_counter()
        pointer = cmark.cmark_markdown_to_html(markdown, len(markdown), CMARK_OPT_SMART)
        html = ctypes.string_at(pointer)
        libc.free(pointer)
        written_at = time.perf_counter()
        path = os.path.join(out, output_path(relative))
        folder = os.path.dirname(path)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        view = memoryview(html)
        while view:
            view = view[os.write(descriptor, view):]
        os.close(descriptor)
        done = time.perf_counter()
        read, render, write = read + rendered_at - started, render + written_at - rendered_at, write + done - written_at
    print(f"cmark_floor: {len(files)} pages; read {read:.3f} s, cmark {render:.3f} s, write {write:.3f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
