"""The protection of victims: reflection periods, victim status and residence permits."""

from __future__ import annotations

from collections import defaultdict

from rapporteur.languages import translations
from rapporteur.model import codelist
from rapporteur.stats.context import PERSONS, REGISTRATIONS, Context, labels, sex_of, sexes
from rapporteur.stats.table import Cell, StatTable, additive


def milestones(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m, sex, n in ctx.q(
        "select m.milestone, r.sex, count(distinct r.unit_id) from unit_victim r "
        "join unit_milestone m using (unit_id) where r.year = ? and "
        "(m.date is null or year(m.date) = ?) group by 1, 2",
        ctx.year,
        ctx.year,
    ):
        counts[(m, sex_of(sex))] += n
    rows = list(codelist("milestone").codes)
    cols = sexes(counts, 1)
    have = bool(
        ctx.q(
            "select 1 from victim_milestone m join victim_record r using (record_id) "
            "where r.year = ? limit 1",
            ctx.year,
        )
    )
    t = additive(
        "protection_milestones",
        counts,
        rows,
        cols,
        row_total=False,
        title=translations("Protection of victims: reflection periods, victim status and residence permits"),
        unit=PERSONS if ctx.linked else REGISTRATIONS,
        counting_rule=translations(
            "Persons for whom the step was taken in the year (Law of 15 December 1980, "
            "arts 61/2–61/5); a person can take several steps, so rows are not added."
        ),
        notes=ctx.victim_notes(ctx.victim_rule()),
        row_labels=labels("milestone", rows),
        col_labels=labels("sex", cols),
        **ctx.meta("victim"),
    )
    if not have:
        for k in t.cells:
            t.cells[k] = Cell(None, "na")
    return t
