package fr.capmob.portal.demo;

import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.mobility.ActivityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning agreements of the demo mobilities: learning outcomes, tasks and the mentor at the host, so that the
 * demo's documents print. Learners get those of their vocational field (the field of their specialty, else their
 * school's), staff those of their activity (job shadowing, teaching, course), accompanying persons their duties;
 * several phrasings each, chosen by the mobility id. The mentor is a local name of the host's country with a
 * function of the phrasing; an accompanying person's is the host's contact person.
 * One set-based statement (VALUES lists joined on theme + id % variants); only demo mobilities with a host and
 * no learning outcomes yet are filled.
 */
@Component
class DemoLearningAgreements {

    /** One phrasing of a theme (a vocational field or a staff activity) and the mentor's function in it. */
    record Phrasing(String theme, String mentorMale, String mentorFemale, String outcomes, String tasks) {
    }

    /** A mentor's name in a host country. */
    record MentorName(String country, String name, boolean female) {
    }

    private static Phrasing field(VocationalField field, String male, String female, String outcomes, String tasks) {
        return new Phrasing(field.name(), male, female, outcomes.strip(), tasks.strip());
    }

    private static Phrasing activity(ActivityType activity, String male, String female, String outcomes, String tasks) {
        return new Phrasing(activity.name(), male, female, outcomes.strip(), tasks.strip());
    }

