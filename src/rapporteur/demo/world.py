"""The synthetic world: a true population of victims over several years, and who sees whom.

Orders of magnitude follow Belgium (a few hundred registered victims a year; sexual and labour
exploitation dominant, begging and forced crime rarer, children rare). Every person is invented.
Each actor sees part of the population with its own probability, and the victim centres and the
Immigration Office depend on the police and the inspection (referrals): the lists are dependent,
as real ones are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from rapporteur.demo.names import POOL_OF, POOLS, varied

FORMS: dict[str, float] = {
    "sexual": 0.42,
    "labour": 0.45,
    "begging": 0.04,
    "crime": 0.07,
    "organs": 0.005,
    "forced_marriage": 0.015,
}
CITIZENSHIP: dict[str, dict[str, float]] = {
    "sexual": {
        "RO": 20,
        "BG": 12,
        "NG": 18,
        "HU": 6,
        "AL": 4,
        "TH": 4,
        "BE": 6,
        "BR": 5,
        "UA": 4,
        "CN": 5,
        "MA": 3,
        "SK": 2,
        "VN": 2,
        "NA": 0.5,
        "GH": 2,
        "CM": 2,
        "FR": 1,
        "PH": 1,
    },
    "labour": {
        "RO": 8,
        "BG": 8,
        "MA": 12,
        "IN": 8,
        "CN": 8,
        "VN": 6,
        "BR": 6,
        "PH": 5,
        "UA": 6,
        "AL": 4,
        "PK": 4,
        "BE": 3,
        "TN": 3,
        "DZ": 3,
        "ER": 3,
        "ET": 2,
        "MD": 2,
        "TH": 2,
    },
    "begging": {"RO": 50, "BG": 20, "SK": 15, "HU": 10, "MD": 5},
    "crime": {"RO": 30, "AL": 20, "MA": 20, "VN": 10, "DZ": 10, "BE": 10},
    "organs": {"MD": 50, "UA": 50},
    "forced_marriage": {"MA": 30, "AL": 20, "XK": 20, "IN": 10, "PK": 20},
}
FEMALE = {"sexual": 0.9, "labour": 0.2, "begging": 0.5, "crime": 0.3, "organs": 0.4, "forced_marriage": 0.9}
CHILD = {
    "sexual": 0.08,
    "labour": 0.02,
    "begging": 0.3,
    "crime": 0.25,
    "organs": 0.0,
    "forced_marriage": 0.35,
}
SECTORS: dict[str, dict[str, float]] = {
    "labour": {"I": 22, "F": 20, "A": 15, "G": 12, "T": 8, "C": 8, "N": 8, "H": 7},
    "sexual": {"S": 1},
}
REGIONS = {"flanders": 0.45, "brussels": 0.30, "wallonia": 0.25}


@dataclass
class Person:
    person_id: str
    year: int
    sex: str
    birth_date: dt.date
    citizenship: list[str]
    forms: list[str]
    sector: str | None
    region: str
    visibility: float
    first_name: str
    last_name: str
    document_number: str
    exploited_from: dt.date
    seen: dict[str, dt.date] = field(default_factory=dict)  # actor -> date of identification
    # residence steps (milestone code, date) over the years; permit_renewal can recur
    milestones: list[tuple[str, dt.date]] = field(default_factory=list)
    status: str = "presumed"

    def age_on(self, day: dt.date) -> int:
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    def steps_in(self, year: int) -> dict[str, dt.date]:
        """The residence steps taken in ``year``: the latest date of each (a renewal can recur)."""
        out: dict[str, dt.date] = {}
        for m, d in self.milestones:
            if d.year == year:
                out[m] = max(d, out.get(m, d))
        return out

    def registered_by(self, actor: str, year: int) -> bool:
        """Whether ``actor``'s file of ``year`` holds this person: the year the actor saw them,
        and every later year with a step of the residence procedure for the Immigration Office
        and for the specialised centre that supports the person (a condition of the procedure)."""
        if actor not in self.seen:
            return False
        if self.year == year:
            return True
        return actor in PROCEDURE_ACTORS and bool(self.steps_in(year))


# who keeps a person in the procedure on file in the later years of the procedure
PROCEDURE_ACTORS = ("immigration", "payoke", "pag_asa", "surya")


def _pick(rng: np.random.Generator, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[rng.choice(len(keys), p=p / p.sum())]


def _day_in(rng: np.random.Generator, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))


def population(
    rng: np.random.Generator,
    year: int,
    n: int,
    start_id: int,
    visibility_sd: float = 0.6,
    name_variety: int = 1,
) -> list[Person]:
    people = []
    for i in range(n):
        form = _pick(rng, FORMS)
        forms = [form]
        if rng.random() < 0.07:
            other = _pick(rng, {k: v for k, v in FORMS.items() if k != form})
            forms.append(other)
        cit = [_pick(rng, CITIZENSHIP[form])]
        if rng.random() < 0.03:
            cit.append(_pick(rng, {"BE": 3, "FR": 1, "NL": 1, "RO": 1}))
        sex = "F" if rng.random() < FEMALE[form] else "M"
        identified = _day_in(rng, year)
        if rng.random() < CHILD[form]:
            age = int(rng.integers(12, 18))
        else:
            age = int(min(65, 18 + rng.gamma(2.0, 6.0)))
        birth = identified - dt.timedelta(days=int(age * 365.25 + rng.integers(0, 365)))
        pool = POOLS[POOL_OF.get(cit[0], "be")]
        given = varied(pool[0 if sex == "F" else 1], name_variety)
        family = varied(pool[2], name_variety)
        first = given[int(rng.integers(len(given)))]
        last = family[int(rng.integers(len(family)))]
        sector = _pick(rng, SECTORS[form]) if form in SECTORS else None
        people.append(
            Person(
                person_id=f"T{start_id + i:06d}",
                year=year,
                sex=sex,
                birth_date=birth,
                citizenship=cit,
                forms=forms,
                sector=sector,
                region=_pick(rng, REGIONS),
                visibility=float(rng.lognormal(0.0, visibility_sd)),
                first_name=first,
                last_name=last,
                document_number=f"SYN{int(rng.integers(10**7, 10**8))}",
                exploited_from=identified - dt.timedelta(days=int(rng.integers(30, 900))),
            )
        )
    return people


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + np.exp(-x))


CENTRE_OF = {"flanders": "payoke", "brussels": "pag_asa", "wallonia": "surya"}


# The victim-status procedure (Law of 15 Dec 1980, arts 61/2-61/5), as the Immigration Office
# records it. A person supported by a specialised centre is referred to the Office with this
# probability (Belgian nationals never: the Office does not record them).
IMMIGRATION = 0.75
REFLECTION = 0.85  # adults start with the 45-day reflection period (annex 15); minors skip it
STATUS = 0.84  # ... then make statements and receive the 3-month document (victim status)
TEMPORARY = 0.9  # the prosecutor confirms the case: 6-month temporary permit
PERMANENT = 0.75  # the case reaches court with THB charges: permanent permit (else drop-out)
RENEWAL_DAYS = (175, 190)  # the temporary permit is renewed every six months until then


def detect(rng: np.random.Generator, people: list[Person], referral: float = 1.0) -> None:
    """Decide which actors register each person (and when), with dependence between lists; the
    residence steps of those the Immigration Office registers come from ``procedure``."""
    for p in people:
        lv = np.log(p.visibility)
        main = p.forms[0]
        police_eff = {"sexual": 0.4, "crime": 0.3, "begging": 0.2, "labour": -0.4}.get(main, 0.0)
        day = _day_in(rng, p.year)
        if rng.random() < _logistic(-1.0 + 0.9 * lv + police_eff):
            p.seen["police"] = day
        if "labour" in p.forms and rng.random() < _logistic(-0.9 + 0.6 * lv):
            p.seen["inspection"] = day + dt.timedelta(days=int(rng.integers(-20, 20)))
        referred = referral * (1.6 * ("police" in p.seen) + 1.3 * ("inspection" in p.seen))
        if rng.random() < _logistic(-2.2 + 1.2 * (1 - referral) + referred + 0.5 * lv):
            p.seen[CENTRE_OF[p.region]] = day + dt.timedelta(days=int(rng.integers(0, 30)))
        in_centre = any(c in p.seen for c in CENTRE_OF.values())
        if in_centre:
            by_authority = "police" in p.seen or "inspection" in p.seen
            p.status = "identified" if rng.random() < (0.85 if by_authority else 0.3) else "presumed"
        elif "police" in p.seen or "inspection" in p.seen:
            p.status = "identified" if rng.random() < 0.6 else "presumed"
        if in_centre and "BE" not in p.citizenship and rng.random() < IMMIGRATION:
            start = max(d for a, d in p.seen.items()) + dt.timedelta(days=int(rng.integers(1, 20)))
            p.seen["immigration"] = start
            _former_draws(rng, start, p.year)


def _former_draws(rng: np.random.Generator, start: dt.date, year: int) -> None:
    """The draws the former same-year procedure took from the world's stream, taken and thrown
    away: who is seen, and so every generated person file (frozen by the linkage tests and
    benchmarks), stays as it was. The steps now come from ``procedure``'s own stream."""
    d = start
    for prob in (0.95, 0.75, 0.85, 0.45):
        if rng.random() >= prob:
            break
        d = d + dt.timedelta(days=int(rng.integers(30, 200)))
        if d.year > year:
            break


