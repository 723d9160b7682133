"""Registers that make sense to a reader: what ``policy import`` warns about, what the follow-up
refuses, and the demo register that raises none of it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from rapporteur import workspace as wsp
from rapporteur.cli import app
from rapporteur.demo.register import build as demo_register
from rapporteur.errors import BadOption
from rapporteur.policy import (
    BadFollowUp,
    BadRegister,
    Recommendation,
    RegisterWarning,
    chapter,
    follow_up,
    import_path,
    recommendation_statuses,
)
from rapporteur.policy.checks import national_total
from rapporteur.policy.indicators import BREAKDOWN, catalogue
from rapporteur.policy.register import Indicator

HEAD = "  body: Federal police\n  area: identification\n  start: 2012-01-01\n  years:\n    2013:\n"


def _measure(mid: str, outcome: str, indicator: str) -> str:
    return (
        f"- id: {mid}\n  title: {{en: Measure {mid}}}\n{HEAD}"
        f"      outcomes: {{en: {outcome}, fr: Résultat {mid}}}\n"
        f"      indicators:\n        - {indicator}\n"
    )


RATE = "{label: {en: Share of LABEL (%)}, value: 40, unit: rate}"


def _rate(name: str) -> str:
    return RATE.replace("LABEL", name)


@pytest.fixture
def ws(tmp_path):
    w = wsp.init(tmp_path / "w")
    yield w
    w.close()


def _import(ws, tmp_path, name: str, text: str):
    f = tmp_path / name
    f.write_text(text, "utf-8")
    return import_path(ws, f)


def _codes(result) -> list[str]:
    return [w.code for w in result.warnings]


def test_a_sensible_register_raises_no_warning(ws, tmp_path):
    text = _measure("M1", "Inspectors referred more victims", _rate("inspectors")) + _measure(
        "M2", "Minors were screened at arrival", _rate("minors")
    )
    r = _import(ws, tmp_path, "measures.yaml", text)
    assert (r.measures, r.recommendations, r.warnings) == (2, 0, [])


def test_measures_sharing_an_outcome_text_are_warned_about_once_naming_them(ws, tmp_path):
    same = "More referrals to the specialised centres"
    text = (
        _measure("M1", same, _rate("a"))
        + _measure("M2", same.upper() + ".", _rate("b"))  # case, full stop: still the same text
        + _measure("M3", "Something else", _rate("c"))
    )
    r = _import(ws, tmp_path, "measures.yaml", text)
    assert _codes(r) == ["same_outcome"]
    (w,) = r.warnings
    assert isinstance(w, RegisterWarning) and w.ids == ["M1", "M2"]
    assert "M1 (2013)" in w.message and "M2 (2013)" in w.message and same in w.message
    assert (ws.path / "policy" / "measures.yaml").exists()  # a warning, not an error: loaded


def test_measures_sharing_an_indicator_are_warned_about(ws, tmp_path):
    cell = "{label: {en: LABEL}, table: {id: victims_form_eurostat, row: labour, column: total}}"
    text = (
        _measure("M1", "One", cell.replace("LABEL", "Victims of labour exploitation"))
        + _measure("M2", "Two", cell.replace("LABEL", "Labour victims"))  # same cell, other label
        + _measure("M3", "Three", _rate("x"))
        + _measure("M4", "Four", _rate("x"))  # same label, a value
    )
    r = _import(ws, tmp_path, "measures.yaml", text)
    assert _codes(r) == ["same_indicator", "same_indicator"]
    assert [w.ids for w in r.warnings] == [["M1", "M2"], ["M3", "M4"]]
    assert "victims_form_eurostat/labour/total" in r.warnings[0].message


@pytest.mark.parametrize(
    ("indicator", "total"),
    [
        (
            "{label: {en: Identified}, table: {id: victims_status_sex, row: identified, column: total}}",
            True,
        ),
        ("{label: {en: Suspects}, table: {id: justice_by_sex, row: suspect, column: total}}", True),
        ("{label: {en: Not recorded}, table: {id: victims_sex_age, row: unknown, column: total}}", True),
        ("{label: {en: Sessions held}, value: 31}", True),
        (
            "{label: {en: Women identified}, table: {id: victims_status_sex, row: identified, column: F}}",
            False,
        ),
        ("{label: {en: Child victims}, table: {id: victims_sex_age, row: total, column: child}}", False),
        ("{label: {en: Non-EU}, table: {id: victims_citizenship_group, row: NEU_FOR, column: total}}", False),
        ("{label: {en: Referrals}, value: 12, breakdown: {en: construction sector}}", False),
        ("{label: {en: Referred (%)}, value: 12, unit: rate}", False),
        ("{label: {en: Referrals (change)}, value: -4, unit: change}", False),
    ],
)
def test_an_impact_indicator_that_is_only_a_national_total_is_warned_about(ws, tmp_path, indicator, total):
    r = _import(ws, tmp_path, "measures.yaml", _measure("M1", "One", indicator))
    assert _codes(r) == (["impact_national_total"] if total else [])
    if total:
        assert "M1 (2013)" in r.warnings[0].message and "national total" in r.warnings[0].message


def test_the_breakdown_axes_cover_every_table_and_a_table_cell_is_a_count():
    assert set(BREAKDOWN) == set(catalogue())
    blank = Indicator.model_validate({"label": {"en": "x"}, "value": 1, "breakdown": {"en": "  "}})
    assert national_total(blank)  # a blank breakdown breaks nothing down
    with pytest.raises(ValueError, match="table reference gives a count"):
        Indicator.model_validate(
            {
                "label": {"en": "x"},
                "unit": "rate",
                "table": {"id": "victims_sex_age", "row": "F", "column": "total"},
            }
        )


RECS = """\
- id: R2012-1
  year: 2012
  text: {en: Fund the centres for several years, fr: Financer les centres sur plusieurs années}
  reasoning: {en: Yearly grants come late, fr: Les subventions annuelles arrivent tard}
  addressee: Federal government
  theme: protection
  followup:
    - {year: 2013, status: partly_implemented, evidence: {en: Federal part only}}
