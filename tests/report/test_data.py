"""The tables as data: a spreadsheet with one sheet per table and a CSV folder, published cells
only, symbols for hidden cells, no formula a spreadsheet would run."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from rapporteur.languages import LANGUAGES
from rapporteur.report import data
from rapporteur.report.i18n import Translator
from rapporteur.stats.table import TOTAL, Cell, StatTable


def _table() -> StatTable:
    cells = {
        ("F", "child"): Cell(None, "suppressed", "threshold"),
        ("F", TOTAL): Cell.of(12),
        ("=HYPERLINK(1)", "child"): Cell(None, "suppressed", "secondary"),
        ("=HYPERLINK(1)", TOTAL): Cell(None, "na"),
    }
    every = {lg: "Victims" for lg in LANGUAGES}
    return StatTable(
        "victims_sex_age",
        every,
        {lg: "persons" for lg in LANGUAGES},
        {lg: "rule" for lg in LANGUAGES},
        ["F", "=HYPERLINK(1)"],
        ["child", TOTAL],
        {"F": {lg: "Female" for lg in LANGUAGES}},
        {},
        cells,
    )


def test_spreadsheet_has_a_sheet_per_table_with_the_published_cells(tmp_path):
    path = data.workbook([_table()], Translator("fr"), 5, lambda t: "Police", tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[1:] == ["victims_sex_age"]
    rows = [tuple(r) for r in wb["victims_sex_age"].iter_rows(values_only=True)]
    body = {r[0]: r[1:3] for r in rows if r and r[0] in ("Female", "'=HYPERLINK(1)")}
    assert body["Female"] == ("<5", 12)  # a number stays a number; a hidden cell is its symbol
    assert body["'=HYPERLINK(1)"] == ("c", "–")  # neutralised label; not available is not 0
    text = " ".join(str(c) for r in rows for c in r if c)
    assert "Police" in text and "pas un zéro" in text  # source and the symbols explained, in French


def test_csv_folder_is_long_with_states(tmp_path):
    folder = data.csv_folder([_table()], Translator("en"), 5, tmp_path / "tables")
    with (folder / "victims_sex_age.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(data.CSV_COLUMNS)
    by = {(r["row"], r["column"]): r for r in rows}
    assert (by[("F", TOTAL)]["value"], by[("F", TOTAL)]["state"]) == ("12", "count")
    assert (by[("F", "child")]["value"], by[("F", "child")]["state"]) == ("<5", "suppressed")
    na = by[("'=HYPERLINK(1)", TOTAL)]
    assert (na["value"], na["state"]) == ("", "na")
    assert not (tmp_path / "tables.partial").exists()
