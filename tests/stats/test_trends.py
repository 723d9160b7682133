"""The trend tables and the cross-tables agree with the year's victim tables (demo world)."""

from __future__ import annotations

import pytest

from rapporteur import stats
from rapporteur.stats.table import TOTAL
from rapporteur.workspace import Workspace, open_workspace


@pytest.fixture(scope="module")
def tables(demo_world) -> dict:
    out, _ = demo_world
    ws = open_workspace(out / "workspace")
    year = max(int(y) for y in _years(ws))
    return {"year": year, **{t.id: t for t in stats.raw(ws, year)}}


def _years(ws: Workspace) -> list[str]:
    from rapporteur.store import records

    con = records.connect(ws)
    try:
        return [str(y) for (y,) in con.execute("select distinct year from victim_record").fetchall()]
    finally:
        con.close()


def _v(t, r, c) -> int:
    return t.cells[(r, c)].value


def test_reference_year_of_each_victim_trend_equals_the_year_table(tables):
    y = str(tables["year"])
    sa = tables["victims_sex_age"]
    tr_sex, tr_age = tables["trend_sex"], tables["trend_age"]
    tr_cit = tables["trend_citizenship"]
    for year in tr_sex.rows:  # one unit down the table: each victim once in every trend
        assert _v(tr_sex, year, TOTAL) == _v(tr_age, year, TOTAL) == _v(tr_cit, year, TOTAL) > 0
    if tr_sex.unit != sa.unit:
        pytest.skip("earlier years not linked: the trend counts registrations")
    for sex in ("F", "M", "unknown"):
        assert _v(tr_sex, y, sex) == _v(sa, sex, TOTAL)
    for ag in ("child", "adult", "unknown"):
        assert _v(tr_age, y, ag) == _v(sa, TOTAL, ag)
    cg = tables["victims_citizenship_group"]
    for g in ("NAT", "EU_FOR", "NEU_FOR", "UNK"):
        assert _v(tables["trend_citizenship"], y, g) == _v(cg, g, TOTAL)
    assert _v(tr_sex, y, TOTAL) == _v(tr_age, y, TOTAL) == _v(sa, TOTAL, TOTAL)


def test_milestone_and_justice_trends_repeat_the_year_tables(tables):
    y = str(tables["year"])
    pm, tm = tables["protection_milestones"], tables["trend_milestones"]
    for m in pm.rows:
        if pm.unit == tm.unit:
            assert tm.cells[(m, y)].value == pm.cells[(m, TOTAL)].value
    js, tj = tables["justice_by_sex"], tables["trend_justice"]
    for s in js.rows:
        assert tj.cells[(s, y)].value == js.cells[(s, TOTAL)].value
    assert len(tm.columns) <= 6 and len(tj.columns) <= 6


def test_nationality_by_form_adds_up_to_the_form_table(tables):
    nf, fe = tables["victims_nationality_form"], tables["victims_form_eurostat"]
    nat = tables["victims_nationality"]
    # each citizenship row counts its victims once per form: never fewer than the citizenship table
    for r in nat.rows:
        if r in nf.rows and r != TOTAL:
            assert _v(nf, r, TOTAL) >= _v(nat, r, TOTAL)
    # summed over citizenships, each form counts at least the form table's victims
    for g in ("sexual", "labour", "other", "unknown"):
        assert _v(nf, TOTAL, g) >= _v(fe, g, TOTAL)
    assert _v(nf, TOTAL, TOTAL) == sum(_v(nf, r, TOTAL) for r in nf.rows if r != TOTAL)


def test_sector_table_counts_the_labour_victims(tables):
    sec, fe = tables["victims_sector"], tables["victims_form_eurostat"]
    assert _v(sec, TOTAL, TOTAL) <= _v(fe, "labour", TOTAL)
    assert _v(sec, TOTAL, TOTAL) > 0
    assert any(r not in ("unknown", TOTAL) and _v(sec, r, TOTAL) for r in sec.rows)  # inspection's NACE


NEW = {
    "trend_sex",
    "trend_age",
    "trend_citizenship",
    "trend_milestones",
    "trend_justice",
    "victims_nationality_form",
    "victims_sector",
    "victims_age_start",
}


def test_new_tables_go_into_the_tables_as_data(demo_world, tmp_path):
    from rapporteur.report import data
    from rapporteur.report.i18n import Translator

    out, _ = demo_world
    ws = open_workspace(out / "workspace")
    year = max(int(y) for y in _years(ws))
    published = stats.published(ws, year)
    folder = data.csv_folder(published, Translator("nl"), ws.settings.disclosure.threshold, tmp_path / "t")
    text = " ".join(p.read_text("utf-8") for p in folder.iterdir())
    for tid in NEW:
        assert tid in text


def test_annex_states_the_linkage_precision_recall_and_sensitivity(demo_world):
    from rapporteur.report import linkage
    from rapporteur.report.i18n import Translator

    out, _ = demo_world
    ws = open_workspace(out / "workspace")
    year = max(int(y) for y in _years(ws))
    a = linkage.annex(ws, year, Translator("fr"))
    assert a is not None and a["quality"] is not None
    assert "," in a["quality"]["precision"] or a["quality"]["precision"].isdigit()  # French number
    if a["sensitivity"]:
        assert sum(r["own"] for r in a["sensitivity"]) == 1  # the run's own threshold is marked


def test_most_labour_victims_have_a_sector(tables):
    """The social inspection and the specialised centres record the sector (demo actors)."""
    sec = tables["victims_sector"]
    assert _v(sec, "unknown", TOTAL) < _v(sec, TOTAL, TOTAL) / 2


def test_age_at_start_table_has_minors_who_were_adults_when_identified(tables):
    ag, sa = tables["victims_age_start"], tables["victims_sex_age"]
    assert _v(ag, TOTAL, TOTAL) == _v(sa, TOTAL, TOTAL)  # every victim once
    assert _v(ag, "child", "adult") > 0  # exploited as minors, identified as adults
    assert _v(ag, "adult", "child") == 0  # cannot be adult at the start and a child later


def test_age_at_start_is_stored_and_birth_dates_are_not(demo_world):
    from rapporteur.store import records

    out, _ = demo_world
    con = records.connect(open_workspace(out / "workspace"))
    try:
        cols = [r[0] for r in con.execute("describe victim_record").fetchall()]
        (n,) = con.execute("select count(*) from victim_record where age_at_start is not null").fetchone()
    finally:
        con.close()
    assert "age_at_start" in cols and "birth_date" not in cols
    assert n > 0