- id: R2013-4
  year: 2013
  text: {en: "Fund the centres  for several years.", nl: Centra meerjarig financieren}
  addressee: Regions
  theme: protection
  followup:
    - {year: 2014, status: implemented, evidence: {nl: Alle subsidies meerjarig}}
"""


def test_the_same_recommendation_with_conflicting_statuses_is_flagged_naming_both_ids(ws, tmp_path):
    r = _import(ws, tmp_path, "recommendations.yaml", RECS)
    assert _codes(r) == ["conflicting_status"]
    (w,) = r.warnings
    assert w.ids == ["R2012-1", "R2013-4"]
    assert "R2012-1" in w.message and "R2013-4" in w.message and "2014" in w.message
    assert "partly_implemented and implemented" in w.message


def test_the_same_recommendation_with_the_same_status_or_none_yet_is_not_flagged(ws, tmp_path):
    same = RECS.replace("status: implemented", "status: partly_implemented")
    assert _import(ws, tmp_path, "recommendations.yaml", same).warnings == []
    pending = RECS.split("  followup:\n    - {year: 2014")[0]
    assert _import(ws, tmp_path, "recommendations.yaml", pending).warnings == []


def test_import_refuses_a_follow_up_status_without_an_assessment(ws, tmp_path):
    for bare in (
        "{year: 2014, status: implemented}",
        "{year: 2014, status: implemented, evidence: {nl: ' '}}",
    ):
        text = RECS.replace(
            "{year: 2014, status: implemented, evidence: {nl: Alle subsidies meerjarig}}", bare
        )
        with pytest.raises(BadRegister, match="without an assessment") as e:
            _import(ws, tmp_path, "recommendations.yaml", text)
        assert "line 15" in str(e.value) and "R2013-4" in str(e.value) and "2014" in str(e.value)
    assert not (ws.path / "policy" / "recommendations.yaml").exists()  # nothing imported


def test_follow_up_refuses_a_status_without_an_assessment(ws, tmp_path):
    _import(ws, tmp_path, "recommendations.yaml", RECS)
    before = (ws.path / "policy" / "recommendations.yaml").read_text("utf-8")
    for evidence in (None, {}, {"en": "   "}):
        with pytest.raises(BadFollowUp, match="needs its assessment") as e:
            follow_up(ws, "R2012-1", 2014, "implemented", evidence)
        assert isinstance(e.value, BadOption) and e.value.exit_code == 2
    assert (ws.path / "policy" / "recommendations.yaml").read_text("utf-8") == before
    r = follow_up(ws, "R2012-1", 2014, "implemented", {"fr": "Convention de trois ans signée", "en": " "})
    assert r.followup[-1].evidence == {"fr": "Convention de trois ans signée"}  # the blank one dropped


def test_the_cli_prints_the_warnings_and_refuses_a_follow_up_without_evidence(ws, tmp_path):
    f = tmp_path / "recommendations.yaml"
    f.write_text(RECS, "utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["policy", "import", str(f), "-w", str(ws.path)])
    assert r.exit_code == 0, r.output
    assert "warning:" in r.stdout and "R2012-1" in r.stdout and "R2013-4" in r.stdout
    args = ["recommendations", "follow-up", "R2012-1", "--year", "2014", "--status", "implemented"]
    r = runner.invoke(app, [*args, "-w", str(ws.path)])
    assert r.exit_code == 2 and "assessment" in r.output and "--evidence" in r.output
    r = runner.invoke(app, [*args, "--evidence-nl", "Uitgevoerd", "-w", str(ws.path)])
    assert r.exit_code == 0, r.output


def test_reasoning_reaches_the_statuses_and_chapter_5(ws, tmp_path):
    _import(ws, tmp_path, "recommendations.yaml", RECS)
    (s, _) = recommendation_statuses(ws)
    assert s.reasoning == {"en": "Yearly grants come late", "fr": "Les subventions annuelles arrivent tard"}
    ch = chapter(ws, 2013)
    (r,) = ch.issued
    assert isinstance(r, Recommendation) and r.reasoning == {} and r.addressee == "Regions"
    assert [x.reasoning for x in ch.open] == [s.reasoning]


@pytest.mark.parametrize(("seed", "year"), [(2013, 2013), (3, 2013), (7, 2016)])
def test_the_demo_register_raises_no_warning_and_reads_like_a_register(ws, tmp_path, seed, year):
    measures, recs = demo_register(seed, year)
    folder = tmp_path / "register"
    folder.mkdir()
    (folder / "measures.yaml").write_text(measures, "utf-8")
    (folder / "recommendations.yaml").write_text(recs, "utf-8")
    r = import_path(ws, folder)
    assert r.warnings == []
    ch = chapter(ws, year)
    shown = [m for _, ms in ch.by_area for m in ms]
    outcomes = [m.years[year].outcomes["en"] for m in shown]
    assert len(shown) >= 12 and len(set(outcomes)) == len(outcomes)
    assert all(set(m.years[year].outcomes) == {"en", "fr", "nl"} for m in shown)
    assert ch.issued and all(set(x.reasoning) == {"en", "fr", "nl"} and x.addressee for x in ch.issued)
    assert len({x.addressee for x in ch.issued + ch.open}) >= 4
