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
        r"exploit\w*,?[^.;]{0,60}?\bprostitution",
        r"(livrer|livrée?s?|contraint\w*|forc[ée]\w*) [àa] (la |se )?prostitu",
        r"(aux|à des|en vue de|des) fins? d[e'] ?(la )?prostitution",
        r"exploitation sexuelle",
        r"seksuele uitbuiting",
        r"uitbuiting van (de |hun |haar |zijn )?(prostitutie|ontucht)",
        r"seksueel (uit te buiten|uitgebuit)",
        r"sexual(ly)? exploit\w*",
        r"exploitation of (the )?prostitution",
        r"forced (into )?prostitution",
        r"sex trafficking",
    ],
    "begging": [
        r"mendicit[ée]",
        r"(contraint\w*|forc[ée]\w*|oblig[ée]\w*|faire|fait) [àa]? ?mendier",
        r"bedelarij",
        r"(laten|doen|dwingen te|moesten) bedelen",
        r"exploitation of begging",
        r"(forced|compelled|made) to beg\b",
        r"forced begging",
        r"begging",
    ],
    "labour": [
        r"conditions contraires [àa] la dignit[ée] humaine",
        r"contraires? [àa] la dignit[ée] humaine",
        r"exploitation [ée]conomique",
        r"exploitation (par le|au) travail",
        r"mise au travail",
        r"travail forc[ée]",
        r"menselijke waardigheid",
        r"mensonwaardig\w*",
        r"economische uitbuiting",
        r"arbeidsuitbuiting",
        r"dwangarbeid",
        r"labou?r exploitation",
        r"exploit\w* (of )?(their|his|her|the workers'?) labou?r",
        r"contrary to human dignity",
        r"forced (or compulsory )?labou?r",
        r"(domestic )?servitude",
        r"work or services",
    ],
    "organs": [
        r"pr[ée]l[èe]vement\w* d'organes?",
        r"\borganes?\b",
        r"mat[ée]riel corporel humain",
        r"(wegnem\w*|wegname|verwijder\w*) van (een |de )?(organen|orgaan|nier)",
        r"\borganen(handel)?\b",
        r"menselijk lichaamsmateriaal",
        r"removal of (an? |human )?(organs?|body material)",
        r"organ (removal|harvesting|trafficking)",
        r"human body material",
    ],
    "crime": [
        r"(crimes?|d[ée]lits?|infractions?) contre (son|leur) gr[ée]",
        r"faire commettre",
        r"criminalit[ée] forc[ée]e",
        r"(misdaad|misdaden|misdrijf|misdrijven|wanbedrijf|wanbedrijven) (te )?(laten )?plegen",
        r"laten plegen van",
        r"tegen (zijn|haar|hun) wil",
        r"gedwongen criminaliteit",
        r"forced criminality",
        r"criminal exploitation",
        r"(forced|compelled?|made) (him |her |them )?to commit",
        r"commit (a )?(crimes?|offences?) against (his|her|their) will",
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
ARTICLE = re.compile(r"433[\s-]*quinquies", re.I)
OTHER_LAW = re.compile(
    r"\b(?:art(?:\.|icles?|ikels?)?\s*\d|loi\b|wet\b|law\b|act\b|C\.\s*p[ée]n|Sw\b|Strafwetboek)", re.I
)
TRAFFICKING = [
    r"traite des [êe]tres humains",
    r"traite d'[êe]tres humains",
    r"mensenhandel",
    r"(?<!drug )(?<!drugs )(?<!arms )traffick\w*",
    r"433[\s-]*quinquies",
    r"modern slavery",
    r"forced (or compulsory )?labou?r",
    r"servitude",
    r"\bslavery",
    r"esclavage",
    r"slavernij",
    r"mensenhandelaar\w*",
    r"met het oog op (de |hun |haar |zijn )?(seksuele )?uitbuiting",
    r"(aux|à des) fins d[e'] ?(l'|la )?exploitation",
    r"en vue de (leur |son |sa |l')?exploitation",
    r"(for the purpose|with a view to) (of )?(their |her |his )?(sexual |labour |criminal )?exploitation",
    r"(recrut|transport|h[ée]berg|accueill)\w*[^.;]{0,80}\b(en vue|fins?|afin)\b",
    r"(geworven|vervoerd|gehuisvest|overgebracht|opgevangen)[^.;]{0,80}met het oog op",
    r"(recruited|transported|harboured|harbored)[^.;]{0,80}(with a view|for the purpose|in order)",
]
NEGATION = [
    r"\bpas\b",
    r"\bni\b",
    r"\brien\b",
    r"\baucune?\b",
    r"\bjamais\b",
    r"\bniet\b",
    r"\bgeen\b",
    r"\bnooit\b",
    r"\bnot\b",
    r"\bno\b",
    r"\bnever\b",
    r"n't\b",
    r"\bacquit\w*",
    r"vrijgesproken",
    r"\bvrij\b",
]
REJECT = [
    r"\bacquitt?\w*",
    r"\bacquit\w*",
    r"vrijgesproken",
    r"vrijspraak",
    r"spreekt\b.*\bvrij\b",
    r"pas convaincu",
    r"(n'est|ne sont|n'a|n'ont|n'était|n'étaient) pas (été )?(suffisamment )?"
    r"(établi|démontré|prouvé|rapporté)",
    r"\bnon (établi|prouvé|démontré)",
    r"\baucun (élément|indice|début de preuve)",
    r"le doute (lui |leur )?profite",
    r"ne peu(t|vent) (pas )?être retenu",
    r"\bniet (bewezen|aangetoond|overtuigd|vastgesteld|bewijst)",
    r"\bniet\b[^.]{0,60}\b(bewezen|aangetoond)",
    r"\bgeen (enkele )?(aanwijzing|bewijs|element|spoor)",
    r"\bonvoldoende (bewijs|bewezen|aangetoond)",
    r"\bnot (proven|proved|established|satisfied|convinced|made out)",
    r"\b(did|does|could) not find",
    r"\bnot guilty",
    r"\bno (evidence|indication)",
    r"\binsufficient evidence",
    r"\b(dismissed|rejected) the (charge|count|allegation)",
    r"\b(charge|count|allegation)s? (was|were) (dismissed|rejected)",
]
UPHELD = [
    r"\bconvict\w*",
    r"\bcondamn\w*",
    r"coupable",
    r"culpabilit[ée]",
    r"[ée]tablie?s?\b",
    r"retient",
    r"\bveroordee\w*",
    r"schuldig\w*",
    r"\bbewezen\b",
    r"\bguilty\b",
    r"\bconfirm\w*",
    r"\bbevestig\w*",
    r"\bpleaded guilty",
    r"\bfound\b",
    r"\bheld\b",
]
ALLEGED = [r"\b(argued|soutient|voert aan|beweert|allegedly|selon|volgens)\b"]
PIMPING = re.compile(r"prostitu|ontucht")
CLAUSE = re.compile(
    r";|\b(?:mais|maar|but|whereas|tandis que|terwijl|en revanche|daarentegen|however|par contre)\b", re.I
)
LABEL_DEF = re.compile(r"^(?:[^:]{0,40}:\s*)?([A-H](?:\.\d{1,2})?)(?:[.)]\s+|\s+)(?=\w)")
LABEL_REF = re.compile(
    r"(?:pr[ée]ventions?|tenlasteleggingen?|telastleggingen?|charges?|counts?|voor|van|de|of|for)\s+"
    r"([A-H](?:\.\d{1,2})?)(?!\w|\.\w)",
    re.I,
)
NUMERALS = re.compile(r"(?<![\d§])([1-5])\s*°")
SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-ÝÉÈ0-9«\"(])|\n{2,}")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if s.strip()]


