"""Content is only semi-trusted: no content file can inject live markup, exhaust the machine, or leak secrets.

Each case builds a small site with the real binary; HTML is checked with an HTML parser, not grep.
"""
import html.parser
import resource
import shutil
import subprocess

import pytest

from conftest import REPO, clsm_binary

SITE_YML = "title: Test\nbase_url: https://example.org/\ntheme: plain\ncontact:\n  name: Coordination\n"
MEMORY_LIMIT = 1024 * 1024 * 1024  # address space; the bound the issue asks is 512 MB of real memory


def make_site(tmp_path, files):
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "site.yml").write_text(SITE_YML, encoding="utf-8")
    shutil.copytree(REPO / "Tests" / "Fixtures" / "themes", tmp_path / "themes")
    for name, data in files.items():
        path = site / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return site


def build(site, env=None):
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    environment = {"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1760263200"}
    environment.update(env or {})
    return subprocess.run([str(clsm_binary()), "build"], cwd=site, env=environment, capture_output=True,
                          timeout=120, preexec_fn=limit)


def page(body, front="title: Page"):
    return f"---\n{front}\n---\n{body}\n"


EXHAUSTION = {
    "alias-bomb": "---\ntitle: Bombe\n" + "".join(
        f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9 if i else ['"x"'] * 9) + "]\n"
        for i in range(9)) + "---\n",
    "nested-brackets-yaml": "---\ntitle: T\nx: " + "[" * 10000 + "]" * 10000 + "\n---\n",
    "deep-yaml": "---\ntitle: T\nx:\n" + "".join("  " * i + "- a:\n" for i in range(1, 3000)) + "---\n",
    "megabyte-front-matter": "---\ntitle: T\n" + "".join(f"k{i}: {'v' * 50}\n" for i in range(40000)) + "---\n",
    "nested-brackets-body": page("[" * 10000 + "x" + "]" * 10000),
    "nested-quotes": page("> " * 10000 + "x"),
    "emphasis": page("*a **a " * 200000),
    "unclosed-links": page("[a](" * 100000),
    "ten-megabytes": page("Texte : avec « guillemets » et ponctuation ?\n\n" * 220000),
}


@pytest.mark.parametrize("name", sorted(EXHAUSTION))
def test_exhaustion_is_rejected_or_finishes_within_bounds(tmp_path, name):
    site = make_site(tmp_path, {"cas.md": EXHAUSTION[name]})
    result = build(site)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    stderr = result.stderr.decode("utf-8")
    assert "Fatal error" not in stderr and "Backtrace" not in stderr
    if result.returncode == 1:
        assert stderr.startswith("content/cas.md:"), stderr[:500]


class LiveMarkupFinder(html.parser.HTMLParser):
    """Collects what a browser would run: script elements, event handlers, script-like URLs."""
    DANGEROUS = ("javascript:", "vbscript:", "data:")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "base", "form"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in ("href", "src", "action", "formaction", "srcset", "content") and value:
                cleaned = "".join(ch for ch in value if ord(ch) > 32).lower()
                if cleaned.startswith(self.DANGEROUS):
                    self.found.append(f"{tag} {name}={value!r}")


ATTACKS = {
    "raw.md": page('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<a href="javascript:alert(3)">x</a>'),
    "links.md": page("\n".join([
        "[a](javascript:alert(1))", "[b](JaVaScRiPt:alert(1))", "[c](&#106;avascript:alert(1))",
        "[d](java\tscript:alert(1))", "[e](vbscript:msgbox(1))", "[f](data:text/html,<script>alert(1)</script>)",
        "![g](javascript:alert(1))", "<javascript:alert(1)>", "[h](<javascript:alert(1)>)",
    ])),
    "fence.md": page('```"><script>alert(1)</script>\ncode\n```'),
    "front.md": page("Texte.", front='title: "\\"><script>alert(1)</script>"\n'
                     'description: "\\" onmouseover=\\"alert(1)"\nmenu: "<img src=x onerror=alert(1)>"'),
}


