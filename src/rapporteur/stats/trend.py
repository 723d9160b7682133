"""The trend: registered victims of every year up to the reference year, by form of exploitation."""

from __future__ import annotations

from collections import defaultdict

from rapporteur.languages import LANGUAGES, translations
from rapporteur.stats.context import (
    PER_FORM,
    REG_RULE,
    REGISTRATIONS,
    UNKNOWN,
    Context,
    eurostat_group,
    labels,
    note,
)
from rapporteur.stats.table import StatTable, additive


def trend(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    years = [
        y for (y,) in ctx.q("select distinct year from victim_record where year <= ? order by 1", ctx.year)
    ]
    for y, form, n in ctx.q(
        "select r.year, coalesce(e.form, 'unknown'), count(*) from victim_record r "
        "left join victim_exploitation e using (record_id) where r.year <= ? "
        "group by 1, 2",
        ctx.year,
    ):
        counts[(str(y), eurostat_group(form))] += n
    rows = [str(y) for y in years]
    cols = ["sexual", "labour", "other", UNKNOWN]
    t = additive(
        "trend_form",
        counts,
        rows,
        cols,
        row_total=False,
        title=translations("Registered victims by year and form of exploitation (Eurostat groups)"),
        unit=REGISTRATIONS,
        counting_rule=REG_RULE,
        row_labels={r: dict.fromkeys(LANGUAGES, r) for r in rows},
        col_labels=labels("eurostat_exploitation", cols),
        notes=note(PER_FORM),
    )
    subs = ctx.q(
        "select distinct actor_id, submission_id from victim_record where year <= ? order by 2", ctx.year
    )
    t.sources = sorted({a for a, _ in subs})
    t.submissions = [s for _, s in subs]
    return t