def _compile(d: dict[str, list[str]]) -> dict[str, list[re.Pattern[str]]]:
    return {k: [re.compile(p, re.I) for p in v] for k, v in d.items()}


_WORDING, _FACTS, _SECTOR, _VERDICT = _compile(WORDING), _compile(FACTS), _compile(SECTOR), _compile(VERDICT)
_TRAFFICKING, _NEGATION, _REJECT = (_compile({"x": t})["x"] for t in (TRAFFICKING, NEGATION, REJECT))
_UPHELD, _ALLEGED = (_compile({"x": t})["x"] for t in (UPHELD, ALLEGED))


def _clip(s: str, n: int = 300) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


@dataclass
class Cue:
    kind: str  # article | wording | fact
    weight: float
    evidence: str
    key: str


def _any(pats: list[re.Pattern[str]], s: str) -> bool:
    return any(p.search(s) for p in pats)


def _units(text: str) -> list[str]:
    """Sentences, also split at line breaks (charge lists) and before `; A.`-style labels."""
    out = []
    for line in re.split(r"\n+", text):
        out += [u.strip(" *-•\t") for u in SENTENCE.split(line) if u.strip(" *-•\t")]
    return out


def _clauses(s: str) -> list[str]:
    return [c for c in CLAUSE.split(s) if c and c.strip()]


