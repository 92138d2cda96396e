"""A spreadsheet of resources as a coordinator keeps it: 60 rows with French headings, saved by an office suite."""
import csv
import io

HEADINGS = ["Identifiant", "Nom", "Catégorie", "Description", "Adresse", "Code postal", "Commune", "Téléphone",
            "Courriel", "Site", "Horaires", "Public", "Âge minimum", "Âge maximum", "Accès", "Coût", "Secteur",
            "Latitude", "Longitude", "Urgence", "Mise à jour"]

CATEGORIES = ["cmp-adultes", "cmp-enfants", "cattp", "hopital-de-jour", "urgences", "equipe-mobile", "gem",
              "association-usagers", "maison-des-adolescents", "addictologie", "logement", "ecoute", "social", "autre"]
COMMUNES = [("Metz", "57000"), ("Montigny-lès-Metz", "57950"), ("Woippy", "57140"), ("Saint-Julien-lès-Metz", "57070"),
            ("Marly", "57155")]
PUBLICS = ["adultes", "enfants, adolescents", "tous", "seniors", "familles"]
COSTS = ["gratuit", "sous conditions", "payant", "adhésion"]


def rows(count=60):
    """`count` complete rows, every column filled in the words a coordinator writes."""
    made = []
    for index in range(count):
        commune, postal = COMMUNES[index % len(COMMUNES)]
        made.append({
            "Identifiant": f"structure-{index + 1:02d}",
            "Nom": f"Structure n° {index + 1} « l'Œuvre » de {commune}",
            "Catégorie": CATEGORIES[index % len(CATEGORIES)],
            "Description": f"Accueil, écoute et orientation ; {index + 1}e structure du répertoire, « dite » pilote — l’adhésion coûte 5 €.",
            "Adresse": f"{index + 1} rue de l'Église",
            "Code postal": postal,
            "Commune": commune,
            "Téléphone": f"03 87 {index % 90 + 10:02d} 00 {index % 90 + 10:02d}",
            "Courriel": f"contact{index + 1}@example.org",
            "Site": f"https://example.org/structure-{index + 1}",
            "Horaires": "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00" if index % 2 else "Tu,Th 14:00-18:00",
            "Public": PUBLICS[index % len(PUBLICS)],
            "Âge minimum": str(index % 18),
            "Âge maximum": str(60 + index % 40),
            "Accès": "sur rendez-vous" if index % 3 else "sans rendez-vous",
            "Coût": COSTS[index % len(COSTS)],
            "Secteur": f"{commune}, Marly" if commune != "Marly" else "Marly",
            "Latitude": f"49.1{index:02d}7",
            "Longitude": f"6.1{index:02d}3",
            "Urgence": "oui" if index % 7 == 0 else "",
            "Mise à jour": "2025-09-01",
        })
    return made


def spreadsheet(records, headings=HEADINGS, delimiter=";", encoding="cp1252", bom=False):
    """The bytes an office suite saves: CRLF line ends, cells quoted when they must be."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headings)
    for record in records:
        writer.writerow([record.get(heading, "") for heading in headings])
    data = text.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data
