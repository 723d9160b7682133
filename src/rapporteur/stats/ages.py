"""Victims by age group at the start of exploitation and at identification (reference year).

The age at the start is derived at ingest from the birth date and ``exploited_from``
(``age_at_start``), so the birth date need not be kept; the age at identification is ``age``. A
person counts in the group of the best-ranked record that gives each age (``stats.units``). The key
figure is the cell (child at the start, adult at identification): minors when exploitation began
who were adults when identified, and who a table by age at identification counts as adults."""

from __future__ import annotations

from collections import defaultdict

from rapporteur.languages import translations
from rapporteur.stats.context import UNKNOWN, Context, labels
from rapporteur.stats.table import StatTable, additive

AGE_START_RULE = translations(
    "Rows: age group when the exploitation began, computed from the date of birth and the date the "
    "exploitation began where an actor records both; columns: age group when identified."
)


def _group(age: int | None) -> str:
    return UNKNOWN if age is None else ("child" if age < 18 else "adult")


def age_start(ctx: Context) -> StatTable:
    """Victims by age group at the start of exploitation (rows) and at identification (columns)."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for _uid, age, start in ctx.q(
        "select r.unit_id, a.age, a.age_at_start from unit_victim r "
        "left join unit_age a using (unit_id) where r.year = ?",
        ctx.year,
    ):
        counts[(_group(start), _group(age))] += 1
    keys = ["child", "adult", UNKNOWN]
    return additive(
        "victims_age_start",
        counts,
        keys,
        keys,
        title=translations("Victims by age group at the start of exploitation and at identification"),
        unit=ctx.victim_unit(),
        counting_rule=dict(AGE_START_RULE),
        row_labels=labels("age_group", keys)
        | {
            "child": translations("Minor at the start"),
            "adult": translations("Adult at the start"),
        },
        col_labels=labels("age_group", keys)
        | {
            "child": translations("Minor when identified"),
            "adult": translations("Adult when identified"),
        },
        notes=ctx.victim_notes(ctx.victim_rule()),
        **ctx.meta("victim"),
    )
