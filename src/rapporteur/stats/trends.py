"""Multi-year trend tables beside ``trend_form``: victims by sex, age group and citizenship group,
protection steps and justice stages, one row or column per year; and two cross-tables of the
reference year: citizenship by form of exploitation, and labour exploitation by sector (NACE).

Victim trends count persons only when every year of the trend is linked (one unit down the whole
table), as ``trend.trend`` does; otherwise registrations in every year."""

from __future__ import annotations

from collections import defaultdict

from rapporteur.languages import LANGUAGES, translations
from rapporteur.model import codelist
from rapporteur.model.codelists import citizenship_group
from rapporteur.stats.context import (
    PER_CITIZENSHIP,
    PER_FORM,
    PERSON_RULE,
    PERSONS,
    REG_RULE,
    REGISTRATIONS,
    TOTAL_LABEL,
    UNKNOWN,
    UNKNOWN_LABEL,
    VICTIM_PERSONS,
    Context,
    eurostat_group,
    labels,
    sex_of,
)
from rapporteur.stats.justice import _combine
from rapporteur.stats.table import TOTAL, Cell, StatTable, additive
from rapporteur.stats.trend import UNLINKED_YEARS
from rapporteur.stats.victims import fold_main

MAX_YEARS = 6  # year columns of a transposed trend table: no wider than the text block


def _years(ctx: Context) -> tuple[list[int], bool]:
    years = [
        int(y)
        for (y,) in ctx.q("select distinct year from victim_record where year <= ? order by 1", ctx.year)
    ]
    return years, bool(years) and set(years) <= ctx.linked_years


def _views(persons: bool) -> dict[str, str]:
    """The per-unit views (persons) or the record tables (registrations), with their key."""
    if persons:
        return {"v": "unit_victim", "c": "unit_citizenship", "m": "unit_milestone", "k": "unit_id"}
    return {"v": "victim_record", "c": "victim_citizenship", "m": "victim_milestone", "k": "record_id"}


def _provenance(ctx: Context, t: StatTable, persons: bool) -> StatTable:
    subs = ctx.q(
        "select distinct actor_id, submission_id from victim_record where year <= ? order by 2", ctx.year
    )
    t.sources = sorted({a for a, _ in subs})
    t.submissions = [s for _, s in subs]
    if not persons and ctx.linked:
        for lg in LANGUAGES:
            t.notes.setdefault(lg, []).append(UNLINKED_YEARS[lg])
    return t


def _year_rows(
    ctx: Context,
    table_id: str,
    counts: dict[tuple[str, str], int],
    cols: list[str],
    title: dict[str, str],
    col_labels: dict[str, dict[str, str]],
    persons: bool,
    years: list[int],
    notes: tuple[dict[str, str], ...] = (),
) -> StatTable:
    rows = [str(y) for y in years]
    t = additive(
        table_id,
        counts,
        rows,
        cols,
        row_total=False,
        title=title,
        unit=dict(VICTIM_PERSONS if persons else REGISTRATIONS),
        counting_rule=dict(PERSON_RULE if persons else REG_RULE),
        row_labels={r: dict.fromkeys(LANGUAGES, r) for r in rows},
        col_labels=col_labels,
        notes={lg: [n[lg] for n in notes] for lg in LANGUAGES},
    )
    return _provenance(ctx, t, persons)


def trend_sex(ctx: Context) -> StatTable:
    years, persons = _years(ctx)
    v = _views(persons)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for y, sex, n in ctx.q(
        f"select year, sex, count(*) from {v['v']} where year <= ? group by 1, 2", ctx.year
    ):
        counts[(str(y), sex_of(sex))] += n
    cols = ["F", "M", *(["X"] if any(k[1] == "X" for k in counts) else []), UNKNOWN]
    return _year_rows(
        ctx,
        "trend_sex",
        counts,
        cols,
        translations("Registered victims by year and sex"),
        labels("sex", cols),
        persons,
        years,
    )


