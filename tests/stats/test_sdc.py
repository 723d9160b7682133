"""Disclosure control: an attacker who solves the margin equations must not recover any
suppressed cell. The attacker here is written independently of rapporteur.stats.sdc: it sees only
what is published (values, '<5' marks, blanks) and the additivity of rows and columns."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from rapporteur.stats.sdc import Policy, protect
from rapporteur.stats.table import TOTAL, additive

THRESHOLD = 5


def make(table_id: str, grid: list[list[int]], col_margin: str | None = None):
    rows = [f"r{i}" for i in range(len(grid))]
    cols = [f"c{j}" for j in range(len(grid[0]))]
    counts = {(r, c): grid[i][j] for i, r in enumerate(rows) for j, c in enumerate(cols)}
    return additive(
        table_id,
        counts,
        rows,
        cols,
        title={},
        unit={},
        counting_rule={},
        row_labels={},
        col_labels={},
        col_margin=col_margin,
    )


def attack(published):
    """Min and max of every hidden cell given everything published (LP over all tables)."""
    var = {}
    for t in published:
        for (r, c), cell in t.cells.items():
            if cell.value is None:
                var[(t.id, r, c)] = len(var)
    eqs = []
    for t in published:
        lines = []
        for r in t.rows:
            if r != TOTAL:
                pass
        if TOTAL in t.columns:
            lines += [([(r, c) for c in t.columns if c != TOTAL], (r, TOTAL)) for r in t.rows]
        if TOTAL in t.rows:
            lines += [([(r, c) for r in t.rows if r != TOTAL], (TOTAL, c)) for c in t.columns]
        for parts, total in lines:
            eqs.append([((t.id, *p), 1.0) for p in parts] + [((t.id, *total), -1.0)])
    margins = {}
    for t in published:
        if t.col_margin:
            for c in t.columns:
                margins.setdefault((t.col_margin, c), []).append((t.id, TOTAL, c))
    for refs in margins.values():
        for a, b in itertools.pairwise(refs):
            eqs.append([(a, 1.0), (b, -1.0)])
    cells = {(t.id, r, c): cell for t in published for (r, c), cell in t.cells.items()}
    a_eq, b_eq = [], []
    for eq in eqs:
        row, rhs = np.zeros(len(var)), 0.0
        for ref, coef in eq:
            if ref in var:
                row[var[ref]] += coef
            else:
                rhs -= coef * cells[ref].value
        if row.any():
            a_eq.append(row)
            b_eq.append(rhs)
    # a '<5' cell is between 1 and 4; any other hidden count is >= 0
    lim = [(1, THRESHOLD - 1) if cells[ref].reason == "threshold" else (0, None) for ref in var]
    out = {}
    for ref, i in var.items():
        obj = np.zeros(len(var))
        obj[i] = 1
        kw = dict(A_eq=np.array(a_eq), b_eq=np.array(b_eq)) if a_eq else {}
        lo = linprog(obj, bounds=lim, method="highs", **kw)
        hi = linprog(-obj, bounds=lim, method="highs", **kw)
        out[ref] = (lo.fun, float("inf") if hi.status == 3 else -hi.fun)
    return out


small = st.integers(min_value=0, max_value=9)
value = st.one_of(small, st.integers(min_value=0, max_value=60))
grids = st.integers(min_value=2, max_value=5).flatmap(
    lambda nr: st.integers(min_value=2, max_value=4).flatmap(
        lambda nc: st.lists(st.lists(value, min_size=nc, max_size=nc), min_size=nr, max_size=nr)
    )
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids)
def test_suppressed_cells_cannot_be_recovered_from_one_table(grid):
    raw = make("t", grid)
    (pub,) = protect([raw], Policy(threshold=THRESHOLD))
    for ref, (lo, hi) in attack([pub]).items():
        truth = raw.cells[(ref[1], ref[2])].value
        assert lo - 1e-6 <= truth <= hi + 1e-6
        assert hi - lo >= 1 - 1e-6, f"cell {ref} recovered as {lo}"
    for k, c in pub.cells.items():
        if c.state in ("count", "zero"):
            assert c.value == raw.cells[k].value
        if raw.cells[k].value and raw.cells[k].value < THRESHOLD:
            assert c.state == "suppressed" and c.value is None


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids, st.data())
def test_tables_sharing_a_margin_do_not_reveal_each_other(grid, data):
    # a second table over the same columns with the same column totals (e.g. by sex)
    totals = [sum(col) for col in zip(*grid, strict=False)]
    split = [data.draw(st.integers(min_value=0, max_value=t)) for t in totals]
    other = [split, [t - s for t, s in zip(totals, split, strict=False)]]
    a, b = make("a", grid, col_margin="sex"), make("b", other, col_margin="sex")
    pub = protect([a, b], Policy(threshold=THRESHOLD))
    for ref, (lo, hi) in attack(pub).items():
        assert hi - lo >= 1 - 1e-6, f"cell {ref} recovered as {lo}"


def test_rounding_rounds_every_count_and_keeps_not_available():
    t = make("t", [[1, 7], [12, 0]])
    t.cells[("r1", "c1")].state, t.cells[("r1", "c1")].value = "na", None
    (pub,) = protect([t], Policy(method="rounding", rounding_base=5))
    assert pub.cells[("r0", "c0")].value == 0 and pub.cells[("r0", "c0")].state == "rounded"
    assert pub.cells[("r0", "c1")].value == 5
    assert pub.cells[("r1", "c0")].value == 10
    assert pub.cells[("r1", "c1")].state == "na" and pub.cells[("r1", "c1")].value is None


def test_a_small_total_split_into_small_cells_is_not_given_away():
    # everything is under 5: '<5' everywhere would tell the attacker that all four cells are 1
    (pub,) = protect([make("t", [[1, 1], [1, 1]])], Policy(threshold=THRESHOLD))
    for lo, hi in attack([pub]).values():
        assert hi - lo >= 1 - 1e-6
    assert any(c.reason == "secondary" for c in pub.cells.values())


def test_known_example_needs_secondary_suppression():
    t = make("t", [[3, 20], [15, 30]])
    (pub,) = protect([t], Policy(threshold=THRESHOLD))
    hidden = {k for k, c in pub.cells.items() if c.state == "suppressed"}
    assert ("r0", "c0") in hidden and len(hidden) >= 4
