"""The site-wide files of the benchmark corpus: clsm's site.yml, Hugo's hugo.toml, the home and section pages."""
from corpus_values import COMMUNES

TITLE = "CLSM de Moselle (banc d'essai)"
BASE_URL = "https://bench.example.org/"
CONTACT = {
    "name": "Coordination du CLSM de Moselle",
    "address": "1 rue de l'Hôpital, 57000 Metz",
    "phone": "03 87 56 27 68",
    "email": "contact@bench.example.org",
}
PARTNERS = [("ARS Grand Est", "https://www.grand-est.ars.sante.fr/"), ("Ville de Metz", "https://metz.fr/")]
MENU = [("Présentation", "presentation.md", "/presentation/"), ("Guide des ressources", None, "/guide/"),
        ("Agenda", None, "/agenda/"), ("Contact", "contact.md", "/contact/")]


def quoted(text):
    """A double-quoted string, valid in both YAML and TOML for the plain text used here."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def site_yml():
    lines = [f"title: {quoted(TITLE)}", f"base_url: {quoted(BASE_URL)}", "language: fr", "timezone: Europe/Paris",
             "theme: clsm", f"description: {quoted('Le guide des ressources en santé mentale de la Moselle, pour mesurer clsm.')}",
             "territory:", f"  name: {quoted('Moselle')}", "  communes:"]
    lines += [f"    - {quoted(name)}" for name, *_ in COMMUNES]
    lines += ["contact:"] + [f"  {key}: {quoted(value)}" for key, value in CONTACT.items()]
    lines += ["menu:"]
    for title, page, url in MENU:
        lines += [f"  - title: {quoted(title)}", f"    page: {page}" if page else f"    url: {url}"]
    lines += ["partners:"]
    for name, url in PARTNERS:
        lines += [f"  - name: {quoted(name)}", f"    url: {quoted(url)}"]
    lines += ["legal:", f"  publisher: {quoted('Centre hospitalier de Jury')}", f"  address: {quoted(CONTACT['address'])}",
              f"  phone: {quoted(CONTACT['phone'])}", f"  director: {quoted('Directeur du centre hospitalier')}",
              "  host:", f"    name: {quoted('Hébergeur de démonstration')}", f"    address: {quoted('Adresse à renseigner')}",
              f"    phone: {quoted('01 99 00 00 00')}",
              # A site that is not compliant publishes its schéma pluriannuel: without one, --strict fails.
              "accessibility:", "  status: none", "  plan:", f"    responsible: {quoted('Direction de la communication')}",
              "    years:", "      - year: 2026", "        actions:", f"          - {quoted('Faire réaliser un audit RGAA')}",
              "sism:", "  editions:", "    - year: 2025", "      number: 36", "      start: 2025-10-06",
              "      end: 2025-10-19", f"      theme: {quoted('Pour notre santé mentale, réparons le lien social')}"]
    return "\n".join(lines) + "\n"


def hugo_toml():
    lines = [f"baseURL = {quoted(BASE_URL)}", f"title = {quoted(TITLE)}", 'locale = "fr-FR"',
             'defaultContentLanguage = "fr"', 'theme = "bench-hugo"', "removePathAccents = true",
             # clsm writes HTML pages only for these; feeds and sitemaps are its features' business.
             'disableKinds = ["rss", "sitemap", "robotstxt", "404"]', "",
             "[taxonomies]", 'category = "category"', 'commune = "commune"', 'public = "publics"', "",
             # A section's page is content/<section>/index.md for clsm, _index.md for Hugo.
             "[[module.mounts]]", 'source = "content"', 'target = "content"', 'files = ["! index.md", "! **/index.md"]',
             "[[module.mounts]]", 'source = "hugo-sections"', 'target = "content"', "",
             # cmark: CommonMark, smart punctuation, no raw HTML, links by source path resolved.
             "[markup.goldmark.extensions]", "definitionList = false", "footnote = false", "linkify = false",
             "strikethrough = false", "table = false", "taskList = false", "typographer = true",
             "[markup.goldmark.renderHooks.link]", 'useEmbedded = "always"', ""]
    for weight, (title, page, url) in enumerate(MENU, 1):
        lines += ["[[menus.main]]", f"name = {quoted(title)}", f"pageRef = {quoted(url)}", f"weight = {weight}"]
    lines += ["", "[params.contact]"] + [f"{key} = {quoted(value)}" for key, value in CONTACT.items()]
    for name, url in PARTNERS:
        lines += ["[[params.partners]]", f"name = {quoted(name)}", f"url = {quoted(url)}"]
    return "\n".join(lines) + "\n"


def page(title, description, body, weight=None):
    head = ["---", f"title: {quoted(title)}", f"description: {quoted(description)}"]
    head += [f"weight: {weight}"] if weight else []
    return "\n".join(head + ["---", "", body.strip(), ""])


def content_pages():
    """Relative path under content/ → text of the pages that are not entries or events."""
    return {
        "index.md": page(TITLE, "Le conseil local de santé mentale de la Moselle.", """
Bienvenue sur le site du conseil local de santé mentale. Vous y trouverez le [guide des ressources](/guide/),
l'[agenda](/agenda/) des manifestations et la [présentation](presentation.md) du CLSM.

## En cas d'urgence

Appelez le 15 ou le 112. Le 3114 répond jour et nuit aux personnes qui pensent au suicide et à leurs proches.
"""),
        "presentation.md": page("Présentation", "Ce qu'est un CLSM et ce qu'il fait.", """
Un conseil local de santé mentale réunit élus, psychiatrie publique, usagers, aidants et acteurs locaux.
Il n'est pas un service de soins : pour trouver une structure, consultez le [guide](/guide/).
""", weight=1),
        "contact.md": page("Contact", "Écrire ou téléphoner à la coordination.", """
La coordination répond du lundi au vendredi. Pour une urgence, appelez le 15.
""", weight=9),
        "guide/index.md": page("Guide des ressources", "Les lieux de soin, d'écoute et d'entraide de la Moselle.", """
Ce guide recense les lieux de soin, d'écoute, d'entraide et d'accompagnement en santé mentale.
Parcourez-le par catégorie, par commune ou par public.
""", weight=2),
        "agenda/index.md": page("Agenda", "Les manifestations du CLSM et de ses partenaires.", """
Les rencontres, conférences et ateliers des Semaines d'information sur la santé mentale d'octobre 2025.
""", weight=3),
    }
