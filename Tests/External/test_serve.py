"""`clsm serve` tried as a user would: a new site served at once, edits shown in an open tab without a manual
reload, a broken front matter shown in the browser while the server survives, requests that try to leave the output
refused, the listener on 127.0.0.1 only, and Ctrl-C stopping it cleanly."""
import http.client
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import NOW, REPO, clsm_binary, run_clsm

WAIT = 10  # seconds a change may take to reach the browser before the test fails (it takes well under one)


class Server:
    """`clsm serve` running on a free port; its output lines are collected by a thread."""

    def __init__(self, site: Path, *extra: str):
        self.process = subprocess.Popen(
            [str(clsm_binary()), "serve", str(site), "--port", "0", "--now", NOW, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "CLSM_LANG": "en"})
        self.lines: list[str] = []
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self.ready.wait(120):
            self.stop()
            pytest.fail("clsm serve did not start:\n" + "".join(self.lines))
        line = next(line for line in self.lines if line.startswith("serving at "))
        self.url = line.split()[2]
        self.port = int(self.url.rsplit(":", 1)[1].strip("/"))

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line)
            if line.startswith("serving at "):
                self.ready.set()

    def raw(self, target: str, host: str | None = None) -> tuple[int, bytes]:
        """Sends `GET target` exactly as written, to `host` (by default the server's own address), and returns the
        status and the whole answer."""
        host = host if host is not None else f"127.0.0.1:{self.port}"
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as connection:
            request = b"GET " + target.encode("latin-1") + b" HTTP/1.1\r\nHost: " + host.encode("latin-1")
            connection.sendall(request + b"\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := connection.recv(65536):
                answer += chunk
        status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
        return status, answer

    def get(self, path: str) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request("GET", path)
        return connection.getresponse()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=30)


@pytest.fixture
def arras(tmp_path):
    """A copy of the Arras demo site with the shared theme beside it, and a secret file outside its output."""
    shutil.copytree(REPO / "sites" / "arras", tmp_path / "site", ignore=shutil.ignore_patterns("public"))
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    (tmp_path / "secret.txt").write_text("SECRET-0f3a", encoding="utf-8")
    return tmp_path


