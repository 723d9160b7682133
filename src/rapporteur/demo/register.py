"""A fictional policy register for the demo: measures and recommendations over the years, in
English, French and Dutch, marked fictional. Built from phrase banks, so it is plausible in shape
and obviously invented in content."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from rapporteur.policy.register import Measure, Recommendation, _dump

FICTIONAL = {"en": "(fictional)", "fr": "(fictif)", "nl": "(fictief)"}
MEASURES = {
    "prevention": [
        (
            "Awareness campaign for employers",
            "Campagne de sensibilisation des employeurs",
            "Sensibiliseringscampagne voor werkgevers",
        ),
        (
            "Information for seasonal workers",
            "Information des travailleurs saisonniers",
            "Informatie voor seizoenarbeiders",
        ),
        (
            "Checks on recruitment agencies",
            "Contrôle des agences de recrutement",
            "Controle op rekruteringsbureaus",
        ),
        (
            "School programme on online grooming",
            "Programme scolaire sur le recrutement en ligne",
            "Schoolprogramma over online ronselen",
        ),
    ],
    "identification": [
        (
            "Referral form for front-line services",
            "Formulaire d'orientation pour la première ligne",
            "Doorverwijsformulier voor de eerste lijn",
        ),
        (
            "Training of labour inspectors",
            "Formation des inspecteurs sociaux",
            "Opleiding van sociale inspecteurs",
        ),
        (
            "Indicators for reception centres for asylum seekers",
            "Indicateurs pour les centres d'accueil des demandeurs d'asile",
            "Indicatoren voor opvangcentra voor asielzoekers",
        ),
        (
            "Hospital screening protocol",
            "Protocole de détection dans les hôpitaux",
            "Detectieprotocol in ziekenhuizen",
        ),
    ],
    "protection": [
        (
            "Funding of the specialised centres",
            "Financement des centres spécialisés",
            "Financiering van de gespecialiseerde centra",
        ),
        (
            "Shelter places for child victims",
            "Places d'accueil pour enfants victimes",
            "Opvangplaatsen voor minderjarige slachtoffers",
        ),
        (
            "Legal aid for civil parties",
            "Aide juridique aux parties civiles",
            "Juridische bijstand voor burgerlijke partijen",
        ),
        ("Faster residence permits", "Accélération des titres de séjour", "Snellere verblijfsvergunningen"),
    ],
    "prosecution": [
        (
            "Reference magistrates in every district",
            "Magistrats de référence dans chaque arrondissement",
            "Referentiemagistraten in elk arrondissement",
        ),
        (
            "Financial investigation in every case",
            "Enquête financière dans chaque dossier",
            "Financieel onderzoek in elk dossier",
        ),
        (
            "Circular on labour exploitation cases",
            "Circulaire sur les dossiers d'exploitation économique",
            "Omzendbrief over dossiers van economische uitbuiting",
        ),
        ("Joint investigation teams", "Équipes communes d'enquête", "Gemeenschappelijke onderzoeksteams"),
    ],
    "partnership": [
        (
            "Interdepartmental coordination unit",
            "Cellule interdépartementale de coordination",
            "Interdepartementale coördinatiecel",
        ),
        (
            "Data sharing agreement between actors",
            "Accord de partage de données entre acteurs",
            "Akkoord over gegevensdeling tussen actoren",
        ),
        (
            "Cooperation with countries of origin",
            "Coopération avec les pays d'origine",
            "Samenwerking met de landen van herkomst",
        ),
        ("Partnership with NGOs", "Partenariat avec les ONG", "Partnerschap met ngo's"),
    ],
}
BODIES = {
    "prevention": "Ministry of Employment",
    "identification": "Federal police",
    "protection": "Ministry of Social Affairs",
    "prosecution": "College of Prosecutors-General",
    "partnership": "Interdepartmental coordination unit",
}
INDICATOR = {
    "identification": (
        {
            "en": "Identified victims registered",
            "fr": "Victimes identifiées enregistrées",
            "nl": "Geregistreerde geïdentificeerde slachtoffers",
        },
        {"id": "victims_status_sex", "row": "identified", "column": "total"},
    ),
    "protection": (
        {
            "en": "Persons granted victim status",
            "fr": "Personnes ayant obtenu le statut de victime",
            "nl": "Personen met slachtofferstatuut",
        },
        {"id": "protection_milestones", "row": "victim_status", "column": "total"},
    ),
    "prosecution": (
        {"en": "Suspected persons", "fr": "Personnes suspectées", "nl": "Verdachte personen"},
        {"id": "justice_by_sex", "row": "suspect", "column": "total"},
    ),
}
RECS = [
    (
        "Link the actors' registers so that victims are counted once",
        "Relier les registres des acteurs pour compter chaque victime une seule fois",
        "De registers van de actoren koppelen zodat elk slachtoffer één keer geteld wordt",
        "partnership",
    ),
    (
        "Give the labour inspection a referral role",
        "Donner un rôle d'orientation à l'inspection sociale",
        "De sociale inspectie een doorverwijsrol geven",
        "identification",
    ),
    (
        "Guarantee a shelter place for every child victim",
        "Garantir une place d'accueil à chaque enfant victime",
        "Elk minderjarig slachtoffer een opvangplaats garanderen",
        "protection",
    ),
    (
        "Open a financial investigation in every trafficking case",
        "Ouvrir une enquête financière dans chaque dossier de traite",
        "In elk mensenhandeldossier een financieel onderzoek openen",
        "prosecution",
    ),
    (
        "Inform seasonal workers of their rights before arrival",
        "Informer les travailleurs saisonniers de leurs droits avant leur arrivée",
        "Seizoenarbeiders vóór aankomst over hun rechten informeren",
        "prevention",
    ),
    (
        "Fund the specialised centres for several years at once",
        "Financer les centres spécialisés sur plusieurs années",
        "De gespecialiseerde centra meerjarig financieren",
        "protection",
    ),
    (
        "Train hospital staff to recognise victims",
        "Former le personnel hospitalier à reconnaître les victimes",
        "Ziekenhuispersoneel opleiden om slachtoffers te herkennen",
        "identification",
    ),
]
STATUS_PATH = [
    ["not_implemented", "partly_implemented", "implemented"],
    ["partly_implemented", "partly_implemented", "implemented"],
    ["not_implemented", "not_implemented", "partly_implemented"],
    ["partly_implemented", "no_longer_relevant"],
    ["not_implemented", "partly_implemented", "partly_implemented"],
]
EVIDENCE = {
    "implemented": ("The measure is in force", "La mesure est en vigueur", "De maatregel is van kracht"),
    "partly_implemented": (
        "Work has started but is not complete",
        "Les travaux ont commencé mais ne sont pas terminés",
        "Het werk is begonnen maar niet af",
    ),
    "not_implemented": ("No step was taken", "Aucune mesure n'a été prise", "Er werd geen stap gezet"),
    "no_longer_relevant": (
        "Overtaken by a later reform",
        "Dépassée par une réforme ultérieure",
        "Achterhaald door een latere hervorming",
    ),
}


def _t(en: str, fr: str, nl: str, mark: bool = True) -> dict[str, str]:
    if not mark:
        return {"en": en, "fr": fr, "nl": nl}
    return {"en": f"{en} {FICTIONAL['en']}", "fr": f"{fr} {FICTIONAL['fr']}", "nl": f"{nl} {FICTIONAL['nl']}"}


def build(seed: int, year: int, years: int = 5) -> tuple[str, str]:
    """(measures.yaml, recommendations.yaml) as text."""
    rng = np.random.default_rng(seed + 7)
    first = year - years + 1
    measures: list[Any] = []
    for area, titles in MEASURES.items():
        for k, (en, fr, nl) in enumerate(titles):
            start_year = int(rng.integers(first, year + 1))
            ys: dict[int, Any] = {}
            for y in range(start_year, year + 1):
                n = int(rng.integers(20, 400))
                entry: dict[str, Any] = {
                    "outputs": _t(
                        f"{n} people reached or trained in {y}",
                        f"{n} personnes touchées ou formées en {y}",
                        f"{n} personen bereikt of opgeleid in {y}",
                        mark=False,
                    ),
                    "outcomes": _t(
                        "More referrals to the specialised centres were reported",
                        "Davantage d'orientations vers les centres spécialisés ont été signalées",
                        "Er werden meer doorverwijzingen naar de gespecialiseerde centra gemeld",
                        mark=False,
                    ),
                }
                if area in INDICATOR and y == year:
                    label, ref = INDICATOR[area]
                    entry["indicators"] = [{"label": label, "table": ref}]
                else:
                    entry["indicators"] = [
                        {
                            "label": _t(
                                "Sessions held", "Sessions organisées", "Gehouden sessies", mark=False
                            ),
                            "value": int(rng.integers(3, 60)),
                            "source": BODIES[area],
                        }
                    ]
                ys[y] = entry
            measures.append(
                Measure.model_validate(
                    {
                        "id": f"M-{area[:4].upper()}-{k + 1}",
                        "title": _t(en, fr, nl),
                        "body": BODIES[area],
                        "area": area,
                        "start": dt.date(start_year, 1 + int(rng.integers(0, 12)), 1),
                        "years": ys,
                    }
                )
            )
    recs: list[Any] = []
    for y in range(first, year + 1):
        for j in range(5):
            en, fr, nl, theme = RECS[(y * 5 + j) % len(RECS)]
            path = STATUS_PATH[(y + j) % len(STATUS_PATH)]
            fu = []
            for step, status in enumerate(path, start=1):
                if y + step > year:
                    break
                ev = EVIDENCE[status]
                fu.append({"year": y + step, "status": status, "evidence": _t(*ev)})
                if status in ("implemented", "no_longer_relevant"):
                    break
            recs.append(
                Recommendation.model_validate(
                    {
                        "id": f"R{y}-{j + 1}",
                        "year": y,
                        "text": _t(en, fr, nl),
                        "addressee": "Federal government",
                        "theme": theme,
                        "measures": [f"M-{theme[:4].upper()}-1"],
                        "followup": fu,
                    }
                )
            )
    return _dump(measures), _dump(recs)
