"""The display rule: a table mostly suppressed is replaced by a sentence (decision 0027)."""

from __future__ import annotations

from rapporteur.stats.table import TOTAL, Cell, StatTable, hidden_cells, withheld


def _table(states: dict[tuple[str, str], str]) -> StatTable:
    rows, cols = ["a", "b", TOTAL], ["x", "y", TOTAL]
    cells = {}
    for r in rows:
        for c in cols:
            st = states.get((r, c), "count")
            hidden = st == "suppressed"
            cells[(r, c)] = Cell(None if hidden else 7, st, "threshold" if hidden else "")
    t = {"en": "t"}
    return StatTable("t", t, t, t, rows, cols, {}, {}, cells)


def test_totals_do_not_count_and_half_is_still_printed():
    t = _table({("a", "x"): "suppressed", ("b", "y"): "suppressed", (TOTAL, "x"): "suppressed"})
    assert hidden_cells(t) == (2, 4)
    assert not withheld(t, 0.5)  # exactly half: printed


def test_more_than_the_share_is_withheld():
    t = _table({("a", "x"): "suppressed", ("b", "y"): "suppressed", ("a", "y"): "suppressed"})
    assert withheld(t, 0.5)
    assert not withheld(t, 1.0)  # 1 prints every table
