"""Every iCalendar file of the demo sites reads back, with the icalendar package, to its events' Markdown.

Also checks the bytes RFC 5545 asks for (CRLF, lines of at most 75 octets, whole UTF-8 characters,
escaped text, a VTIMEZONE for the TZID used), and that the output does not depend on the machine's zone.
"""
import datetime as dt
import filecmp
import re
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import yaml

from conftest import DEMO_SITES, NOW, REPO, run_clsm

ZONE = ZoneInfo("Europe/Paris")
BUILD_NOW = dt.datetime.fromisoformat(NOW)


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def source_events(site: str) -> dict:
    """Front matter of each event of `site`, by its URL slug."""
    folder = REPO / site / "content" / "agenda"
    return {path.stem: front_matter(path) for path in sorted(folder.glob("*.md")) if path.name != "index.md"}


def editions(site: str) -> list:
    config = yaml.safe_load((REPO / site / "site.yml").read_text(encoding="utf-8"))
    return (config.get("sism") or {}).get("editions") or []


def parse_moment(value):
    """A front matter date or date-time as icalendar reads it back: a date, or an aware datetime in Paris."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=ZONE)
    if isinstance(value, dt.date):
        return value
    return dt.datetime.strptime(str(value), "%Y-%m-%d %H:%M").replace(tzinfo=ZONE)


def start_day(event: dict) -> dt.date:
    moment = parse_moment(event["start"])
    return moment.date() if isinstance(moment, dt.datetime) else moment


def calendars(output: Path):
    return sorted(output.rglob("*.ics"))


def last_change(folder: Path, slug: str) -> dt.datetime:
    """When the event's file last changed, as the `.ics` says it: its last commit when it is committed and unchanged
    since, else the build's "now" (the demo events have no `updated`)."""
    source = folder / f"{slug}.md"
    changed = subprocess.run(["git", "status", "--porcelain", "--", str(source)], cwd=REPO, capture_output=True, text=True)
    committed = subprocess.run(["git", "log", "-1", "--format=%cI", "--", str(source)], cwd=REPO, capture_output=True, text=True)
    if changed.returncode or committed.returncode or changed.stdout.strip() or not committed.stdout.strip():
        return BUILD_NOW.astimezone(dt.timezone.utc)
    return dt.datetime.fromisoformat(committed.stdout.strip()).astimezone(dt.timezone.utc)


def test_every_event_reads_back_to_its_markdown(demo_sites):
    for name, site in DEMO_SITES.items():
        output = demo_sites[name]
        events = source_events(site)
        assert events, name
        for slug, source in events.items():
            path = output / "agenda" / slug / f"{slug}.ics"
            calendar = icalendar.Calendar.from_ical(path.read_bytes())
            (event,) = calendar.walk("VEVENT")
            assert str(event["SUMMARY"]) == source["title"], path
            assert str(event.get("DESCRIPTION")) == source["description"], path
            start = parse_moment(source["start"])
            assert event.decoded("DTSTART") == start, path
            if "end" in source:
                end = parse_moment(source["end"])
                if isinstance(end, dt.datetime):
                    assert event.decoded("DTEND") == end, path
                else:
                    assert event.decoded("DTEND") == end + dt.timedelta(days=1), path
            location = str(event["LOCATION"])
            assert location.endswith(source["commune"]), path
            if "place" in source:
                assert location.startswith(source["place"]), path
            if "lat" in source:
                assert (event["GEO"].latitude, event["GEO"].longitude) == (source["lat"], source["lon"]), path
            expected_status = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}.get(source.get("status"), "CONFIRMED")
            assert str(event["STATUS"]) == expected_status, path
            assert str(event["UID"]) == str(event["URL"]), path
            assert event.decoded("DTSTAMP") == last_change(REPO / site / "content" / "agenda", slug), path


def test_each_event_has_one_uid_in_every_feed(demo_sites):
    for name, site in DEMO_SITES.items():
        output = demo_sites[name]
        whole = {str(e["UID"]): e for e in icalendar.Calendar.from_ical((output / "agenda/agenda.ics").read_bytes()).walk("VEVENT")}
        assert len(whole) == len(source_events(site)), name
        for path in calendars(output):
            for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                assert str(event["UID"]) in whole, path
                assert event.to_ical() == whole[str(event["UID"])].to_ical(), path


