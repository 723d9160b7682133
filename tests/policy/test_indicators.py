"""Indicator references are checked at import: an unknown table, or a row or column outside a
table's fixed code list, is an error naming the file, the measure and the reference; the
catalogue of the check agrees with the tables the statistics compute."""

from __future__ import annotations

import pytest

from rapporteur import workspace as wsp
from rapporteur.errors import BadInput
from rapporteur.policy import BadRegister, import_path, load_measures
from rapporteur.policy.indicators import catalogue, problem
from rapporteur.stats import raw
from rapporteur.stats.table import TOTAL

MEASURE = """\
- id: M-IDEN-1
  title: {{en: Referral form}}
  body: Federal police
  area: identification
  start: 2012-09-01
  years:
    2013:
      indicators:
        - label: {{en: Sessions held}}
          value: 31
        - label: {{en: Identified victims}}
          table: {{id: {table}, row: {row}, column: {column}}}
"""


def _import(tmp_path, table: str, row: str, column: str):
    ws = wsp.init(tmp_path / "w")
    f = tmp_path / "measures.yaml"
    f.write_text(MEASURE.format(table=table, row=row, column=column), "utf-8")
    try:
        import_path(ws, f)
        return ws
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("table", "row", "column", "wrong"),
    [
        ("victims_by_status", "identified", "total", "table 'victims_by_status' does not exist"),
        ("victims_status_sex", "identifed", "total", "no row 'identifed'"),
        ("victims_status_sex", "identified", "Total", "no column 'Total'"),
        ("victims_nationality", "Romania", "F", "no row 'Romania'"),  # not a citizenship code
        ("justice_by_sex", "suspect", "X", "no column 'X'"),  # that table has no X
    ],
)
def test_a_reference_to_no_cell_is_an_error_naming_file_measure_and_reference(
    tmp_path, table, row, column, wrong
):
    with pytest.raises(BadRegister, match=wrong) as e:
        _import(tmp_path, table, row, column)
    msg = str(e.value)
    assert isinstance(e.value, BadInput)
    assert "measures.yaml, line 12:" in msg  # the line of the reference itself
    assert "measure M-IDEN-1" in msg and f"{table}/{row}/{column}" in msg
    assert not (tmp_path / "w" / "policy" / "measures.yaml").exists()  # nothing imported


@pytest.mark.parametrize(
    ("table", "row", "column"),
    [
        ("victims_status_sex", "identified", TOTAL),
        ("victims_nationality", "RO", "F"),  # the year's main citizenships: any citizenship code
        ("trend_form", "'2011'", "sexual"),  # rows are years: they depend on the data
        ("registrations_by_actor", "police", "identified"),  # rows are the actors
        ("actor_overlap", "police", "court"),
    ],
)
def test_references_that_may_name_a_cell_are_accepted(tmp_path, table, row, column):
    _import(tmp_path, table, row, column)
    ws = wsp.find(tmp_path / "w")
    try:
        (m,) = load_measures(ws)
        assert m.years[2013].indicators[1].table.id == table
    finally:
        ws.close()


def test_the_catalogue_agrees_with_the_computed_tables(demo_world):
    out, _ = demo_world
    ws = wsp.find(out / "workspace")
    try:
        tables = raw(ws, 2013)
    finally:
        ws.close()
    assert [t.id for t in tables] == list(catalogue())
    for t in tables:
        rows, columns = catalogue()[t.id]
        assert rows is None or set(t.rows) <= rows, (t.id, set(t.rows) - (rows or set()))
        assert columns is None or set(t.columns) <= columns, (t.id, set(t.columns) - (columns or set()))
        for r, c in list(t.cells)[:50]:
            assert problem(t.id, r, c) is None
