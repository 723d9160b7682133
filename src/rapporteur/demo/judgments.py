# ruff: noqa: E501 - the fictional judgments are prose; their sentences stay whole on one line
"""Fictional judgments for the demo's case-law register, in French and Dutch, marked FICTIONAL.

Courts are real Belgian court names; the cases, parties, facts and sentences are invented. The
texts vary as real ones do: some cite art. 433quinquies with its numeral, some only use the legal
wording, some only describe the facts; some summaries exist in one language only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import yaml

COURTS = {
    "fr": [
        ("Tribunal correctionnel de Bruxelles", "first_instance"),
        ("Tribunal correctionnel de Liège", "first_instance"),
        ("Tribunal correctionnel de Charleroi", "first_instance"),
        ("Tribunal correctionnel du Hainaut, division Mons", "first_instance"),
        ("Cour d'appel de Bruxelles", "appeal"),
        ("Cour d'appel de Liège", "appeal"),
    ],
    "nl": [
        ("Correctionele rechtbank Antwerpen", "first_instance"),
        ("Correctionele rechtbank Oost-Vlaanderen, afdeling Gent", "first_instance"),
        ("Correctionele rechtbank West-Vlaanderen, afdeling Brugge", "first_instance"),
        ("Nederlandstalige correctionele rechtbank Brussel", "first_instance"),
        ("Hof van beroep Antwerpen", "appeal"),
        ("Hof van beroep Gent", "appeal"),
    ],
}
NUMERAL = {"sexual": 1, "begging": 2, "labour": 3, "organs": 4, "crime": 5}
WORDING = {
    "fr": {
        "sexual": "l'exploitation de la prostitution ou d'autres formes d'exploitation sexuelle",
        "begging": "l'exploitation de la mendicité",
        "labour": "travail ou services dans des conditions contraires à la dignité humaine",
        "organs": "prélèvement d'organes",
        "crime": "faire commettre un crime ou un délit contre son gré",
    },
    "nl": {
        "sexual": "uitbuiting van prostitutie of andere vormen van seksuele uitbuiting",
        "begging": "uitbuiting van bedelarij",
        "labour": "arbeid of diensten in omstandigheden die in strijd zijn met de menselijke waardigheid",
        "organs": "wegneming van organen",
        "crime": "een misdaad of wanbedrijf te laten plegen tegen zijn wil",
    },
}
CHARGE = {
    "fr": {
        "head": "{court}, {n}e chambre, jugement du {date}.",
        "and": " et ",
        "article": "Les prévenus sont poursuivis du chef de traite des êtres humains (article 433quinquies, "
        "§ 1er, alinéa 1er, {nums} du Code pénal), avec circonstances aggravantes.",
        "wording": "Les prévenus sont poursuivis pour avoir recruté et hébergé des personnes à des fins de {goals}.",
        "facts": "Les prévenus sont poursuivis du chef de traite des êtres humains.",
    },
    "nl": {
        "head": "{court}, kamer {n}, vonnis van {date}.",
        "and": " en ",
        "article": "De beklaagden worden vervolgd wegens mensenhandel (artikel 433quinquies, § 1, eerste lid, "
        "{nums} van het Strafwetboek), met verzwarende omstandigheden.",
        "wording": "De beklaagden worden vervolgd omdat zij personen hebben geworven en gehuisvest met het oog op "
        "{goals}.",
        "facts": "De beklaagden worden vervolgd wegens mensenhandel.",
    },
}
FACTS = {
    "fr": {
        "sexual": [
            "Les victimes, recrutées dans leur pays d'origine sous la promesse d'un emploi, étaient contraintes "
            "de se prostituer dans des vitrines du quartier de la gare.",
            "Elles devaient remettre la majeure partie de leurs gains aux prévenus pour rembourser une prétendue "
            "dette de voyage.",
            "Des annonces d'escort publiées sur internet attiraient la clientèle vers des appartements loués par "
            "les prévenus.",
            "Dans le salon de massage, les jeunes femmes étaient obligées de fournir des services sexuels.",
        ],
        "labour": [
            "Les ouvriers étaient occupés sur des chantiers de rénovation dix à douze heures par jour, six jours "
            "sur sept.",
            "Ils étaient logés dans des conditions insalubres et ne percevaient qu'un salaire de quelques euros "
            "de l'heure.",
            "Le car-wash employait des travailleurs sans titre de séjour, payés une fraction du salaire minimum.",
            "Les travailleurs agricoles assuraient la cueillette des fraises sans contrat ni protection.",
            "La victime travaillait en cuisine dans un restaurant sans jour de repos.",
        ],
        "begging": [
            "Les victimes, dont plusieurs mineurs, étaient conduites chaque matin aux abords des gares pour y "
            "mendier.",
            "Elles devaient rapporter chaque soir une somme minimale issue de la mendicité, sous peine de coups.",
        ],
        "crime": [
            "Les jeunes victimes étaient contraintes de commettre des vols à l'étalage et des cambriolages pour "
            "le compte des prévenus.",
            "Le produit des vols était revendu par les prévenus sur des marchés.",
        ],
        "organs": [
            "La victime avait été amenée en Belgique pour y céder un rein à un patient en attente de greffe.",
            "Les prévenus avaient organisé les examens médicaux et le voyage de la victime.",
        ],
    },
    "nl": {
        "sexual": [
            "De slachtoffers werden in hun land van herkomst geronseld met de belofte van werk en moesten zich "
            "vervolgens prostitueren in vitrines.",
            "Zij moesten het grootste deel van hun verdiensten aan de beklaagden afstaan om een zogenaamde "
            "reisschuld af te lossen.",
            "Via escortadvertenties op het internet werden klanten naar door de beklaagden gehuurde "
            "appartementen gelokt.",
            "In het massagesalon werden de jonge vrouwen verplicht seksuele diensten te verlenen.",
        ],
        "labour": [
            "De arbeiders werkten tien tot twaalf uren per dag op een bouwwerf, zes dagen op zeven.",
            "Zij sliepen in ongezonde omstandigheden en ontvingen een loon van enkele euro per uur.",
            "In de carwash werkten mensen zonder verblijfsvergunning voor een fractie van het minimumloon.",
            "De plukkers werkten op de boerderij zonder contract of bescherming.",
            "Het slachtoffer werkte in de keuken van een restaurant zonder rustdag.",
        ],
        "begging": [
            "De slachtoffers, onder wie minderjarigen, werden elke ochtend naar de stations gebracht om er te "
            "bedelen.",
            "Zij moesten elke avond een minimumbedrag uit het bedelen afdragen, anders werden zij geslagen.",
        ],
        "crime": [
            "De jonge slachtoffers werden gedwongen winkeldiefstallen en inbraken te plegen voor rekening van "
            "de beklaagden.",
            "Anderen moesten in een cannabisplantage werken en de planten verzorgen.",
        ],
        "organs": [
            "Het slachtoffer werd naar België gebracht om er een nier af te staan aan een patiënt die op een "
            "transplantatie wachtte.",
            "De beklaagden hadden de medische onderzoeken en de reis van het slachtoffer geregeld.",
        ],
    },
}
SECTOR_OF = {"sexual": "S", "begging": None, "crime": None, "organs": "Q"}
LABOUR_SECTOR = {0: "F", 2: "G", 3: "A", 4: "I"}  # fact 1 (housing and pay) names no sector
SUMMARY = {
    "fr": {
        "sexual": "Exploitation sexuelle de {n} femmes dans des vitrines et par des annonces d'escort.",
        "labour": "Exploitation économique de {n} travailleurs occupés sans titre de séjour.",
        "begging": "Exploitation de la mendicité de {n} personnes, dont des mineurs.",
        "crime": "Criminalité forcée : {n} jeunes contraints de commettre des vols.",
        "organs": "Trafic en vue du prélèvement d'un rein.",
    },
    "nl": {
        "sexual": "Seksuele uitbuiting van {n} vrouwen in vitrines en via escortadvertenties.",
        "labour": "Economische uitbuiting van {n} werknemers zonder verblijfsvergunning.",
        "begging": "Uitbuiting van bedelarij van {n} personen, onder wie minderjarigen.",
        "crime": "Gedwongen criminaliteit: {n} jongeren gedwongen diefstallen te plegen.",
        "organs": "Mensenhandel met het oog op de wegneming van een nier.",
    },
    "en": {
        "sexual": "Sexual exploitation of {n} women in windows and through escort advertisements.",
        "labour": "Labour exploitation of {n} workers without residence permits.",
        "begging": "Exploitation of begging of {n} persons, including children.",
        "crime": "Forced criminality: {n} young people forced to steal.",
        "organs": "Trafficking for the removal of a kidney.",
    },
}
ORD = {"fr": ["premier", "deuxième", "troisième", "quatrième"], "nl": ["eerste", "tweede", "derde", "vierde"]}


@dataclass
class Fictional:
    id: str
    front: dict[str, Any]
    text: str
    truth: dict[str, Any] = field(default_factory=dict)  # forms and verdict, for evaluation

    def markdown(self) -> str:
        head = yaml.safe_dump(self.front, allow_unicode=True, sort_keys=False, width=100)
        return f"---\n{head}---\n{self.text}\n"


def _pick(rng: np.random.Generator, items: list[Any]) -> Any:
    return items[int(rng.integers(len(items)))]


def _eur(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", ".")


def _decision(rng: np.random.Generator, lang: str, k: int, convict: bool, d: dict[str, Any]) -> list[str]:
    who = ORD[lang][k]
    if not convict:
        d["verdict"] = "acquitted"
        return [
            f"Le tribunal acquitte le {who} prévenu, les faits n'étant pas établis à suffisance."
            if lang == "fr"
            else f"De rechtbank spreekt de {who} beklaagde vrij, omdat de feiten niet bewezen zijn."
        ]
    months = int(_pick(rng, [12, 18, 24, 30, 36, 40, 48, 60]))
    fine = int(_pick(rng, [1000, 3000, 6000, 8000, 12000, 24000]))
    suspended = rng.random() < 0.35
    d.update(verdict="convicted", prison_months=months, fine_eur=fine)
    if suspended:
        d["suspended_months"] = months
    if lang == "fr":
        s = (
            f"Le tribunal condamne le {who} prévenu à un emprisonnement de {months} mois"
            f"{' avec sursis' if suspended else ''} et à une amende de {_eur(fine, lang)} euros."
        )
    else:
        s = (
            f"De rechtbank veroordeelt de {who} beklaagde tot een gevangenisstraf van {months} maanden"
            f"{' met uitstel' if suspended else ''} en een geldboete van {_eur(fine, lang)} euro."
        )
    return [s]


def judgment(rng: np.random.Generator, k: int, lang: str, forms: list[str], year: int) -> Fictional:
    court, instance = _pick(rng, COURTS[lang])
    date = dt.date(year, 1, 1) + dt.timedelta(days=int(rng.integers(10, 350)))
    style = _pick(rng, ["article", "article", "wording", "facts"])
    n_vict = int(rng.integers(2, 9)) if "organs" not in forms else 1  # the summaries say "victims"
    t = CHARGE[lang]
    text = [t["head"].format(court=court, n=int(rng.integers(11, 60)), date=date.strftime("%d/%m/%Y"))]
    if style == "article":
        text.append(t["article"].format(nums=t["and"].join(f"{NUMERAL[f]}°" for f in forms)))
    elif style == "wording":
        text.append(t["wording"].format(goals=t["and"].join(WORDING[lang][f] for f in forms)))
    else:
        text.append(t["facts"])
    labour_sector = None
    for f in forms:
        bank = FACTS[lang][f]
        idx = rng.choice(len(bank), size=min(2, len(bank)), replace=False)
        if f == "labour":
            labour_sector = next((LABOUR_SECTOR[int(i)] for i in idx if int(i) in LABOUR_SECTOR), None)
        text.extend(bank[int(i)] for i in idx)
    n_def = int(rng.integers(1, 4))
    verdicts = [rng.random() < 0.85 for _ in range(n_def)]
    defendants: list[dict[str, Any]] = []
    for i, convict in enumerate(verdicts):
        d: dict[str, Any] = {
            "sex": "M" if rng.random() < 0.75 else "F",
            "nationality": _pick(rng, ["BE", "RO", "BG", "AL", "NG", "MA", "CN"]),
        }
        text.extend(_decision(rng, lang, i, convict, d))
        defendants.append(d)
    civil: list[dict[str, Any]] = []
    if rng.random() < 0.6:
        centre = _pick(rng, ["Payoke", "PAG-ASA", "Sürya"])
        dmg = int(_pick(rng, [2500, 5000, 7500, 10000, 15000]))
        civil.append({"kind": "victim_centre", "damages_eur": 1.0})
        civil.append({"kind": "victim", "damages_eur": float(dmg)})
        text.append(
            f"Le centre {centre} se constitue partie civile ; le tribunal lui alloue un euro symbolique et alloue "
            f"à la victime un montant de {_eur(dmg, lang)} euros à titre de dommage moral."
            if lang == "fr"
            else f"Het centrum {centre} stelt zich burgerlijke partij; de rechtbank kent het een symbolische euro "
            f"toe en kent het slachtoffer {_eur(dmg, lang)} euro toe als morele schadevergoeding."
        )
    if any(verdicts) and rng.random() < 0.5:
        amount = int(_pick(rng, [15000, 42000, 80000, 120000]))
        defendants[verdicts.index(True)]["confiscation_eur"] = amount
        text.append(
            f"Il ordonne la confiscation de la somme de {_eur(amount, lang)} euros."
            if lang == "fr"
            else f"De rechtbank beveelt de verbeurdverklaring van een bedrag van {_eur(amount, lang)} euro."
        )
    main = forms[0]
    sector = labour_sector if main == "labour" else SECTOR_OF.get(main)
    other = "nl" if lang == "fr" else "fr"
    summary = {lang: " ".join(SUMMARY[lang][f].format(n=n_vict) for f in forms)}
    if rng.random() < 0.4:
        summary[other] = " ".join(SUMMARY[other][f].format(n=n_vict) for f in forms)
    if rng.random() < 0.3:
        summary["en"] = " ".join(SUMMARY["en"][f].format(n=n_vict) for f in forms)
    jid = f"FICT-{year}-{lang.upper()}-{k:03d}"
    front: dict[str, Any] = {
        "id": jid,
        "fictional": True,
        "court": court,
        "instance": instance,
        "date": date.isoformat(),
        "language": lang,
        "chamber": text[0].split(",")[1].strip(),
        "forms": forms,
        **({"sector": sector} if sector else {}),
        "acts": ["recruitment", "harbouring"],
        "means": ["abuse_of_vulnerability"] + (["debt_bondage"] if main == "sexual" else []),
        "aggravating": ["abuse_of_vulnerability", "habitual"],
        "victims": {"count": n_vict, "minors": int(main in ("begging", "crime"))},
        "defendants": defendants,
        "civil_parties": civil,
        "final": bool(rng.random() < 0.7),
        "summary": summary,
    }
    verdict = "convicted" if any(verdicts) else "acquitted"
    body = " ".join(text)
    if instance == "appeal":  # a court of appeal gives an arrêt/arrest, as "la cour"/"het hof"
        for a, b in (("Le tribunal", "La cour"), ("le tribunal", "la cour"), ("jugement du", "arrêt du")):
            body = body.replace(a, b)
        for a, b in (("De rechtbank", "Het hof"), ("de rechtbank", "het hof"), ("vonnis van", "arrest van")):
            body = body.replace(a, b)
    return Fictional(jid, front, "FICTIONAL JUDGMENT. " + body, {"forms": forms, "verdict": verdict})


PLAN = (
    ["sexual"] * 11
    + ["labour"] * 11
    + ["begging"] * 3
    + ["crime"] * 3
    + ["organs"] * 2
    + [["sexual", "labour"], ["begging", "crime"]]
)


def judgments(seed: int, year: int, n: int | None = None) -> list[Fictional]:
    """At least 30 fictional judgments of ``year`` (or ``n``), French and Dutch, all five forms."""
    rng = np.random.default_rng(seed + 433)
    plan = PLAN if n is None else [PLAN[i % len(PLAN)] for i in range(n)]
    out = []
    for k, f in enumerate(plan, start=1):
        forms = f if isinstance(f, list) else [f]
        lang = "fr" if rng.random() < 0.5 else "nl"
        out.append(judgment(rng, k, lang, forms, year))
    return out
