/// The files of a new site (`clsm new site DIR`): settings commented in French, a home page, a presentation page,
/// one entry of the guide and one event. `{{today}}` and `{{event_day}}` are replaced by dates when written.
enum SiteTemplate {
    /// Content path (below the site folder) → text.
    static let files: [(path: String, text: String)] = [
        ("site.yml", settings),
        ("content/index.md", home),
        ("content/presentation.md", presentation),
        ("content/guide/cmp-adultes.md", guideEntry),
        ("content/agenda/cafe-debat.md", event),
        ("static/.gitkeep", ""),
    ]

    static let settings = """
        # Réglages du site. Chaque clé est décrite au-dessus d'elle ; les clés
        # précédées de « # » sont facultatives : retirez le « # » pour les utiliser.
        # Les dates s'écrivent AAAA-MM-JJ (2025-10-09).

        # Nom du CLSM, affiché en haut de chaque page (obligatoire).
        title: "CLSM de Nouvelle-Ville"

        # Adresse où le site sera publié, terminée par « / » ; elle peut contenir
        # un chemin (https://exemple.fr/clsm/) (obligatoire).
        base_url: "https://www.exemple.fr/"

        # Langue des pages et des textes du thème : fr ou en.
        language: fr

        # Fuseau horaire dans lequel sont lues les dates et heures.
        timezone: Europe/Paris

        # Thème utilisé : nom d'un dossier de themes/.
        theme: clsm

        # Phrase de présentation du CLSM, reprise par les moteurs de recherche.
        description: "Conseil local de santé mentale de Nouvelle-Ville : un lieu de concertation entre élus, soignants, usagers et aidants."

        # Logo : chemin d'une image placée dans static/.
        # logo: images/logo.svg

        # Territoire couvert : son nom et ses communes.
        territory:
          name: "Nouvelle-Ville et ses environs"
          communes:
            - Nouvelle-Ville
            - Saint-Exemple

        # Structures qui portent le CLSM (ville, établissement de santé…).
        carrier:
          - "Ville de Nouvelle-Ville"
          - "Centre hospitalier de Nouvelle-Ville"

        # Coordination du CLSM : nom, adresse, téléphone, courriel (nom obligatoire).
        contact:
          name: "Coordination du CLSM de Nouvelle-Ville"
          address: "Hôtel de ville, 1 place de la Mairie, 00000 Nouvelle-Ville"
          phone: "01 99 00 00 00"
          email: "clsm@exemple.fr"

        # Menu principal, dans l'ordre : « page » désigne un fichier de content/,
        # « url » une adresse du site ou d'un autre site.
        menu:
          - title: "Présentation"
            page: presentation.md
          - title: "Guide des ressources"
            url: /guide/
          - title: "Agenda"
            url: /agenda/

        # Partenaires affichés sous « Avec le soutien de » : nom, site, logo.
        partners:
          - name: "Agence régionale de santé"
            url: "https://www.ars.sante.fr/"

        # Mentions légales : éditeur, adresse, téléphone, directeur de la
        # publication (une fonction) et hébergeur (obligatoire pour publier).
        legal:
          publisher: "Ville de Nouvelle-Ville"
          address: "Hôtel de ville, 1 place de la Mairie, 00000 Nouvelle-Ville"
          phone: "01 99 00 00 00"
          director: "Maire de Nouvelle-Ville"
          host:
            name: "Hébergeur à renseigner"
            address: "Adresse de l'hébergeur à renseigner"
            phone: "01 99 00 00 01"

        # Accessibilité (RGAA) : none (non conforme), partial ou full ; après un
        # audit, ajoutez audit_date et rate (taux de conformité). Tant que le site
        # n'est pas totalement conforme, publiez le schéma pluriannuel de mise en
        # accessibilité : qui en répond, et les actions prévues chaque année.
        accessibility:
          status: none
          plan:
            responsible: "Direction de la communication de la structure porteuse"
            years:
              - year: 2026
                actions:
                  - "Faire réaliser l'audit de conformité RGAA du site"
              - year: 2027
                actions:
                  - "Corriger les non-conformités relevées par l'audit"

        # Numéros utiles affichés sur chaque page ; sans cette clé, le thème
        # affiche la liste nationale (3114, 15, 112, 114…).
        # emergency:
        #   - number: "3114"
        #     label: "Numéro national de prévention du suicide"

        # Semaines d'information sur la santé mentale (SISM) couvertes par l'agenda.
        # sism:
        #   editions:
        #     - year: 2025
        #       number: 36
        #       start: 2025-10-06
        #       end: 2025-10-19
        #       theme: "Pour notre santé mentale, réparons le lien social"

        # Catégories du guide des ressources, pour compléter celles du thème.
        # guide:
        #   categories:
        #     - id: pair-aidance
        #       label: "Pair-aidance"

        # Dossiers de content/ rangés dans un autre type que celui par défaut.
        # sections:
        #   annuaire: resource

        # Réglages libres transmis au thème (couleurs…).
        params:
          primary_color: "#1f4e79"

        """

    static let home = """
        ---
        title: "Accueil"
        description: "Le conseil local de santé mentale de Nouvelle-Ville."
        ---

        Bienvenue sur le site du conseil local de santé mentale (CLSM) de Nouvelle-Ville.

        Découvrez [le CLSM](presentation.md), le [guide des ressources](/guide/) et l'[agenda](/agenda/).

        """

    static let presentation = """
        ---
        title: "Présentation"
        description: "Ce qu'est le CLSM de Nouvelle-Ville et qui le compose."
        weight: 1
        ---

        Le conseil local de santé mentale (CLSM) est un espace de concertation et de coordination entre les élus, \
        la psychiatrie, les usagers, les aidants et tous les acteurs du territoire.

        ## Ses missions

        - améliorer l'accès aux soins et la continuité des parcours ;
        - favoriser l'inclusion sociale des personnes concernées ;
        - lutter contre la stigmatisation.

        """

    static let guideEntry = """
        ---
        title: "Centre médico-psychologique adultes"
        description: "Consultations de psychiatrie pour les adultes du secteur."
        category: cmp-adultes
        commune: Nouvelle-Ville
        address: "2 rue de l'Exemple"
        postal_code: "00000"
        phone: "01 99 00 00 02"
        publics: [adultes]
        access: "sur rendez-vous"
        cost: free
        updated: {{today}}
        ---

        *Fiche d'exemple : remplacez-la par une structure réelle.*

        Le CMP accueille les adultes du secteur pour des consultations avec un psychiatre, un psychologue ou un infirmier.

        """

    static let event = """
        ---
        title: "Café-débat : parlons santé mentale"
        description: "Un temps d'échange ouvert à tous autour d'un café."
        start: {{event_day}} 18:30
        end: {{event_day}} 20:00
        type: cafe-debat
        place: "Médiathèque"
        commune: Nouvelle-Ville
        free: true
        ---

        *Événement d'exemple : remplacez-le par un événement réel.*

        Une rencontre conviviale pour parler de santé mentale sans tabou, avec des professionnels et des associations.

        """
}
