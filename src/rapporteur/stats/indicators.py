"""All indicator tables of a year, in the order of the report, and what each reveals about another."""

from __future__ import annotations

from rapporteur.stats.ages import age_start
from rapporteur.stats.context import Context, eurostat_group
from rapporteur.stats.justice import justice
from rapporteur.stats.persons import actor_overlap, persons_by_actor
from rapporteur.stats.protection import milestones
from rapporteur.stats.table import TOTAL, Cell, StatTable
from rapporteur.stats.trend import trend
from rapporteur.stats.trends import (
    nationality_form,
    sector_labour,
    trend_age,
    trend_citizenship,
    trend_justice,
    trend_milestones,
    trend_sex,
)
from rapporteur.stats.victims import (
    by_actor,
    citizenship_groups,
    forms_detail,
    forms_eurostat,
    nationalities,
    sex_age,
    status_sex,
)


def _link(tables: dict[str, StatTable], year: int) -> None:
    """Declare what one table reveals about another, so disclosure control sees it too."""
    eu, nat, tr = tables["victims_form_eurostat"], tables["victims_form_national"], tables["trend_form"]
    for col in eu.columns:
        for group in eu.rows:
            if group == TOTAL:
                continue
            detail = [r for r in nat.rows if r != TOTAL and eurostat_group(r) == group]
            if detail:
                eu.links.append(([(nat.id, r, col) for r in detail], (eu.id, group, col)))
    # the trend's row for the reference year repeats the Eurostat table's total column (when both
    # count the same unit: the trend counts registrations until every year is linked)
    if str(year) in tr.rows and tr.unit == eu.unit:
        for group in eu.rows:
            if group in tr.columns:
                eu.links.append(([(tr.id, str(year), group)], (eu.id, group, TOTAL)))
    tables["justice_by_form"].row_margin = tables["justice_by_sex"].row_margin = "justice:stage"


def all_tables(ctx: Context) -> list[StatTable]:
    """The year's tables before disclosure control, in the order of the report (which numbers them)."""
    out = [
        trend(ctx),
        trend_sex(ctx),
        trend_age(ctx),
        trend_citizenship(ctx),
        sex_age(ctx),
        age_start(ctx),
        status_sex(ctx),
        citizenship_groups(ctx),
        nationalities(ctx),
        forms_eurostat(ctx),
        forms_detail(ctx),
        nationality_form(ctx),
        sector_labour(ctx),
        by_actor(ctx),
        persons_by_actor(ctx),
        actor_overlap(ctx),
        milestones(ctx),
        trend_milestones(ctx),
        justice(ctx, "exploitation"),
        justice(ctx, "sex"),
        trend_justice(ctx),
    ]
    for t in out:
        if not t.sources:  # no actor sent anything for this table: not available, never 0
            for k in t.cells:
                t.cells[k] = Cell(None, "na")
    _link({t.id: t for t in out}, ctx.year)
    return out
