"""A fictional policy register for the demo: Belgian-style anti-trafficking measures and the
rapporteur's recommendations with their yearly follow-up, in English, French and Dutch. Titles
and recommendation texts are marked fictional; every figure is drawn from the seed. It is written
to read like a real register: each measure has its own outputs, outcomes and impact indicators
(none only a national total), each recommendation its reasoning, addressee and, every year after
it was issued, a status with its assessment. ``policy import`` raises no warning on it
(``tests/policy/test_register_sense.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from rapporteur.policy.register import Measure, Recommendation, _dump

FICTIONAL = {"en": "(fictional)", "fr": "(fictif)", "nl": "(fictief)"}
T = tuple[str, str, str]  # en, fr, nl

# A measure: (area, start offset from the first year, body, title, outputs, outcomes, indicators).
# Outputs hold {n}, outcomes {p} (drawn per year), titles may hold {start} (the year it started).
# An indicator: (label, unit, breakdown or None, source, low, high) for a value drawn per year
# (a rate rises from low to high over the years), or (label, table id, row, column).
MEASURES: list[tuple[Any, ...]] = [
    (
        "prevention",
        0,
        "FPS Employment (Employment Inspection)",
        (
            "Awareness of workers in the construction sector",
            "Sensibilisation des travailleurs de la construction",
            "Sensibilisering van werknemers in de bouwsector",
        ),
        (
            "{n} construction sites visited with the leaflet in eight languages",
            "{n} chantiers visités avec le dépliant en huit langues",
            "{n} bouwwerven bezocht met de folder in acht talen",
        ),
        (
            "Posted workers called the helpline after {p} of the site visits, mostly about unpaid wages",
            "Des travailleurs détachés ont appelé la ligne d'aide après {p} des visites de chantier, "
            "surtout pour des salaires impayés",
            "Gedetacheerde werknemers belden de hulplijn na {p} van de werfbezoeken, vooral over "
            "onbetaald loon",
        ),
        [
            (
                (
                    "Workers on inspected sites who knew where to report abuse (%)",
                    "Travailleurs des chantiers contrôlés sachant où signaler un abus (%)",
                    "Werknemers op gecontroleerde werven die wisten waar ze misbruik konden melden (%)",
                ),
                "rate",
                None,
                "Employment Inspection, site survey",
                22,
                58,
            ),
        ],
    ),
    (
        "prevention",
        1,
        "FPS Foreign Affairs (Protocol)",
        (
            "Screening of domestic workers and au pairs in diplomatic households",
            "Contrôle des travailleurs domestiques et au pair des ménages diplomatiques",
            "Screening van huispersoneel en au pairs in diplomatieke huishoudens",
        ),
        (
            "{n} domestic workers and au pairs interviewed when their special identity card was renewed",
            "{n} travailleurs domestiques et au pair reçus lors du renouvellement de leur carte "
            "d'identité spéciale",
            "{n} huispersoneelsleden en au pairs gesproken bij de vernieuwing van hun bijzondere "
            "identiteitskaart",
        ),
        (
            "{p} of those interviewed asked for information on their wages and rest days; two "
            "households were reported to the prosecutor",
            "{p} des personnes reçues ont demandé des informations sur leur salaire et leurs jours "
            "de repos ; deux ménages ont été signalés au parquet",
            "{p} van de gesprekspartners vroeg informatie over loon en rustdagen; twee huishoudens "
            "werden bij het parket gemeld",
        ),
        [
            (
                (
                    "Domestic workers of diplomats interviewed without their employer present (%)",
                    "Travailleurs domestiques de diplomates reçus hors de la présence de l'employeur (%)",
                    "Huispersoneel van diplomaten gesproken zonder de werkgever erbij (%)",
                ),
                "rate",
                None,
                "FPS Foreign Affairs",
                40,
                95,
            ),
        ],
    ),
    (
        "prevention",
        2,
        "Flemish Department of Work",
        (
            "Information for seasonal workers before the fruit harvest",
            "Information des saisonniers avant la cueillette des fruits",
            "Informatie voor seizoenarbeiders vóór de fruitpluk",
        ),
        (
            "Rights cards handed out to {n} seasonal workers at the recruitment offices",
            "Cartes d'information sur leurs droits remises à {n} saisonniers dans les bureaux de recrutement",
            "Infokaarten over hun rechten uitgedeeld aan {n} seizoenarbeiders in de rekruteringskantoren",
        ),
        (
            "Complaints about withheld passports fell to {p} of the farms checked during the harvest",
            "Les plaintes pour passeports confisqués ne concernent plus que {p} des exploitations "
            "contrôlées pendant la récolte",
            "Klachten over ingehouden paspoorten betroffen nog {p} van de bedrijven die tijdens de "
            "oogst werden gecontroleerd",
        ),
        [
            (
                (
                    "Seasonal workers reached before the harvest",
                    "Saisonniers informés avant la récolte",
                    "Seizoenarbeiders bereikt vóór de oogst",
                ),
                "count",
                (
                    "fruit farms of Limburg and Flemish Brabant",
                    "exploitations fruitières du Limbourg et du Brabant flamand",
                    "fruitbedrijven in Limburg en Vlaams-Brabant",
                ),
                "Flemish Department of Work",
                300,
                900,
            ),
        ],
    ),
    (
        "identification",
        0,
        "Social Inspection and Employment Inspection",
        (
            "Training of labour inspectors",
            "Formation des inspecteurs sociaux",
            "Opleiding van sociale inspecteurs",
        ),
        (
            "{n} inspectors followed the two-day course on indicators of labour exploitation",
            "{n} inspecteurs ont suivi la formation de deux jours sur les indicateurs d'exploitation "
            "économique",
            "{n} inspecteurs volgden de tweedaagse opleiding over indicatoren van economische uitbuiting",
        ),
        (
            "Trained inspectors drew up {p} of the reports on labour exploitation sent to the prosecutors",
            "Les inspecteurs formés ont rédigé {p} des procès-verbaux d'exploitation économique "
            "transmis aux parquets",
            "Opgeleide inspecteurs stelden {p} op van de pv's over economische uitbuiting die naar de "
            "parketten gingen",
        ),
        [
            (
                (
                    "Victims of labour exploitation registered",
                    "Victimes d'exploitation économique enregistrées",
                    "Geregistreerde slachtoffers van economische uitbuiting",
                ),
                "victims_form_eurostat",
                "labour",
                "total",
            ),
            (
                (
                    "Trained inspectors who referred at least one presumed victim (%)",
                    "Inspecteurs formés ayant orienté au moins une victime présumée (%)",
                    "Opgeleide inspecteurs die minstens één vermoedelijk slachtoffer doorverwezen (%)",
                ),
                "rate",
                None,
                "Social Inspection",
                12,
                41,
            ),
        ],
    ),
    (
        "identification",
        1,
        "FPS Justice (Guardianship Service)",
        (
            "Identification of unaccompanied minors",
            "Identification des mineurs non accompagnés",
            "Identificatie van niet-begeleide minderjarigen",
        ),
        (
            "Screening checklist used in {n} first interviews of unaccompanied foreign minors",
            "Grille de détection utilisée lors de {n} premiers entretiens avec des mineurs étrangers "
            "non accompagnés",
            "Detectielijst gebruikt in {n} eerste gesprekken met niet-begeleide minderjarige vreemdelingen",
        ),
        (
            "Guardians flagged a risk of exploitation for {p} of the minors screened and alerted a "
            "specialised centre",
            "Les tuteurs ont relevé un risque d'exploitation chez {p} des mineurs examinés et ont "
            "alerté un centre spécialisé",
            "Voogden zagen bij {p} van de gescreende minderjarigen een risico op uitbuiting en "
            "verwittigden een gespecialiseerd centrum",
        ),
        [
            (
                (
                    "Child victims registered",
                    "Enfants victimes enregistrés",
                    "Geregistreerde minderjarige slachtoffers",
                ),
                "victims_sex_age",
                "total",
                "child",
            ),
            (
                (
                    "Presumed child victims referred by guardians",
                    "Enfants victimes présumées orientés par les tuteurs",
                    "Vermoedelijke minderjarige slachtoffers doorverwezen door voogden",
                ),
                "count",
                (
                    "unaccompanied foreign minors",
                    "mineurs étrangers non accompagnés",
                    "niet-begeleide minderjarige vreemdelingen",
                ),
                "Guardianship Service",
                4,
                19,
            ),
        ],
    ),
    (
        "identification",
        3,
        "Fedasil",
        (
            "Indicators in reception centres for asylum seekers",
            "Indicateurs dans les centres d'accueil pour demandeurs d'asile",
            "Indicatoren in de opvangcentra voor asielzoekers",
        ),
        (
            "A trained reference person appointed in {n} reception centres",
            "Une personne de référence formée désignée dans {n} centres d'accueil",
            "Een opgeleide referentiepersoon aangesteld in {n} opvangcentra",
        ),
        (
            "Centres with a reference person reported presumed victims {p} more often than the others",
            "Les centres dotés d'une personne de référence ont signalé des victimes présumées {p} plus "
            "souvent que les autres",
            "Centra met een referentiepersoon meldden {p} vaker vermoedelijke slachtoffers dan de andere",
        ),
        [
            (
                (
                    "Reception centres with a trained reference person (%)",
                    "Centres d'accueil dotés d'une personne de référence formée (%)",
                    "Opvangcentra met een opgeleide referentiepersoon (%)",
                ),
                "rate",
                None,
                "Fedasil",
                30,
                75,
            ),
        ],
    ),
    (
        "identification",
        0,
        "Federal police",
        (
            "Referral form for local police zones",
            "Formulaire d'orientation pour les zones de police locale",
            "Doorverwijsformulier voor de lokale politiezones",
        ),
        (
            "The form was adopted by {n} local police zones",
            "Le formulaire a été adopté par {n} zones de police locale",
            "Het formulier werd ingevoerd door {n} lokale politiezones",
        ),
        (
            "Referrals by local police reached the specialised centres within 48 hours in {p} of cases",
            "Les orientations par la police locale sont parvenues aux centres spécialisés dans les 48 "
            "heures dans {p} des cas",
            "Doorverwijzingen door de lokale politie bereikten de gespecialiseerde centra binnen 48 uur "
            "in {p} van de gevallen",
        ),
        [
            (
                (
                    "Referrals by local police zones, change from the previous year",
                    "Orientations par les zones de police locale, évolution par rapport à l'année précédente",
                    "Doorverwijzingen door lokale politiezones, verschil met het vorige jaar",
                ),
                "change",
                None,
                "Federal police",
                -6,
                22,
            ),
        ],
    ),
    (
        "protection",
        0,
        "Immigration Office",
        (
            "Information on the reflection period",
            "Information sur la période de réflexion",
            "Informatie over de reflectieperiode",
        ),
        (
            "Written information on the reflection period available in {n} languages",
            "Information écrite sur la période de réflexion disponible en {n} langues",
            "Schriftelijke informatie over de reflectieperiode beschikbaar in {n} talen",
        ),
        (
            "{p} of the presumed victims who received the leaflet accepted the support of a centre",
            "{p} des victimes présumées ayant reçu le dépliant ont accepté l'accompagnement d'un centre",
            "{p} van de vermoedelijke slachtoffers die de folder kregen, aanvaardde begeleiding door "
            "een centrum",
        ),
        [
            (
                (
                    "Victims from outside the EU registered",
                    "Victimes ressortissantes de pays tiers enregistrées",
                    "Geregistreerde slachtoffers van buiten de EU",
                ),
                "victims_citizenship_group",
                "NEU_FOR",
                "total",
            ),
            (
                (
                    "Presumed victims informed in writing in a language they understand (%)",
                    "Victimes présumées informées par écrit dans une langue qu'elles comprennent (%)",
                    "Vermoedelijke slachtoffers schriftelijk ingelicht in een taal die ze begrijpen (%)",
                ),
                "rate",
                None,
                "Immigration Office",
                48,
                86,
            ),
        ],
    ),
    (
        "protection",
        0,
        "Federal government and Regions",
        (
            "Financing of the three specialised centres",
            "Financement des trois centres spécialisés",
            "Financiering van de drie gespecialiseerde centra",
        ),
        (
            "Grants of {n} thousand euros paid to PAG-ASA, Payoke and Sürya",
            "Subventions de {n} milliers d'euros versées à PAG-ASA, Payoke et Sürya",
            "Subsidies van {n} duizend euro uitbetaald aan PAG-ASA, Payoke en Sürya",
        ),
        (
            "The centres kept their reception capacity and filled {p} of their shelter places over the year",
            "Les centres ont maintenu leur capacité d'accueil et occupé {p} de leurs places "
            "d'hébergement sur l'année",
            "De centra behielden hun opvangcapaciteit en bezetten {p} van hun opvangplaatsen over het jaar",
        ),
        [
            (
                (
                    "Share of the centres' budget under multi-year agreements (%)",
                    "Part du budget des centres couverte par des conventions pluriannuelles (%)",
                    "Aandeel van het budget van de centra onder meerjarige overeenkomsten (%)",
                ),
                "rate",
                None,
                "Interdepartmental coordination unit",
                25,
                70,
            ),
        ],
    ),
    (
        "protection",
        2,
        "Communities (youth aid)",
        (
            "Secure shelter for child victims",
            "Hébergement sécurisé pour les enfants victimes",
            "Beveiligde opvang voor minderjarige slachtoffers",
        ),
        (
            "{n} places in secure shelters set aside for child victims",
            "{n} places en hébergement sécurisé réservées aux enfants victimes",
            "{n} plaatsen in beveiligde opvang voorbehouden voor minderjarige slachtoffers",
        ),
        (
            "Fewer children went missing from shelter: {p} of those placed left without notice",
            "Moins d'enfants ont disparu de l'hébergement : {p} des enfants placés sont partis sans prévenir",
            "Minder kinderen verdwenen uit de opvang: {p} van de geplaatste kinderen vertrok zonder bericht",
        ),
        [
            (
                (
                    "Child victims still in shelter three months after placement",
                    "Enfants victimes toujours hébergés trois mois après leur placement",
                    "Minderjarige slachtoffers nog in de opvang drie maanden na plaatsing",
                ),
                "count",
                (
                    "minors placed in secure shelters",
                    "mineurs placés en hébergement sécurisé",
                    "minderjarigen in beveiligde opvang",
                ),
                "Communities",
                3,
                14,
            ),
        ],
    ),
    (
        "protection",
        4,
        "FPS Justice and the bar associations",
        (
            "Legal aid for victims who are civil parties",
            "Aide juridique aux victimes parties civiles",
            "Juridische bijstand voor slachtoffers die burgerlijke partij zijn",
        ),
        (
            "{n} victims assisted by a lawyer of the specialised list",
            "{n} victimes assistées par un avocat de la liste spécialisée",
            "{n} slachtoffers bijgestaan door een advocaat van de gespecialiseerde lijst",
        ),
        (
            "Damages were awarded to {p} of the victims assisted whose case was judged",
            "Des dommages et intérêts ont été accordés à {p} des victimes assistées dont l'affaire a "
            "été jugée",
            "Schadevergoeding werd toegekend aan {p} van de bijgestane slachtoffers van wie de zaak "
            "werd beoordeeld",
        ),
        [
            (
                (
                    "Victims in judged cases who were civil parties with a lawyer (%)",
                    "Victimes des affaires jugées constituées parties civiles avec un avocat (%)",
                    "Slachtoffers in beoordeelde zaken die met een advocaat burgerlijke partij waren (%)",
                ),
                "rate",
                None,
                "FPS Justice",
                35,
                60,
            ),
        ],
    ),
    (
        "prosecution",
        1,
        "College of Prosecutors-General",
        (
            "Multidisciplinary circular COL 01/{start}",
            "Circulaire multidisciplinaire COL 01/{start}",
            "Multidisciplinaire omzendbrief COL 01/{start}",
        ),
        (
            "Contact points between prosecutors and the social inspection named in {n} judicial districts",
            "Points de contact entre parquets et inspection sociale désignés dans {n} arrondissements "
            "judiciaires",
            "Contactpunten tussen parketten en sociale inspectie aangeduid in {n} gerechtelijke "
            "arrondissementen",
        ),
        (
            "Cases of labour exploitation were opened as trafficking rather than as social fraud in "
            "{p} of the districts",
            "Les dossiers d'exploitation économique ont été ouverts comme traite plutôt que comme "
            "fraude sociale dans {p} des arrondissements",
            "Dossiers van economische uitbuiting werden in {p} van de arrondissementen als mensenhandel "
            "geopend in plaats van als sociale fraude",
        ),
        [
            (
                (
                    "Persons prosecuted for labour exploitation",
                    "Personnes poursuivies pour exploitation économique",
                    "Personen vervolgd voor economische uitbuiting",
                ),
                "justice_by_form",
                "prosecution",
                "labour",
            ),
            (
                (
                    "Judicial districts with a reference magistrate and an inspection contact point (%)",
                    "Arrondissements dotés d'un magistrat de référence et d'un point de contact de "
                    "l'inspection (%)",
                    "Arrondissementen met een referentiemagistraat en een contactpunt bij de inspectie (%)",
                ),
                "rate",
                None,
                "College of Prosecutors-General",
                45,
                100,
            ),
        ],
    ),
    (
        "prosecution",
        0,
        "Federal judicial police",
        (
            "Financial investigation in trafficking cases",
            "Enquête financière dans les dossiers de traite",
            "Financieel onderzoek in mensenhandeldossiers",
        ),
        (
            "{n} financial investigators assigned to the trafficking units",
            "{n} enquêteurs financiers affectés aux sections traite",
            "{n} financieel rechercheurs toegewezen aan de cellen mensenhandel",
        ),
        (
            "Assets were seized in {p} of the investigations with a financial part",
            "Des avoirs ont été saisis dans {p} des enquêtes comportant un volet financier",
            "In {p} van de onderzoeken met een financieel luik werden vermogensbestanddelen in beslag "
            "genomen",
        ),
        [
            (
                (
                    "Trafficking investigations with a financial investigation (%)",
                    "Enquêtes de traite assorties d'une enquête financière (%)",
                    "Mensenhandelonderzoeken met een financieel onderzoek (%)",
                ),
                "rate",
                None,
                "Federal judicial police",
                20,
                55,
            ),
        ],
    ),
    (
        "prosecution",
        3,
        "Federal prosecutor's office",
        (
            "Joint investigation teams with countries of origin",
            "Équipes communes d'enquête avec les pays d'origine",
            "Gemeenschappelijke onderzoeksteams met de landen van herkomst",
        ),
        (
            "{n} joint investigation teams set up through Eurojust",
            "{n} équipes communes d'enquête constituées via Eurojust",
            "{n} gemeenschappelijke onderzoeksteams opgericht via Eurojust",
        ),
        (
            "Recruiters in the country of origin were charged in {p} of the cases worked on jointly",
            "Des recruteurs du pays d'origine ont été inculpés dans {p} des dossiers traités en commun",
            "In {p} van de gezamenlijk behandelde dossiers werden ronselaars in het land van herkomst "
            "in verdenking gesteld",
        ),
        [
            (
                (
                    "Persons investigated for sexual exploitation",
                    "Personnes visées par une enquête pour exploitation sexuelle",
                    "Personen in onderzoek voor seksuele uitbuiting",
                ),
                "justice_by_form",
                "investigation",
                "sexual",
            ),
            (
                (
                    "Suspects charged in a joint investigation team",
                    "Suspects inculpés dans une équipe commune d'enquête",
                    "Verdachten in verdenking gesteld binnen een gemeenschappelijk onderzoeksteam",
                ),
                "count",
                (
                    "Romania, Bulgaria and Nigeria",
                    "Roumanie, Bulgarie et Nigeria",
                    "Roemenië, Bulgarije en Nigeria",
                ),
                "Federal prosecutor's office",
                5,
                30,
            ),
        ],
    ),
    (
        "partnership",
        0,
        "Interdepartmental coordination unit",
        ("National action plan", "Plan d'action national", "Nationaal actieplan"),
        (
            "The coordination unit met {n} times; the bureau prepared the yearly progress report",
            "La cellule de coordination s'est réunie {n} fois ; le bureau a préparé le rapport "
            "annuel d'avancement",
            "De coördinatiecel kwam {n} keer samen; het bureau bereidde het jaarlijkse "
            "voortgangsverslag voor",
        ),
        (
            "{p} of the actions planned for the year were completed, the others carried over with a new date",
            "{p} des actions prévues pour l'année ont été réalisées, les autres reportées avec une "
            "nouvelle échéance",
            "{p} van de voor dit jaar geplande acties werd uitgevoerd, de andere werden met een nieuwe "
            "termijn verschoven",
        ),
        [
            (
                (
                    "Actions of the national action plan completed on time (%)",
                    "Actions du plan d'action national réalisées dans les délais (%)",
                    "Acties van het nationaal actieplan tijdig uitgevoerd (%)",
                ),
                "rate",
                None,
                "Interdepartmental coordination unit",
                38,
                72,
            ),
        ],
    ),
    (
        "partnership",
        2,
        "Interdepartmental coordination unit",
        (
            "Data sharing agreement between the actors",
            "Protocole d'échange de données entre les acteurs",
            "Protocol voor gegevensuitwisseling tussen de actoren",
        ),
        (
            "{n} actors signed the protocol and send their registrations with a pseudonymised key",
            "{n} acteurs ont signé le protocole et transmettent leurs enregistrements avec une clé "
            "pseudonymisée",
            "{n} actoren ondertekenden het protocol en bezorgen hun registraties met een "
            "gepseudonimiseerde sleutel",
        ),
        (
            "The rapporteur could link {p} of the registrations of the year into persons",
            "Le rapporteur a pu relier {p} des enregistrements de l'année en personnes",
            "De rapporteur kon {p} van de registraties van het jaar tot personen koppelen",
        ),
        [
            (
                (
                    "Registrations linked to a registration of another actor (%)",
                    "Enregistrements reliés à un enregistrement d'un autre acteur (%)",
                    "Registraties gekoppeld aan een registratie van een andere actor (%)",
                ),
                "rate",
                None,
                "National rapporteur",
                10,
                34,
            ),
        ],
    ),
]

# The range of {n} in each measure's outputs, by title (in the order of MEASURES)
OUTPUT_N = {
    "Awareness of workers in the construction sector": (60, 240),
    "Screening of domestic workers and au pairs in diplomatic households": (80, 200),
    "Information for seasonal workers before the fruit harvest": (400, 1500),
    "Training of labour inspectors": (40, 160),
    "Identification of unaccompanied minors": (300, 900),
    "Indicators in reception centres for asylum seekers": (8, 40),
    "Referral form for local police zones": (20, 120),
    "Information on the reflection period": (8, 16),
    "Financing of the three specialised centres": (1200, 2100),
    "Secure shelter for child victims": (6, 24),
    "Legal aid for victims who are civil parties": (15, 60),
    "Multidisciplinary circular COL 01/{start}": (5, 12),
    "Financial investigation in trafficking cases": (6, 25),
    "Joint investigation teams with countries of origin": (2, 9),
    "National action plan": (3, 8),
    "Data sharing agreement between the actors": (3, 7),
}
OUTCOME_P = (18, 74)  # the range of {p}, a percentage

# A recommendation: (theme, measure, addressee, text, reasoning, follow-ups), issued two a year
# from the first year (the follow-ups: a status and its assessment for each later year, until
# closed; a recommendation issued late has fewer).
RECS: list[tuple[Any, ...]] = [
    (
        "identification",
        "M-IDEN-1",
        "Minister of Employment",
        (
            "Give the inspection services a duty to refer presumed victims to a specialised centre",
            "Imposer aux services d'inspection d'orienter les victimes présumées vers un centre spécialisé",
            "De inspectiediensten verplichten vermoedelijke slachtoffers naar een gespecialiseerd centrum "
            "door te verwijzen",
        ),
        (
            "Inspectors meet most victims of labour exploitation, but few of those they meet reach a "
            "centre and obtain the protection status.",
            "Les inspecteurs rencontrent la plupart des victimes d'exploitation économique, mais peu "
            "d'entre elles arrivent dans un centre et obtiennent le statut de protection.",
            "Inspecteurs ontmoeten de meeste slachtoffers van economische uitbuiting, maar weinigen van "
            "hen komen in een centrum terecht en krijgen het beschermingsstatuut.",
        ),
        [
            (
                "not_implemented",
                (
                    "The draft instruction was discussed but not adopted.",
                    "Le projet d'instruction a été discuté mais pas adopté.",
                    "De ontwerpinstructie werd besproken maar niet aangenomen.",
                ),
            ),
            (
                "partly_implemented",
                (
                    "The Social Inspection applies a referral instruction; the regional "
                    "inspectorates do not yet.",
                    "L'Inspection sociale applique une instruction d'orientation ; les inspections "
                    "régionales pas encore.",
                    "De Sociale Inspectie past een doorverwijsinstructie toe; de gewestelijke inspecties "
                    "nog niet.",
                ),
            ),
            (
                "implemented",
                (
                    "All federal and regional inspectorates now refer presumed victims under a "
                    "common instruction.",
                    "Toutes les inspections fédérales et régionales orientent désormais les victimes "
                    "présumées selon une instruction commune.",
                    "Alle federale en gewestelijke inspecties verwijzen vermoedelijke slachtoffers nu door "
                    "volgens een gemeenschappelijke instructie.",
                ),
            ),
        ],
    ),
    (
        "protection",
        "M-PROT-2",
        "Federal government and Regions",
        (
            "Fund the three specialised centres under multi-year agreements",
            "Financer les trois centres spécialisés par des conventions pluriannuelles",
            "De drie gespecialiseerde centra financieren via meerjarige overeenkomsten",
        ),
        (
            "Yearly grants are paid late and leave the centres unable to keep experienced staff.",
            "Les subventions annuelles sont versées tardivement et empêchent les centres de garder un "
            "personnel expérimenté.",
            "Jaarlijkse subsidies worden laat uitbetaald, waardoor de centra ervaren personeel niet "
            "kunnen houden.",
        ),
        [
            (
                "partly_implemented",
                (
                    "A three-year agreement covers the federal grant only.",
                    "Une convention de trois ans couvre uniquement la subvention fédérale.",
                    "Een driejarige overeenkomst dekt alleen de federale subsidie.",
                ),
            ),
            (
                "partly_implemented",
                (
                    "The Flemish Region signed a multi-year agreement; the Walloon and Brussels grants "
                    "remain yearly.",
                    "La Région flamande a signé une convention pluriannuelle ; les subventions wallonne "
                    "et bruxelloise restent annuelles.",
                    "Het Vlaams Gewest ondertekende een meerjarige overeenkomst; de Waalse en Brusselse "
                    "subsidies blijven jaarlijks.",
                ),
            ),
            (
                "implemented",
                (
                    "Every grant of the three centres now runs under an agreement of at least three years.",
                    "Toutes les subventions des trois centres relèvent désormais d'une convention d'au "
                    "moins trois ans.",
                    "Alle subsidies van de drie centra lopen nu via een overeenkomst van minstens drie jaar.",
                ),
            ),
        ],
    ),
    (
        "protection",
        "M-PROT-1",
        "Immigration Office",
        (
            "Inform every presumed victim of the reflection period in writing, in a language they understand",
            "Informer chaque victime présumée de la période de réflexion par écrit, dans une langue "
            "qu'elle comprend",
            "Elk vermoedelijk slachtoffer schriftelijk over de reflectieperiode informeren, in een taal "
            "die het begrijpt",
        ),
        (
            "Victims told orally, often through the person who exploits them, seldom take up the "
            "reflection period.",
            "Les victimes informées oralement, souvent par l'intermédiaire de leur exploiteur, "
            "recourent rarement à la période de réflexion.",
            "Slachtoffers die mondeling worden ingelicht, vaak via hun uitbuiter, maken zelden gebruik "
            "van de reflectieperiode.",
        ),
        [
            (
                "partly_implemented",
                (
                    "A leaflet exists in twelve languages but not every police zone hands it out.",
                    "Un dépliant existe en douze langues, mais toutes les zones de police ne le "
                    "remettent pas.",
                    "Er is een folder in twaalf talen, maar niet elke politiezone deelt hem uit.",
                ),
            ),
            (
                "implemented",
                (
                    "The leaflet is part of the referral form; the centres confirm that victims receive it.",
                    "Le dépliant fait partie du formulaire d'orientation ; les centres confirment que "
                    "les victimes le reçoivent.",
                    "De folder maakt deel uit van het doorverwijsformulier; de centra bevestigen dat "
                    "slachtoffers hem krijgen.",
                ),
            ),
        ],
    ),
    (
        "identification",
        "M-IDEN-2",
        "Minister of Justice",
        (
            "Appoint a guardian within three days for every unaccompanied minor presumed to be a victim",
            "Désigner un tuteur dans les trois jours pour tout mineur non accompagné présumé victime",
            "Binnen drie dagen een voogd aanstellen voor elke niet-begeleide minderjarige die een "
            "vermoedelijk slachtoffer is",
        ),
        (
            "Minors who wait weeks for a guardian often disappear before anyone has asked about "
            "exploitation.",
            "Les mineurs qui attendent un tuteur pendant des semaines disparaissent souvent avant "
            "qu'on les ait interrogés sur une exploitation.",
            "Minderjarigen die weken op een voogd wachten, verdwijnen vaak voor iemand naar uitbuiting "
            "heeft gevraagd.",
        ),
        [
            (
                "not_implemented",
                (
                    "The Guardianship Service lacks guardians; the average wait remained above two weeks.",
                    "Le Service des Tutelles manque de tuteurs ; l'attente moyenne est restée supérieure "
                    "à deux semaines.",
                    "De Dienst Voogdij heeft te weinig voogden; de gemiddelde wachttijd bleef boven "
                    "twee weken.",
                ),
            ),
            (
                "partly_implemented",
                (
                    "Presumed victims now have priority, but the three-day target is met in about "
                    "half the cases.",
                    "Les victimes présumées sont désormais prioritaires, mais le délai de trois jours "
                    "n'est tenu que dans la moitié des cas environ.",
                    "Vermoedelijke slachtoffers krijgen nu voorrang, maar de termijn van drie dagen wordt "
                    "maar in ongeveer de helft van de gevallen gehaald.",
                ),
            ),
            (
                "partly_implemented",
                (
                    "Thirty guardians were recruited; the target is met except in periods of many arrivals.",
                    "Trente tuteurs ont été recrutés ; le délai est tenu sauf en période d'arrivées "
                    "nombreuses.",
                    "Er werden dertig voogden aangeworven; de termijn wordt gehaald behalve in periodes met "
                    "veel aankomsten.",
                ),
            ),
        ],
    ),
    (
        "prosecution",
        "M-PROS-2",
        "College of Prosecutors-General",
        (
            "Make a financial investigation standard in every trafficking case",
            "Faire de l'enquête financière la règle dans chaque dossier de traite",
            "Een financieel onderzoek standaard maken in elk mensenhandeldossier",
        ),
        (
            "Without an early financial investigation, profits are moved abroad and victims cannot "
            "be compensated.",
            "Sans enquête financière précoce, les profits partent à l'étranger et les victimes ne "
            "peuvent être indemnisées.",
            "Zonder vroeg financieel onderzoek verdwijnen de winsten naar het buitenland en kunnen "
            "slachtoffers niet worden vergoed.",
        ),
        [
            (
                "partly_implemented",
                (
                    "The circular asks for one, but only the larger districts have financial investigators.",
                    "La circulaire le demande, mais seuls les grands arrondissements disposent "
                    "d'enquêteurs financiers.",
                    "De omzendbrief vraagt het, maar alleen de grote arrondissementen hebben financieel "
                    "rechercheurs.",
                ),
            ),
            (
                "partly_implemented",
                (
                    "Financial investigators were added in four districts; coverage is still incomplete.",
                    "Des enquêteurs financiers ont été ajoutés dans quatre arrondissements ; la "
                    "couverture reste incomplète.",
                    "In vier arrondissementen kwamen financieel rechercheurs bij; de dekking is nog "
                    "onvolledig.",
                ),
            ),
        ],
    ),
    (
        "prevention",
        "M-PREV-2",
        "FPS Foreign Affairs",
        (
            "Interview every domestic worker of a diplomat alone when their identity card is renewed",
            "Recevoir seul chaque travailleur domestique d'un diplomate lors du renouvellement de sa "
            "carte d'identité",
            "Elk huispersoneelslid van een diplomaat alleen spreken bij de vernieuwing van zijn "
            "identiteitskaart",
        ),
        (
            "Domestic workers of diplomats cannot be reached by the labour inspection; the renewal of "
            "their card is the only moment they can speak freely.",
            "Les travailleurs domestiques des diplomates échappent à l'inspection du travail ; le "
            "renouvellement de leur carte est le seul moment où ils peuvent parler librement.",
            "Huispersoneel van diplomaten valt buiten het bereik van de arbeidsinspectie; de "
            "vernieuwing van hun kaart is het enige moment waarop ze vrijuit kunnen spreken.",
        ),
        [
            (
                "implemented",
                (
                    "The Protocol service receives each worker alone, with an interpreter where needed.",
                    "Le service du Protocole reçoit chaque travailleur seul, avec un interprète si "
                    "nécessaire.",
                    "De dienst Protocol ontvangt elke werknemer alleen, zo nodig met een tolk.",
                ),
            ),
        ],
    ),
    (
        "prevention",
        "M-PREV-1",
        "Minister of Employment",
        (
            "Extend the awareness campaign of the construction sector to cleaning and meat processing",
            "Étendre la campagne de sensibilisation de la construction au nettoyage et à la "
            "transformation de la viande",
            "De sensibiliseringscampagne van de bouwsector uitbreiden naar de schoonmaak en de "
            "vleesverwerking",
        ),
        (
            "Inspections found the same patterns of subcontracting and unpaid wages in these two sectors.",
            "Les inspections ont relevé les mêmes schémas de sous-traitance et de salaires impayés dans "
            "ces deux secteurs.",
            "De inspecties vonden in deze twee sectoren dezelfde patronen van onderaanneming en "
            "onbetaald loon.",
        ),
        [
            (
                "not_implemented",
                (
                    "No budget was set aside for the new sectors this year.",
                    "Aucun budget n'a été prévu cette année pour les nouveaux secteurs.",
                    "Dit jaar werd geen budget vrijgemaakt voor de nieuwe sectoren.",
                ),
            ),
        ],
    ),
    (
        "prosecution",
        "M-PROS-1",
        "Minister of Justice",
        (
            "Give every reference magistrate time set aside for trafficking cases",
            "Accorder à chaque magistrat de référence du temps réservé aux dossiers de traite",
            "Elke referentiemagistraat tijd geven die voor mensenhandeldossiers is voorbehouden",
        ),
        (
            "Reference magistrates handle trafficking on top of a full caseload, and cases wait.",
            "Les magistrats de référence traitent la traite en plus d'une charge complète, et les "
            "dossiers attendent.",
            "Referentiemagistraten behandelen mensenhandel bovenop een volledige werklast, en dossiers "
            "blijven liggen.",
        ),
        [
            (
                "partly_implemented",
                (
                    "Half of the districts have set aside time; the others await new magistrates.",
                    "La moitié des arrondissements ont réservé du temps ; les autres attendent de "
                    "nouveaux magistrats.",
                    "De helft van de arrondissementen heeft tijd vrijgemaakt; de andere wachten op "
                    "nieuwe magistraten.",
                ),
            ),
        ],
    ),
    (
        "partnership",
        "M-PART-2",
        "Interdepartmental coordination unit",
        (
            "Link the actors' registrations so that a victim seen by several actors is counted once",
            "Relier les enregistrements des acteurs pour qu'une victime vue par plusieurs acteurs soit "
            "comptée une fois",
            "De registraties van de actoren koppelen zodat een slachtoffer dat door meerdere actoren "
            "wordt gezien één keer geteld wordt",
        ),
        (
            "Added up, the actors' figures count some victims several times and say nothing of the "
            "path from identification to protection.",
            "Additionnés, les chiffres des acteurs comptent certaines victimes plusieurs fois et ne "
            "disent rien du parcours de l'identification à la protection.",
            "Opgeteld tellen de cijfers van de actoren sommige slachtoffers meermaals en zeggen ze "
            "niets over het traject van identificatie tot bescherming.",
        ),
        [],
    ),
    (
        "protection",
        "M-PROT-3",
        "Communities",
        (
            "Provide secure shelter places for child victims in each Community",
            "Prévoir des places d'hébergement sécurisé pour les enfants victimes dans chaque Communauté",
            "In elke Gemeenschap beveiligde opvangplaatsen voor minderjarige slachtoffers voorzien",
        ),
        (
            "Child victims placed far from their guardian or in open centres are often taken back by "
            "their exploiters.",
            "Les enfants victimes placés loin de leur tuteur ou en centre ouvert sont souvent repris "
            "par leurs exploiteurs.",
            "Minderjarige slachtoffers die ver van hun voogd of in een open centrum worden geplaatst, "
            "worden vaak door hun uitbuiters teruggehaald.",
        ),
        [],
    ),
]


def _t(texts: T, mark: bool = False, **fmt: Any) -> dict[str, str]:
    out = {
        lang: text.format(**fmt) if fmt else text
        for lang, text in zip(("en", "fr", "nl"), texts, strict=True)
    }
    return {lang: f"{text} {FICTIONAL[lang]}" for lang, text in out.items()} if mark else out


def _pct(p: int, lang: str) -> str:
    return f"{p} %" if lang == "fr" else f"{p}%"


def _indicator(spec: tuple[Any, ...], k: int, span: int, rng: np.random.Generator) -> dict[str, Any]:
    """The indicator for the ``k``-th year of a measure running ``span`` years."""
    if len(spec) == 4:
        label, table, row, column = spec
        return {"label": _t(label), "table": {"id": table, "row": row, "column": column}}
    label, unit, breakdown, source, low, high = spec
    if unit == "change":
        value = int(rng.integers(low, high + 1))
    else:  # rises over the years, with some noise
        trend = low + (high - low) * k / max(1, span - 1)
        value = int(np.clip(round(trend + rng.normal(0, (high - low) / 12)), 0, None))
        value = min(value, 100) if unit == "rate" else value
    out: dict[str, Any] = {"label": _t(label), "value": value, "unit": unit, "source": source}
    if breakdown:
        out["breakdown"] = _t(breakdown)
    return out


def build(seed: int, year: int, years: int = 5) -> tuple[str, str]:
    """(measures.yaml, recommendations.yaml) as text."""
    rng = np.random.default_rng(seed + 7)
    first = year - years + 1
    measures: list[Any] = []
    numbers: dict[str, int] = {}
    for area, offset, body, title, outputs, outcomes, indicators in MEASURES:
        numbers[area] = numbers.get(area, 0) + 1
        start = min(first + offset, year)
        ys: dict[int, Any] = {}
        for k, y in enumerate(range(start, year + 1)):
            n = int(rng.integers(*OUTPUT_N[title[0]]))
            p = int(rng.integers(*OUTCOME_P))
            ys[y] = {
                "outputs": _t(outputs, n=n),
                "outcomes": {lang: text.format(p=_pct(p, lang)) for lang, text in _t(outcomes).items()},
                "indicators": [_indicator(s, k, year - start + 1, rng) for s in indicators],
            }
        measures.append(
            Measure.model_validate(
                {
                    "id": f"M-{area[:4].upper()}-{numbers[area]}",
                    "title": _t(title, mark=True, start=start),
                    "body": body,
                    "area": area,
                    "start": dt.date(start, 1 + int(rng.integers(0, 12)), 1),
                    "years": ys,
                }
            )
        )
    recs: list[Any] = []
    per_year: dict[int, int] = {}
    for i, (theme, measure, addressee, text, reasoning, steps) in enumerate(RECS):
        issued = min(first + i // 2, year)
        per_year[issued] = per_year.get(issued, 0) + 1
        followup = [
            {"year": issued + step, "status": status, "evidence": _t(assessment)}
            for step, (status, assessment) in enumerate(steps, start=1)
            if issued + step <= year
        ]
        recs.append(
            Recommendation.model_validate(
                {
                    "id": f"R{issued}-{per_year[issued]}",
                    "year": issued,
                    "text": _t(text, mark=True),
                    "reasoning": _t(reasoning),
                    "addressee": addressee,
                    "theme": theme,
                    "measures": [measure],
                    "followup": followup,
                }
            )
        )
    return _dump(measures), _dump(recs)
