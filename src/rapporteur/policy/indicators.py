"""Which report cells an indicator of a policy measure may refer to (checked at ``policy import``).

A ``table`` reference names a table of ``rapporteur.stats`` by id and one of its cells by row and
column. The tables are computed from the data only when a report is built, and some of their
rows and columns depend on the data: the years of the trend, the actors registered, the main
citizenships of the year, "X" for sex only when a record has it. So the check at import is:

- the table id always (the set of tables is fixed by ``rapporteur.stats.compute.all_tables``);
- a row or a column only where it comes from a fixed code list (sex, age group, victim status,
  citizenship group, form of exploitation, milestone, criminal-justice stage, ...): a value
  outside that list can never be a cell, whatever the data;
- nothing for an axis made of data (years, actors), marked ``None`` below: a reference there that
  has no cell in a given year's tables is shown as "–" in the report.

``tests/policy/test_indicators.py`` computes the tables on a workspace with data and fails when
this catalogue and the tables disagree (a table added, renamed or given a new row), so it cannot
drift from the statistics silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from rapporteur.model import codelist
from rapporteur.stats.table import TOTAL

UNKNOWN = "unknown"  # the "not recorded" category of every table (rapporteur.stats.compute.UNKNOWN)

Axis = frozenset[str] | None  # the allowed codes, or None: depends on the data, not checked


def _codes(name: str, *extra: str) -> frozenset[str]:
    return frozenset([*codelist(name).codes, *extra])


@cache
def catalogue() -> dict[str, tuple[Axis, Axis]]:
    """table id -> (allowed rows, allowed columns), in the order of the report."""
    sex = frozenset(["F", "M", "X", UNKNOWN, TOTAL])
    eurostat = _codes("eurostat_exploitation", UNKNOWN, TOTAL)
    age = frozenset(["child", "adult", UNKNOWN, TOTAL])
    groups = frozenset(["NAT", "EU_FOR", "NEU_FOR", "UNK", TOTAL])
    return {
        "trend_form": (None, eurostat),  # rows: the years that have records
        "trend_sex": (None, sex),
        "trend_age": (None, age),
        "trend_citizenship": (None, groups),
        "victims_sex_age": (sex, age),
        "victims_age_start": (age, age),  # at the start of exploitation by at identification
        "victims_status_sex": (frozenset(["identified", "presumed", TOTAL]), sex),
        "victims_citizenship_group": (groups, sex),
        # rows: the year's main citizenships, always codes of the citizenship list
        "victims_nationality": (_codes("citizenship", "other", UNKNOWN, TOTAL), sex),
        "victims_form_eurostat": (eurostat, sex),
        "victims_form_national": (_codes("exploitation", UNKNOWN, TOTAL), sex),
        "victims_nationality_form": (_codes("citizenship", "other", UNKNOWN, TOTAL), eurostat),
        "victims_sector": (_codes("sector", UNKNOWN, TOTAL), sex),
        "registrations_by_actor": (None, frozenset(["identified", "presumed", TOTAL])),  # rows: actors
        "persons_by_actor": (None, frozenset(["registrations", "persons"])),  # rows: actors
        "actor_overlap": (None, None),  # actors by actors
        "protection_milestones": (_codes("milestone", TOTAL), sex),
        "trend_milestones": (_codes("milestone", TOTAL), None),  # columns: the last years
        "justice_by_form": (_codes("justice_stage"), eurostat),
        "justice_by_sex": (_codes("justice_stage"), frozenset(["F", "M", UNKNOWN, TOTAL])),
        "trend_justice": (_codes("justice_stage"), None),  # columns: the last years
    }


def _choices(values: Iterable[str], shown: int = 15) -> str:
    ordered = sorted(values)
    return ", ".join(ordered[:shown]) + (f", … ({len(ordered)} in all)" if len(ordered) > shown else "")


def problem(table_id: str, row: str, column: str) -> str | None:
    """What is wrong with a reference to a cell, or None when it may name a cell."""
    tables = catalogue()
    if table_id not in tables:
        return f"table {table_id!r} does not exist; use one of {_choices(tables)}"
    rows, columns = tables[table_id]
    if rows is not None and row not in rows:
        return f"table {table_id!r} has no row {row!r}; use one of {_choices(rows)}"
    if columns is not None and column not in columns:
        return f"table {table_id!r} has no column {column!r}; use one of {_choices(columns)}"
    return None


# Which axes of each table break the whole down (rows, columns): sex, age group, citizenship,
# form of exploitation, actor. The other axes say what is counted (victim status, milestone,
# criminal-justice stage, registrations or persons, the year of the trend): a cell that is
# ``total`` (or ``unknown``) on every breakdown axis is a national total (``checks``).
BREAKDOWN: dict[str, tuple[bool, bool]] = {
    "trend_form": (False, True),
    "trend_sex": (False, True),
    "trend_age": (False, True),
    "trend_citizenship": (False, True),
    "victims_sex_age": (True, True),
    "victims_age_start": (True, True),
    "victims_status_sex": (False, True),
    "victims_citizenship_group": (True, True),
    "victims_nationality": (True, True),
    "victims_form_eurostat": (True, True),
    "victims_form_national": (True, True),
    "victims_nationality_form": (True, True),
    "victims_sector": (True, True),
    "registrations_by_actor": (True, False),
    "persons_by_actor": (True, False),
    "actor_overlap": (True, True),
    "protection_milestones": (False, True),
    "trend_milestones": (False, False),  # steps by year: each row is its own whole
    "justice_by_form": (False, True),
    "justice_by_sex": (False, True),
    "trend_justice": (False, False),  # stages by year
}


def is_breakdown(table_id: str, row: str, column: str) -> bool:
    """The cell counts a part of the whole: a category other than total or unknown on one of the
    table's breakdown axes."""
    by_row, by_column = BREAKDOWN.get(table_id, (False, False))
    return (by_row and row not in (TOTAL, UNKNOWN)) or (by_column and column not in (TOTAL, UNKNOWN))
