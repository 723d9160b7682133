"""Tables of registered victims: sex and age, status, citizenship, forms of exploitation, actors."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapporteur.languages import LANGUAGES, translations
from rapporteur.model import codelist
from rapporteur.model.codelists import citizenship_group
from rapporteur.stats import aggregates
from rapporteur.stats.context import (
    PER_CITIZENSHIP,
    PER_FORM,
    TOTAL_LABEL,
    UNKNOWN,
    UNKNOWN_LABEL,
    Context,
    eurostat_group,
    labels,
    sex_of,
    sexes,
)
from rapporteur.stats.table import TOTAL, Cell, StatTable, additive


def _victims_by_sex(
    ctx: Context,
    table_id: str,
    counts: dict[tuple[str, str], int],
    rows: list[str],
    row_labels: dict[str, dict[str, str]],
    title: dict[str, str],
    notes: tuple[dict[str, str], ...] = (),
    **extra: Any,
) -> StatTable:
    """A table of victims (persons or registrations) with ``rows`` down and sex across, with its
    totals; ``notes``: the table's own notes (the unit's notes are added)."""
    cols = sexes(counts, 1)
    return additive(
        table_id,
        counts,
        rows,
        cols,
        title=title,
        unit=ctx.victim_unit(),
        counting_rule=ctx.victim_rule(),
        row_labels=row_labels,
        col_labels=labels("sex", cols),
        notes=ctx.victim_notes(*notes),
        **extra,
        **ctx.meta("victim"),
    )


def sex_age(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for sex, ag, n in ctx.q(
        "select sex, age_group, count(*) from unit_victim where year = ? group by 1, 2", ctx.year
    ):
        counts[(sex_of(sex), ag or UNKNOWN)] += n
    rows = sexes(counts, 0)
    cols = ["child", "adult", UNKNOWN]
    return additive(
        "victims_sex_age",
        counts,
        rows,
        cols,
        title=translations("Registered victims by sex and age group"),
        unit=ctx.victim_unit(),
        counting_rule=ctx.victim_rule(),
        notes=ctx.victim_notes(),
        row_labels=labels("sex", rows),
        col_labels=labels("age_group", cols),
        row_margin="reg:sex",
        col_margin="reg:age",
        **ctx.meta("victim"),
    )


def status_sex(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for st, sex, n in ctx.q(
        "select status, sex, count(*) from unit_victim where year = ? group by 1, 2", ctx.year
    ):
        counts[(st, sex_of(sex))] += n
    return _victims_by_sex(
        ctx,
        "victims_status_sex",
        counts,
        ["identified", "presumed"],
        labels("victim_status", ["identified", "presumed"]),
        translations("Registered victims: identified and presumed, by sex"),
        row_margin="reg:status",
        col_margin="reg:sex",
    )


def _person_groups(ctx: Context) -> dict[int, str]:
    """One citizenship group per unit: national first, then other EU, then non-EU."""
    order = {"NAT": 0, "EU_FOR": 1, "NEU_FOR": 2, "UNK": 3}
    best: dict[int, str] = {}
    for rid, code in ctx.q(
        "select r.unit_id, c.code from unit_victim r left join "
        "unit_citizenship c using (unit_id) where r.year = ?",
        ctx.year,
    ):
        g = citizenship_group(code or "", ctx.country, ctx.year, ctx.composition)
        if rid not in best or order[g] < order[best[rid]]:
            best[rid] = g
    return best


def citizenship_groups(ctx: Context) -> StatTable:
    groups = _person_groups(ctx)
    sex = dict(ctx.q("select unit_id, sex from unit_victim where year = ?", ctx.year))
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for rid, g in groups.items():
        counts[(g, sex_of(sex.get(rid)))] += 1
    rows = ["NAT", "EU_FOR", "NEU_FOR", "UNK"]
    country = codelist("citizenship")
    nat: dict[str, str] = (
        {lg: country.attr(ctx.country, f"name_{lg}") for lg in LANGUAGES}
        if ctx.country in country
        else {lg: ctx.country for lg in LANGUAGES}
    )
    row_labels: dict[str, dict[str, str]] = {
        "NAT": nat,
        "EU_FOR": translations("Other EU country"),
        "NEU_FOR": translations("Non-EU country"),
        "UNK": UNKNOWN_LABEL,
        TOTAL: TOTAL_LABEL,
    }
    return _victims_by_sex(
        ctx,
        "victims_citizenship_group",
        counts,
        rows,
        row_labels,
        translations("Registered victims by citizenship group and sex"),
        row_margin="reg:citgroup",
        col_margin="reg:sex",
        notes=(
            translations(
                "A victim with several citizenships counts in one group: the reporting "
                "country first, then another EU country."
            ),
        ),
    )


def fold_main(counts: dict[tuple[str, str], int], top: int) -> tuple[list[str], dict[tuple[str, str], int]]:
    """The ``top`` citizenships by count (ties by code) and the counts with the others folded into
    "other"; unknown stays its own row."""
    totals: dict[str, int] = defaultdict(int)
    for (code, _), n in counts.items():
        if code != UNKNOWN:
            totals[code] += n
    main = sorted(totals, key=lambda c: (-totals[c], c))[:top]
    merged: dict[tuple[str, str], int] = defaultdict(int)
    for (code, col), n in counts.items():
        merged[(code if code in main or code == UNKNOWN else "other", col)] += n
    return main, merged


def nationalities(ctx: Context, top: int = 10) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for code, sex, n in ctx.q(
        "select coalesce(c.code, 'unknown'), r.sex, count(*) from "
        "unit_victim r left join unit_citizenship c using (unit_id) "
        "where r.year = ? group by 1, 2",
        ctx.year,
    ):
        counts[(code, sex_of(sex))] += n
    main, merged = fold_main(counts, top)
    rows = [*main, "other", UNKNOWN]
    cl = codelist("citizenship")
    row_labels: dict[str, dict[str, str]] = {
        c: {lg: cl.attr(c, f"name_{lg}") for lg in LANGUAGES} for c in main
    }
    row_labels.update(
        {
            "other": translations("Other citizenships"),
            UNKNOWN: UNKNOWN_LABEL,
            TOTAL: TOTAL_LABEL,
        }
    )
    return _victims_by_sex(
        ctx,
        "victims_nationality",
        merged,
        rows,
        row_labels,
        translations("Registered victims: the %(top)s main citizenships, by sex", top=top),
        col_margin="reg:sex:citizenships",
        notes=(PER_CITIZENSHIP,),
    )


def _forms(ctx: Context) -> dict[tuple[str, str], int]:
    """Victims by form (national code) and sex; both form tables start from it."""
    if ctx.forms is not None:
        return dict(ctx.forms)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for form, sex, n in ctx.q(
        "select coalesce(e.form, 'unknown'), r.sex, count(*) from "
        "unit_victim r left join unit_exploitation e using (unit_id) "
        "where r.year = ? group by 1, 2",
        ctx.year,
    ):
        counts[(form, sex_of(sex))] += n
    ctx.forms = dict(counts)
    return dict(counts)


def forms_eurostat(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for (form, sex), n in _forms(ctx).items():
        counts[(eurostat_group(form), sex)] += n
    rows = ["sexual", "labour", "other", UNKNOWN]
    return _victims_by_sex(
        ctx,
        "victims_form_eurostat",
        counts,
        rows,
        labels("eurostat_exploitation", rows),
        translations("Registered victims by form of exploitation (Eurostat groups) and sex"),
        col_margin="reg:sex:forms",
        notes=(PER_FORM,),
    )


def forms_detail(ctx: Context) -> StatTable:
    counts = _forms(ctx)
    present = {k[0] for k in counts}
    rows = [
        c
        for c in codelist("exploitation").codes
        if c in present or c in ("sexual", "labour", "begging", "crime")
    ] + [UNKNOWN]
    return _victims_by_sex(
        ctx,
        "victims_form_national",
        counts,
        rows,
        labels("exploitation", rows),
        translations("Registered victims by form of exploitation (national detail) and sex"),
        col_margin="reg:sex:forms",
        notes=(PER_FORM,),
    )


def by_actor(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for actor, st, n in ctx.q(aggregates.REGISTRATIONS_SQL, ctx.year):
        counts[(actor, st)] += int(n)
    rows = ctx.victim_actors
    agg = set(aggregates.actors(ctx.con, ctx.year))
    units = codelist("counting_unit")
    row_labels: dict[str, dict[str, str]] = {
        a: {
            lg: f"{ctx.actors[a]['label_' + lg]} — {units.label(ctx.actors[a]['counting_unit'], lg).lower()}"
            + (f" ({aggregates.AGGREGATE_MARK[lg]})" if a in agg else "")
            for lg in LANGUAGES
        }
        for a in rows
    }
    t = additive(
        "registrations_by_actor",
        counts,
        rows,
        ["identified", "presumed"],
        row_total=False,
        title=translations("Victims registered by each actor"),
        unit=translations("each actor's own counting unit"),
        counting_rule=translations(
            "Records of the year in each actor's current submission, in the actor's own "
            "counting unit (persons or files); the rows are not added up."
        ),
        row_labels=row_labels,
        col_labels=labels("victim_status", ["identified", "presumed"]),
        notes={lg: [aggregates.BY_ACTOR[lg]] for lg in LANGUAGES} if agg else {},
        **ctx.meta("victim"),
    )
    for a in rows:
        if not any(k[0] == a for k in counts):
            for c in t.columns:
                t.cells[(a, c)] = Cell(None, "na")
    return t