def test_a_new_site_is_served_at_once(tmp_path, browser):
    created = run_clsm("new", "site", "mon-clsm", "--theme", str(REPO / "themes" / "clsm"), "--now", NOW, cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    server = Server(tmp_path / "mon-clsm")
    try:
        browser.get(server.url)
        assert "CLSM de Nouvelle-Ville" in browser.title
        browser.get(server.url + "presentation/")
        assert browser.find_element(By.TAG_NAME, "h1").text == "Présentation"
    finally:
        assert server.stop() == 0


def test_an_edit_reaches_the_open_tab_and_a_mistake_shows_until_fixed(arras, browser):
    server = Server(arras / "site")
    page = arras / "site" / "content" / "objectifs.md"
    original = page.read_text(encoding="utf-8")
    try:
        browser.get(server.url + "objectifs/")
        page.write_text(original + "\nUne phrase écrite pendant l'aperçu.\n", encoding="utf-8")
        WebDriverWait(browser, WAIT).until(lambda driver: "Une phrase écrite pendant l’aperçu." in driver.page_source)

        page.write_text("---\ntitle: [Objectifs\n---\n", encoding="utf-8")
        WebDriverWait(browser, WAIT).until(lambda driver: "Le site ne peut pas être construit" in driver.page_source)
        overlay = browser.find_element(By.CSS_SELECTOR, ".diagnostics").text
        assert "content/objectifs.md:3:1: erreur : YAML mal formé" in overlay  # the preview page is in French
        assert server.process.poll() is None

        page.write_text(original, encoding="utf-8")
        WebDriverWait(browser, WAIT).until(lambda driver: "Le site ne peut pas être construit" not in driver.page_source)
        assert browser.find_element(By.TAG_NAME, "h1").text == "Objectifs"
        assert "Une phrase écrite pendant" not in browser.page_source
    finally:
        assert server.stop() == 0
    assert "stopped\n" in server.lines


def replace_file(path: Path, text: str, scratch: Path):
    """Writes `text` to `path` at once, renamed from a file written in `scratch` (a folder the server does not watch,
    on the same file system), so that no build reads the file half-written."""
    draft = scratch / ("draft-" + path.name)
    draft.write_text(text, encoding="utf-8")
    draft.replace(path)


def test_a_warning_is_printed_once_until_it_changes(arras):
    """A rebuild reprints no warning already printed, whether it renders only an edited body or the whole site; a
    warning that changed, or that went away and came back, is printed again, once."""
    site = arras / "site"
    objectives, presentation = site / "content" / "objectifs.md", site / "content" / "presentation.md"
    original = objectives.read_text(encoding="utf-8")
    with_lieu = original.replace("\nweight:", "\nlieu: Arras\nweight:", 1)
    objectives.write_text(with_lieu, encoding="utf-8")
    server = Server(site)

    def printed(text: str) -> int:
        return sum(text in line for line in list(server.lines))

    def rebuild(path: Path, text: str):
        before = printed("rebuilt in ")
        replace_file(path, text, arras)
        deadline = time.monotonic() + WAIT
        while printed("rebuilt in ") == before:
            assert time.monotonic() < deadline, "no rebuild:\n" + "".join(server.lines)
            time.sleep(0.05)
        time.sleep(0.5)  # a second rebuild of the same change, if any, prints before the counts are read

    lieu, endroit = "warning: unknown key `lieu` in a page front matter", "warning: unknown key `endroit`"
    try:
        assert printed(lieu) == 1
        rebuild(objectives, with_lieu + "\nUne phrase écrite pendant l'aperçu.\n")  # only a body: that page alone
        # a front matter: the whole site
        rebuild(presentation, presentation.read_text(encoding="utf-8").replace("\nweight: 1\n", "\nweight: 5\n", 1))
        assert printed(lieu) == 1, "".join(server.lines)
        rebuild(objectives, original.replace("\nweight:", "\nendroit: Arras\nweight:", 1))
        assert (printed(lieu), printed(endroit)) == (1, 1), "".join(server.lines)
        rebuild(objectives, with_lieu)
        assert (printed(lieu), printed(endroit)) == (2, 1), "".join(server.lines)
    finally:
        assert server.stop() == 0


TRAVERSALS = [
    "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt", "/.%2e/secret.txt",
    "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/css/../../secret.txt",
    "/%2fetc%2fpasswd", "//etc/passwd", "/index.html%00.css", "/fuite.txt", "/dehors/secret.txt",
    "/dehors/site/site.yml", "http://127.0.0.1/../secret.txt", "/.clsm-output",
]


def test_requests_never_get_a_byte_from_outside_the_output(arras):
    output = arras / "preview"
    server = Server(arras / "site", "--output", str(output))
    try:
        (output / "fuite.txt").symlink_to(arras / "secret.txt")
        (output / "dehors").symlink_to(arras)
        for target in TRAVERSALS:
            status, answer = server.raw(target)
            assert status in (403, 404), f"{target}: {status}"
            assert b"SECRET-0f3a" not in answer, target
            assert b"base_url" not in answer, target
        # The site's own 404.html is served (it does not repeat the path); no page may carry the path as markup.
        status, answer = server.raw("/<script>alert(1)</script>")
        assert status == 404
        assert b"<script>alert(1)" not in answer and b"Page introuvable" in answer
    finally:
        server.stop()


def test_only_requests_addressed_to_the_preview_itself_are_answered(arras):
    """DNS rebinding: a page of another site pointing its own name at 127.0.0.1 must not read the preview."""
    server = Server(arras / "site", "--allow-host", "poste-coordination.local")
    try:
        for host in [f"127.0.0.1:{server.port}", f"localhost:{server.port}", f"LOCALHOST:{server.port}",
                     f"poste-coordination.local:{server.port}"]:
            status, answer = server.raw("/", host)
            assert status == 200, host
        for host in ["evil.example", f"evil.example:{server.port}", "127.0.0.1", f"127.0.0.1:{server.port + 1}",
                     f"localhost.evil.example:{server.port}", ""]:
            for target in ["/", "/__clsm/events", "/guide/"]:
                status, answer = server.raw(target, host)
                assert status == 403, (host, target)
                assert b"H\xc3\xb4te refus\xc3\xa9" in answer, (host, target)
                assert b"access-control-allow-origin" not in answer.lower(), (host, target)
                assert b"CLSM" not in answer, (host, target)
    finally:
        server.stop()


def test_folders_missing_pages_and_content_types(arras):
    static = arras / "site" / "static"
    static.mkdir(exist_ok=True)
    for name, text in {"agenda.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "guide.json": "{}", "guide.geojson": "{}",
                       "feed.xml": "<feed/>", "logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"}.items():
        (static / name).write_text(text, encoding="utf-8")
    server = Server(arras / "site")
    try:
        for path in ("/organisation/", "/organisation"):
            response = server.get(path)
            assert response.status == 200 and b"<h1" in response.read(), path
        missing = server.get("/page-absente/")
        assert missing.status == 404
        assert missing.getheader("Content-Type") == "text/html; charset=utf-8"
        expected = {"agenda.ics": "text/calendar; charset=utf-8", "guide.json": "application/json",
                    "guide.geojson": "application/geo+json", "feed.xml": "application/xml", "logo.svg": "image/svg+xml"}
        for name, kind in expected.items():
            response = server.get("/" + name)
            assert response.status == 200 and response.getheader("Content-Type") == kind, name
            assert b"reload.js" not in response.read(), name
    finally:
        server.stop()


def test_the_default_listener_is_on_ipv4_loopback_only(arras):
    server = Server(arras / "site")
    try:
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{server.port}"], capture_output=True, text=True, check=True)
        addresses = [line.split()[3] for line in listening.stdout.splitlines()]
        assert addresses == [f"127.0.0.1:{server.port}"]
        with pytest.raises(OSError):
            socket.create_connection(("::1", server.port), timeout=5).close()
    finally:
        assert server.stop() == 0


def test_ctrl_c_stops_the_server_and_removes_its_temporary_output(arras):
    server = Server(arras / "site")
    output = Path(next(line for line in server.lines if line.startswith("building into ")).split(maxsplit=2)[2].strip())
    assert (output / "index.html").is_file()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as events:
        events.sendall(f"GET /__clsm/events HTTP/1.1\r\nHost: localhost:{server.port}\r\n\r\n".encode())
        received = b""
        while b"event: build" not in received and (chunk := events.recv(4096)):
            received += chunk
        assert b"event: build" in received
        assert server.stop() == 0
    assert server.lines[-1] == "stopped\n"
    assert not output.parent.exists()
