"""The network site tried as a new user would: three CLSM sites the project has never seen are written from the
content model, built, and handed to a network site written from docs/network.md alone. Every member, every upcoming
event and every resource of every member is reachable from the network's home page by its links; the regional and
per-member calendars read back with icalendar and do not change with the build's clock; the members' exports
validate against docs/schemas; a member folder with a broken agenda.json is one clear error naming it."""
import json
import re
import shutil
from datetime import datetime
from urllib.parse import urljoin, urlparse

import jsonschema
import pytest
from icalendar import Calendar

from conftest import NOW, REPO, run_clsm

SCHEMAS = REPO / "docs" / "schemas"

# Three CLSMs in three départements, one of them with two events and a resource in a commune another lists too.
MEMBERS = {
    "clsm-lac": {
        "title": "Conseil local de santé mentale du Lac", "short": "CLSM du Lac", "commune": "Annecy", "insee": "74010",
        "events": [("ciné-débat au bord du lac", "2025-10-14 18:30", "cine-debat", "Annecy"),
                   ("Conférence sur l'isolement", "2025-09-02 14:00", "conference", "Annecy"),
                   ("Atelier jeunes", "2025-11-20 10:00", "atelier", "Seynod")],
        "resources": [("Centre médico-psychologique d'Annecy", "cmp-adultes", "Annecy", "3 avenue du Lac"),
                      ("Groupe d'entraide mutuelle Le Phare", "gem", "Seynod", "12 rue des Fleurs")],
    },
    "clsm-causses": {
        "title": "CLSM des Causses", "short": None, "commune": "Millau", "insee": "12145",
        "events": [("Portes ouvertes du GEM", "2025-10-16 09:00", "portes-ouvertes", "Millau")],
        "resources": [("Maison des adolescents de Millau", "maison-des-adolescents", "Millau", "8 place du Marché"),
                      ("Urgences psychiatriques de Millau", "urgences", "Millau", "265 boulevard Achille-Souques")],
    },
    "clsm-marais": {
        "title": "Conseil local de santé mentale du Marais", "short": "CLSM du Marais", "commune": "Niort", "insee": "79191",
        "events": [("Stand au marché de Niort", "2025-10-18 08:00", "stand", "Niort"),
                   ("Café-débat passé", "2025-03-12 19:00", "cafe-debat", "Niort")],
        "resources": [("Centre médico-psychologique de Niort", "cmp-adultes", "Niort", "1 rue du Port")],
    },
}


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_member(folder, name, member):
    short = f'short_name: "{member["short"]}"\n' if member["short"] else ""
    write(folder / "site.yml", f"""title: "{member['title']}"
{short}base_url: "https://{name}.example.org/"
theme: clsm
territory:
  name: "Territoire de {member['commune']}"
  communes:
    - {{name: {member['commune']}, insee: "{member['insee']}"}}
contact:
  name: "Coordination du {member['title']}"
  email: "contact@{name}.example.org"
menu:
  - title: Agenda
    url: /agenda/
  - title: Guide
    url: /guide/
""")
    write(folder / "content" / "index.md", f'---\ntitle: "{member["title"]}"\n---\n\nBienvenue.\n')
    write(folder / "content" / "agenda" / "index.md", "---\ntitle: Agenda\n---\n\nNos rencontres.\n")
    for number, (title, start, kind, commune) in enumerate(member["events"]):
        # One event says when it was last edited: its calendars' DTSTAMP.
        updated = "updated: 2025-09-15\n" if number == 0 else ""
        write(folder / "content" / "agenda" / f"evenement-{number}.md",
              f'---\ntitle: "{title}"\nstart: {start}\n{updated}type: {kind}\ncommune: {commune}\n---\n\nVenez nombreux.\n')
    write(folder / "content" / "guide" / "index.md", "---\ntitle: Guide des ressources\n---\n\nLes ressources.\n")
    for number, (title, category, commune, address) in enumerate(member["resources"]):
        write(folder / "content" / "guide" / f"ressource-{number}.md",
              f'---\ntitle: "{title}"\ncategory: {category}\ncommune: {commune}\naddress: "{address}"\n---\n\nAccueil.\n')


