"""Vocabularies of the benchmark corpus: communes, categories, event types, and what fills a front matter.

Every value is one clsm accepts (docs/content-model.md): category and publics ids from the
vocabulary, five-digit postal codes, Moselle phone numbers (03 87 …), `updated` within a year
of the benchmark's "now" (2025-10-12), events in October 2025.
"""

# (name, postal code, latitude, longitude): Moselle communes, the territory of the fictional CLSM.
COMMUNES = [
    ("Metz", "57000", 49.1197, 6.1764),
    ("Montigny-lès-Metz", "57950", 49.0989, 6.1536),
    ("Woippy", "57140", 49.1511, 6.1514),
    ("Marly", "57155", 49.0614, 6.1542),
    ("Ars-sur-Moselle", "57130", 49.0786, 6.0747),
    ("Moulins-lès-Metz", "57160", 49.1036, 6.1075),
    ("Longeville-lès-Metz", "57050", 49.1142, 6.1361),
    ("Le Ban-Saint-Martin", "57050", 49.1231, 6.1494),
    ("Saint-Julien-lès-Metz", "57070", 49.1322, 6.2011),
    ("Scy-Chazelles", "57160", 49.1131, 6.1147),
    ("Thionville", "57100", 49.3579, 6.1683),
    ("Yutz", "57970", 49.3556, 6.1897),
    ("Hayange", "57700", 49.3300, 6.0620),
    ("Florange", "57190", 49.3236, 6.1197),
    ("Fameck", "57290", 49.2997, 6.1097),
    ("Hagondange", "57300", 49.2536, 6.1683),
    ("Amnéville", "57360", 49.2581, 6.1414),
    ("Maizières-lès-Metz", "57280", 49.2114, 6.1597),
    ("Talange", "57525", 49.2367, 6.1714),
    ("Forbach", "57600", 49.1886, 6.8961),
    ("Saint-Avold", "57500", 49.1044, 6.7067),
    ("Creutzwald", "57150", 49.2053, 6.6956),
    ("Sarreguemines", "57200", 49.1100, 7.0686),
    ("Sarrebourg", "57400", 48.7350, 7.0536),
    ("Freyming-Merlebach", "57800", 49.1497, 6.8147),
    ("Bitche", "57230", 49.0522, 7.4292),
    ("Boulay-Moselle", "57220", 49.1831, 6.4931),
    ("Château-Salins", "57170", 48.8189, 6.5131),
    ("Hombourg-Haut", "57470", 49.1272, 6.7783),
    ("Stiring-Wendel", "57350", 49.2028, 6.9297),
]

# category id → (weight in the corpus, title patterns); {nom} is a structure's name, {commune} its town.
CATEGORIES = {
    "cmp-adultes": (14, ["Centre médico-psychologique adultes de {commune}", "CMP adultes {nom} à {commune}"]),
    "cmp-enfants": (10, ["CMP enfants et adolescents de {commune}", "Centre médico-psychologique infanto-juvénile {nom}"]),
    "cmpp": (6, ["Centre médico-psycho-pédagogique de {commune}", "CMPP {nom} de {commune}"]),
    "cattp": (6, ["CATTP « {nom} » de {commune}", "Centre d'accueil thérapeutique à temps partiel de {commune}"]),
    "hopital-de-jour": (6, ["Hôpital de jour {nom} à {commune}", "Hôpital de jour pour adolescents de {commune}"]),
    "urgences": (3, ["Urgences psychiatriques du centre hospitalier de {commune}", "Accueil d'urgence psychiatrique {nom}"]),
    "equipe-mobile": (5, ["Équipe mobile psychiatrie précarité de {commune}", "Équipe mobile {nom} pour les personnes âgées"]),
    "gem": (8, ["GEM « {nom} » à {commune}", "Groupe d'entraide mutuelle {nom} de {commune}"]),
    "association-usagers": (7, ["Association {nom}, antenne de {commune}", "Collectif d'usagers {nom} de {commune}"]),
    "maison-des-adolescents": (3, ["Maison des adolescents de {commune}", "Point accueil écoute jeunes {nom}"]),
    "bapu": (2, ["Bureau d'aide psychologique universitaire de {commune}"]),
    "addictologie": (7, ["CSAPA {nom} de {commune}", "Consultation jeunes consommateurs de {commune}"]),
    "logement": (7, ["Résidence accueil {nom} à {commune}", "Pension de famille « {nom} » de {commune}"]),
    "ecoute": (6, ["Point écoute {nom} de {commune}", "Ligne d'écoute {nom}"]),
    "social": (6, ["Centre communal d'action sociale de {commune}", "Service d'accompagnement {nom} de {commune}"]),
    "autre": (4, ["Point accueil santé {nom} de {commune}", "Conseil local {nom} de {commune}"]),
}

