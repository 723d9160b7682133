"""The trend: registered victims of every year up to the reference year, by form of exploitation."""

from __future__ import annotations

from collections import defaultdict

from rapporteur.languages import LANGUAGES, translations
from rapporteur.stats.context import (
    PER_FORM,
    PERSON_RULE,
    REG_RULE,
    REGISTRATIONS,
    UNKNOWN,
    VICTIM_PERSONS,
    Context,
    eurostat_group,
    labels,
)
from rapporteur.stats.table import StatTable, additive

UNLINKED_YEARS = translations(
    "Earlier years have not all been linked, so the trend counts registrations in every year, "
    "also in the reference year whose other tables count persons."
)


def trend(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    years = [
        y for (y,) in ctx.q("select distinct year from victim_record where year <= ? order by 1", ctx.year)
    ]
    # persons only when every year of the trend is linked: one unit down the whole table
    persons = bool(years) and set(years) <= ctx.linked_years
    sql = (
        "select r.year, coalesce(e.form, 'unknown'), count(*) from unit_victim r "
        "left join unit_exploitation e using (unit_id) where r.year <= ? group by 1, 2"
        if persons
        else "select r.year, coalesce(e.form, 'unknown'), "
        "sum(case when r.state is null then 1 else coalesce(r.count, 0) end) from victim_record r "
        "left join victim_exploitation e using (record_id) where r.year <= ? group by 1, 2"
    )
    for y, form, n in ctx.q(sql, ctx.year):
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
        unit=dict(VICTIM_PERSONS if persons else REGISTRATIONS),
        counting_rule=dict(PERSON_RULE if persons else REG_RULE),
        row_labels={r: dict.fromkeys(LANGUAGES, r) for r in rows},
        col_labels=labels("eurostat_exploitation", cols),
        notes={
            lg: [PER_FORM[lg], *([] if persons or not ctx.linked else [UNLINKED_YEARS[lg]])]
            for lg in LANGUAGES
        },
    )
    subs = ctx.q(
        "select distinct actor_id, submission_id from victim_record where year <= ? order by 2", ctx.year
    )
    t.sources = sorted({a for a, _ in subs})
    t.submissions = [s for _, s in subs]
    return t