    static final List<Phrasing> PHRASINGS = List.of(
            field(VocationalField.HOSPITALITY_CATERING, "chef de partie", "cheffe de partie", """
                    – Réaliser les préparations de base d’une cuisine étrangère (fonds, sauces, garnitures) en respectant les fiches techniques.
                    – Appliquer les règles d’hygiène (HACCP) et de traçabilité en vigueur dans l’établissement d’accueil.
                    – Organiser son poste de travail et gérer son temps pendant le coup de feu.
                    – Communiquer avec la brigade dans la langue du pays ou en anglais professionnel.
                    """, """
                    – Mise en place du poste (épluchage, taillage, portionnage) sous la responsabilité du chef de partie.
                    – Participation aux services du midi et du soir, au garde-manger puis au poste chaud.
                    – Réception et rangement des marchandises, relevé des températures.
                    – Nettoyage et désinfection du poste selon le plan de nettoyage.
                    """),
            field(VocationalField.HOSPITALITY_CATERING, "maître d’hôtel", "maîtresse d’hôtel", """
                    – Accueillir et installer une clientèle internationale, présenter la carte et conseiller les clients en anglais.
                    – Prendre une commande et la transmettre en cuisine avec le système de caisse de l’établissement.
                    – Réaliser un service à l’assiette et au plateau selon les standards de la maison.
                    – Adapter sa posture professionnelle aux usages du pays d’accueil.
                    """, """
                    – Mise en place de la salle et de la terrasse avant chaque service.
                    – Accueil des clients, prise de commande, service des mets et des boissons.
                    – Débarrassage et encaissement sous le contrôle du responsable de salle.
                    – Participation au briefing quotidien de l’équipe.
                    """),
            field(VocationalField.HOSPITALITY_CATERING, "chef pâtissier", "cheffe pâtissière", """
                    – Réaliser des pâtisseries et des viennoiseries traditionnelles du pays d’accueil.
                    – Peser, doser et conduire une fermentation en respectant les temps et les températures.
                    – Comparer les techniques locales avec celles apprises au lycée et en rendre compte.
                    – Respecter les règles d’hygiène et de sécurité du laboratoire.
                    """, """
                    – Préparation des pâtes (feuilletée, levée, sablée) et des crèmes de base.
                    – Façonnage, cuisson et décor des produits de la vitrine.
                    – Mise en vitrine et étiquetage des produits (allergènes).
                    – Nettoyage du laboratoire et du matériel.
                    """),
            field(VocationalField.HOSPITALITY_CATERING, "chef de réception", "cheffe de réception", """
                    – Accueillir les clients à la réception, traiter une arrivée et un départ avec le logiciel de l’hôtel.
                    – Contrôler l’état d’une chambre selon les standards de l’établissement.
                    – Répondre en anglais à une demande ou à une réclamation simple.
                    – Travailler en lien avec les services de l’hébergement et de la restauration.
                    """, """
                    – Participation à l’accueil et aux formalités d’arrivée et de départ.
                    – Préparation et contrôle des chambres avec la gouvernante.
                    – Service des petits-déjeuners.
                    – Information des clients sur les services de l’hôtel et les sites touristiques.
                    """),
            field(VocationalField.FASHION_BEAUTY, "responsable d’atelier", "responsable d’atelier", """
                    – Lire une fiche technique de vêtement et en respecter les cotes.
                    – Réaliser les opérations de coupe, d’assemblage et de finition sur machine industrielle.
                    – Contrôler la qualité d’un produit fini et signaler les non-conformités.
                    – Employer le vocabulaire technique de la couture dans la langue du pays d’accueil.
                    """, """
                    – Préparation des tissus, placement et coupe des pièces.
                    – Montage de vêtements (chemisiers, jupes, vestes) sur piqueuse et surjeteuse.
                    – Retouches et finitions à la main.
                    – Repassage, contrôle et conditionnement des pièces.
                    """),
            field(VocationalField.FASHION_BEAUTY, "esthéticien référent", "esthéticienne référente", """
                    – Réaliser des soins du visage et des mains selon les protocoles de l’institut.
                    – Conseiller une cliente et lui vendre un produit cosmétique adapté.
                    – Appliquer les règles d’hygiène et de sécurité propres aux soins esthétiques.
                    – Découvrir les tendances et les marques du marché de la beauté du pays d’accueil.
                    """, """
                    – Accueil des clientes et prise de rendez-vous.
                    – Préparation des cabines et du matériel, stérilisation des instruments.
                    – Soins (manucure, maquillage, soin du visage) sous la conduite du tuteur.
                    – Mise en rayon et présentation des produits.
                    """),
            field(VocationalField.FASHION_BEAUTY, "styliste modéliste", "styliste modéliste", """
                    – Participer à la réalisation d’un prototype, de la toile au vêtement fini.
                    – Adapter un patron et réaliser une gradation simple.
                    – Présenter oralement une collection en anglais.
                    – Respecter le calendrier d’une collection en cours.
                    """, """
                    – Prise de mesures et essayages sur mannequin.
                    – Réalisation de toiles et de prototypes.
                    – Recherche de matières et de fournitures chez les fournisseurs locaux.
                    – Préparation d’un défilé ou d’une séance photo.
                    """),
            field(VocationalField.CUSTOMER_RELATIONS, "responsable de magasin", "responsable de magasin", """
                    – Accueillir un client étranger, identifier son besoin et lui proposer un produit adapté.
                    – Conduire une vente jusqu’à l’encaissement, en anglais ou dans la langue du pays.
                    – Mettre en valeur l’offre selon les règles de marchandisage de l’enseigne.
                    – Comparer les pratiques commerciales du pays d’accueil avec celles de la France.
                    """, """
                    – Réception des livraisons, étiquetage et mise en rayon.
                    – Accueil et conseil des clients sur la surface de vente.
                    – Tenue de caisse aux côtés d’un vendeur confirmé.
                    – Participation à l’inventaire et à la préparation d’une opération promotionnelle.
                    """),
            field(VocationalField.CUSTOMER_RELATIONS, "responsable de l’accueil", "responsable de l’accueil", """
                    – Renseigner un visiteur sur l’offre touristique locale, en face à face et au téléphone.
                    – Traiter une réservation ou une réclamation selon les procédures de l’organisme.
                    – Utiliser les outils numériques de gestion de la relation client.
                    – Adopter une posture professionnelle dans un environnement multiculturel.
                    """, """
                    – Accueil physique et téléphonique des visiteurs.
                    – Mise à jour de la documentation et des présentoirs.
                    – Saisie des demandes dans le logiciel de gestion de la relation client.
                    – Participation à un salon ou à un événement de promotion.
                    """),
            field(VocationalField.CUSTOMER_RELATIONS, "chef de rayon", "cheffe de rayon", """
                    – Suivre une commande client, de sa prise à la livraison.
                    – Mettre à jour une fiche produit et suivre l’état des stocks.
                    – Lire les indicateurs de vente simples d’un rayon.
                    – Rédiger un courriel commercial simple en anglais.
                    """, """
                    – Préparation des commandes en ligne et des retraits en magasin.
                    – Mise à jour des fiches produits et des prix.
                    – Réponse aux questions des clients par téléphone et par courriel.
                    – Relevé des prix de la concurrence.
                    """),
            field(VocationalField.INDUSTRY, "chef d’atelier", "cheffe d’atelier", """
                    – Préparer et conduire une machine-outil à commande numérique pour une petite série.
                    – Contrôler les pièces produites avec les instruments de mesure adaptés.
                    – Respecter les consignes de sécurité et porter les équipements de protection individuelle.
                    – Lire un dessin de définition et une gamme d’usinage rédigés en anglais.
                    """, """
                    – Montage des outils et des pièces, réglage des origines.
                    – Usinage de pièces en tournage et en fraisage sous le contrôle du régleur.
                    – Autocontrôle et renseignement des fiches de suivi de production.
                    – Maintenance de premier niveau et rangement du poste.
                    """),
            field(VocationalField.INDUSTRY, "responsable de la maintenance", "responsable de la maintenance", """
                    – Diagnostiquer un dysfonctionnement simple sur un équipement de production.
                    – Réaliser une intervention de maintenance préventive selon la procédure.
                    – Consigner une intervention dans la GMAO de l’entreprise.
                    – Travailler en sécurité (consignation, habilitation, protections).
                    """, """
                    – Participation aux tournées de maintenance préventive.
                    – Remplacement de pièces d’usure (courroies, roulements, filtres).
                    – Aide au dépannage aux côtés du technicien de maintenance.
                    – Mise à jour des fiches d’intervention.
                    """),
            field(VocationalField.INDUSTRY, "responsable qualité", "responsable qualité", """
                    – Assembler un sous-ensemble mécanique selon une instruction de montage.
                    – Appliquer une démarche qualité (contrôle, traçabilité, amélioration continue).
                    – Rendre compte de son travail en anglais lors d’une réunion d’équipe.
                    – Repérer les différences d’organisation du travail avec les entreprises françaises.
                    """, """
                    – Montage et réglage de sous-ensembles sur la ligne d’assemblage.
                    – Contrôle final et remplissage des fiches de contrôle.
                    – Participation à un chantier 5S.
                    – Préparation des pièces pour l’expédition.
                    """),
            field(VocationalField.ARTS_CRAFTS, "maître artisan", "maîtresse artisane", """
                    – Découvrir les techniques traditionnelles de l’atelier d’accueil et les comparer avec celles enseignées au lycée.
                    – Réaliser un objet en cuir, de la coupe à la finition, selon les exigences de l’atelier.
                    – Choisir et préparer les matériaux adaptés à une commande.
                    – Présenter son travail et son savoir-faire en langue étrangère.
                    """, """
                    – Préparation et coupe des peaux.
                    – Parage, assemblage et couture main au point sellier.
                    – Finitions (teinture des tranches, lissage).
                    – Participation à la réalisation d’une pièce sur commande.
                    """),
            field(VocationalField.ARTS_CRAFTS, "modiste", "modiste", """
                    – Mettre en forme un chapeau sur une forme en bois.
                    – Préparer et monter des plumes ou des fleurs pour un ornement.
                    – Respecter le cahier des charges d’une pièce unique ou d’une petite série.
                    – Échanger sur les métiers d’art avec des artisans étrangers.
                    """, """
                    – Préparation des matériaux (feutre, paille, plumes).
                    – Mise en forme, couture et garnissage de chapeaux.
                    – Réalisation d’ornements pour la collection de l’atelier.
                    – Accueil des clients de la boutique de l’atelier.
                    """),
            field(VocationalField.ARTS_CRAFTS, "responsable d’atelier", "responsable d’atelier", """
                    – Concevoir une pièce à partir d’un croquis et d’un cahier des charges.
                    – Mettre en œuvre une technique d’art propre à l’atelier d’accueil (verre, bois, textile).
                    – Organiser son travail dans un atelier de production artisanale.
                    – Documenter son travail (photos, croquis, carnet de bord) pour l’épreuve du diplôme.
                    """, """
                    – Recherche graphique et réalisation de maquettes.
                    – Participation à la fabrication des pièces de l’atelier.
                    – Finition, emballage et expédition des pièces.
                    – Tenue d’un carnet de bord illustré.
                    """),
            field(VocationalField.BUILDING, "chef d’équipe", "cheffe d’équipe", """
                    – Fabriquer un ouvrage de menuiserie à partir d’un plan.
                    – Utiliser en sécurité les machines à bois de l’atelier.
                    – Poser un ouvrage sur chantier en respectant les tolérances.
                    – Comprendre les consignes de l’équipe dans la langue du pays ou en anglais.
                    """, """
                    – Débit, usinage et assemblage de pièces en bois.
                    – Préparation et finition des ouvrages (ponçage, vernis).
                    – Pose de menuiseries intérieures sur chantier.
                    – Rangement et entretien de l’atelier et des outils.
                    """),
            field(VocationalField.BUILDING, "conducteur de travaux", "conductrice de travaux", """
                    – Lire un plan d’exécution et implanter un ouvrage simple.
                    – Appliquer les règles de sécurité d’un chantier (EPI, échafaudages, balisage).
                    – Découvrir des techniques de construction et des matériaux propres au pays d’accueil.
                    – Rendre compte de l’avancement de son travail au chef d’équipe.
                    """, """
                    – Participation aux travaux de maçonnerie et de coffrage.
                    – Préparation des mortiers et des bétons.
                    – Relevés et métrés simples.
                    – Nettoyage et sécurisation du chantier en fin de journée.
                    """),
            field(VocationalField.BUILDING, "responsable de chantier", "responsable de chantier", """
                    – Repérer les sources de déperdition thermique d’un bâtiment ancien.
                    – Mettre en œuvre une isolation par l’intérieur selon les règles de l’art.
                    – Comparer les normes environnementales du pays d’accueil avec la réglementation française.
                    – Travailler avec des professionnels de plusieurs corps de métier.
                    """, """
                    – Dépose des anciens revêtements et préparation des supports.
                    – Pose d’isolants et de plaques de plâtre.
                    – Finitions (bandes, enduits).
                    – Tri des déchets de chantier.
                    """),
            field(VocationalField.HEALTH_SOCIAL, "infirmier coordinateur", "infirmière coordinatrice", """
                    – Accompagner une personne âgée dans les actes de la vie quotidienne, dans le respect de sa dignité.
                    – Appliquer les protocoles d’hygiène de l’établissement d’accueil.
                    – Communiquer avec les résidents et l’équipe soignante dans une langue étrangère.
                    – Comparer la prise en charge des personnes âgées avec celle de la France.
                    """, """
                    – Aide à la toilette, à l’habillage et aux repas sous la responsabilité d’un soignant.
                    – Animation d’activités (jeux, lecture, promenade) pour les résidents.
                    – Entretien des chambres et du linge.
                    – Participation aux transmissions de l’équipe.
                    """),
            field(VocationalField.HEALTH_SOCIAL, "éducateur de jeunes enfants", "éducatrice de jeunes enfants", """
                    – Participer à l’accueil d’enfants de moins de six ans et à leurs activités d’éveil.
                    – Respecter les règles de sécurité et d’hygiène propres à la petite enfance.
                    – Observer le développement d’un enfant et en rendre compte.
                    – Découvrir les pratiques éducatives du pays d’accueil.
                    """, """
                    – Accueil des enfants et des familles.
                    – Préparation et animation d’activités d’éveil.
                    – Aide aux repas et à la sieste.
                    – Entretien et désinfection des locaux et des jouets.
                    """),
            field(VocationalField.HEALTH_SOCIAL, "responsable de l’accompagnement", "responsable de l’accompagnement", """
                    – Accompagner une personne en situation de handicap dans ses activités de la journée.
                    – Adapter sa communication aux capacités de la personne.
                    – Participer à un projet d’animation inclusive.
                    – Connaître le cadre de l’accompagnement social dans le pays d’accueil.
                    """, """
                    – Accompagnement des usagers lors des activités et des sorties.
                    – Préparation et animation d’ateliers (cuisine, arts plastiques).
                    – Aide aux repas.
                    – Participation aux réunions d’équipe.
                    """),
            field(VocationalField.DIGITAL_ELECTRONICS, "administrateur réseau", "administratrice réseau", """
                    – Installer et configurer un poste de travail et ses périphériques.
                    – Participer au câblage et à la recette d’un réseau local.
                    – Diagnostiquer une panne simple et la consigner dans l’outil de suivi des incidents.
                    – Lire une documentation technique en anglais.
                    """, """
                    – Préparation et installation de postes informatiques.
                    – Câblage de baies de brassage et tests des liaisons.
                    – Assistance aux utilisateurs de premier niveau.
                    – Inventaire du matériel informatique.
                    """),
            field(VocationalField.DIGITAL_ELECTRONICS, "technicien référent", "technicienne référente", """
                    – Réaliser un montage électronique et le tester avec les appareils de mesure.
                    – Rechercher l’origine d’une panne sur une carte électronique.
                    – Respecter les règles de protection contre les décharges électrostatiques.
                    – Rendre compte de ses mesures dans un rapport en anglais.
                    """, """
                    – Brasage de composants et assemblage de cartes.
                    – Mesures et essais sur banc de test.
                    – Réparation de cartes défectueuses sous contrôle.
                    – Mise à jour des fiches de test.
                    """),
            field(VocationalField.DIGITAL_ELECTRONICS, "chef de projet", "cheffe de projet", """
                    – Installer un système de sûreté ou d’audiovisuel chez un client.
                    – Paramétrer un équipement connecté et expliquer son fonctionnement au client.
                    – Préparer une intervention (matériel, plan, schéma).
                    – Travailler en sécurité en hauteur et sur des installations électriques.
                    """, """
                    – Préparation du matériel avant l’intervention.
                    – Pose et raccordement de caméras, d’alarmes et d’écrans.
                    – Paramétrage et essais des installations.
                    – Rédaction des comptes rendus d’intervention.
                    """),
            field(VocationalField.LOGISTICS_TRANSPORT, "chef de quai", "cheffe de quai", """
                    – Réceptionner une livraison et contrôler sa conformité.
                    – Préparer une commande avec un terminal de lecture optique.
                    – Conduire en sécurité un transpalette électrique selon les règles de l’entreprise.
                    – Employer le vocabulaire de la logistique en anglais.
                    """, """
                    – Déchargement, contrôle et saisie des réceptions.
                    – Rangement des marchandises à leur emplacement.
                    – Préparation et emballage des commandes.
                    – Participation à l’inventaire tournant.
                    """),
            field(VocationalField.LOGISTICS_TRANSPORT, "responsable d’exploitation", "responsable d’exploitation", """
                    – Suivre une expédition internationale et ses documents de transport.
                    – Découvrir l’organisation d’une plate-forme portuaire ou multimodale.
                    – Appliquer les consignes de sécurité d’un site à risques.
                    – Échanger avec des interlocuteurs étrangers par téléphone et par courriel.
                    """, """
                    – Saisie et contrôle des documents de transport.
                    – Suivi des conteneurs et des livraisons dans le logiciel de l’entreprise.
                    – Visite des terminaux et observation des opérations de manutention.
                    – Préparation des documents destinés aux transporteurs.
                    """),
            field(VocationalField.LOGISTICS_TRANSPORT, "responsable logistique", "responsable logistique", """
                    – Analyser l’état d’un stock et proposer un réapprovisionnement.
                    – Améliorer l’implantation d’une zone de stockage.
                    – Appliquer les règles de qualité, d’hygiène et de sécurité de l’entrepôt.
                    – Travailler en équipe dans un environnement international.
                    """, """
                    – Mise à jour des stocks dans le système de gestion d’entrepôt.
                    – Réapprovisionnement des zones de préparation.
                    – Étiquetage et adressage des emplacements.
                    – Participation aux réunions de début de poste.
                    """),
            activity(ActivityType.ACCOMPANYING, "responsable de l’accueil du groupe", "responsable de l’accueil du groupe", """
                    – Encadrer les élèves mineurs et veiller à leur sécurité pendant toute la mobilité.
                    – Faire le lien entre les élèves, les tuteurs de l’organisme d’accueil et le lycée.
                    – Suivre les acquis des élèves et contribuer à leur évaluation.
                    – Développer ses compétences linguistiques et interculturelles.
                    """, """
                    – Accompagnement des élèves pendant les trajets et installation dans les logements.
                    – Visites des lieux de stage et entretiens avec les tuteurs.
                    – Point quotidien avec les élèves, tenue du carnet de suivi.
                    – Communication régulière avec l’établissement et les familles.
                    """),
            activity(ActivityType.ACCOMPANYING, "responsable des stages", "responsable des stages", """
                    – Garantir le bon déroulement des stages et le respect des conventions.
                    – Gérer les imprévus (santé, conflit, retard) selon le protocole du lycée.
                    – Observer le système de formation professionnelle du pays d’accueil.
                    – Préparer la valorisation de la mobilité au retour.
                    """, """
                    – Réunion d’accueil avec l’organisme partenaire.
                    – Visite des entreprises et suivi des élèves sur leur lieu de stage.
                    – Organisation des activités culturelles du week-end.
                    – Rédaction du compte rendu de mobilité.
                    """),
            activity(ActivityType.ACCOMPANYING, "responsable des partenariats", "responsable des partenariats", """
                    – Accompagner les élèves vers l’autonomie dans leur vie quotidienne et professionnelle.
                    – Entretenir et développer le partenariat avec l’organisme d’accueil.
                    – Repérer des pratiques pédagogiques transférables dans son enseignement.
                    – Renforcer sa pratique de la langue étrangère.
                    """, """
                    – Accompagnement des élèves lors des premiers jours de stage.
                    – Entretiens avec les tuteurs et bilan à mi-parcours.
                    – Observation de cours ou d’ateliers chez le partenaire.
                    – Collecte de photos et de témoignages pour la diffusion du projet.
                    """),
            activity(ActivityType.ACCOMPANYING, "responsable des mobilités", "responsable des mobilités", """
                    – Assurer la continuité de l’encadrement lors de la relève des accompagnateurs.
                    – Veiller au bien-être et à la sécurité des élèves.
                    – Évaluer avec les tuteurs les compétences acquises par les élèves.
                    – Découvrir l’organisation d’une entreprise étrangère du secteur.
                    """, """
                    – Passation des consignes avec l’accompagnateur précédent.
                    – Visites de stage et suivi des carnets de bord des élèves.
                    – Accompagnement lors des sorties culturelles.
                    – Préparation du retour et des attestations de fin de stage.
                    """),
            activity(ActivityType.SM_JOB_SHDW, "directeur des études", "directrice des études", """
                    – Observer l’organisation de la formation professionnelle et de l’alternance dans le pays d’accueil.
                    – Repérer des méthodes pédagogiques transférables dans son établissement.
                    – Développer un réseau de partenaires pour de futures mobilités d’élèves.
                    – Renforcer ses compétences en langue étrangère.
                    """, """
                    – Observation de cours en atelier et en classe.
                    – Entretiens avec les enseignants et les formateurs.
                    – Visite d’entreprises partenaires de l’établissement d’accueil.
                    – Rédaction d’un rapport d’observation pour l’équipe pédagogique.
                    """),
            activity(ActivityType.SM_JOB_SHDW, "responsable de formation", "responsable de formation", """
                    – Comprendre le système d’évaluation et de certification des compétences du pays d’accueil.
                    – Comparer ses référentiels de diplômes avec ceux de la France.
                    – Préparer la reconnaissance des acquis des élèves accueillis et envoyés.
                    – Échanger sur l’inclusion des élèves à besoins particuliers.
                    """, """
                    – Participation à des jurys et à des évaluations pratiques.
                    – Analyse comparée des référentiels.
                    – Rédaction d’un protocole d’accord avec le partenaire.
                    – Présentation de son établissement à l’équipe d’accueil.
                    """),
            activity(ActivityType.SM_JOB_SHDW, "chef de département", "cheffe de département", """
                    – Observer l’usage du numérique dans la formation professionnelle du partenaire.
                    – Découvrir l’organisation de la relation entre l’école et les entreprises chez le partenaire.
                    – Construire un projet pédagogique commun avec un enseignant du pays d’accueil.
                    – Diffuser les bonnes pratiques observées auprès de ses collègues.
                    """, """
                    – Observation de séances en atelier et sur plateau technique.
                    – Entretiens avec la direction et les tuteurs en entreprise.
                    – Conception d’une séquence pédagogique commune.
                    – Compte rendu à l’équipe de direction au retour.
                    """),
            activity(ActivityType.SM_TTA, "enseignant référent", "enseignante référente", """
                    – Concevoir et animer des séances d’enseignement devant des élèves étrangers.
                    – Adapter sa pédagogie à un public non francophone.
                    – Faire découvrir les savoir-faire professionnels français de sa spécialité.
                    – Enrichir ses pratiques en observant les collègues du pays d’accueil.
                    """, """
                    – Préparation des séquences avec l’enseignant d’accueil.
                    – Animation de cours et d’ateliers pratiques.
                    – Évaluation des élèves avec l’équipe d’accueil.
                    – Bilan de la mission avec l’équipe pédagogique.
                    """),
            activity(ActivityType.SM_TTA, "coordinateur pédagogique", "coordinatrice pédagogique", """
                    – Animer un atelier de démonstration de sa spécialité professionnelle.
                    – Enseigner en anglais une partie de son programme.
                    – Élaborer des ressources pédagogiques bilingues.
                    – Renforcer le partenariat entre les deux établissements.
                    """, """
                    – Démonstrations pratiques en atelier.
                    – Cours de français professionnel aux élèves du partenaire.
                    – Élaboration de supports bilingues.
                    – Réunion de préparation des prochaines mobilités d’élèves.
                    """),
            activity(ActivityType.SM_COUR_TRAIN, "responsable de formation", "responsable de formation", """
                    – Acquérir de nouvelles compétences professionnelles au cours d’une formation structurée.
                    – Actualiser ses connaissances sur les pratiques du secteur en Europe.
                    – Échanger avec des collègues de plusieurs pays européens.
                    – Réinvestir les acquis de la formation dans son enseignement.
                    """, """
                    – Participation à l’ensemble des sessions du cours.
                    – Travaux de groupe et études de cas.
                    – Visites d’établissements et d’entreprises prévues au programme.
                    – Rédaction d’une synthèse pour l’équipe pédagogique.
                    """),
            activity(ActivityType.SM_COUR_TRAIN, "formateur référent", "formatrice référente", """
                    – Améliorer sa maîtrise de la langue étrangère à des fins professionnelles.
                    – Se former à la pédagogie de projet et à l’enseignement en langue étrangère.
                    – Découvrir des outils numériques pour la classe.
                    – Préparer l’accueil d’élèves et de collègues étrangers.
                    """, """
                    – Cours de langue et ateliers de pratique orale.
                    – Ateliers de pédagogie et d’usage des outils numériques.
                    – Travaux pratiques en petits groupes.
                    – Plan d’action pour son établissement.
                    """));

