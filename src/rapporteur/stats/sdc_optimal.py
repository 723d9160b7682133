"""Secondary suppression by integer programming: the complementary cells that hide the least.

Binary variable ``x_j`` for every published cell that may be suppressed (counts and zeros, not
public record). The program minimises ``sum (value_j + eps) x_j`` with ``eps = 1 / (n + 1)``
(``n`` variables): the total hidden value first, then the number of cells (a zero is not free).
Constraints, for every additivity ``e`` of the family (rows, columns, shared margins, links):

* a small count we suppressed, alone among the hidden cells of ``e``, needs one more hidden
  cell in ``e``;
* a suppressed cell ``j`` needs another hidden cell in every ``e`` it is in
  (``x_j <= sum of the other cells' x``): alone it would be computed and protect nothing.

These are necessary, not sufficient (a cell can be the bridge between two hidden cycles, or be
pinned by the bounds "<5" reveals). After each solve the pattern is checked as the attacker would
(``Family.determined`` and ``Family.bounds``), and for each small count still exposed a cut is
added: at least one more of the published cells that share an additivity with the hidden cells
connected to it. (The attacker's system splits into independent parts; a pattern that adds no
such cell leaves the exposed cell's part unchanged, so the cut removes no protecting pattern.)
Then the program is solved again, at most ``MAX_ROUNDS`` times.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

from rapporteur.stats.table import Ref

if TYPE_CHECKING:
    from rapporteur.stats.sdc import Family

MAX_ROUNDS = 40


def optimal(fam: Family, time_limit: float = 30.0) -> str:
    """Suppress the complementary cells the integer program chooses; returns ``optimal`` (verified
    safe), or ``optimal+greedy`` when the rounds ran out or a small count stays exposed whatever is
    hidden (the greedy search then completes the pattern, e.g. by showing '<5' cells as 'c'),
    or ``greedy(fallback:...)`` when the solver failed (the caller starts the greedy search
    from the primary cells again)."""
    start = time.monotonic()
    base = fam.snapshot()
    cand = [r for r, (state, _) in base.items() if state in ("count", "zero") and r not in fam.public]
    if not cand:  # nothing to choose from: the greedy search checks (and relabels '<5' marks)
        return "optimal+greedy"
    col = {r: i for i, r in enumerate(cand)}
    eps = 1.0 / (len(cand) + 1)
    cost = np.array([float(fam.cell(r).value or 0) + eps for r in cand])
    eqs = [[*parts, total] for parts, total in fam.eqs]
    eq_of: dict[Ref, list[int]] = {}
    for i, cells in enumerate(eqs):
        for c in cells:
            eq_of.setdefault(c, []).append(i)

    def hidden0(r: Ref) -> bool:
        return base[r][0] in ("suppressed", "na")

    def protected(r: Ref) -> bool:  # a small count we suppressed
        return base[r][0] == "suppressed" and base[r][1] != "source" and fam._small(r)

    rows: list[dict[int, float]] = []  # each: sum coef * x >= lower bound
    lower: list[float] = []
    for cells in eqs:
        fixed = [c for c in cells if hidden0(c)]
        free = [col[c] for c in cells if c in col]
        if len(fixed) == 1 and protected(fixed[0]) and free:
            rows.append(dict.fromkeys(free, 1.0))
            lower.append(1.0)
        if not fixed:
            for j in free:
                row = dict.fromkeys(free, 1.0)
                row[j] = -1.0
                rows.append(row)
                lower.append(0.0)
    cuts: set[frozenset[int]] = set()
    small = [r for r in base if protected(r)]
    how = "optimal+greedy"  # the rounds ran out: the greedy search completes the pattern
    for _ in range(MAX_ROUNDS):
        left = time_limit - (time.monotonic() - start)
        if left <= 0:
            fam.restore(base)
            return "greedy(fallback:time limit)"
        a = lil_matrix((max(len(rows), 1), len(cand)))
        for i, row in enumerate(rows):
            for j, v in row.items():
                a[i, j] = v
        cons = LinearConstraint(a.tocsr(), np.array(lower or [0.0]), np.inf)
        res = milp(
            cost,
            constraints=cons,
            integrality=np.ones(len(cand)),
            bounds=Bounds(0, 1),
            options={"time_limit": left},
        )
        if res.status != 0 or res.x is None:
            fam.restore(base)
            return f"greedy(fallback:{'time limit' if res.status == 1 else 'solver'})"
        fam.restore(base)
        fam.suppress([r for r in cand if res.x[col[r]] > 0.5])
        exposed = set(fam.determined(small))
        rest = [r for r in small if r not in exposed]
        exposed |= {r for r, (lo, hi) in fam.bounds(rest).items() if not hi - lo >= 0.5}
        if not exposed:
            return "optimal"
        new = False
        for p in sorted(exposed):
            cut = frozenset(col[c] for c in _touching(fam, p, eqs, eq_of) if c in col and not _hidden(fam, c))
            if cut and cut not in cuts:
                cuts.add(cut)
                rows.append(dict.fromkeys(cut, 1.0))
                lower.append(1.0)
                new = True
        if not new:  # only what more suppression cannot fix is left: the greedy search's repair
            break
    return how


def _hidden(fam: Family, r: Ref) -> bool:
    return fam.cell(r).state in ("suppressed", "na")


def _touching(fam: Family, p: Ref, eqs: list[list[Ref]], eq_of: dict[Ref, list[int]]) -> set[Ref]:
    """The cells of the additivities that contain a hidden cell connected to ``p`` (through
    additivities, over hidden cells): only hiding one of them can change what the attacker
    learns about ``p``."""
    seen, todo, touched = {p}, [p], set()
    while todo:
        r = todo.pop()
        for i in eq_of.get(r, []):
            for c in eqs[i]:
                touched.add(c)
                if c not in seen and _hidden(fam, c):
                    seen.add(c)
                    todo.append(c)
    return touched
