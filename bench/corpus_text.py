"""French Markdown bodies for the benchmark corpus: headings, paragraphs, lists, quotes, emphasis and links.

A body is assembled from sentence banks until it reaches its target size, so that cmark, the
typography pass and the link resolver see what real guide entries and events contain.
"""

RESOURCE_SENTENCES = [
    "La structure accueille les habitants de {commune} et des communes voisines, quel que soit leur âge ou leur situation.",
    "L'équipe pluridisciplinaire réunit des psychiatres, des psychologues, des infirmiers et des assistants sociaux.",
    "Le premier entretien permet de comprendre la demande et d'orienter la personne vers l'accompagnement le plus adapté.",
    "Les proches peuvent être reçus, avec l'accord de la personne, pour parler de leurs inquiétudes et de leur rôle d'aidant.",
    "Un délai d'attente de deux à six semaines est fréquent ; en cas d'urgence, appelez le 15 ou rendez-vous aux urgences.",
    "Les consultations sont prises en charge par l'Assurance maladie : aucune avance de frais n'est demandée.",
    "Le lieu est accessible en bus depuis la gare de {commune}, et un parking gratuit se trouve à proximité.",
    "Des ateliers collectifs sont proposés chaque semaine : expression, cuisine, jardin, sport adapté ou écriture.",
    "La confidentialité est garantie : rien de ce qui est dit n'est transmis sans l'accord de la personne.",
    "Le service travaille en lien étroit avec les médecins généralistes, les services sociaux et les associations du secteur.",
    "Les personnes qui ne parlent pas français peuvent demander un interprète, sans frais, lors de la prise de rendez-vous.",
    "« On m'a écouté sans me juger, et c'est ce qui m'a permis de revenir », témoigne une personne accompagnée depuis deux ans.",
    "Depuis sa création, {nom} a accompagné plusieurs centaines de personnes dans leur parcours de rétablissement.",
    "La permanence du mercredi est ouverte jusqu'à 18 h 30 pour les jeunes et les personnes qui travaillent.",
    "Le projet s'inscrit dans les orientations du projet territorial de santé mentale de la Moselle.",
    "Chaque accompagnement commence par un bilan des besoins, établi avec la personne et, si elle le souhaite, avec ses proches.",
    "Les rendez-vous peuvent être pris par téléphone, par courriel ou directement à l'accueil, aux heures d'ouverture.",
    "Une fois par mois, une réunion d'information présente le fonctionnement du service aux nouveaux arrivants.",
    "L'association organise aussi des sorties culturelles, des repas partagés et des séjours de quelques jours.",
    "Le secteur couvre {commune} et une dizaine de communes alentour ; l'adresse du domicile détermine le lieu de suivi.",
    "Les bénévoles sont formés à l'écoute et sont eux-mêmes accompagnés par un psychologue lors de temps d'échange.",
    "En dehors des heures d'ouverture, le répondeur indique les numéros à joindre : 3114, SOS Amitié ou le 15.",
    "La salle d'attente a été réaménagée pour être plus calme ; des jeux et des livres sont à disposition des enfants.",
    "Les groupes de parole réunissent six à dix personnes, animés par un professionnel et un pair aidant.",
    "Un travail de réseau est mené avec les établissements scolaires, la protection de l'enfance et la justice des mineurs.",
    "Les demandes d'hébergement passent par le service intégré d'accueil et d'orientation (SIAO) de la Moselle.",
    "Le centre participe chaque année aux Semaines d'information sur la santé mentale, en octobre.",
    "Pour préparer le premier rendez-vous, il peut être utile de noter ses questions et d'apporter ses derniers comptes rendus.",
]

RESOURCE_ITEMS = [
    "consultations individuelles avec un psychiatre ou un psychologue", "suivi infirmier et entretiens de soutien",
    "accompagnement dans les démarches administratives", "groupes de parole pour les proches",
    "ateliers thérapeutiques en petit groupe", "visites à domicile lorsque la situation le demande",
    "orientation vers un logement adapté", "aide à la reprise d'une activité ou d'une formation",
    "prévention des rechutes et éducation thérapeutique", "permanences d'accès aux droits",
    "accueil sans rendez-vous, anonyme et gratuit", "soutien aux familles et aux aidants",
    "activités de loisirs et sorties culturelles", "coordination avec le médecin traitant",
    "entretiens en visioconférence pour les personnes éloignées", "ateliers de gestion du stress",
]

RESOURCE_STEPS = [
    "Appeler l'accueil ou envoyer un courriel en indiquant vos coordonnées.",
    "Un professionnel vous rappelle sous quelques jours pour un premier échange.",
    "Un rendez-vous d'évaluation est fixé avec l'équipe.",
    "Le projet d'accompagnement est construit avec vous, puis revu régulièrement.",
    "Apportez votre carte Vitale et, si vous en avez, les courriers de votre médecin.",
]

RESOURCE_HEADINGS = [
    "Missions", "Public accueilli", "Modalités d'accès", "L'équipe", "Activités proposées", "Comment venir ?",
    "Déroulement d'un premier rendez-vous", "Partenaires", "Pour les proches", "Questions fréquentes",
]

