"""What a public site needs, checked with real parsers: the Atom feeds (feedparser), the sitemap
(xml.etree against the HTML pages of the output), robots.txt (urllib.robotparser), the 404 page and
the Open Graph tags, for sites at the root of their host and under a path."""
import html.parser
import urllib.parse
import urllib.request
import urllib.robotparser
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from conftest import DEMO_SITES, REPO, build_site, run_clsm

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
DEEP_BASE = "https://example.org/sous/chemin/"


class _Head(html.parser.HTMLParser):
    """The meta tags, `<link>` elements and `<a href>` of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.anchors = {}, [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name")
            if key:
                self.meta[key] = attributes.get("content")
        elif tag == "link":
            self.links.append(attributes)
        elif tag == "a" and "href" in attributes:
            self.anchors.append(attributes["href"])


def head(page: Path) -> _Head:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def base_url(site: str) -> str:
    import yaml
    return yaml.safe_load((REPO / site / "site.yml").read_text(encoding="utf-8"))["base_url"]


def public_pages(output: Path, base: str) -> set:
    """The URL of every HTML page a search engine should list: not the redirects, not the 404 page."""
    urls = set()
    for page in output.rglob("*.html"):
        if head(page).meta.get("robots") == "noindex":
            continue
        relative = page.relative_to(output).as_posix()
        assert relative.endswith("index.html"), relative
        urls.add(base + relative[: -len("index.html")])
    return urls


def sitemap_urls(output: Path) -> list:
    root = ET.parse(output / "sitemap.xml").getroot()
    assert root.tag == SITEMAP + "urlset"
    return [url.find(SITEMAP + "loc").text for url in root.findall(SITEMAP + "url")]


@pytest.fixture(scope="session")
def deep_site(tmp_path_factory):
    """The Metz demo site published three folders deep."""
    return build_site(".", tmp_path_factory.mktemp("deep") / "public", "--base-url", DEEP_BASE)


def sites_and_bases(demo_sites, deep_site):
    return [(output, base_url(DEMO_SITES[name])) for name, output in demo_sites.items()] + [(deep_site, DEEP_BASE)]


def test_the_sitemap_lists_every_public_page_once_and_nothing_else(demo_sites, deep_site):
    for output, base in sites_and_bases(demo_sites, deep_site):
        urls = sitemap_urls(output)
        assert len(urls) == len(set(urls)), output
        assert set(urls) == public_pages(output, base), output


def test_every_feed_is_valid_atom_newest_first_with_every_news_item(demo_sites, deep_site):
    for output, base in sites_and_bases(demo_sites, deep_site):
        feeds = sorted(output.rglob("atom.xml"))
        assert feeds, output
        for feed_path in feeds:
            feed = feedparser.parse(feed_path.read_bytes())
            assert feed.bozo == 0, (feed_path, feed.get("bozo_exception"))
            assert feed.version == "atom10"
            section = feed_path.parent
            assert feed.feed.link == base + section.relative_to(output).as_posix() + "/"
            items = {p.parent for p in section.glob("*/index.html") if head(p).meta.get("robots") != "noindex"}
            assert {base + p.relative_to(output).as_posix() + "/" for p in items} == {e.link for e in feed.entries}
            dates = [entry.published_parsed for entry in feed.entries]
            assert dates == sorted(dates, reverse=True), feed_path
            for entry in feed.entries:
                assert entry.id.startswith(base) and entry.updated_parsed and entry.content[0].value


def test_every_page_advertises_the_feed_and_its_open_graph_card(demo_sites, deep_site):
    for output, base in sites_and_bases(demo_sites, deep_site):
        feeds = {base + p.relative_to(output).as_posix() for p in output.rglob("atom.xml")}
        for page in output.rglob("index.html"):
            tags = head(page)
            if tags.meta.get("robots") == "noindex":
                continue
            canonical = [link["href"] for link in tags.links if link.get("rel") == "canonical"]
            assert canonical == [tags.meta["og:url"]], page
            assert canonical[0].startswith(base)
            assert tags.meta["og:title"] and tags.meta["og:site_name"] and tags.meta["og:locale"] == "fr_FR"
            assert tags.meta["og:type"] in ("website", "article")
            origin = base.split("/", 3)[:3]
            advertised = {"/".join(origin) + link["href"] for link in tags.links if link.get("type") == "application/atom+xml"}
            assert advertised == feeds, page


def test_robots_txt_allows_every_page_and_names_the_sitemap(demo_sites, deep_site):
    for output, base in sites_and_bases(demo_sites, deep_site):
        robots = urllib.robotparser.RobotFileParser()
        robots.parse((output / "robots.txt").read_text(encoding="utf-8").splitlines())
        assert robots.site_maps() == [base + "sitemap.xml"]
        assert all(robots.can_fetch("Googlebot", url) for url in sitemap_urls(output))


def test_the_404_page_is_french_unlisted_and_works_at_any_address(demo_sites, deep_site, serve):
    for output, base in sites_and_bases(demo_sites, deep_site):
        page = output / "404.html"
        text = page.read_text(encoding="utf-8")
        assert '<html lang="fr">' in text and "Page introuvable" in text
        assert head(page).meta.get("robots") == "noindex"
        # The host serves it for any missing address: read from two folders down, every link must still resolve.
        missing = serve(output, "/" + base.split("/", 3)[3]) + "nulle/part/"
        tags = head(page)
        hrefs = [link["href"] for link in tags.links] + tags.anchors
        assert hrefs, page
        for href in hrefs:
            if href.startswith("#") or urllib.parse.urlparse(href).scheme:
                continue
            with urllib.request.urlopen(urllib.parse.urljoin(missing, href)) as response:
                assert response.status == 200, href


def test_every_sitemap_and_feed_address_is_served_under_the_base_path(deep_site, serve):
    served = serve(deep_site, "/sous/chemin/")
    addresses = sitemap_urls(deep_site)
    for feed_path in deep_site.rglob("atom.xml"):
        addresses += [entry.link for entry in feedparser.parse(feed_path.read_bytes()).entries]
    for address in addresses:
        with urllib.request.urlopen(served + address[len(DEEP_BASE):]) as response:
            assert response.status == 200, address


def test_the_demo_sites_check_clean():
    result = run_clsm("check", *DEMO_SITES.values(), "--now", "2025-10-12T12:00:00+02:00", "--strict")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