def procedure(rng: np.random.Generator, p: Person, end: dt.date) -> None:
    """The residence steps of a person the Immigration Office registered, over the years: a
    person who entered the procedure in year Y-2 can receive the permanent permit in year Y.
    Steps after ``end`` (the last year of the world) are not yet taken, so not recorded."""
    if "immigration" not in p.seen:
        return
    d = p.seen["immigration"]
    steps: list[tuple[str, dt.date]] = []
    if p.age_on(d) >= 18 and rng.random() < REFLECTION:
        steps.append(("reflection_period", d))
        if rng.random() >= STATUS:
            p.milestones = [s for s in steps if s[1] <= end]
            return
        d += dt.timedelta(days=int(rng.integers(15, 46)))
    steps.append(("victim_status", d))
    if rng.random() < TEMPORARY:
        d += dt.timedelta(days=int(rng.integers(80, 111)))
        steps.append(("temporary_permit", d))
        granted = rng.random() < PERMANENT
        if granted:
            last = d + dt.timedelta(days=int(150 + rng.gamma(2.0, 240.0)))
        else:  # leaves the procedure: back in contact with the exploiters, no cooperation, return
            last = d + dt.timedelta(days=int(rng.integers(60, 900)))
        r = d + dt.timedelta(days=int(rng.integers(*RENEWAL_DAYS)))
        while r < last:
            steps.append(("permit_renewal", r))
            r += dt.timedelta(days=int(rng.integers(*RENEWAL_DAYS)))
        if granted:
            steps.append(("permanent_permit", last))
    p.milestones = [s for s in steps if s[1] <= end]