def test_each_edition_feed_holds_exactly_its_events(demo_sites):
    for name, site in DEMO_SITES.items():
        output = demo_sites[name]
        events = source_events(site)
        for edition in editions(site):
            expected = {slug for slug, event in events.items()
                        if event.get("sism") == edition["year"]
                        or ("sism" not in event and edition["start"] <= start_day(event) <= edition["end"])}
            path = output / "sism" / str(edition["year"]) / f"sism-{edition['year']}.ics"
            found = {str(e["URL"]).rstrip("/").rsplit("/", 1)[1]
                     for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
            assert found == expected, (name, edition["year"])


def test_every_file_has_the_bytes_rfc_5545_asks_for(demo_sites):
    for output in demo_sites.values():
        for path in calendars(output):
            data = path.read_bytes()
            assert data.endswith(b"\r\n"), path
            assert b"\n" not in data.replace(b"\r\n", b""), f"{path}: a bare LF"
            assert b"\r" not in data.replace(b"\r\n", b""), f"{path}: a bare CR"
            for line in data.split(b"\r\n")[:-1]:
                assert len(line) <= 75, f"{path}: {line!r}"
                line.decode("utf-8")
            text = data.decode("utf-8").replace("\r\n ", "")
            assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n" in text, path
            for tzid in re.findall(r";TZID=([^:;]+)", text):
                assert tzid == "Europe/Paris", path
            for line in text.split("\r\n"):
                if line.startswith(("SUMMARY:", "DESCRIPTION:", "LOCATION:")):
                    value = line.split(":", 1)[1]
                    assert not re.search(r"(?<!\\)(?:\\\\)*[,;]", value), f"{path}: unescaped , or ; in {line!r}"


def test_output_does_not_depend_on_the_machine_time_zone(tmp_path):
    outputs = []
    for zone in ("UTC", "Pacific/Kiritimati"):
        output = tmp_path / zone.replace("/", "-")
        result = run_clsm("build", ".", "--output", str(output), "--now", NOW, "--strict", env={"TZ": zone})
        assert result.returncode == 0, result.stderr
        outputs.append(output)
    comparison = filecmp.dircmp(outputs[0], outputs[1])
    files = [path.relative_to(outputs[0]) for path in outputs[0].rglob("*") if path.is_file()]
    assert any(str(path).endswith(".ics") for path in files)
    for relative in files:
        assert (outputs[0] / relative).read_bytes() == (outputs[1] / relative).read_bytes(), relative
    assert not comparison.left_only and not comparison.right_only


def test_the_autumn_overlap_reads_as_its_first_occurrence_with_a_warning(tmp_path):
    site = tmp_path / "site"
    (site / "content" / "agenda").mkdir(parents=True)
    (site / "themes").symlink_to(REPO / "themes")
    (site / "site.yml").write_text("title: T\nbase_url: https://example.org/\ncontact: {name: C}\n", encoding="utf-8")
    (site / "content" / "agenda" / "nuit.md").write_text(
        "---\ntitle: Nuit\nstart: 2025-10-26 02:30\nend: 2025-10-26 02:45+01:00\ntype: autre\ncommune: Metz\n---\n", encoding="utf-8")
    result = run_clsm("build", str(site), "--output", str(tmp_path / "out"), "--now", NOW)
    assert result.returncode == 0, result.stderr
    assert "content/agenda/nuit.md:3:8: warning: `start` 2025-10-26 02:30 happens twice in Europe/Paris" in result.stderr
    (event,) = icalendar.Calendar.from_ical((tmp_path / "out/agenda/nuit/nuit.ics").read_bytes()).walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.astimezone(dt.timezone.utc) == dt.datetime(2025, 10, 26, 0, 30, tzinfo=dt.timezone.utc)
    assert end.astimezone(dt.timezone.utc) == dt.datetime(2025, 10, 26, 1, 45, tzinfo=dt.timezone.utc)
    strict = run_clsm("build", str(site), "--output", str(tmp_path / "strict"), "--now", NOW, "--strict")
    assert strict.returncode == 1
