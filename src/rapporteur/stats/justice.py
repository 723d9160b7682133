"""Criminal justice: suspects, prosecutions and convictions, as counted by the justice actors."""

from __future__ import annotations

from collections import defaultdict

from rapporteur.languages import LANGUAGES, translations
from rapporteur.model import codelist
from rapporteur.stats.context import UNKNOWN, Context, eurostat_group, labels, sex_of
from rapporteur.stats.table import TOTAL, Cell, StatTable


def _justice(ctx: Context, dim: str) -> dict[tuple[str, str], list[tuple[int | None, str]]]:
    out: dict[tuple[str, str], list[tuple[int | None, str]]] = defaultdict(list)
    for stage, key, count, state in ctx.q(
        f"select stage, {dim}, count, state from justice_record where year = ?", ctx.year
    ):
        key = eurostat_group(key) if dim == "exploitation" else sex_of(key)
        out[(stage, key)].append((count, state))
    return out


def _combine(parts: list[tuple[int | None, str]]) -> Cell:
    if not parts:
        return Cell.of(0)
    if any(s == "na" for _, s in parts):
        return Cell(None, "na")
    if any(s == "confidential" for _, s in parts):
        return Cell(None, "suppressed", "source")
    return Cell.of(sum(c or 0 for c, _ in parts))


def justice(ctx: Context, dim: str) -> StatTable:
    """The justice stages by ``dim``: ``exploitation`` (Eurostat groups) or ``sex``."""
    raw = _justice(ctx, dim)
    stages = [s for s in codelist("justice_stage").codes if any(k[0] == s for k in raw)] or [
        "suspect",
        "prosecution",
        "conviction",
    ]
    if dim == "exploitation":
        cols, clname = ["sexual", "labour", "other", UNKNOWN], "eurostat_exploitation"
        title = translations(
            "Criminal justice: suspects, prosecutions and convictions by form of exploitation"
        )
    else:
        cols, clname = ["F", "M", UNKNOWN], "sex"
        title = translations("Criminal justice: suspects, prosecutions and convictions by sex")
    cells = {(s, c): _combine(raw.get((s, c), [])) for s in stages for c in cols}
    for s in stages:
        cells[(s, TOTAL)] = _combine([p for c in cols for p in raw.get((s, c), [])])
        if not any(k[0] == s for k in raw):
            for c in [*cols, TOTAL]:
                cells[(s, c)] = Cell(None, "na")
    units = {
        s: sorted(
            {
                ctx.actors[a]["counting_unit"]
                for (a,) in ctx.q(
                    "select distinct actor_id from justice_record where year = ? and stage = ?", ctx.year, s
                )
            }
        )
        for s in stages
    }
    cu = codelist("counting_unit")
    stage_cl = codelist("justice_stage")
    row_labels: dict[str, dict[str, str]] = {
        s: {
            lg: stage_cl.label(s, lg)
            + (f" ({', '.join(cu.label(u, lg).lower() for u in units[s])})" if units[s] else "")
            for lg in LANGUAGES
        }
        for s in stages
    }
    return StatTable(
        id=f"justice_by_{'form' if dim == 'exploitation' else 'sex'}",
        title=title,
        unit=translations("persons or decisions, as each actor counts"),
        counting_rule=translations(
            "Counts sent by the prosecution service and the courts for the year; a "
            "stage is not a subset of the one before it in the same year."
        ),
        rows=stages,
        columns=[*cols, TOTAL],
        row_labels=row_labels,
        col_labels=labels(clname, cols),
        cells=cells,
        **ctx.meta("justice"),
    )