    /** Three mentors' names in each country of the demo hosts. */
    static final List<MentorName> MENTOR_NAMES = names("""
            AT Katharina Bauer F, Florian Wimmer M, Johanna Steiner F
            BE Sophie Peeters F, Thomas Janssens M, Laura Maes F
            CY Christos Ioannou M, Eleni Constantinou F, Andreas Charalambous M
            CZ Petra Svobodová F, Tomáš Dvořák M, Lucie Černá F
            DE Julia Wagner F, Stefan Hoffmann M, Lena Fischer F
            DK Mette Nielsen F, Lars Hansen M, Sofie Pedersen F
            EE Kadri Saar F, Martin Sepp M, Liis Kask F
            ES Lucía Fernández F, Javier Morales M, Carmen Navarro F
            FI Aino Korhonen F, Juha Mäkinen M, Laura Nieminen F
            GR Dimitris Nikolaidis M, Sofia Georgiou F, Nikos Alexiou M
            HR Marko Babić M, Ana Jurić F, Luka Novak M
            HU Anna Kovács F, Gábor Szabó M, Réka Tóth F
            IE Siobhán Byrne F, Ciarán Walsh M, Aoife Ryan F
            IT Giulia Ferrari F, Matteo Romano M, Alessandro Ricci M
            MT Joseph Camilleri M, Maria Farrugia F, Luke Grech M
            NL Lotte Jansen F, Daan Visser M, Emma Smit F
            PL Agnieszka Kowalska F, Tomasz Wiśniewski M, Katarzyna Wójcik F
            PT Inês Ferreira F, Miguel Santos M, Rui Oliveira M
            SE Anna Johansson F, Erik Karlsson M, Sara Nilsson F
            SI Maja Zupan F, Matej Potočnik M, Eva Horvat F
            """);

