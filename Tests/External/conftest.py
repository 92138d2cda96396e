"""Shared fixtures for the checks clsm's output must pass with real outside tools.

The sites are built by the real `clsm` binary (built by `swift test` before pytest runs), at a fixed
"now", into temporary folders; the browser is Debian's chromium driven by selenium.
"""
import functools
import http.server
import os
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOW = "2025-10-12T12:00:00+02:00"
DEMO_SITES = {"metz": ".", "armentieres": "sites/armentieres", "arras": "sites/arras"}


def clsm_binary() -> Path:
    explicit = os.environ.get("CLSM_BIN")
    path = Path(explicit) if explicit else REPO / ".build" / "debug" / "clsm"
    if not path.exists():
        pytest.fail(f"no clsm binary at {path}: run `swift build` first (scripts/test does)")
    return path


EXCERPT_LINE = re.compile(r"^  (\d+| +) \| ")


def without_excerpts(text: str) -> str:
    """`text` without the source lines and carets printed under each diagnostic: the tests compare the diagnostics;
    test_publishing.py checks the excerpts."""
    return "".join(line for line in text.splitlines(keepends=True) if not EXCERPT_LINE.match(line))


def run_clsm(*arguments, cwd=REPO, env=None, excerpts=False):
    """Runs clsm and returns the CompletedProcess (text mode). Its messages are in English (`CLSM_LANG=en`), which the
    tests read, unless `env` says otherwise; French, the default, is held by test_docs on the French documents."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "CLSM_LANG": "en"}
    environment.update(env or {})
    result = subprocess.run([str(clsm_binary()), *arguments], cwd=cwd, env=environment,
                            capture_output=True, text=True, timeout=600)
    if not excerpts:
        result.stderr = without_excerpts(result.stderr)
    return result


def build_site(site: str, output: Path, *extra, now: str = NOW) -> Path:
    """Builds `site` (relative to the repository) into `output`; fails the test on any error or warning."""
    result = run_clsm("build", site, "--output", str(output), "--now", now, "--strict", *extra)
    if result.returncode != 0:
        pytest.fail(f"clsm build {site} failed ({result.returncode}):\n{result.stderr}")
    return output


@pytest.fixture(scope="session")
def demo_sites(tmp_path_factory):
    """The three demo sites built once: {name: output folder}."""
    root = tmp_path_factory.mktemp("demo-sites")
    return {name: build_site(site, root / name) for name, site in DEMO_SITES.items()}


NETWORK_SITE = "sites/reseau-grand-est"


def copy_demo_repository(root: Path) -> Path:
    """The demo sites and the network demo copied into `root`, without any built output: {name: site folder}."""
    ignore = shutil.ignore_patterns("public")
    for folder in ("content", "static", "layouts", "themes"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "site.yml").write_bytes((REPO / "site.yml").read_bytes())
    for name in ("armentieres", "arras", "reseau-grand-est"):
        shutil.copytree(REPO / "sites" / name, root / "sites" / name, ignore=ignore)
    return root


@pytest.fixture(scope="session")
def network_demo(tmp_path_factory):
    """The demo repository built as scripts/bootstrap builds it: the three CLSM sites into public/ (Metz) and
    public/<name>, then the network demo from them. {"root": the copy, "members": {name: output}, "network": output}."""
    root = copy_demo_repository(tmp_path_factory.mktemp("network-demo"))
    members = {name: root / "public" / ("" if site == "." else name) for name, site in DEMO_SITES.items()}
    for name, site in [*DEMO_SITES.items(), ("network", NETWORK_SITE)]:
        output = root / NETWORK_SITE / "public" if name == "network" else members[name]
        result = run_clsm("build", site, "--output", str(output), "--now", NOW, "--strict", cwd=root)
        if result.returncode != 0:
            pytest.fail(f"clsm build {site} failed ({result.returncode}):\n{result.stderr}")
    return {"root": root, "members": members, "network": root / NETWORK_SITE / "public"}


def base_path(site: str) -> str:
    """The path part of a site's base_url (`/` or `/clsm-arras/`), read from its site.yml."""
    import yaml
    config = yaml.safe_load((REPO / site / "site.yml").read_text(encoding="utf-8"))
    url = str(config["base_url"])
    path = "/" + url.split("://", 1)[1].partition("/")[2]
    return path if path.endswith("/") else path + "/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def serve():
    """serve(output, base_path) -> URL of the site served on 127.0.0.1, as it would be published."""
    servers = []

    def start(output: Path, path: str = "/") -> str:
        root = output
        if path.strip("/"):
            root = Path(tempfile.mkdtemp(prefix="clsm-serve-"))
            shutil.copytree(output, root / path.strip("/"))
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{path}"

    yield start
    for server in servers:
        server.shutdown()


def start_chromium(log_requests: bool = False):
    """Headless Debian chromium through chromedriver; with `log_requests`, it keeps Chromium's performance log, where
    every request the browser makes is (`driver.get_log("performance")`)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for needed in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
        if not Path(needed).exists():
            pytest.fail(f"{needed} is missing: apt-get install chromium chromium-driver (.ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    if log_requests:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium through chromedriver."""
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core as shipped by the axe-playwright-python package."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        pytest.fail("axe-playwright-python is missing: pip install --no-deps axe-playwright-python (.ci/run does)")
    found = sorted(Path(spec.origin).parent.rglob("axe.min.js"))
    if not found:
        pytest.fail("axe.min.js not found in axe-playwright-python")
    return found[0].read_text(encoding="utf-8")
