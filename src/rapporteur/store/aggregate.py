"""Aggregate victim rows: counts an actor sends instead of records (docs/decisions/0021).

An actor whose mapping says ``aggregate: true`` sends one row per combination of categories
(e.g. citizenship x sex x form) with a ``count``. Its rows are stored in ``victim_record`` like
records, with ``count`` and ``state`` (count | zero | na | confidential) set; a record-level row
has a null ``state``. Aggregate rows feed the actor's own tables and the registration tables and
returns; they never enter linkage, estimation or the persons tables, and no microdata return.
"""

from __future__ import annotations

# SQL predicates on victim_record (optionally qualified: RECORD.format(t="v."))
RECORD = "{t}state is null"
AGGREGATE = "{t}state is not null"


def records_only(alias: str = "") -> str:
    """The predicate that keeps record-level victim rows (no aggregate counts)."""
    return RECORD.format(t=f"{alias}." if alias else "")


def aggregates_only(alias: str = "") -> str:
    return AGGREGATE.format(t=f"{alias}." if alias else "")
