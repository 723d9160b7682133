"""Statistical disclosure control, applied to every table before anything is published.

Two methods (workspace setting ``disclosure.method``):

* ``suppression`` — primary: counts from 1 to threshold − 1 are suppressed (shown as "<5").
  Secondary: further cells are suppressed until no suppressed value can be recovered from what is
  published, checked the way an attacker would: all the tables of a year form one system of
  linear equations (the additivity of every row and column with a total, the totals that two
  tables share, the subtotals that one table gives of another's detail), with the knowledge that a
  "<5" cell lies between 1 and threshold − 1 and that counts are not negative. A cell is safe when
  the equations leave it free (linear algebra) and its feasible interval has more than one value
  (linear programming). The complementary cells are chosen by an integer program that minimises
  the total value they hide (``stats.sdc_optimal``), verified by the attacker's check above; the
  greedy search (small interior cells first, completing rectangles) is the fallback and the repair.
* ``rounding`` — every count, totals included, is rounded to the nearest multiple of the base;
  totals are rounded independently and may not add up.

Not available (``na``) cells are never touched; cells already confidential at the source are
unknown to everyone and count as unknowns for the attacker. Figures of public record (the
prosecutions and convictions of the justice tables, see ``public_cells``) are outside disclosure
control: they are published as the source sent them (decision 0014).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from rapporteur.stats.table import TOTAL, Ref, StatTable

Key = tuple[str, str]


@dataclass(frozen=True)
class Policy:
    method: str = "suppression"  # suppression | rounding
    threshold: int = 5
    rounding_base: int = 5
    secondary: str = "optimal"  # optimal (integer program) | greedy
    time_limit: float = 30.0  # seconds for the integer program; then the greedy fallback


# Figures of public record: court decisions are public, so the criminal-justice stages that come
# before a court in public (prosecutions, convictions) are outside disclosure control in every
# chapter (decision 0014). Suspects and investigations are not public and stay under control.
PUBLIC_STAGES = ("prosecution", "conviction")
JUSTICE_TABLES = ("justice_by_form", "justice_by_sex")


def public_cells(t: StatTable) -> set[tuple[str, str]]:
    """The cells of ``t`` that are public record: never suppressed by us (a value the source sent
    as confidential, e.g. a court's "<5", stays confidential: that is the source's control)."""
    if t.id not in JUSTICE_TABLES:
        return set()
    return {k for k in t.cells if k[0] in PUBLIC_STAGES}


def protect(tables: list[StatTable], policy: Policy) -> list[StatTable]:
    """Protected copies of the tables (the inputs are not changed)."""
    out = [t.copy() for t in tables]
    if policy.method == "rounding":
        for t in out:
            _round(t, policy.rounding_base)
        return out
    public = {(t.id, *k) for t in out for k in public_cells(t)}
    fam = Family(out, policy.threshold, public)
    for t in out:
        for k, cell in t.cells.items():
            if (t.id, *k) in public:
                continue
            if cell.state == "count" and cell.value is not None and cell.value < policy.threshold:
                cell.state, cell.reason = "suppressed", "threshold"
    fam.sync()
    how = fam.secondary(policy.secondary, policy.time_limit)
    for t in out:
        n1 = sum(c.reason == "threshold" for c in t.cells.values())
        n2 = sum(c.reason == "secondary" for c in t.cells.values())
        t.disclosure = f"suppression:threshold={policy.threshold}:primary={n1}:secondary={n2}:method={how}"
        rows = sorted({k[0] for k in public_cells(t)})
        if rows:
            t.disclosure += f":public={','.join(rows)}"
        for c in t.cells.values():
            if c.state == "suppressed" and c.reason != "source":
                c.value = None
    return out


def _round(t: StatTable, base: int) -> None:
    for c in t.cells.values():
        if c.state in ("count", "zero") and c.value is not None:
            c.value = int(base * np.floor(c.value / base + 0.5))
            c.state = "rounded"
    t.disclosure = f"rounding:base={base}"


def equations(tables: list[StatTable]) -> list[tuple[list[Ref], Ref]]:
    """Every additivity the published tables reveal: sum(parts) = total."""
    by_id = {t.id: t for t in tables}
    eqs: list[tuple[list[Ref], Ref]] = []
    for t in tables:
        for parts, total in t.lines():
            eqs.append(([(t.id, *p) for p in parts], (t.id, *total)))
        for parts_, total_ in t.links:
            if all(p[0] in by_id for p in [*parts_, total_]):
                eqs.append((list(parts_), total_))
    margins: dict[tuple[str, str], list[Ref]] = {}
    for t in tables:
        if t.row_margin and TOTAL in t.columns:
            for r in t.rows:
                margins.setdefault((t.row_margin, r), []).append((t.id, r, TOTAL))
        if t.col_margin and TOTAL in t.rows:
            for c in t.columns:
                margins.setdefault((t.col_margin, c), []).append((t.id, TOTAL, c))
    for refs in margins.values():
        eqs += [([a], b) for a, b in itertools.pairwise(refs)]
    return eqs


class Family:
    """The tables of one publication, protected together."""

    def __init__(self, tables: list[StatTable], threshold: int, public: set[Ref] | None = None) -> None:
        self.tables = {t.id: t for t in tables}
        self.threshold = threshold
        self.eqs = equations(tables)
        self.public = public or set()  # public record: never suppressed by us

    def cell(self, ref: Ref):
        return self.tables[ref[0]].cells[(ref[1], ref[2])]

    def unknown(self) -> list[Ref]:
        return [
            (t.id, *k)
            for t in self.tables.values()
            for k, c in t.cells.items()
            if c.state in ("suppressed", "na")
        ]

    def ours(self, ref: Ref) -> bool:
        c = self.cell(ref)
        return c.state == "suppressed" and c.reason != "source"

    def system(self) -> tuple[list[Ref], np.ndarray, np.ndarray]:
        unknown = self.unknown()
        idx = {r: i for i, r in enumerate(unknown)}
        rows, rhs = [], []
        for parts, total in self.eqs:
            row = np.zeros(len(unknown))
            b = 0.0
            for ref, sign in [(p, 1.0) for p in parts] + [(total, -1.0)]:
                if ref in idx:
                    row[idx[ref]] += sign
                else:
                    b -= sign * (self.cell(ref).value or 0)
            if row.any():
                rows.append(row)
                rhs.append(b)
        a = np.array(rows) if rows else np.zeros((0, len(unknown)))
        return unknown, a, np.array(rhs)

    def determined(self, only: list[Ref] | None = None) -> list[Ref]:
        """Our suppressed cells (or those of ``only``) that the equations alone give away."""
        unknown, a, _ = self.system()
        if not len(a):
            return []
        rank = np.linalg.matrix_rank(a)
        wanted = None if only is None else set(only)
        out = []
        for i, ref in enumerate(unknown):
            if self.ours(ref) and (wanted is None or ref in wanted):
                e = np.zeros(len(unknown))
                e[i] = 1.0
                if np.linalg.matrix_rank(np.vstack([a, e])) == rank:
                    out.append(ref)
        return out

    def bounds(self, only: list[Ref] | None = None) -> dict[Ref, tuple[float, float]]:
        """The attacker's feasible interval for each unknown cell (linear programming)."""
        unknown, a, b = self.system()
        lim = [
            (1.0, self.threshold - 1.0) if self.cell(r).reason == "threshold" else (0.0, None)
            for r in unknown
        ]
        out: dict[Ref, tuple[float, float]] = {}
        for i, ref in enumerate(unknown):
            if only is not None and ref not in only:
                continue
            if not len(a):
                top = lim[i][1]
                out[ref] = (lim[i][0], float("inf") if top is None else top)
                continue
            obj = np.zeros(len(unknown))
            obj[i] = 1.0
            lo = linprog(obj, A_eq=a, b_eq=b, bounds=lim, method="highs")
            hi = linprog(-obj, A_eq=a, b_eq=b, bounds=lim, method="highs")
            top = float("inf") if hi.status == 3 else (-hi.fun if hi.success else float("nan"))
            out[ref] = (lo.fun if lo.success else float("nan"), top)
        return out

    def exposed(self) -> list[Ref]:
        det = self.determined()
        if det:
            return det
        ours = [r for r in self.unknown() if self.ours(r)]
        return [r for r, (lo, hi) in self.bounds(ours).items() if not hi - lo >= 0.5]

    def sync(self) -> None:
        """A cell published twice (identity equations) is suppressed in both places."""
        changed = True
        while changed:
            changed = False
            for parts, total in self.eqs:
                if len(parts) != 1:
                    continue
                for x, y in ((parts[0], total), (total, parts[0])):
                    if (
                        self.cell(x).state == "suppressed"
                        and self.cell(y).state in ("count", "zero")
                        and y not in self.public
                    ):
                        self.cell(y).state, self.cell(y).reason = "suppressed", "secondary"
                        changed = True

    def cost(self, ref: Ref) -> float:
        c = self.cell(ref)
        if c.state in ("suppressed", "na"):
            return 0.0
        if c.state not in ("count", "zero") or ref in self.public:
            return float("inf")
        return (1e6 if TOTAL in ref[1:] else 0.0) + (50.0 if not c.value else 0.0) + float(c.value or 0)

    def suppress(self, refs: list[Ref]) -> None:
        for ref in refs:
            c = self.cell(ref)
            if c.state in ("count", "zero") and ref not in self.public:
                c.state, c.reason = "suppressed", "secondary"
        self.sync()

    def pinned(self, ref: Ref) -> bool:
        if self.determined([ref]):
            return True
        lo, hi = self.bounds([ref])[ref]
        return not hi - lo >= 0.5

    def _near(self, ref: Ref) -> set[Ref]:
        """Cells within two equations of ``ref``."""
        near = {ref}
        for _ in range(2):
            grow = set(near)
            for parts, total in self.eqs:
                cells = [*parts, total]
                if any(c in near for c in cells):
                    grow.update(cells)
            near = grow
        return near

    def neighbours(self, ref: Ref) -> list[Ref]:
        """Published cells within two equations of ``ref``: where more suppression can help."""
        return sorted(
            (c for c in self._near(ref) if self.cell(c).state in ("count", "zero") and c not in self.public),
            key=self.cost,
        )

    def secondary(self, method: str = "optimal", time_limit: float = 30.0) -> str:
        """Choose the complementary cells; returns how (``optimal``, ``greedy`` or the fallback
        taken, e.g. ``greedy(fallback:time limit)``), which ``protect`` records in the tables."""
        how = "greedy"
        if method == "optimal":
            from rapporteur.stats.sdc_optimal import optimal

            saved = self.snapshot()
            how = optimal(self, time_limit)
            if how.startswith("greedy"):  # the solver failed: start again from the primary cells
                self.restore(saved)
        if how != "optimal":
            # the greedy search: the whole method, or the repair of the integer program's pattern
            # (when the rounds ran out or only the '<5' marks give a value away)
            self._secondary()
        # last resort: a small count still worked out despite everything hides its whole row and
        # column (totals included) and the search runs again
        for _ in range(len(self.tables) * 4 if how != "optimal" else 0):  # verified: nothing stuck
            stuck = [r for r in self.unknown() if self._small(r) and self.pinned(r)]
            if not stuck:
                break
            tid, row, col = stuck[0]
            t = self.tables[tid]
            self.suppress([(tid, r, c) for (r, c) in t.cells if r == row or c == col])
            self._secondary()
        self._publish_known()
        return how

    def snapshot(self) -> dict[Ref, tuple[str, str]]:
        return {(t.id, *k): (c.state, c.reason) for t in self.tables.values() for k, c in t.cells.items()}

    def restore(self, saved: dict[Ref, tuple[str, str]]) -> None:
        for ref, (state, reason) in saved.items():
            c = self.cell(ref)
            c.state, c.reason = state, reason

    def _small(self, ref: Ref) -> bool:
        v = self.cell(ref).value
        return v is not None and 0 < v < self.threshold

    def _publish_known(self) -> None:
        """A secondary cell the attacker can still work out protects nothing: publish it (its
        value is known anyway, so publishing it reveals nothing more)."""
        while True:
            mine = [
                r
                for r in self.unknown()
                if self.cell(r).reason == "secondary" and self.ours(r) and not self._small(r)
            ]
            known = self.determined(mine)
            if not known:
                rest = [r for r in mine if r not in known]
                known = [r for r, (lo, hi) in self.bounds(rest).items() if not hi - lo >= 0.5]
            if not known:
                return
            c = self.cell(known[0])  # one at a time: publishing it changes what the others reveal
            c.state, c.reason = ("count" if c.value else "zero"), ""

    def _secondary(self) -> None:
        """Hide more until no small count can be worked out. A larger hidden cell that can be
        worked out is harmless (it is published again at the end)."""
        n_cells = sum(len(t.cells) for t in self.tables.values())
        hopeless: set[Ref] = set()
        for _ in range(2 * n_cells + 1):
            small = [x for x in self.unknown() if self.ours(x) and self._small(x) and x not in hopeless]
            det = self.determined(small)
            if det:
                target = det[0]
                tid, r, c = target
                t = self.tables[tid]
                best: tuple[float, list[Ref]] | None = None
                for r2 in t.rows:
                    for c2 in t.columns:
                        if r2 == r or c2 == c:
                            continue
                        refs = [(tid, r, c2), (tid, r2, c), (tid, r2, c2)]
                        cost = sum(self.cost(x) for x in refs)
                        if best is None or cost < best[0]:
                            best = (cost, refs)
                if best is not None and 0 < best[0] < float("inf"):
                    self.suppress(best[1])
                    continue
            else:
                pinned = [x for x, (lo, hi) in self.bounds(small).items() if not hi - lo >= 0.5]
                if not pinned:
                    return
                target = pinned[0]
            candidates = self.neighbours(target)
            if not candidates:
                # nothing left to hide: the '<5' marks themselves give it away (e.g. a total under
                # 5 split into cells of at least 1). Show such cells as 'c' instead, totals first.
                marked = [x for x in self._near(target) if self.cell(x).reason == "threshold"]
                if marked:
                    marked.sort(key=lambda x: (TOTAL not in x[1:], x))
                    self.cell(marked[0]).reason = "secondary"
                else:
                    hopeless.add(target)
                continue
            chosen = candidates[0]
            for cand in candidates[:20]:
                cell = self.cell(cand)
                saved = (cell.state, cell.reason)
                cell.state, cell.reason = "suppressed", "secondary"
                free = not self.pinned(target)
                cell.state, cell.reason = saved
                if free:
                    chosen = cand
                    break
            self.suppress([chosen])