NAMES = [
    "L'Entre-Deux", "La Passerelle", "Le Fil d'Ariane", "Les Tilleuls", "Le Trait d'union", "L'Escale",
    "La Boussole", "Le Phare", "Les Peupliers", "Arc-en-ciel", "La Parenthèse", "Le Relais", "L'Étape",
    "Les Mirabelles", "La Clairière", "Horizon", "Le Lien", "L'Éclaircie", "Les Saules", "La Moselle",
    "Le Tremplin", "L'Oasis", "Le Colibri", "La Source", "Les Glycines", "Saint-Nabor", "Jean-Moulin",
    "Paul-Verlaine", "Robert-Schuman", "Les Hauts-de-Blémont", "Bellecroix", "La Grange-aux-Bois",
]

PUBLICS = ["adultes", "adolescents", "enfants", "familles", "seniors", "tous"]
COSTS = ["free", "free", "free", "conditional", "paid", "membership"]
ACCESS = [
    "sur rendez-vous", "sans rendez-vous", "orientation médicale", "adhésion",
    "sur rendez-vous ; premier contact par téléphone", "sans rendez-vous le matin, sur rendez-vous l'après-midi",
]
HOURS = [
    "Mo-Fr 09:00-12:00,14:00-17:00", "Mo-Fr 08:30-17:30; We 08:30-18:30", "Mo-Th 09:00-17:00; Fr 09:00-16:00",
    "Tu,Th 14:00-18:00; Sa 10:00-12:00", "24/7", "Mo-Fr 09:00-12:30", "Mo,We,Fr 13:30-17:30",
    "du lundi au vendredi, de 9 h à 17 h", "le mercredi après-midi et le samedi matin", "sur rendez-vous uniquement",
]
STREETS = [
    "rue Serpenoise", "rue des Jardins", "avenue Foch", "rue du Pont-des-Morts", "place Saint-Louis",
    "rue de la Chapelle", "boulevard Paixhans", "rue Mazelle", "avenue de Nancy", "rue du Général-de-Gaulle",
    "rue de la République", "place de la Mairie", "rue Pasteur", "rue des Écoles", "chemin des Vignes",
    "rue Victor-Hugo", "allée des Tilleuls", "rue Jean-Jaurès", "rue de Verdun", "route de Thionville",
]

EVENT_TYPES = {
    "cine-debat": "Ciné-débat", "conference": "Conférence", "table-ronde": "Table ronde",
    "exposition": "Exposition", "atelier": "Atelier", "portes-ouvertes": "Portes ouvertes",
    "stand": "Stand d'information", "marche": "Marche", "theatre": "Théâtre", "cafe-debat": "Café-débat",
    "autre": "Rencontre",
}
EVENT_SUBJECTS = [
    "réparons le lien social", "isolement et santé mentale", "grandir entre deux écrans", "la santé mentale au travail",
    "prendre soin des aidants", "le logement d'abord", "parler du suicide sans tabou", "l'entraide entre pairs",
    "santé mentale et précarité", "les émotions des enfants", "vieillir sans s'isoler", "sport et bien-être psychique",
]
PLACES = [
    "Médiathèque", "Salle des fêtes", "Espace culturel", "Centre social", "Maison des associations",
    "Cinéma municipal", "Hôtel de ville, salle des mariages", "Foyer des jeunes", "Salle polyvalente",
]
ORGANISERS = [
    "CLSM du territoire messin", "Centre hospitalier de Jury", "Unafam Moselle", "GEM La Passerelle",
    "Ville de Metz", "Maison des adolescents", "CCAS", "Association Espoir 57", "Mutualité Française Grand Est",
]
ACCESSIBILITY = ["moteur", "auditif", "visuel", "psychique", "intellectuel"]
STATUSES = ["scheduled"] * 17 + ["full", "postponed", "cancelled"]
EXTERNAL_LINKS = [
    ("Psycom", "https://www.psycom.org/"),
    ("le site du 3114", "https://3114.fr/"),
    ("Santé publique France", "https://www.santepubliquefrance.fr/"),
    ("les Semaines d'information sur la santé mentale", "https://www.semaines-sante-mentale.fr/"),
    ("le Centre collaborateur de l'OMS", "https://www.ccoms-sante-mentale.fr/"),
]
