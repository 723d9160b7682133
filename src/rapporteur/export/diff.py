"""`export diff OLD NEW`: the figures of a return that changed since the previous one."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from rapporteur.errors import BadInput


def _cells(path: Path) -> dict[tuple[str, ...], str]:
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise BadInput(f"{path}: not a return (give the .csv or .xlsx file Rapporteur wrote)")
    try:
        return _csv_cells(path) if path.suffix.lower() == ".csv" else _xlsx_cells(path)
    except (UnicodeDecodeError, csv.Error, zipfile.BadZipFile, KeyError, ValueError, IndexError) as e:
        raise BadInput(
            f"{path}: cannot be read as a return written by Rapporteur ({type(e).__name__})"
        ) from None


def _csv_cells(path: Path) -> dict[tuple[str, ...], str]:
    """SDMX-CSV: one figure per observation key; other CSV (HTCDS): the count of each row."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if "OBS_VALUE" in header:
        v, fl = header.index("OBS_VALUE"), header.index("OBS_FLAG")
        keys = [i for i in range(len(header)) if i not in (v, fl)]
        return {tuple(r[i] for i in keys): f"{r[v]}{'|' + r[fl] if r[fl] else ''}" for r in body}
    tally: dict[tuple[str, ...], int] = {}
    for r in body:
        tally[tuple(r)] = tally.get(tuple(r), 0) + 1
    return {k: str(n) for k, n in tally.items()}


def _xlsx_cells(path: Path) -> dict[tuple[str, ...], str]:
    """GLOTIP sheet: one figure per row key; GRETA sheets: one per (sheet, row label, column)."""
    wb = load_workbook(path, read_only=True)
    out: dict[tuple[str, ...], str] = {}
    for sh in wb.worksheets:
        cells = [[("" if c is None else str(c)) for c in r] for r in sh.iter_rows(values_only=True)]
        header: list[str] | None = next(
            (r for r in cells if r and r[0] == "" and len([c for c in r if c]) > 1), None
        )
        if sh.title == "GLOTIP":
            vi = cells[0].index("txtVALUE")
            for r in cells[1:]:
                out[(sh.title, *(r[i] for i in range(len(r)) if i != vi))] = r[vi]
            continue
        if header is None:
            continue
        start = cells.index(header) + 1
        for r in cells[start:]:
            if not r or not r[0] or r[0].startswith(("'<", "Table id")):
                continue
            for col, v in zip(header[1:], r[1:], strict=False):
                out[(sh.title, r[0], col)] = v
    wb.close()
    return out


def diff(old: Path, new: Path) -> list[dict[str, str]]:
    a, b = _cells(old), _cells(new)
    out = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            out.append({"key": " | ".join(key), "old": a.get(key, "(absent)"), "new": b.get(key, "(absent)")})
    return out
