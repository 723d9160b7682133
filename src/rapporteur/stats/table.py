"""Indicator tables: cells with value states, labels in every language of publications, provenance."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapporteur.languages import SOURCE

TOTAL = "total"
STATES = ("count", "zero", "na", "suppressed", "rounded")
Lang = str
Ref = tuple[str, str, str]  # (table id, row, column)


@dataclass
class Cell:
    value: int | None
    state: str  # one of STATES
    reason: str = ""  # for suppressed: threshold | secondary | source

    @staticmethod
    def of(n: int) -> Cell:
        return Cell(n, "count" if n else "zero")


def shown(c: Cell, threshold: int, number: Callable[[int], str] = str, na: str = "") -> str:
    """A published cell as text: '<5' for a small suppressed count, 'c' for any other hidden
    value, ``na`` for not available, the number otherwise."""
    if c.state == "na" or (c.value is None and c.state != "suppressed"):
        return na
    if c.state == "suppressed":
        return f"<{threshold}" if c.reason == "threshold" else "c"
    return number(c.value) if c.value is not None else na


def hidden_cells(t: StatTable) -> tuple[int, int]:
    """Suppressed cells and all cells of a table, total rows and columns left out (they are
    mostly published, and would hide how little of the detail is)."""
    inner = [c for (r, k), c in t.cells.items() if r != TOTAL and k != TOTAL]
    return sum(c.state == "suppressed" for c in inner), len(inner)


def withheld(t: StatTable, share: float) -> bool:
    """Whether a table is too suppressed to print: more than ``share`` of its inner cells hidden."""
    hidden, n = hidden_cells(t)
    return n > 0 and hidden > share * n


@dataclass
class StatTable:
    id: str
    title: dict[Lang, str]
    unit: dict[Lang, str]
    counting_rule: dict[Lang, str]
    rows: list[str]
    columns: list[str]
    row_labels: dict[str, dict[Lang, str]]
    col_labels: dict[str, dict[Lang, str]]
    cells: dict[tuple[str, str], Cell]
    sources: list[str] = field(default_factory=list)
    submissions: list[int] = field(default_factory=list)
    row_margin: str | None = None  # tables sharing a key publish the same 'total' column
    col_margin: str | None = None  # ... or the same 'total' row
    notes: dict[Lang, list[str]] = field(default_factory=dict)
    disclosure: str = ""  # what disclosure control did (set by stats.sdc)
    # additivities with other tables: sum of the cells ``parts`` = the cell ``total``
    links: list[tuple[list[Ref], Ref]] = field(default_factory=list)

    def cell(self, row: str, col: str) -> Cell:
        return self.cells[(row, col)]

    def copy(self) -> StatTable:
        return copy.deepcopy(self)

    def lines(self) -> list[tuple[list[tuple[str, str]], tuple[str, str]]]:
        """Additivity constraints: (cells that add up, their total cell)."""
        out = []
        if TOTAL in self.columns:
            for r in self.rows:
                out.append(([(r, c) for c in self.columns if c != TOTAL], (r, TOTAL)))
        if TOTAL in self.rows:
            for c in self.columns:
                out.append(([(r, c) for r in self.rows if r != TOTAL], (TOTAL, c)))
        return out

    def label(self, axis: str, key: str, lang: Lang) -> str:
        labels = self.row_labels if axis == "row" else self.col_labels
        return labels.get(key, {}).get(lang) or labels.get(key, {}).get(SOURCE) or key


def additive(
    table_id: str,
    counts: dict[tuple[str, str], int],
    rows: list[str],
    columns: list[str],
    row_total: bool = True,
    col_total: bool = True,
    **kw: Any,
) -> StatTable:
    """A table of counts with the totals computed as sums of the cells."""
    cells = {(r, c): Cell.of(counts.get((r, c), 0)) for r in rows for c in columns}
    if col_total:
        for r in rows:
            cells[(r, TOTAL)] = Cell.of(sum(counts.get((r, c), 0) for c in columns))
        columns = [*columns, TOTAL]
    if row_total:
        for c in columns:
            cells[(TOTAL, c)] = Cell.of(sum(cells[(r, c)].value or 0 for r in rows))
        rows = [*rows, TOTAL]
    return StatTable(id=table_id, rows=rows, columns=columns, cells=cells, **kw)
