"""Statistics of the case-law register for a year (chapter 4 of the report): judgments by form
and instance, verdicts, sentences, confiscations and civil parties. The report only renders them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from statistics import median

from pydantic import BaseModel, ConfigDict

from rapporteur.caselaw.classify import effective_forms
from rapporteur.caselaw.model import FORMS, INSTANCES, VERDICTS
from rapporteur.caselaw.register import Stored, load
from rapporteur.workspace import Workspace

UNCLASSIFIED = "unclassified"  # a judgment with no form (neither the analyst's nor a suggestion)
UNKNOWN_INSTANCE = "unknown"  # a judgment whose instance is not recorded
CIVIL_KINDS = ("victim", "victim_centre", "association", "state", "other")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ClassifiedJudgment(_Frozen):
    """A judgment's forms as published: the analyst's (confirmed) or the suggestion's."""

    judgment_id: str
    forms: list[str]
    confirmed: bool


class ByInstance(_Frozen):
    """Judgments by form (rows, ``unclassified`` last) and instance (columns, ``unknown`` last);
    only the rows and columns that have a judgment. A judgment with two forms counts in both."""

    rows: list[str]
    columns: list[str]
    counts: list[list[int]]  # counts[i][j]: judgments of form rows[i] at instance columns[j]


class Prison(_Frozen):
    """Prison sentences of convicted defendants."""

    n: int
    median_months: float | None  # None: no sentence
    suspended_pct: float | None  # share of the sentences suspended in full, in percent


class Amounts(_Frozen):
    """Amounts in euro (fines, confiscations or damages): how many, their sum and median."""

    n: int
    total_eur: float
    median_eur: float | None  # None: no amount


class VerdictCount(_Frozen):
    verdict: str | None  # one of caselaw.model.VERDICTS; None: not recorded
    defendants: int


class CivilPartyCount(_Frozen):
    kind: str  # one of CIVIL_KINDS
    parties: int  # civil parties of that kind, over all the judgments


class CaseLawStats(_Frozen):
    year: int | None
    judgments: int
    fictional: bool  # every judgment is fictional (the demo's)
    classified: list[ClassifiedJudgment]  # every judgment, by date then id
    by_form: list[tuple[str, list[str]]]  # form (FORMS order) -> its judgments' ids; non-empty only
    by_instance: ByInstance
    verdicts: list[VerdictCount]  # defendants by verdict (VERDICTS order, then not recorded); n > 0 only
    prison: Prison
    fines: Amounts
    confiscations: Amounts
    civil_parties: list[CivilPartyCount]  # in the order they first appear
    damages: Amounts


def _amounts(xs: list[float]) -> Amounts:
    return Amounts(n=len(xs), total_eur=sum(xs), median_eur=median(xs) if xs else None)


def compute(stored: Sequence[Stored], year: int | None = None) -> CaseLawStats:
    """The statistics of the given judgments (e.g. ``caselaw.load(ws, year=year)``)."""
    rows_all, cols_all = [*FORMS, UNCLASSIFIED], [*INSTANCES, UNKNOWN_INSTANCE]
    by_form: dict[str, list[str]] = {f: [] for f in FORMS}
    by_instance = {(f, i): 0 for f in rows_all for i in cols_all}
    verdicts: dict[str | None, int] = dict.fromkeys([*VERDICTS, None], 0)
    prison: list[float] = []
    suspended = 0
    fines: list[float] = []
    confiscations: list[float] = []
    damages: list[float] = []
    civil: dict[str, int] = {}
    classified = []
    for st in sorted(stored, key=lambda x: (x.judgment.date or dt.date.min, x.judgment.id)):
        j = st.judgment
        fs, confirmed = effective_forms(st)
        classified.append(ClassifiedJudgment(judgment_id=j.id, forms=fs, confirmed=confirmed))
        for f in fs or [UNCLASSIFIED]:
            if f in by_form:
                by_form[f].append(j.id)
            by_instance[(f, j.instance or UNKNOWN_INSTANCE)] += 1
        for d in j.defendants:
            verdicts[d.verdict] += 1
            if d.verdict == "convicted" and d.prison_months:
                prison.append(d.prison_months)
                suspended += bool(d.suspended_months and d.suspended_months >= d.prison_months)
            if d.fine_eur:
                fines.append(d.fine_eur)
            if d.confiscation_eur:
                confiscations.append(d.confiscation_eur)
        for c in j.civil_parties:
            civil[c.kind] = civil.get(c.kind, 0) + 1
            if c.damages_eur:
                damages.append(c.damages_eur)
    rows = [f for f in rows_all if any(by_instance[(f, i)] for i in cols_all)]
    cols = [i for i in cols_all if any(by_instance[(f, i)] for f in rows)]
    return CaseLawStats(
        year=year,
        judgments=len(stored),
        fictional=all(st.judgment.fictional for st in stored),
        classified=classified,
        by_form=[(f, ids) for f, ids in by_form.items() if ids],
        by_instance=ByInstance(
            rows=rows, columns=cols, counts=[[by_instance[(f, c)] for c in cols] for f in rows]
        ),
        verdicts=[VerdictCount(verdict=k, defendants=n) for k, n in verdicts.items() if n],
        prison=Prison(
            n=len(prison),
            median_months=median(prison) if prison else None,
            suspended_pct=100 * suspended / len(prison) if prison else None,
        ),
        fines=_amounts(fines),
        confiscations=_amounts(confiscations),
        civil_parties=[CivilPartyCount(kind=k, parties=n) for k, n in civil.items()],
        damages=_amounts(damages),
    )


def year_stats(ws: Workspace, year: int) -> CaseLawStats:
    """The statistics of the judgments of ``year`` in the register (``judgments`` 0: none)."""
    return compute(load(ws, year=year), year)
