"""Tables of persons from the year's record linkage: registrations and unique persons by actor, and
the persons registered by two actors."""

from __future__ import annotations

from typing import Any

from rapporteur.languages import translations
from rapporteur.stats.context import PERSONS, Context, note
from rapporteur.stats.table import Cell, StatTable

LINK_RULE = translations(
    "Records linked into persons across and within actors (probabilistic linkage on names, "
    "birth date, sex and citizenship; see the methodology annex). Persons are unique within each "
    "row; the last row counts each person once whatever the number of actors that registered them."
)
NOT_LINKED = translations(
    "Not available: the records of this year have not been linked (rapporteur link --year)."
)
ALL_ACTORS = "all_actors"


def _linkage_provenance(ctx: Context) -> dict[str, Any]:
    """Sources of a table of linked persons, or its 'not linked' note (the table is then all na)."""
    if ctx.linked:
        return {"notes": {}, **ctx.meta("victim")}
    return {"notes": note(NOT_LINKED), "sources": [], "submissions": []}


def persons_by_actor(ctx: Context) -> StatTable:
    """Registrations next to the unique persons behind them, by actor and for all actors."""
    rows = [*ctx.victim_actors, ALL_ACTORS]
    cols = ["registrations", "persons"]
    cells: dict[tuple[str, str], Cell] = {(r, c): Cell(None, "na") for r in rows for c in cols}
    if ctx.linked:
        got = ctx.q(
            "select actor_id, count(*), count(distinct person_id) from person_link group by 1 order by 1"
        )
        for actor, regs, persons in got:
            if actor in ctx.victim_actors:
                cells[(actor, "registrations")] = Cell.of(regs)
                cells[(actor, "persons")] = Cell.of(persons)
        total = ctx.q("select count(*), count(distinct person_id) from person_link")[0]
        cells[(ALL_ACTORS, "registrations")] = Cell.of(total[0])
        cells[(ALL_ACTORS, "persons")] = Cell.of(total[1])
    labels = ctx.actor_labels(ctx.victim_actors)
    labels[ALL_ACTORS] = translations("All actors")
    return StatTable(
        id="persons_by_actor",
        title=translations("Registrations and unique persons, by actor"),
        unit=translations("registrations; persons"),
        counting_rule=dict(LINK_RULE),
        rows=rows,
        columns=cols,
        row_labels=labels,
        col_labels={
            "registrations": translations("Registrations"),
            "persons": translations("Unique persons"),
        },
        cells=cells,
        **_linkage_provenance(ctx),
    )


def actor_overlap(ctx: Context) -> StatTable:
    """Persons registered by both actors of each pair (the diagonal: by the actor at all)."""
    actors = ctx.victim_actors
    cells: dict[tuple[str, str], Cell] = {(a, b): Cell(None, "na") for a in actors for b in actors}
    if ctx.linked:
        got = ctx.q(
            """
            with p as (select distinct actor_id, person_id from person_link)
            select a.actor_id, b.actor_id, count(*) from p a join p b using (person_id) group by 1, 2
            """
        )
        for a in actors:
            for b in actors:
                cells[(a, b)] = Cell.of(0)
        for a, b, n in got:
            if a in actors and b in actors:
                cells[(a, b)] = Cell.of(n)
    labels = ctx.actor_labels(actors)
    return StatTable(
        id="actor_overlap",
        title=translations("Persons registered by both actors"),
        unit=PERSONS,
        counting_rule=translations(
            "Linked persons registered in the year by the actor of the row and by the actor of the "
            "column; on the diagonal, the persons registered by the actor. Cells do not add up."
        ),
        rows=list(actors),
        columns=list(actors),
        row_labels=labels,
        col_labels=labels,
        cells=cells,
        **_linkage_provenance(ctx),
    )
