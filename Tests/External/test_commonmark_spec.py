"""Every example of the CommonMark specification, built as a page by clsm, renders as Debian's `cmark --smart` does.

The examples are the specification's own (0.31.2), as markdown-it-py's source distribution ships them
(`tests/test_cmark_spec/commonmark.json`); the reference is the `cmark` program of the libcmark clsm is built on,
in its default safe mode with smart punctuation, as clsm renders. Before comparing, `normalised` removes from both
outputs exactly the changes clsm makes on purpose, and nothing else:

- heading ids: clsm gives each heading an `id` (`<h2 id="horaires">`), cmark none;
- French spacing: clsm puts a no-break space before `:`, a narrow one before `;` `!` `?` `»` and after `«`, in
  place of any space typed there (inside an inline tag that starts or ends there: `«<em> bien</em>`), and writes
  smart quotes “…” as « … »;
- link rewriting: a link to a file or page of the site becomes its address from the site's root, percent-decoded
  and with its `.` and `..` segments resolved (`foo%20bar/../x` → `/x`, `./target.md` → `/target/`). A link to
  nothing (or to no anchor of its page) is an error that stops the build, so the test site has a file of
  `static/`, or a page, at every address the examples link to (read from `cmark --to xml`, which lists the links
  inside an image's description too), and an element with every `#id` they link to in its layout; both outputs'
  `href` and `src` are compared in that resolved form (`site_address`).
"""
import html as html_module
import json
import re
import shutil
import subprocess
import sys
import tarfile

import pytest

from conftest import REPO, clsm_binary

SPEC_PACKAGE = "markdown-it-py==4.3.0"
SPEC_MEMBER = "markdown_it_py-4.3.0/tests/test_cmark_spec/commonmark.json"
CACHE = REPO / ".build" / "external"
START, END = "<!--commonmark-example-->", "<!--/commonmark-example-->"
# The page layout of the test site: the clsm theme's base around the page's HTML alone, between two markers.
LAYOUT = "{{<base}}\n{{$main}}" + START + "{{{page.content}}}" + END + "{anchors}{{/main}}\n{{/base}}\n"
SITE_YML = "title: Spec\nbase_url: https://example.org/\ntheme: clsm\ncontact:\n  name: Coordination\n"


def spec_examples():
    """The specification's examples, from markdown-it-py's source distribution (downloaded once with pip)."""
    archive = CACHE / "markdown_it_py-4.3.0.tar.gz"
    if not archive.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        SPEC_PACKAGE, "-d", str(CACHE)], check=True)
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile(SPEC_MEMBER))


SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
ADDRESS = re.compile(r'(href|src)="([^"]*)"')
DESTINATION = re.compile(r'destination="([^"]*)"')


def percent_decoded(text: str) -> str:
    return re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8")).decode("utf-8", "replace")


def site_target(address: str):
    """The path from the site's root a link from a page at the content root leads to, as LinkResolver reads it
    (`foo.md` → `foo/`), and the `#…` or `?…` after it; None for an address clsm leaves alone (empty, `#…`, `//…`,
    with a scheme) or that climbs above the site."""
    if not address or address.startswith(("#", "//")) or SCHEME.match(address):
        return None
    cut = min([i for i in (address.find("#"), address.find("?")) if i >= 0], default=len(address))
    path, kept = percent_decoded(address[:cut]), []
    for segment in path.split("/"):
        if segment == "..":
            if not kept:
                return None
            kept.pop()
        elif segment not in ("", "."):
            kept.append(segment)
    joined = "/".join(kept) + ("/" if kept and path.endswith("/") else "")
    return (joined[:-3] + "/" if joined.endswith(".md") else joined), address[cut:]


def site_address(match) -> str:
    value = html_module.unescape(match.group(2))
    target = site_target(value)
    return f'{match.group(1)}="{value if target is None else "/" + target[0] + target[1]}"'


HEADING_ID = re.compile(r'<h([1-6]) id="[^"]*">')
# Any run of spaces (typed, no-break or narrow no-break) before French two-part punctuation or after «, inline tags
# between them and the mark kept (`«<em>\u202fbar</em>`: the space goes where the text goes on).
SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+((?:<[^>]*>)*)(?=[:;!?»])")
SPACE_AFTER = re.compile(r"(?<=«)((?:<[^>]*>)*)[ \u00a0\u202f]+")


