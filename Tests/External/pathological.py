"""Generated content files made of one construct repeated up to a size: the shapes a build must stay linear in.

`pathological_pages(size)` gives {case: text of a content file of about `size` bytes}; `scripts/hostile-bounds`
times them at the documented cap on a content file's size, `test_hostile_input.py` builds them smaller.
"""

# The documented cap on a content file (SourceLoader.maximumFileSize, docs/content-model.md).
MAXIMUM_FILE_SIZE = 2 * 1024 * 1024
FRONT = "---\ntitle: Cas\n---\n"


def repeated(unit, size, numbered=False, head=""):
    """The front matter, `head`, then `unit` (with `{n}` replaced by its index when `numbered`) repeated: at most
    `size` bytes."""
    start = FRONT + head
    if not numbered:
        return start + unit * max(1, (size - len(start.encode("utf-8"))) // len(unit.encode("utf-8")))
    parts, total, index = [start], len(start.encode("utf-8")), 0
    while True:
        part = unit.format(n=index)
        if total + len(part.encode("utf-8")) > size:
            return "".join(parts)
        parts.append(part)
        total += len(part.encode("utf-8"))
        index += 1


def nested(opening, size):
    """`opening` nested ever deeper, one more level a line up to 200, again and again: at most `size` bytes."""
    parts, total, depth = [FRONT], len(FRONT), 0
    while True:
        line = opening * (depth % 200) + "x\n"
        if total + len(line) > size:
            return "".join(parts)
        parts.append(line)
        total += len(line)
        depth += 1


def pathological_pages(size):
    """{case: a content file of about `size` bytes}."""
    return {
        "headings-distinct": repeated("## Titre {n}\n\n", size, numbered=True),
        "headings-equal": repeated("## Même titre\n\n", size),
        "headings-reserved": repeated("## Contenu\n\n", size),
        "links-to-a-page": repeated("[accueil](/) ", size),
        "links-broken": repeated("[perdu](absent-{n}.md) ", size, numbered=True),
        "anchors-broken": repeated("[ancre](#absente-{n}) ", size, numbered=True),
        "anchors-kept": repeated("[cible](#cible) ", size, head="## Cible\n\n"),
        "list-items": repeated("- élément : un point ?\n", size),
        "emphasis": repeated("*a* **b** _c_ ", size),
        "emphasis-unclosed": repeated("*a **b _c ", size),
        "nested-lists": nested("  - ", size),
        "nested-quotes": nested("> ", size),
        "entities": repeated("&amp; &#233; &eacute; &nbsp;: &#x202F;? ", size),
        "long-line": repeated("Un mot : « cité » ; https://a.fr:8080/x ? ", size),
        "autolinks": repeated("<https://exemple.fr:8080/a> <tel:+33387562768> <a@b.fr> ", size),
        "tables": repeated("| a : b | c ; d | e ? f |\n|---|---|---|\n", size),
        "references": repeated("[r1] [^1] [r2][] ", size,
                               head=repeated("[r{n}]: https://a.fr/{n}\n", size // 2, numbered=True)[len(FRONT):]),
        "code-spans": repeated("`a : b` ``c`` ", size),
        "html": repeated("<span>a : b</span> <!-- c --> ", size),
    }