def test_no_attack_reaches_the_output_as_live_markup(tmp_path):
    site = make_site(tmp_path, ATTACKS)
    result = build(site)
    assert result.returncode == 0, result.stderr.decode()
    pages = sorted((site / "public").rglob("*.html"))
    assert len(pages) == len(ATTACKS) + 1
    for path in pages:
        finder = LiveMarkupFinder()
        finder.feed(path.read_text(encoding="utf-8"))
        assert finder.found == [], f"{path.relative_to(site)}: {finder.found}"


CLEAN = "---\ntitle: Été\n---\nUn texte : « accentué » !\n"
ENCODINGS = {
    "bom": b"\xef\xbb\xbf" + CLEAN.encode(),
    "crlf": CLEAN.replace("\n", "\r\n").encode(),
    "cr": CLEAN.replace("\n", "\r").encode(),
}


@pytest.mark.parametrize("variant", sorted(ENCODINGS))
def test_bom_and_line_ends_give_the_clean_output(tmp_path, variant):
    clean = make_site(tmp_path / "clean", {"page.md": CLEAN})
    other = make_site(tmp_path / "other", {"page.md": ENCODINGS[variant]})
    assert build(clean).returncode == 0 and build(other).returncode == 0
    assert (other / "public/page/index.html").read_bytes() == (clean / "public/page/index.html").read_bytes()


@pytest.mark.parametrize("data, expected", [
    (b"", "content/page.md:1:1: error: missing front matter"),
    (b"---\ntitle: T\n", "content/page.md:1:1: error: the front matter opened on line 1 is never closed"),
    (b"---\ntitle: Caf\xe9\n---\n", "content/page.md:2:11: error: the file is not valid UTF-8 here"),
    (b"---\ntitle: T\n---\na\x00b", "content/page.md:4:2: error: the file contains a NUL character"),
])
def test_broken_files_are_errors_at_their_line(tmp_path, data, expected):
    result = build(make_site(tmp_path, {"page.md": data}))
    assert result.returncode == 1
    assert result.stderr.decode().startswith(expected)


def test_front_matter_alone_builds(tmp_path):
    site = make_site(tmp_path, {"page.md": b"---\ntitle: Seul\n---\n"})
    assert build(site).returncode == 0
    assert (site / "public/page/index.html").read_bytes().decode("utf-8")


def test_every_output_file_is_valid_utf8_and_holds_no_secret(tmp_path):
    site = make_site(tmp_path, {**ATTACKS, "page.md": CLEAN})
    secret = "s3cr3t-7c1f9e"
    result = build(site, env={"CLSM_TOKEN": secret, "GITHUB_TOKEN": secret, "HOME": "/home/" + secret})
    assert result.returncode == 0
    for path in (site / "public").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            data.decode("utf-8")
            assert secret.encode() not in data, path


@pytest.mark.parametrize("markup", [
    '<script src="x.js"></script>', '<img src=x onerror="a()">', '<a href=" JavaScript:a()">x</a>',
    '<a href="java&#9;script:a()">x</a>', '<img src="data:image/svg+xml,x">', '<iframe></iframe>',
])
def test_the_live_markup_finder_sees_each_kind_of_attack(markup):
    finder = LiveMarkupFinder()
    finder.feed(markup)
    assert finder.found


def test_links_leaving_the_site_are_not_followed_and_loops_do_not_hang(tmp_path):
    site = make_site(tmp_path, {"page.md": CLEAN})
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: Dehors\n---\nsecret-outside\n", encoding="utf-8")
    (site / "content" / "dehors.md").symlink_to(outside)
    (site / "content" / "boucle").symlink_to(site / "content")
    (site / "static").mkdir()
    (site / "static" / "fuite.txt").symlink_to(outside)
    (site / "static" / "dedans.txt").symlink_to(site / "site.yml")

    result = build(site)
    assert result.returncode == 0, result.stderr.decode()
    stderr = result.stderr.decode()
    assert "content/dehors.md:1:1: warning: `dehors.md` is a link to outside the site" in stderr
    assert "static/fuite.txt:1:1: warning: `fuite.txt` is a link to outside the site" in stderr
    public = site / "public"
    assert not (public / "dehors").exists() and not (public / "fuite.txt").exists()
    assert (public / "dedans.txt").read_bytes() == (site / "site.yml").read_bytes()
    assert not any(b"secret-outside" in p.read_bytes() for p in public.rglob("*") if p.is_file())