def normalised(html: str) -> str:
    """`html` without the changes clsm makes on purpose (see the module's documentation)."""
    html = ADDRESS.sub(site_address, HEADING_ID.sub(r"<h\1>", html))
    html = html.replace("\u201c", "«").replace("\u201d", "»")
    return SPACE_AFTER.sub(r"\1", SPACE_BEFORE.sub(r"\1", html))


def cmark(markdown: str, *options: str) -> str:
    if shutil.which("cmark") is None:
        pytest.fail("the cmark program is missing: apt-get install cmark (.ci/run does)")
    return subprocess.run(["cmark", "--smart", *options], input=markdown.encode("utf-8"), capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """{example number: (Markdown, cmark's HTML of it, clsm's)}, every example a page of one site built once."""
    examples = spec_examples()
    root = tmp_path_factory.mktemp("commonmark")
    site = root / "site"
    (site / "content").mkdir(parents=True)
    (site / "layouts").mkdir()
    (site / "site.yml").write_text(SITE_YML, encoding="utf-8")
    shutil.copytree(REPO / "themes" / "clsm", root / "themes" / "clsm")
    static, fragments = site / "static", set()
    for example in examples:
        example["cmark"] = cmark(example["markdown"])
        for match in DESTINATION.finditer(cmark(example["markdown"], "--to", "xml")):
            destination = html_module.unescape(match.group(1))
            target = site_target(destination)
            if destination.startswith("#"):
                fragments.add(destination[1:])
            elif target and target[0].endswith("/"):
                (site / "content" / (target[0][:-1] + ".md")).write_text(f"---\ntitle: {target[0][:-1]}\n---\n")
            elif target and target[0]:
                (static / target[0]).parent.mkdir(parents=True, exist_ok=True)
                (static / target[0]).write_text("lien\n", encoding="utf-8")
        page = f"---\ntitle: Exemple {example['example']}\n---\n{example['markdown']}"
        (site / "content" / f"exemple-{example['example']}.md").write_text(page, encoding="utf-8")
    anchors = "".join(f'<span id="{html_module.escape(name)}"></span>' for name in sorted(fragments))
    (site / "layouts" / "page.mustache").write_text(LAYOUT.replace("{anchors}", anchors), encoding="utf-8")
    result = subprocess.run([str(clsm_binary()), "build"], cwd=site, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1760263200"}, timeout=600)
    assert result.returncode == 0, result.stderr[:3000]
    pages = {}
    for example in examples:
        text = (site / "public" / f"exemple-{example['example']}" / "index.html").read_text(encoding="utf-8")
        pages[example["example"]] = (example["markdown"], example["cmark"], text[text.index(START) + len(START):text.index(END)])
    return pages


def test_the_specification_has_all_its_examples(built):
    assert len(built) == 652


def test_every_example_renders_as_cmark_does_but_for_clsm_s_intended_changes(built):
    differences = []
    for number, (markdown, reference, html) in sorted(built.items()):
        expected = normalised(reference)
        if normalised(html) != expected:
            differences.append(f"example {number}:\n{markdown!r}\ncmark: {expected!r}\nclsm:  {normalised(html)!r}")
    assert differences == [], f"{len(differences)} differ:\n\n" + "\n\n".join(differences[:10])


@pytest.mark.parametrize("html, expected", [
    ('<h2 id="horaires-1">Horaires</h2>', "<h2>Horaires</h2>"),
    ("<p>Note\u00a0: oui\u202f! «\u202fbien\u202f»</p>", "<p>Note: oui! «bien»</p>"),
    ("<p>Note : \u201cbien\u201d</p>", "<p>Note: «bien»</p>"),
    ("<p>«<em>\u202fbien</em>\u202f» !</p>", "<p>«<em>bien</em>»!</p>"),
    ("<p>a  b</p><code>x</code>", "<p>a  b</p><code>x</code>"),
    ('<a href="f%C3%B6%C3%B6/../b%20c?x#y"><img src="/u&amp;v"></a>', '<a href="/b c?x#y"><img src="/u&v"></a>'),
    ('<a href="https://a.fr/%20">x</a><a href="#b">y</a>', '<a href="https://a.fr/%20">x</a><a href="#b">y</a>'),
])
def test_the_normalisation_removes_only_the_intended_changes(html, expected):
    assert normalised(html) == expected
