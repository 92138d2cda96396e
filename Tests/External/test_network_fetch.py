"""`clsm network fetch` downloads members published at a URL (a server on 127.0.0.1 here) into the site's cache, which
`clsm build` reads; a failing member is an error naming it and the URL, and its last good copy stays."""
import json
import shutil
import socket
import threading

import pytest

from conftest import NOW, REPO, run_clsm


@pytest.fixture
def network(tmp_path):
    """A network site in tmp_path/site whose members are written by `members(urls)`."""
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "content" / "index.md").write_text("---\ntitle: Accueil\n---\n", encoding="utf-8")

    def members(*urls):
        lines = "".join(f"    - exports: {url}\n" for url in urls)
        (site / "site.yml").write_text("title: Réseau\nbase_url: https://reseau.example.org/\ncontact:\n  name: Coordination\n"
                                       f"network:\n  members:\n{lines}", encoding="utf-8")
        return site
    return members


def served_copy(tmp_path, serve, network_demo, name="arras"):
    copy = tmp_path / f"served-{name}"
    shutil.copytree(network_demo["members"][name], copy)
    return copy, serve(copy, "/")


def test_a_fetched_member_is_built_from_the_cache(tmp_path, serve, network_demo, network):
    copy, url = served_copy(tmp_path, serve, network_demo)
    site = network(url)
    result = run_clsm("network", "fetch", str(site))
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout == f"{site}: fetched 1 member\n"
    build = run_clsm("build", str(site), "--now", NOW, "--strict")
    assert build.returncode == 0, build.stderr
    agenda = (site / "public" / "agenda-regional" / "index.html").read_text(encoding="utf-8")
    events = json.loads((copy / "agenda" / "agenda.json").read_text(encoding="utf-8"))["events"]
    assert events and all(event["url"] in agenda for event in events)


def test_a_broken_member_is_named_with_its_url_and_keeps_its_last_good_copy(tmp_path, serve, network_demo, network):
    copy, url = served_copy(tmp_path, serve, network_demo)
    site = network(url)
    assert run_clsm("network", "fetch", str(site)).returncode == 0
    cached = sorted(p.read_bytes() for p in (site / "network-cache").rglob("*.json"))
    (copy / "agenda" / "agenda.json").write_text('{"format": "clsm-agenda/1", "events": [', encoding="utf-8")
    result = run_clsm("network", "fetch", str(site))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{site}/site.yml:7:16: error: network member `{url}`: `agenda/agenda.json` is not valid JSON",
        f"{site}/site.yml:7:16: error: network member `{url}`: what it publishes cannot be used; its last good copy is kept",
    ]
    assert sorted(p.read_bytes() for p in (site / "network-cache").rglob("*.json")) == cached
    assert run_clsm("build", str(site), "--now", NOW).returncode == 0


def test_a_file_over_the_size_limit_is_refused(tmp_path, serve, network_demo, network):
    _, url = served_copy(tmp_path, serve, network_demo)
    site = network(url)
    result = run_clsm("network", "fetch", str(site), "--max-bytes", "100")
    assert result.returncode == 1
    assert result.stderr == f"{site}/site.yml:7:16: error: network member `{url}`: cannot fetch {url}clsm.json: larger than 100 bytes\n"
    assert not (site / "network-cache").exists() or not any((site / "network-cache").iterdir())


def test_a_server_that_does_not_answer_times_out(network):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    site = network(url)
    try:
        result = run_clsm("network", "fetch", str(site), "--timeout", "1")
    finally:
        for connection, _ in accepted:
            connection.close()
        listener.close()
    assert result.returncode == 1
    assert result.stderr == f"{site}/site.yml:7:16: error: network member `{url}`: cannot fetch {url}clsm.json: no answer in time\n"


def test_building_before_fetching_says_what_to_do(network):
    site = network("https://clsm.example.org/")
    result = run_clsm("build", str(site), "--now", NOW)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (f"{site}/site.yml:7:16: error: network member `https://clsm.example.org/`: "
                                             "not fetched yet; run `clsm network fetch` in the network site first")