def world(
    seed: int,
    year: int,
    persons: int,
    years: int = 5,
    visibility_sd: float = 0.6,
    referral: float = 1.0,
    name_variety: int = 1,
) -> list[Person]:
    """True victims for each of ``years`` years ending with ``year``; the count drifts by year.

    ``visibility_sd`` sets how much persons differ in how visible they are to every actor at
    once (log-normal); 0 leaves only the dependence between lists through referrals.
    ``referral`` scales how much the police and the inspection raise a person's chance to reach a
    victim centre (1 = the demo's world, 0 = centres independent of them). ``name_variety`` grows
    the name pools that many times (see ``names.varied``), for very large benchmark worlds."""
    rng = np.random.default_rng(seed)
    out: list[Person] = []
    for k, y in enumerate(range(year - years + 1, year + 1)):
        n = round(persons * (0.85 + 0.15 * k / max(1, years - 1)) * rng.uniform(0.95, 1.05))
        if y == year:
            n = persons
        ppl = population(
            rng, y, n, start_id=len(out) + 1, visibility_sd=visibility_sd, name_variety=name_variety
        )
        detect(rng, ppl, referral)
        out.extend(ppl)
    steps = np.random.default_rng([seed, 61])  # a stream of its own: who is seen stays as it was
    for p in out:
        procedure(steps, p, dt.date(year, 12, 31))
    return out