    private static List<MentorName> names(String lines) {
        List<MentorName> names = new ArrayList<>();
        for (String line : lines.strip().split("\n")) {
            String country = line.substring(0, 2);
            for (String entry : line.substring(3).split(", ")) {
                names.add(new MentorName(country, entry.substring(0, entry.length() - 2), entry.endsWith(" F")));
            }
        }
        return Collections.unmodifiableList(names);
    }

    private final JdbcTemplate jdbc;

    DemoLearningAgreements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Fills the demo mobilities that have a host and no learning outcomes; returns how many. The theme of a
     * mobility is its student's vocational field (that of the specialty, else the school's first), else its
     * activity; its phrasing is number {@code id % variants} of the theme; its mentor's name number
     * {@code (id / variants) % names} of the host's country (an accompanying person's mentor: the host's contact).
     */
    @Transactional
    int load() {
        List<Object> args = new ArrayList<>();
        StringBuilder specialties = new StringBuilder();
        DemoConsortium.SPECIALTIES.forEach((field, specialty) -> {
            specialties.append(specialties.isEmpty() ? "" : ", ").append("(?, ?)");
            args.add(field);
            args.add(specialty);
        });
        Map<String, List<Phrasing>> byTheme = new LinkedHashMap<>();
        PHRASINGS.forEach(p -> byTheme.computeIfAbsent(p.theme(), t -> new ArrayList<>()).add(p));
        StringBuilder themes = new StringBuilder();
        byTheme.forEach((theme, phrasings) -> {
            for (int k = 0; k < phrasings.size(); k++) {
                Phrasing p = phrasings.get(k);
                themes.append(themes.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
                args.addAll(List.of(theme, k, phrasings.size(), p.mentorMale(), p.mentorFemale(), p.outcomes(), p.tasks()));
            }
        });
        Map<String, List<MentorName>> byCountry = new LinkedHashMap<>();
        MENTOR_NAMES.forEach(n -> byCountry.computeIfAbsent(n.country(), c -> new ArrayList<>()).add(n));
        StringBuilder names = new StringBuilder();
        byCountry.forEach((country, list) -> {
            for (int k = 0; k < list.size(); k++) {
                names.append(names.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
                args.addAll(List.of(country, k, list.size(), list.get(k).name(), list.get(k).female()));
            }
        });
        return jdbc.update("""
                with specialty (field, name) as (values %s),
                     theme (theme, k, variants, mentor_male, mentor_female, outcomes, tasks) as (values %s),
                     mentor_name (country, k, names, name, female) as (values %s),
                     demo_mobility as (
                         select m.id, h.country, h.contact_name, m.activity_type = 'ACCOMPANYING' as accompanying,
                                coalesce(sp.field, (select min(f.field) from school_field f where f.school_id = st.school_id),
                                         m.activity_type) as theme
                         from mobility m
                         join host_organisation h on h.id = m.host_id
                         left join student st on st.id = m.student_id
                         left join specialty sp on sp.name = st.specialty
                         where m.updated_by = 'demo' and m.learning_outcomes is null)
                update mobility m
                set learning_outcomes = t.outcomes, tasks = t.tasks,
                    mentor = case when d.accompanying and d.contact_name is not null then d.contact_name || ', ' || t.mentor_male
                                  when n.female then n.name || ', ' || t.mentor_female
                                  else n.name || ', ' || t.mentor_male end
                from demo_mobility d
                join theme t on t.theme = d.theme and t.k = d.id %% t.variants
                join mentor_name n on n.country = d.country and n.k = (d.id / t.variants) %% n.names
                where m.id = d.id
                """.formatted(specialties, themes, names), args.toArray());
    }
}