def trend_age(ctx: Context) -> StatTable:
    years, persons = _years(ctx)
    v = _views(persons)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for y, ag, n in ctx.q(
        f"select year, age_group, count(*) from {v['v']} where year <= ? group by 1, 2", ctx.year
    ):
        counts[(str(y), ag or UNKNOWN)] += n
    cols = ["child", "adult", UNKNOWN]
    return _year_rows(
        ctx,
        "trend_age",
        counts,
        cols,
        translations("Registered victims by year and age group"),
        labels("age_group", cols),
        persons,
        years,
    )


def trend_citizenship(ctx: Context) -> StatTable:
    years, persons = _years(ctx)
    v = _views(persons)
    order = {"NAT": 0, "EU_FOR": 1, "NEU_FOR": 2, "UNK": 3}
    best: dict[tuple[int, int], str] = {}
    for uid, y, code in ctx.q(
        f"select r.{v['k']}, r.year, c.code from {v['v']} r left join {v['c']} c using ({v['k']}) "
        "where r.year <= ?",
        ctx.year,
    ):
        g = citizenship_group(code or "", ctx.country, int(y), ctx.composition)
        if (uid, y) not in best or order[g] < order[best[(uid, y)]]:
            best[(uid, y)] = g
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for (_, y), g in best.items():
        counts[(str(y), g)] += 1
    cols = ["NAT", "EU_FOR", "NEU_FOR", "UNK"]
    country = codelist("citizenship")
    col_labels = {
        "NAT": {
            lg: country.attr(ctx.country, f"name_{lg}") if ctx.country in country else ctx.country
            for lg in LANGUAGES
        },
        "EU_FOR": translations("Other EU country"),
        "NEU_FOR": translations("Non-EU country"),
        "UNK": UNKNOWN_LABEL,
        TOTAL: TOTAL_LABEL,
    }
    return _year_rows(
        ctx,
        "trend_citizenship",
        counts,
        cols,
        translations("Registered victims by year and citizenship group"),
        col_labels,
        persons,
        years,
        notes=(
            translations(
                "A victim with several citizenships counts in one group: the reporting "
                "country first, then another EU country."
            ),
        ),
    )


def _year_cols(years: list[int]) -> list[str]:
    return [str(y) for y in years[-MAX_YEARS:]]


def trend_milestones(ctx: Context) -> StatTable:
    """Protection steps by year: steps down, years across (the labels are long)."""
    years, persons = _years(ctx)
    v = _views(persons)
    cols = _year_cols(years)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m, y, n in ctx.q(
        f"select m.milestone, r.year, count(distinct r.{v['k']}) from {v['v']} r join {v['m']} m "
        f"using ({v['k']}) where r.year <= ? and (m.date is null or year(m.date) = r.year) group by 1, 2",
        ctx.year,
    ):
        counts[(m, str(y))] += n
    rows = list(codelist("milestone").codes)
    t = additive(
        "trend_milestones",
        counts,
        rows,
        cols,
        row_total=False,
        col_total=False,
        title=translations("Protection of victims by year: reflection periods, victim status and permits"),
        unit=dict(PERSONS if persons else REGISTRATIONS),
        counting_rule=translations(
            "Persons for whom the step was taken in the year (Law of 15 December 1980, "
            "arts 61/2–61/5); a person can take several steps, so rows are not added."
        ),
        row_labels=labels("milestone", rows),
        col_labels={c: dict.fromkeys(LANGUAGES, c) for c in cols},
        notes={lg: [] for lg in LANGUAGES},
    )
    have = {
        str(y)
        for (y,) in ctx.q(
            "select distinct r.year from victim_milestone m join victim_record r using (record_id) "
            "where r.year <= ?",
            ctx.year,
        )
    }
    for r, c in t.cells:  # a year no actor sent any step for: not available, never 0
        if c not in have:
            t.cells[(r, c)] = Cell(None, "na")
    return _provenance(ctx, t, persons)


