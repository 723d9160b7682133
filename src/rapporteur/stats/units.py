"""What the victim tables count: unique persons when the year is linked, else registrations.

Every victim table reads the same four DuckDB views, whatever it counts:

- ``unit_victim(unit_id, year, sex, age_group, status)``: one row per counted unit;
- ``unit_citizenship(unit_id, code)``, ``unit_exploitation(unit_id, form)``,
  ``unit_milestone(unit_id, milestone, date)``.

Without a linkage a unit is a record (``unit_id`` = ``record_id``); with one, a unit is a person
and its attributes follow the precedence rule below (docs/methodology/persons.md,
docs/decisions/0013-persons-not-registrations.md):

1. records are ranked within a person: first by the kind of the actor that registered them
   (``PRECEDENCE``), then by completeness (how many of sex, age group, citizenship and form of
   exploitation they record), then by record id (a stable tie-break);
2. sex and age group are those of the best-ranked record that records them;
3. status is *identified* when any record says so (identification is a formal decision that the
   other actors' *presumed* does not undo), else that of the best-ranked record;
4. citizenships are those of the best-ranked record that records any (one source, so a
   misspelt citizenship at one actor does not add a second one);
5. the sector of exploitation is that of the best-ranked record that records one;
6. forms of exploitation and protection milestones are the union over the records (each actor
   sees a part of the exploitation; the steps are taken by different authorities).

Records of one person that disagree on sex, age group, status or citizenship are counted in
``conflicts`` and shown in the tables' notes, never resolved silently.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from pydantic import BaseModel

from rapporteur.store.aggregate import aggregates_only, records_only

# The identifying authorities first, in the order of their legal role in identification:
# the police (who identify and record the offence), the labour inspection (who identify labour
# exploitation on site), the Immigration Office (who record what the identifying services sent,
# and the residence steps), then the specialised centres (who record what the person tells them
# during support). Actors of any other kind come last.
PRECEDENCE: tuple[str, ...] = ("police", "inspection", "immigration", "victim_centre")
ATTRIBUTES = ("sex", "age_group", "status", "citizenship")
UNITS = ("persons", "registrations")


class Conflicts(BaseModel):
    """Linked persons whose records disagree, by attribute (0 everywhere without a linkage)."""

    unit: str  # persons | registrations
    persons: int  # units counted
    records: int  # records behind them
    sex: int = 0
    age_group: int = 0
    status: int = 0
    citizenship: int = 0


def rank_of(kind: str) -> int:
    return PRECEDENCE.index(kind) if kind in PRECEDENCE else len(PRECEDENCE)


def build(con: Any, actors: dict[str, dict[str, Any]], clusters: pa.Table | None) -> None:
    """Create the unit views on ``con``: over persons of ``clusters`` (record_id, person_id, any
    year), records not in them counting as their own unit."""
    con.register(
        "actor_rank",
        pa.table(
            {
                "actor_id": pa.array(list(actors), pa.string()),
                "rank": pa.array([rank_of(str(a.get("kind", ""))) for a in actors.values()], pa.int32()),
            }
        ),
    )
    linked = clusters is not None
    if clusters is None:
        clusters = pa.table({"record_id": pa.array([], pa.int64()), "person_id": pa.array([], pa.int64())})
    con.register("unit_link", clusters.select(["record_id", "person_id"]))
    con.execute(f"create or replace temp view unit_source as {source_sql(linked)}")
    con.execute(
        """
        create or replace temp table unit_rank as
        with r as (
          select v.*, coalesce(l.person_id, v.unit_id0) as unit_id, coalesce(a.rank, 99) as actor_rank,
                 (v.sex in ('F', 'M', 'X'))::int + (v.age_group is not null)::int
                 + (exists (select 1 from victim_citizenship c where c.record_id = v.record_id))::int
                 + (exists (select 1 from victim_exploitation e where e.record_id = v.record_id))::int
                   as completeness
          from unit_source v left join unit_link l using (record_id)
          left join actor_rank a using (actor_id))
        select *, row_number() over (
          partition by unit_id order by actor_rank, completeness desc, record_id) as rk
        from r
        """
    )
    con.execute(
        """
        create or replace temp table unit_cit as
        with c as (
          select k.unit_id, k.record_id, k.rk, c.code from unit_rank k
          join victim_citizenship c using (record_id)),
        best as (select unit_id, min(rk) as rk from c group by 1)
        select distinct unit_id, code from c join best using (unit_id, rk)
        """
    )
    con.execute(
        """
        create or replace temp table unit_victim as
        select unit_id, min(year) as year,
          arg_min(sex, rk) filter (where sex in ('F', 'M', 'X')) as sex,
          arg_min(age_group, rk) filter (where age_group is not null) as age_group,
          case when bool_or(status = 'identified') then 'identified' else arg_min(status, rk) end
            as status,
          count(*) as records,
          count(distinct sex) filter (where sex in ('F', 'M', 'X')) > 1 as c_sex,
          count(distinct age_group) > 1 as c_age_group,
          count(distinct status) > 1 as c_status
        from unit_rank group by unit_id
        """
    )
    con.execute(
        """
        create or replace temp view unit_citizenship as select unit_id, code from unit_cit;
        create or replace temp view unit_sector as
          select unit_id, arg_min(sector, rk) as sector from unit_rank
          where sector is not null and sector <> '' group by 1;
        create or replace temp view unit_age as
          select unit_id, arg_min(age, rk) filter (where age is not null) as age,
            arg_min(age_at_start, rk) filter (where age_at_start is not null) as age_at_start
          from unit_rank group by 1;
        create or replace temp view unit_exploitation as
          select distinct k.unit_id, e.form from unit_rank k join victim_exploitation e using (record_id);
        create or replace temp view unit_milestone as
          select distinct k.unit_id, m.milestone, m.date
          from unit_rank k join victim_milestone m using (record_id);
        """
    )


def source_sql(linked: bool) -> str:
    """The victim rows the units are made of. Aggregate rows (an actor's counts, not records:
    rapporteur.store.aggregate) count as registrations, one unit per victim counted, under
    negative unit ids; a count that is confidential or not available adds nothing. When the year
    is linked they are left out: a count cannot be matched to persons."""
    records = f"select *, record_id as unit_id0 from victim_record where {records_only()}"
    if linked:
        return records
    expanded = (
        "select * exclude (i), -(row_number() over (order by record_id, i)) as unit_id0 from "
        "(select *, unnest(range(count)) as i from victim_record "
        f"where {aggregates_only()} and state = 'count')"
    )
    return f"{records} union all by name {expanded}"


def conflicts(con: Any, year: int, unit: str) -> Conflicts:
    """The year's units and how many of them have records that disagree, attribute by attribute."""
    persons, recs, sex, age, status = con.execute(
        "select count(*), coalesce(sum(records), 0), count(*) filter (where c_sex), "
        "count(*) filter (where c_age_group), count(*) filter (where c_status) "
        "from unit_victim where year = ?",
        [year],
    ).fetchone()
    (cit,) = con.execute(
        """
        with s as (
          select k.unit_id, k.record_id, string_agg(c.code, '|' order by c.code) as codes
          from unit_rank k join victim_citizenship c using (record_id) where k.year = ?
          group by 1, 2)
        select count(*) from (select unit_id from s group by 1 having count(distinct codes) > 1)
        """,
        [year],
    ).fetchone()
    return Conflicts(
        unit=unit,
        persons=int(persons),
        records=int(recs),
        sex=int(sex),
        age_group=int(age),
        status=int(status),
        citizenship=int(cit),
    )
