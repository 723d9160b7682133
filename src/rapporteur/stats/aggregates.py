"""Aggregate victim counts in the tables (rapporteur.store.aggregate, decision 0021).

An actor that sends counts instead of records feeds its own row of the registrations table and,
while the year is not linked, the registration tables (one registration per victim counted).
The tables say so in a note; persons tables leave the counts out and say that too.
"""

from __future__ import annotations

from typing import Any

from rapporteur.languages import LANGUAGES, translations
from rapporteur.store.aggregate import aggregates_only

AGGREGATE_MARK = translations("aggregate counts")
IN_REGISTRATIONS = translations(
    "Includes the aggregate counts of %(actors)s: the actor sends counts, not records; "
    "counts it masks as small are left out."
)
NOT_IN_PERSONS = translations(
    "Leaves out the aggregate counts of %(actors)s: counts cannot be linked to persons; they are "
    "in the table of victims registered by each actor."
)
BY_ACTOR = translations(
    "Rows marked as aggregate counts add up the counts the actor sends instead of records; counts "
    "it masks as small are left out, so such a row may be a little low."
)


def actors(con: Any, year: int) -> list[str]:
    """The actors whose victim rows of ``year`` are aggregate counts."""
    return [
        r[0]
        for r in con.execute(
            f"select distinct actor_id from victim_record where year = ? and {aggregates_only()} order by 1",
            [year],
        ).fetchall()
    ]


def note(con: Any, year: int, linked: bool, names: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """The note a national victim table gets when some actor of the year sent counts."""
    agg = actors(con, year)
    if not agg:
        return {lg: [] for lg in LANGUAGES}
    text = NOT_IN_PERSONS if linked else IN_REGISTRATIONS
    return {lg: [text[lg] % {"actors": ", ".join(names[a][lg] for a in agg)}] for lg in LANGUAGES}


# the registrations of each actor: a record counts 1, an aggregate row its count
REGISTRATIONS_SQL = (
    "select actor_id, status, sum(case when state is null then 1 else coalesce(count, 0) end) "
    "from victim_record where year = ? group by 1, 2"
)
