"""Case-law statistics of a year, computed by the case-law stage: judgments by form and
instance, verdicts, prison sentences, fines, confiscations, civil parties and damages."""

from __future__ import annotations

import datetime as dt

from rapporteur.caselaw.model import Judgment
from rapporteur.caselaw.register import Stored
from rapporteur.caselaw.stats import compute


def _j(jid: str, **kw) -> Stored:
    suggestions = kw.pop("suggested", None)
    return Stored(Judgment.model_validate({"id": jid, **kw}), "", 1, suggestions)


JUDGMENTS = [
    _j(
        "B",
        date=dt.date(2013, 6, 1),
        instance="appeal",
        forms=["sexual", "labour"],
        defendants=[
            {"verdict": "convicted", "prison_months": 24, "suspended_months": 24, "fine_eur": 6000},
            {"verdict": "convicted", "prison_months": 12, "confiscation_eur": 10000.4},
            {"verdict": "acquitted"},
        ],
        civil_parties=[{"kind": "victim_centre", "damages_eur": 2500}, {"kind": "victim"}],
    ),
    _j(
        "A",
        date=dt.date(2013, 2, 1),
        instance="first_instance",
        suggested={"forms": [{"code": "labour"}]},
        defendants=[{"verdict": "convicted", "prison_months": 36, "fine_eur": 1000}, {}],
        civil_parties=[{"kind": "victim", "damages_eur": 500}],
    ),
    _j("C", date=dt.date(2013, 9, 1)),  # no form, no instance
]


def test_counts_by_form_and_instance():
    s = compute(JUDGMENTS, 2013)
    assert s.judgments == 3 and not s.fictional
    assert [(c.judgment_id, c.forms, c.confirmed) for c in s.classified] == [
        ("A", ["labour"], False),  # the suggestion, by date first
        ("B", ["sexual", "labour"], True),
        ("C", [], False),
    ]
    assert s.by_form == [("sexual", ["B"]), ("labour", ["A", "B"])]
    assert s.by_instance.rows == ["sexual", "labour", "unclassified"]
    assert s.by_instance.columns == ["first_instance", "appeal", "unknown"]  # no cassation
    assert s.by_instance.counts == [[0, 1, 0], [1, 1, 0], [0, 0, 1]]


def test_verdicts_sentences_and_amounts():
    s = compute(JUDGMENTS, 2013)
    assert [(v.verdict, v.defendants) for v in s.verdicts] == [("convicted", 3), ("acquitted", 1), (None, 1)]
    assert s.prison.n == 3 and s.prison.median_months == 24
    assert s.prison.suspended_pct == 100 / 3  # one of three suspended in full
    assert (s.fines.n, s.fines.total_eur, s.fines.median_eur) == (2, 7000, 3500)
    assert (s.confiscations.n, s.confiscations.total_eur) == (1, 10000.4)
    # in the order they first appear, judgments by date: A's victim, then B's centre
    assert [(c.kind, c.parties) for c in s.civil_parties] == [("victim", 2), ("victim_centre", 1)]
    assert (s.damages.n, s.damages.total_eur) == (2, 3000)


def test_no_judgment_gives_empty_statistics():
    s = compute([], 2013)
    assert s.judgments == 0 and s.by_form == [] and s.verdicts == []
    assert s.prison.median_months is None and s.prison.suspended_pct is None
    assert s.fines.median_eur is None and s.fines.total_eur == 0