def _cues(s: str) -> list[tuple[str, Cue]]:
    found: list[tuple[str, Cue]] = []
    for m in ARTICLE.finditer(s):
        tail = OTHER_LAW.split(s[m.end() : m.end() + 160], 1)[0]
        for n in NUMERALS.findall(tail):
            found.append((NUMERAL[n], Cue("article", ARTICLE_W, s, f"art:{n}")))
    for form, pats in _WORDING.items():
        for p in pats:
            if p.search(s):
                found.append((form, Cue("wording", WORDING_W, s, p.pattern)))
                break
    for form, pats in _FACTS.items():
        for p in pats:
            m2 = p.search(s)
            if m2:
                found.append((form, Cue("fact", FACT_W, s, f"{m2.group(0).lower()}|{s[:40]}")))
    return found


def _trafficking(s: str) -> bool:
    """A trafficking term, or a purpose's legal wording other than prostitution's (art. 380)."""
    if _any(_TRAFFICKING, s):
        return True
    return any(p.search(s) for ps in _WORDING.values() for p in ps if not PIMPING.search(p.pattern))


def forms(text: str) -> list[dict[str, Any]]:
    """Purposes of the trafficking charges upheld; if all are dismissed, the purposes as charged.

    No form without a (non-negated) trafficking context: smuggling (art. 77bis of the Aliens
    Act) and prostitution offences (art. 380) alone are not trafficking. A purpose mentioned in
    a clause that rejects it (acquittal, not proven, the court is not convinced …), or in a
    charge (`A.2`, `prévention B`) the court acquits of, is rejected unless a conviction for it
    is stated elsewhere; facts in negated sentences are ignored.
    """
    units = _units(text)
    if not any(_trafficking(u) and (_any(_REJECT, u) or not _any(_NEGATION, u)) for u in units):
        return []
    cues: dict[str, list[Cue]] = defaultdict(list)
    rejected: set[str] = set()
    upheld: set[str] = set()
    labels: dict[str, set[str]] = {}
    for s in units:
        negated = _any(_NEGATION, s)
        sentence_cues = _cues(s)
        lab = LABEL_DEF.match(s)
        charged = {f for f, c in sentence_cues if c.kind != "fact"}
        if lab and charged:
            labels[lab.group(1).upper()] = charged
        for clause in _clauses(s):
            if not _any(_REJECT, clause):
                continue
            rejected |= {f for f, c in _cues(clause) if not (c.kind == "fact" and _any(_ALLEGED, clause))}
            for ref in LABEL_REF.findall(clause):
                rejected |= labels.get(ref.upper(), set())
        for form, c in sentence_cues:
            if c.kind == "fact" and negated:
                continue
            cues[form].append(c)
        for clause in _clauses(s):
            if _any(_UPHELD, clause) and not _any(_REJECT, clause):
                upheld |= {f for f, c in _cues(clause) if c.kind != "fact"}
    articles = any(c.kind == "article" for cs in cues.values() for c in cs)
    strong_any = articles or any(c.kind != "fact" for cs in cues.values() for c in cs)
    scored: dict[str, tuple[float, Cue]] = {}
    for form in FORMS:
        cs = cues.get(form, [])
        if not cs:
            continue
        distinct = {c.key: c for c in cs}.values()
        p_none = 1.0
        for c in distinct:
            p_none *= 1 - c.weight
        conf = 1 - p_none
        strong = any(c.kind != "fact" for c in cs)
        if conf < THRESHOLD or (strong_any and not strong and conf < FACTS_ONLY_WITH_ARTICLES):
            continue
        scored[form] = (conf, max(cs, key=lambda c: c.weight))
    keep = {f for f in scored if f not in rejected or f in upheld}
    if not keep:  # every trafficking charge dismissed: the purposes as charged
        keep = set(scored)
    out = []
    for form in FORMS:
        if form not in keep:
            continue
        conf, best = scored[form]
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
        "judgment_id": jid,
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