# Written from docs/network.md: members are the folders the sites were built into, relative to the network's folder;
# the generated pages are linked from the menu.
NETWORK_YML = """title: Réseau des CLSM de test
base_url: https://reseau.example.org/
theme: clsm
contact:
  name: Coordination du réseau
menu:
  - title: Les CLSM
    url: /membres/
  - title: Agenda régional
    url: /agenda-regional/
  - title: SISM
    url: /sism-regionale/
  - title: Guide régional
    url: /guide-regional/
network:
  members:
{members}
"""


def build(site, output, now=NOW, cwd=None):
    result = run_clsm("build", str(site), "--output", str(output), "--now", now, cwd=cwd or site.parent)
    assert result.returncode == 0, result.stderr
    assert ": error: " not in result.stderr, result.stderr
    return output


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    """{"root", "members": {name: output}, "network": site folder, "output": its output}."""
    root = tmp_path_factory.mktemp("newcomer")
    shutil.copytree(REPO / "themes", root / "themes")
    outputs = {}
    for name, member in MEMBERS.items():
        write_member(root / "sites" / name, name, member)
        outputs[name] = build(root / "sites" / name, root / "sorties" / name)
    network = root / "reseau"
    write(network / "site.yml", NETWORK_YML.format(members="\n".join(f"    - exports: ../sorties/{name}" for name in MEMBERS)))
    write(network / "content" / "index.md", "---\ntitle: Réseau des CLSM de test\n---\n\nLes CLSM de la région.\n")
    output = build(network, network / "public")
    return {"root": root, "members": outputs, "network": network, "output": output}


def reachable_links(output, base):
    """Every href reachable from the home page by following the site's own links: {absolute URL}."""
    seen_pages, found, queue = set(), set(), [base]
    while queue:
        url = queue.pop()
        path = urlparse(url).path
        if path in seen_pages:
            continue
        seen_pages.add(path)
        file = output / path.lstrip("/")
        file = file / "index.html" if path.endswith("/") else file
        if file.suffix != ".html" or not file.is_file():
            continue
        for href in re.findall(r'href="([^"#]*)', file.read_text(encoding="utf-8")):
            absolute = urljoin(url, href.replace("&amp;", "&"))
            found.add(absolute)
            if absolute.startswith(base):
                queue.append(absolute)
    return found


def member_exports(output):
    site = json.loads((output / "clsm.json").read_text(encoding="utf-8"))
    agenda = json.loads((output / site["exports"]["agenda"]).read_text(encoding="utf-8"))
    guide = json.loads((output / site["exports"]["resources"]).read_text(encoding="utf-8"))
    return site, agenda, guide


def is_upcoming(event):
    moment = event["end"] or event["start"]
    moment = moment if "T" in moment else moment + "T23:59+02:00"
    return datetime.fromisoformat(moment) >= datetime.fromisoformat(NOW)


def test_every_member_upcoming_event_and_resource_is_reachable_from_the_home_page(region):
    links = reachable_links(region["output"], "https://reseau.example.org/")
    upcoming = 0
    for name, output in region["members"].items():
        site, agenda, guide = member_exports(output)
        assert site["url"] in links, name
        assert len(agenda["events"]) == len(MEMBERS[name]["events"]), name
        for event in filter(is_upcoming, agenda["events"]):
            upcoming += 1
            assert event["url"] in links, event["url"]
        assert len(guide["resources"]) == len(MEMBERS[name]["resources"]), name
        for resource in guide["resources"]:
            assert resource["url"] in links, resource["url"]
    assert upcoming == 4


