"""Suggestions from a judgment's text (French, Dutch or English): forms of exploitation, sector,
verdict and sentences, each with the sentence that supports it and a confidence.

Evidence comes in three strengths: the article of law cited (art. 433quinquies § 1, 1° to 5°),
the legal wording of a form, and facts typical of a form. A form's confidence is
1 − Π(1 − w) over its distinct cues (article 0.95, wording 0.85, fact 0.4); a form is suggested
at 0.6 or more, and when articles are cited, a form supported by facts alone needs 0.8.
Suggestions are stored apart from what the analyst entered and never overwrite it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapporteur.caselaw.model import FORMS
from rapporteur.model import codelist

ARTICLE_W, WORDING_W, FACT_W = 0.95, 0.85, 0.4
THRESHOLD, FACTS_ONLY_WITH_ARTICLES = 0.6, 0.8
NUMERAL = {"1": "sexual", "2": "begging", "3": "labour", "4": "organs", "5": "crime"}

WORDING: dict[str, list[str]] = {
    "sexual": [
        r"exploitation de la prostitution",
        r"autres? formes? d'exploitation sexuelle",
        r"exploitation sexuelle",
        r"seksuele uitbuiting",
        r"uitbuiting van (de )?prostitutie",
        r"andere vormen van seksuele uitbuiting",
        r"sexual exploitation",
        r"exploitation of (the )?prostitution",
    ],
    "begging": [
        r"exploitation de la mendicit[ée]",
        r"mendicit[ée] forc[ée]e",
        r"uitbuiting van (de )?bedelarij",
        r"gedwongen bedelarij",
        r"exploitation of begging",
        r"forced begging",
    ],
    "labour": [
        r"travail ou (de )?services?,? dans des conditions contraires [àa] la dignit[ée] humaine",
        r"conditions contraires [àa] la dignit[ée] humaine",
        r"exploitation [ée]conomique",
        r"exploitation par le travail",
        r"arbeid of diensten,? in omstandigheden die in strijd zijn met de menselijke waardigheid",
        r"in strijd met de menselijke waardigheid",
        r"economische uitbuiting",
        r"labour exploitation",
        r"conditions contrary to human dignity",
        r"forced labour",
    ],
    "organs": [
        r"pr[ée]l[èe]vement d'organes",
        r"mat[ée]riel corporel humain",
        r"wegneming van organen",
        r"verwijdering van organen",
        r"menselijk lichaamsmateriaal",
        r"removal of (an? )?organs?",
        r"organ removal",
    ],
    "crime": [
        r"commettre un crime ou un d[ée]lit contre (son|leur) gr[ée]",
        r"criminalit[ée] forc[ée]e",
        r"misdaad of (een )?wanbedrijf (te )?(laten )?plegen tegen (zijn|haar|hun) wil",
        r"gedwongen criminaliteit",
        r"forced criminality",
        r"commit (a )?crimes? against (his|her|their) will",
    ],
}
FACTS: dict[str, list[str]] = {
    "sexual": [
        r"prostitu\w*",
        r"vitrines?",
        r"salons? de massage",
        r"massagesalons?",
        r"escort\w*",
        r"bar à champagne",
        r"raamprostitutie",
        r"clients?\b",
        r"klanten",
        r"brothel\w*",
        r"maison close",
        r"bordeel\w*",
        r"services? sexuels?",
        r"seksuele diensten",
        r"sexual services",
    ],
    "begging": [r"mendi\w+", r"bedel\w+", r"\bbeg(ged|ging)\b", r"aum[ôo]ne\w*", r"aalmoes\w*"],
    "labour": [
        r"chantiers?",
        r"bouwwerf\w*",
        r"\bwerf\b",
        r"car-?wash\w*",
        r"restaurants?",
        r"horeca",
        r"cueillette",
        r"plantations?",
        r"boerderij\w*",
        r"pluk\w*",
        r"nettoyage",
        r"schoonmaak\w*",
        r"heures par jour",
        r"uren per dag",
        r"salaires?",
        r"\bloon\b",
        r"travail domestique",
        r"huishoudhulp",
        r"construction site",
        r"hours a day",
        r"wages",
    ],
    "organs": [r"\breins?\b", r"\bnier\w*", r"greffe", r"transplant\w*", r"kidney"],
    "crime": [
        r"\bvols?\b",
        r"cambriolages?",
        r"stup[ée]fiants",
        r"diefstal\w*",
        r"inbra\w*",
        r"drugshandel",
        r"cannabis\w*",
        r"\btheft\w*",
        r"burglar\w*",
        r"drug dealing",
    ],
}
SECTOR: dict[str, list[str]] = {
    "I": [r"restaurants?", r"horeca", r"snack\w*", r"h[ôo]tel\w*", r"friterie", r"frituur", r"pizzeria"],
    "F": [
        r"chantiers?",
        r"construction",
        r"bouwwerf\w*",
        r"\bwerf\b",
        r"bouwbedrijf",
        r"r[ée]novation",
        r"renovatie",
    ],
    "A": [
        r"cueillette",
        r"plantations?",
        r"agricult\w+",
        r"\bfermes?\b",
        r"serres?",
        r"boerderij\w*",
        r"pluk\w*",
        r"landbouw",
        r"tuinbouw",
    ],
    "T": [
        r"travail domestique",
        r"domestique",
        r"au pair",
        r"huishoudhulp",
        r"huishoudelijk\w*",
        r"domestic work",
    ],
    "G": [r"car-?wash\w*", r"night-?shop\w*", r"magasin\w*", r"winkel\w*", r"garage"],
    "H": [r"transport\w*", r"chauffeur\w*", r"camion\w*", r"vrachtwagen\w*", r"koerier\w*"],
    "S": [
        r"prostitu\w*",
        r"salons? de massage",
        r"massagesalons?",
        r"raamprostitutie",
        r"vitrines?",
        r"escort\w*",
    ],
    "N": [r"nettoyage", r"schoonmaak\w*", r"cleaning"],
    "Q": [r"greffe", r"transplant\w*", r"h[ôo]pital\w*", r"clinique\w*", r"ziekenhuis\w*", r"kliniek\w*"],
    "C": [r"ateliers? de confection", r"confection", r"usine", r"fabriek", r"naaiatelier\w*"],
}
VERDICT: dict[str, list[str]] = {
    "suspended_sentence_pronouncement": [
        r"suspension du prononc[ée]",
        r"opschorting van de uitspraak",
        r"suspension of (the )?sentence",
    ],
    "convicted": [
        r"\bcondamne\b",
        r"\bcondamn[ée]s?\b",
        r"d[ée]clar[ée]e?s? coupables?",
        r"\bveroordeelt\b",
        r"\bveroordeeld\b",
        r"schuldig",
        r"\bconvicts?\b",
        r"\bconvicted\b",
        r"\bsentences?\b.*\bto\b",
    ],
    "acquitted": [r"\bacquitt?e\w*", r"spreekt\b.*\bvrij\b", r"vrijgesproken", r"vrijspraak", r"\bacquit\w*"],
}
NUM = r"(\d+(?:[.,  ]\d{3})*(?:,\d+)?)"
PRISON = [
    (rf"{NUM} (mois|ans?) d'emprisonnement", None),
    (rf"emprisonnement (?:principal )?de {NUM} (mois|ans?)", None),
    (rf"gevangenisstraf van {NUM} (maanden|maand|jaar)", None),
    (rf"{NUM} (maanden|maand|jaar) gevangenisstraf", None),
    (rf"{NUM} (months?|years?)(?:'| of)? imprisonment", None),
]
FINE = [
    rf"amende de {NUM} (?:euros?|EUR)",
    rf"geldboete van {NUM} (?:euro|EUR)",
    rf"fine of (?:EUR|€) ?{NUM}",
]
CONFISCATION = [
    rf"confiscation [^.;]{{0,80}}?{NUM} (?:euros?|EUR)",
    rf"verbeurdverklaring [^.;]{{0,80}}?{NUM} (?:euro|EUR)",
    rf"confiscation [^.;]{{0,80}}?(?:EUR|€) ?{NUM}",
]
SUSPENDED = [r"avec sursis", r"met uitstel", r"suspended"]
ARTICLE = re.compile(r"433\s*quinquies", re.I)
NUMERALS = re.compile(r"(?<![\d§])([1-5])\s*°")
SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-ÝÉÈ0-9«\"(])|\n{2,}")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if s.strip()]


def _compile(d: dict[str, list[str]]) -> dict[str, list[re.Pattern[str]]]:
    return {k: [re.compile(p, re.I) for p in v] for k, v in d.items()}


_WORDING, _FACTS, _SECTOR, _VERDICT = _compile(WORDING), _compile(FACTS), _compile(SECTOR), _compile(VERDICT)


def _clip(s: str, n: int = 300) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


@dataclass
class Cue:
    kind: str  # article | wording | fact
    weight: float
    evidence: str
    key: str


def forms(text: str) -> list[dict[str, Any]]:
    cues: dict[str, list[Cue]] = defaultdict(list)
    for s in sentences(text):
        for m in ARTICLE.finditer(s):
            tail = s[m.end() : m.end() + 160]
            for n in NUMERALS.findall(tail):
                cues[NUMERAL[n]].append(Cue("article", ARTICLE_W, s, f"art:{n}"))
        for form, pats in _WORDING.items():
            for p in pats:
                if p.search(s):
                    cues[form].append(Cue("wording", WORDING_W, s, p.pattern))
                    break
        for form, pats in _FACTS.items():
            for p in pats:
                m2 = p.search(s)
                if m2:
                    cues[form].append(Cue("fact", FACT_W, s, f"{m2.group(0).lower()}|{s[:40]}"))
    articles = any(c.kind == "article" for cs in cues.values() for c in cs)
    out = []
    for form in FORMS:
        cs = cues.get(form, [])
        distinct = {c.key: c for c in cs}.values()
        p_none = 1.0
        for c in distinct:
            p_none *= 1 - c.weight
        conf = 1 - p_none
        strong = any(c.kind != "fact" for c in cs)
        if conf < THRESHOLD or (articles and not strong and conf < FACTS_ONLY_WITH_ARTICLES):
            continue
        best = max(cs, key=lambda c: c.weight)
        out.append(
            {
                "code": form,
                "eurostat": codelist("exploitation").attr(form, "eurostat"),
                "evidence": _clip(best.evidence),
                "basis": best.kind,
                "confidence": round(conf, 3),
            }
        )
    return out


def _best(text: str, table: dict[str, list[re.Pattern[str]]]) -> dict[str, Any] | None:
    score: dict[str, int] = defaultdict(int)
    where: dict[str, str] = {}
    for s in sentences(text):
        for code, pats in table.items():
            if any(p.search(s) for p in pats):
                score[code] += 1
                where.setdefault(code, s)
    if not score:
        return None
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], list(table).index(kv[0])))
    code, n = ranked[0]
    total = sum(score.values())
    return {
        "code": code,
        "evidence": _clip(where[code]),
        "confidence": round(min(0.95, 0.5 + 0.45 * n / total), 3),
    }


def verdict(text: str) -> dict[str, Any] | None:
    """Convicted if any defendant is convicted; suspension of the pronouncement; else acquitted."""
    found: dict[str, str] = {}
    for s in sentences(text):
        for code, pats in _VERDICT.items():
            if code not in found and any(p.search(s) for p in pats):
                found[code] = s
    for code, conf in (("convicted", 0.9), ("suspended_sentence_pronouncement", 0.85), ("acquitted", 0.85)):
        if code in found:
            return {"code": code, "evidence": _clip(found[code]), "confidence": conf}
    return None


def _amount(text: str) -> float:
    return float(re.sub(r"[.  ]", "", text).replace(",", "."))


def sentences_imposed(text: str) -> dict[str, Any]:
    """Prison terms (months), fines and confiscations (euros) found in the text, with evidence."""
    prison: list[float] = []
    suspended = 0
    fines: list[float] = []
    conf: list[float] = []
    evidence: list[str] = []
    for s in sentences(text):
        hit = False
        for pat, _ in PRISON:
            for m in re.finditer(pat, s, re.I):
                n, unit = _amount(m.group(1)), m.group(2).lower()
                prison.append(n * 12 if unit.startswith(("an", "jaar", "year")) else n)
                hit = True
                if any(re.search(x, s[m.end() : m.end() + 60], re.I) for x in SUSPENDED):
                    suspended += 1
        for pat in FINE:
            for m in re.finditer(pat, s, re.I):
                fines.append(_amount(m.group(1)))
                hit = True
        for pat in CONFISCATION:
            for m in re.finditer(pat, s, re.I):
                conf.append(_amount(m.group(1)))
                hit = True
        if hit:
            evidence.append(_clip(s, 200))
    return {
        "prison_months": prison,
        "suspended": suspended,
        "fines_eur": fines,
        "confiscations_eur": conf,
        "evidence": evidence[:5],
    }


def classify(jid: str, text: str) -> dict[str, Any]:
    return {
        "id": jid,
        "forms": forms(text),
        "sector": _best(text, _SECTOR),
        "verdict": verdict(text),
        "sentences": sentences_imposed(text),
    }


def effective_forms(stored: Any) -> tuple[list[str], bool]:
    """The forms to publish: the analyst's if given (confirmed), else the suggestion's."""
    j = stored.judgment
    if j.forms is not None:
        return list(j.forms), True
    s = stored.suggestions or {}
    return [f["code"] for f in s.get("forms", [])], False
