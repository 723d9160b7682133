"""The report's tables as data, beside each edition: one spreadsheet (one sheet per table, as the
UK NRM statistics and Eurostat publish them) and one folder of CSV files.

Both hold exactly the published cells (after disclosure control): a hidden cell is written as its
symbol ("<5", "c"), "not available" as "–" with its state, never as 0. Every text cell goes
through ``safe_cell`` so that a spreadsheet never runs a label as a formula.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from rapporteur.report.i18n import Translator
from rapporteur.safe import safe_cell
from rapporteur.stats.table import Cell, StatTable, shown
from rapporteur.xlsx import workbook_bytes

CSV_COLUMNS = ("table_id", "row", "row_label", "column", "column_label", "value", "state")


def _value(c: Cell, threshold: int) -> int | str:
    """A published cell for a spreadsheet: the number, else its symbol."""
    if c.state in ("count", "zero", "rounded") and c.value is not None:
        return c.value
    return shown(c, threshold, na="–")


def symbols(tr: Translator, threshold: int) -> list[tuple[str, str]]:
    """The symbols a published cell may show, with their explanations (report and spreadsheets)."""
    return [
        (
            f"<{threshold}",
            tr.gettext("A count from 1 to %(n)s, suppressed to protect the persons concerned.")
            % {"n": threshold - 1},
        ),
        (
            "c",
            tr.gettext(
                "Confidential: suppressed so that a small count cannot be worked out from the totals, "
                "or confidential at the source."
            ),
        ),
        ("–", tr.gettext("Not available: the actor did not record or send this figure. It is not a zero.")),
    ]


def _sheet_name(table_id: str, used: set[str]) -> str:
    name = table_id[:31]
    n = 2
    while name in used:
        name = f"{table_id[:28]}_{n}"
        n += 1
    used.add(name)
    return name


def workbook(
    tables: list[StatTable], tr: Translator, threshold: int, sources: Callable[[StatTable], str], path: Path
) -> Path:
    """One sheet per table (title, unit, rule, notes, the cells, the source), and a contents sheet."""
    lang = tr.lang
    wb = Workbook()
    contents = wb.active
    contents.title = tr.gettext("Contents")[:31]
    contents.append([safe_cell(tr.gettext("Table")), "", safe_cell(tr.gettext("Unit:").rstrip(" :"))])
    contents["A1"].font = contents["C1"].font = Font(bold=True)
    used = {contents.title}
    for t in tables:
        name = _sheet_name(t.id, used)
        contents.append([name, safe_cell(t.title[lang]), safe_cell(t.unit[lang])])
        sh = wb.create_sheet(name)
        sh.append([safe_cell(t.title[lang])])
        sh["A1"].font = Font(bold=True)
        sh.append([safe_cell(f"{tr.gettext('Unit:')} {t.unit[lang]}. {t.counting_rule[lang]}")])
        for note in t.notes.get(lang, []):
            sh.append([safe_cell(note)])
        sh.append([])
        sh.append(["", *(safe_cell(t.label("col", c, lang)) for c in t.columns)])
        for cell in sh[sh.max_row]:
            cell.font = Font(bold=True)
        for r in t.rows:
            sh.append(
                [
                    safe_cell(t.label("row", r, lang)),
                    *(safe_cell(_value(t.cells[(r, c)], threshold)) for c in t.columns),
                ]
            )
        sh.append([])
        sh.append([safe_cell(f"{tr.gettext('Source:')} {sources(t)}")])
        for sym, text in symbols(tr, threshold):
            sh.append([sym, safe_cell(text)])
        sh.column_dimensions["A"].width = 42
    path.write_bytes(workbook_bytes(wb))
    return path


def csv_folder(tables: list[StatTable], tr: Translator, threshold: int, folder: Path) -> Path:
    """One CSV per table in long form (one line per cell, with its state), UTF-8 with a header."""
    lang = tr.lang
    tmp = folder.with_name(folder.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for t in tables:
        with (tmp / f"{t.id}.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(CSV_COLUMNS)
            for r in t.rows:
                for c in t.columns:
                    cell = t.cells[(r, c)]
                    w.writerow(
                        [
                            t.id,
                            safe_cell(r),
                            safe_cell(t.label("row", r, lang)),
                            safe_cell(c),
                            safe_cell(t.label("col", c, lang)),
                            _value(cell, threshold) if cell.state != "na" else "",
                            cell.state,
                        ]
                    )
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return folder