def test_the_regional_agenda_filters_by_member_without_javascript_too(region):
    links = reachable_links(region["output"], "https://reseau.example.org/")
    for name, output in region["members"].items():
        _, agenda, _ = member_exports(output)
        slug = re.sub(r"[^a-z0-9]+", "-", (MEMBERS[name]["short"] or MEMBERS[name]["title"]).lower()
                      .replace("é", "e")).strip("-")
        page = f"https://reseau.example.org/agenda-regional/{slug}/"
        assert page in links, page
        html = (region["output"] / "agenda-regional" / slug / "index.html").read_text(encoding="utf-8")
        listed = set(re.findall(r'<h4 class="agenda-event__title"><a href="([^"]+)"', html))
        assert listed == {event["url"] for event in agenda["events"]}, name
        calendar = Calendar.from_ical((region["output"] / "agenda-regional" / slug / f"{slug}.ics").read_bytes())
        assert sorted(str(event["UID"]) for event in calendar.walk("VEVENT")) == sorted(event["url"] for event in agenda["events"])


def test_the_regional_calendar_reads_back_and_does_not_change_with_the_builds_clock(region, tmp_path):
    ics = region["output"] / "agenda-regional" / "agenda-regional.ics"
    calendar = Calendar.from_ical(ics.read_bytes())
    expected = sorted(event["url"] for output in region["members"].values() for event in member_exports(output)[1]["events"])
    assert sorted(str(event["UID"]) for event in calendar.walk("VEVENT")) == expected
    stamps = {str(event["UID"]): event.decoded("DTSTAMP") for event in calendar.walk("VEVENT")}
    for output in region["members"].values():
        for event in member_exports(output)[1]["events"]:
            # The event's last edit (its `updated`, midnight in Paris), else its start: never the build's clock.
            expected = datetime.fromisoformat(event["updated"] or event["start"])
            assert stamps[event["url"]] == expected, event["url"]
    assert sum(event["updated"] is not None for output in region["members"].values()
               for event in member_exports(output)[1]["events"]) == 3
    later = build(region["network"], tmp_path / "later", now="2026-03-01T08:00:00+01:00")
    for path in ["agenda-regional/agenda-regional.ics", *(p.relative_to(region["output"]).as_posix()
                                                         for p in (region["output"] / "agenda-regional").glob("*/*.ics"))]:
        assert (later / path).read_bytes() == (region["output"] / path).read_bytes(), path


def test_the_members_exports_validate_against_their_schemas(region):
    def validator(name):
        document = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        return jsonschema.Draft202012Validator(document, format_checker=jsonschema.FormatChecker())
    for output in region["members"].values():
        site, agenda, _ = member_exports(output)
        validator("clsm-site-1.schema.json").validate(site)
        validator("clsm-agenda-1.schema.json").validate(agenda)


def test_a_member_folder_with_a_broken_agenda_is_one_error_naming_it(region, tmp_path):
    broken = tmp_path / "sorties" / "clsm-causses"
    shutil.copytree(region["members"]["clsm-causses"], broken)
    (broken / "agenda" / "agenda.json").write_text('{"format": "clsm-agenda/1", "events": [{"title": ', encoding="utf-8")
    network = tmp_path / "reseau"
    members = "\n".join(f"    - exports: {region['members'][name]}" if name != "clsm-causses" else "    - exports: ../sorties/clsm-causses"
                        for name in MEMBERS)
    write(network / "site.yml", NETWORK_YML.format(members=members))
    write(network / "content" / "index.md", "---\ntitle: Réseau\n---\n\nTexte.\n")
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    result = run_clsm("build", str(network), "--now", NOW, cwd=tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    line = (NETWORK_YML.format(members=members).splitlines().index("    - exports: ../sorties/clsm-causses")) + 1
    assert errors == [f"{network}/site.yml:{line}:16: error: network member `../sorties/clsm-causses`: "
                      "`agenda/agenda.json` is not valid JSON"]
    assert not (network / "public").exists()