EVENT_SENTENCES = [
    "La rencontre se tient à {commune} dans le cadre des Semaines d'information sur la santé mentale.",
    "Après la projection, un psychiatre, une pair-aidante et une assistante sociale répondent aux questions du public.",
    "L'entrée est libre dans la limite des places disponibles ; les portes ouvrent une demi-heure avant le début.",
    "Le débat est animé par la coordinatrice du CLSM, avec des membres du groupe d'entraide mutuelle {nom}.",
    "La salle est accessible aux personnes en fauteuil roulant ; une boucle magnétique équipe l'accueil.",
    "Un temps convivial autour d'un café prolonge les échanges, pour ceux qui souhaitent rester.",
    "Les enfants sont accueillis dans un espace de jeux encadré par des animateurs pendant la conférence.",
    "Des brochures d'information et les coordonnées des structures du guide seront disponibles sur place.",
    "L'exposition présente des portraits et des témoignages recueillis auprès d'habitants de {commune}.",
    "« Parler de santé mentale, c'est déjà en prendre soin », rappelle l'une des organisatrices.",
    "En cas d'intempéries, la marche est remplacée par une rencontre à la salle des fêtes, à la même heure.",
    "L'atelier est limité à quinze participants : l'inscription est conseillée, par téléphone ou par courriel.",
    "Les intervenants reviendront sur les idées reçues qui entourent les troubles psychiques et leur traitement.",
    "La soirée est organisée avec {nom}, la médiathèque et le centre social du quartier.",
    "Une interprète en langue des signes française traduit la conférence et les échanges avec la salle.",
    "Le programme complet des Semaines est disponible à l'accueil de la mairie de {commune}.",
    "Le stand permet de rencontrer les professionnels et les associations, sans rendez-vous et sans inscription.",
    "La pièce, jouée par une troupe amateur, raconte le quotidien d'une famille confrontée à la maladie d'un proche.",
]

EVENT_ITEMS = [
    "accueil du public et présentation du CLSM", "projection du film (1 h 20)", "table ronde avec les intervenants",
    "questions de la salle", "présentation des structures du guide", "pot de l'amitié",
    "visite commentée de l'exposition", "atelier d'écriture en petits groupes", "témoignages de personnes concernées",
    "lecture de textes écrits par les adhérents du GEM", "parcours commenté dans le quartier", "échange avec les élus",
]

EVENT_STEPS = [
    "Inscrivez-vous par téléphone ou par courriel avant la date limite.",
    "Présentez-vous à l'accueil dix minutes avant le début.",
    "Signalez à l'inscription tout besoin d'accessibilité.",
    "Un courriel de confirmation vous est envoyé la veille.",
]

EVENT_HEADINGS = ["Programme", "Intervenants", "Infos pratiques", "Inscription", "Accessibilité", "Organisateurs", "Pourquoi venir ?"]


class Bank:
    """The sentences, list items, steps and headings of one kind of page."""

    def __init__(self, sentences, items, steps, headings):
        self.sentences, self.items, self.steps, self.headings = sentences, items, steps, headings


RESOURCE = Bank(RESOURCE_SENTENCES, RESOURCE_ITEMS, RESOURCE_STEPS, RESOURCE_HEADINGS)
EVENT = Bank(EVENT_SENTENCES, EVENT_ITEMS, EVENT_STEPS, EVENT_HEADINGS)


def fill(rng, text, values):
    """`text` with its placeholders filled; a few words of one sentence in four get emphasis."""
    sentence = text.format(**values)
    if rng.random() >= 0.25:
        return sentence
    words = sentence.split(" ")
    start = rng.randrange(max(1, len(words) - 3))
    chunk = words[start:start + rng.randint(1, 3)]
    last = chunk[-1].rstrip(".,;:?!")
    if not last or any(c in " ".join(chunk) for c in "*_[]«»`()"):
        return sentence
    mark = "**" if rng.random() < 0.4 else "*"
    trail = chunk[-1][len(last):]
    emphasised = mark + " ".join(chunk[:-1] + [last]) + mark + trail
    return " ".join(words[:start] + [emphasised] + words[start + len(chunk):])


def paragraph(rng, bank, values, count):
    """A paragraph of `count` sentences."""
    return " ".join(fill(rng, sentence, values) for sentence in rng.sample(bank.sentences, count))


def link_list(links):
    """« Voir aussi »: a list of links (label, destination)."""
    lines = ["## Voir aussi", ""]
    lines += [f"- [{label}]({destination})" for label, destination in links]
    return "\n".join(lines)


def body(rng, bank, values, links, target):
    """A Markdown body of about `target` bytes, ending with the links (label, destination) it is given."""
    blocks = [paragraph(rng, bank, values, rng.randint(2, 4))]
    headings = rng.sample(bank.headings, len(bank.headings))
    size = len(blocks[0].encode())
    inline = list(links[: len(links) // 2])
    while size < target - 400:
        if not headings:
            headings = rng.sample(bank.headings, len(bank.headings))
        parts = ["## " + headings.pop()]
        kind = rng.random()
        if kind < 0.35:
            parts.append(paragraph(rng, bank, values, rng.randint(1, 2)))
            parts.append("\n".join("- " + item for item in rng.sample(bank.items, rng.randint(3, 6))))
        elif kind < 0.5:
            parts.append("\n".join(f"{n}. {step}" for n, step in enumerate(rng.sample(bank.steps, rng.randint(3, len(bank.steps))), 1)))
        elif kind < 0.6:
            parts.append("> " + paragraph(rng, bank, values, 2))
            parts.append(paragraph(rng, bank, values, rng.randint(2, 3)))
        else:
            text = paragraph(rng, bank, values, rng.randint(3, 5))
            if inline:
                label, destination = inline.pop()
                text += f" Voir aussi [{label}]({destination})."
            parts.append(text)
            if rng.random() < 0.3:
                parts.append("### " + rng.choice(["En pratique", "À savoir", "Bon à savoir"]))
                parts.append(paragraph(rng, bank, values, 2))
        block = "\n\n".join(parts)
        blocks.append(block)
        size += len(block.encode()) + 2
    blocks.append(link_list(links[len(links) // 2:] or links))
    return "\n\n".join(blocks) + "\n"
