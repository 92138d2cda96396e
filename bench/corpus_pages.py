"""The guide entries and events of the benchmark corpus: front matter (YAML) and Markdown body."""
import datetime
import unicodedata

import yaml

import corpus_text
from corpus_values import (ACCESS, ACCESSIBILITY, CATEGORIES, COMMUNES, COSTS, EVENT_SUBJECTS, EVENT_TYPES,
                           EXTERNAL_LINKS, HOURS, NAMES, ORGANISERS, PLACES, PUBLICS, STATUSES, STREETS)

# The benchmark's "now" is 2025-10-12: entries were checked in the year before it.
CHECKED_FROM = datetime.date(2024, 11, 1)
CHECKED_DAYS = 340


def slugify(text):
    """ASCII lower-case words joined by hyphens (`Montigny-lès-Metz` → `montigny-les-metz`)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    return "-".join(words)


def front_matter(values):
    """The file's front matter: YAML between `---` lines, keys in the order given."""
    text = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    return "---\n" + text + "---\n\n"


class PageMaker:
    """Draws every page's values from one random generator, in a fixed order, so one seed gives one corpus."""

    def __init__(self, rng, resources, events):
        self.rng = rng
        weights = [weight for weight, _ in CATEGORIES.values()]
        # Metz and its close suburbs hold most entries, as in a real territory.
        commune_weights = [12 if i == 0 else 4 if i < 10 else 1 for i in range(len(COMMUNES))]
        self.resources = []
        for number in range(resources):
            category = rng.choices(list(CATEGORIES), weights)[0]
            commune = rng.choices(COMMUNES, commune_weights)[0]
            name = rng.choice(NAMES)
            title = rng.choice(CATEGORIES[category][1]).format(commune=commune[0], nom=name)
            slug = f"{category}-{slugify(commune[0])}-{number:05d}"
            self.resources.append((slug, title, category, commune, name))
        self.events = []
        for number in range(events):
            kind = rng.choice(list(EVENT_TYPES))
            commune = rng.choice(COMMUNES[:10]) if rng.random() < 0.7 else rng.choice(COMMUNES)
            subject = rng.choice(EVENT_SUBJECTS)
            title = f"{EVENT_TYPES[kind]} à {commune[0]} : {subject}"
            self.events.append((f"{kind}-{slugify(commune[0])}-{number:04d}", title, kind, commune, subject))

    def pages(self):
        """(folder, slug, text) of every guide entry, then every event."""
        for record in self.resources:
            yield "guide", record[0], self.resource(*record)
        for record in self.events:
            yield "agenda", record[0], self.event(*record)

    def coordinates(self, commune):
        return round(commune[2] + self.rng.uniform(-0.02, 0.02), 4), round(commune[3] + self.rng.uniform(-0.02, 0.02), 4)

    def phone(self):
        return "03 87 " + " ".join(f"{self.rng.randrange(100):02d}" for _ in range(3))

    def links(self, own_folder, resources, events, external):
        """(label, destination) of links to other entries, written as editors do: by source path."""
        rng = self.rng
        prefix = {"guide": ("", "../agenda/"), "agenda": ("../guide/", "")}[own_folder]
        links = [(title, prefix[0] + slug + ".md") for slug, title, *_ in rng.sample(self.resources, resources)]
        links += [(title, prefix[1] + slug + ".md") for slug, title, *_ in rng.sample(self.events, events)]
        if external:
            links.append(rng.choice(EXTERNAL_LINKS))
        if rng.random() < 0.2:
            links.append(("le guide des ressources", "/guide/"))
        rng.shuffle(links)
        return links

    def resource(self, slug, title, category, commune, name):
        rng = self.rng
        lat, lon = self.coordinates(commune)
        values = {"title": title, "description": f"{title} : accueil, orientation et accompagnement en santé mentale."}
        values.update({"category": category, "commune": commune[0]})
        values["address"] = f"{rng.randint(1, 120)} {rng.choice(STREETS)}"
        values["postal_code"] = commune[1]
        values["phone"] = self.phone()
        if rng.random() < 0.6:
            values["email"] = f"contact-{slug}@example.org"
        if rng.random() < 0.4:
            values["website"] = f"https://www.example.org/{slug}/"
        values["hours"] = rng.choice(HOURS)
        values["publics"] = sorted(rng.sample(PUBLICS[:5], rng.randint(1, 3))) if rng.random() < 0.85 else ["tous"]
        if category in ("cmp-enfants", "cmpp", "maison-des-adolescents"):
            values.update({"age_min": rng.choice([0, 3, 6, 11]), "age_max": rng.choice([17, 18, 20, 25])})
        values["access"] = rng.choice(ACCESS)
        values["cost"] = rng.choice(COSTS)
        if category.startswith("cmp") and rng.random() < 0.7:
            values["sector"] = sorted({commune[0]} | {c[0] for c in rng.sample(COMMUNES[:10], 3)})
        values.update({"lat": lat, "lon": lon})
        values["updated"] = CHECKED_FROM + datetime.timedelta(days=rng.randrange(CHECKED_DAYS))
        if category == "urgences":
            values["emergency"] = True
        fill = {"commune": commune[0], "nom": name}
        links = self.links("guide", rng.randint(2, 4), rng.randint(0, 1), rng.random() < 0.3)
        return front_matter(values) + corpus_text.body(rng, corpus_text.RESOURCE, fill, links, rng.randint(3200, 4800))

    def event(self, slug, title, kind, commune, subject):
        rng = self.rng
        day = datetime.date(2025, 10, rng.randint(1, 31))
        values = {"title": title, "description": f"{EVENT_TYPES[kind]} ouvert à tous autour du thème « {subject} »."}
        if kind == "exposition":
            values["start"] = day
            values["end"] = min(day + datetime.timedelta(days=rng.randint(3, 12)), datetime.date(2025, 10, 31))
        else:
            hour, minute = rng.randint(9, 19), rng.choice([0, 30])
            length = rng.choice([60, 90, 120, 150])
            start = datetime.datetime(day.year, day.month, day.day, hour, minute)
            values["start"] = start.strftime("%Y-%m-%d %H:%M")
            values["end"] = (start + datetime.timedelta(minutes=length)).strftime("%Y-%m-%d %H:%M")
        values["type"] = kind
        values["place"] = f"{rng.choice(PLACES)} de {commune[0]}"
        values["address"] = f"{rng.randint(1, 80)} {rng.choice(STREETS)}, {commune[1]} {commune[0]}"
        values["commune"] = commune[0]
        values["organisers"] = sorted(rng.sample(ORGANISERS, rng.randint(1, 2)))
        if rng.random() < 0.5:
            values["partners"] = sorted(rng.sample(ORGANISERS, rng.randint(1, 3)))
        values["public"] = sorted(rng.sample(PUBLICS, rng.randint(1, 2)))
        if rng.random() < 0.7:
            values["free"] = True
        else:
            values["price"] = rng.choice(["5 €", "8 €, 5 € tarif réduit", "participation libre"])
        if rng.random() < 0.3:
            values["registration"] = {"required": True, "phone": self.phone(), "email": f"inscription-{slug}@example.org"}
        values["accessibility"] = sorted(rng.sample(ACCESSIBILITY, rng.randint(1, 3)))
        values["status"] = rng.choice(STATUSES)
        lat, lon = self.coordinates(commune)
        values.update({"lat": lat, "lon": lon})
        fill = {"commune": commune[0], "nom": rng.choice(NAMES)}
        links = self.links("agenda", rng.randint(1, 3), rng.randint(0, 1), rng.random() < 0.5)
        return front_matter(values) + corpus_text.body(rng, corpus_text.EVENT, fill, links, rng.randint(3200, 4800))