def trend_justice(ctx: Context) -> StatTable:
    """The justice stages by year, as each actor counts (stages down, years across)."""
    years = sorted(
        {int(y) for (y,) in ctx.q("select distinct year from justice_record where year <= ?", ctx.year)}
    )
    cols = _year_cols(years)
    raw: dict[tuple[str, str], list[tuple[int | None, str]]] = defaultdict(list)
    for stage, y, count, state in ctx.q(
        "select stage, year, count, state from justice_record where year <= ?", ctx.year
    ):
        raw[(stage, str(y))].append((count, state))
    stages = [s for s in codelist("justice_stage").codes if any(k[0] == s for k in raw)] or [
        "suspect",
        "prosecution",
        "conviction",
    ]
    cells = {
        (s, c): (_combine(raw[(s, c)]) if raw.get((s, c)) else Cell(None, "na")) for s in stages for c in cols
    }
    subs = ctx.q(
        "select distinct actor_id, submission_id from justice_record where year <= ? order by 2", ctx.year
    )
    return StatTable(
        id="trend_justice",
        title=translations("Criminal justice by year: suspects, prosecutions and convictions"),
        unit=translations("persons or decisions, as each actor counts"),
        counting_rule=translations(
            "Counts sent by the prosecution service and the courts for each year; a "
            "stage is not a subset of the one before it in the same year."
        ),
        rows=stages,
        columns=cols,
        row_labels=labels("justice_stage", stages),
        col_labels={c: dict.fromkeys(LANGUAGES, c) for c in cols},
        cells=cells,
        sources=sorted({a for a, _ in subs}),
        submissions=[s for _, s in subs],
    )


def nationality_form(ctx: Context, top: int = 8) -> StatTable:
    """The main citizenships by form of exploitation (Eurostat groups), reference year."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for code, form, n in ctx.q(
        "select coalesce(c.code, 'unknown'), coalesce(e.form, 'unknown'), count(*) from unit_victim r "
        "left join unit_citizenship c using (unit_id) left join unit_exploitation e using (unit_id) "
        "where r.year = ? group by 1, 2",
        ctx.year,
    ):
        counts[(code, eurostat_group(form))] += n
    main, merged = fold_main(counts, top)
    rows = [*main, "other", UNKNOWN]
    cols = ["sexual", "labour", "other", UNKNOWN]
    cl = codelist("citizenship")
    row_labels: dict[str, dict[str, str]] = {
        c: {lg: cl.attr(c, f"name_{lg}") for lg in LANGUAGES} for c in main
    }
    row_labels |= {"other": translations("Other citizenships"), UNKNOWN: UNKNOWN_LABEL, TOTAL: TOTAL_LABEL}
    return additive(
        "victims_nationality_form",
        merged,
        rows,
        cols,
        title=translations(
            "Registered victims: the %(top)s main citizenships, by form of exploitation", top=top
        ),
        unit=ctx.victim_unit(),
        counting_rule=ctx.victim_rule(),
        row_labels=row_labels,
        col_labels=labels("eurostat_exploitation", cols),
        notes=ctx.victim_notes(PER_CITIZENSHIP, PER_FORM),
        **ctx.meta("victim"),
    )


SECTOR_RULE = translations(
    "Victims of labour exploitation (forced labour or services) by the economic sector in which "
    "they were exploited, NACE Rev. 2 sections, as the actor that records the sector gives it."
)


def sector_labour(ctx: Context) -> StatTable:
    """Victims of labour exploitation by sector (NACE section) and sex, reference year."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for _uid, sex, sector in ctx.q(
        "select distinct r.unit_id, r.sex, s.sector from unit_victim r "
        "join unit_exploitation e using (unit_id) "
        "left join unit_sector s using (unit_id) where r.year = ? and e.form in "
        f"({', '.join(repr(f) for f in _labour_forms())})",
        ctx.year,
    ):
        counts[(sector or UNKNOWN, sex_of(sex))] += 1
    present = {k[0] for k in counts}
    rows = [c for c in codelist("sector").codes if c in present] + [UNKNOWN]
    cols = ["F", "M", *(["X"] if any(k[1] == "X" for k in counts) else []), UNKNOWN]
    return additive(
        "victims_sector",
        counts,
        rows,
        cols,
        title=translations("Victims of labour exploitation by sector of activity (NACE) and sex"),
        unit=ctx.victim_unit(),
        counting_rule=dict(SECTOR_RULE),
        row_labels=labels("sector", rows),
        col_labels=labels("sex", cols),
        notes=ctx.victim_notes(ctx.victim_rule()),
        **ctx.meta("victim"),
    )


def _labour_forms() -> list[str]:
    cl = codelist("exploitation")
    return [c for c in cl.codes if cl.attr(c, "eurostat") == "labour"]
