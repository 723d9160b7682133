"""Clerical decisions on pairs of records (table ``link_decision``): the same person or not.

A pair is named by its two record ids, smaller first; ids are stable across linkage runs, so a
decision outlives the run it was made on and constrains every later clustering of the year.
Only ids, the decision and the analyst's note are stored, never an identifier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Engine, delete, select

from rapporteur.store import schema

Decision = Literal["same", "different"]


@dataclass(frozen=True)
class StoredDecision:
    record_id_l: int
    record_id_r: int
    decision: Decision
    note: str | None
    decided_at: str


def ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a <= b else (b, a)


def put(engine: Engine, a: int, b: int, decision: Decision, note: str | None) -> StoredDecision:
    """Store (or replace) the decision on the pair ``a, b``."""
    left, right = ordered(int(a), int(b))
    t = schema.link_decision
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with engine.begin() as conn:
        conn.execute(delete(t).where(t.c.record_id_l == left, t.c.record_id_r == right))
        conn.execute(
            t.insert().values(
                record_id_l=left, record_id_r=right, decision=decision, note=note, decided_at=at
            )
        )
    return StoredDecision(left, right, decision, note, at)


def all_decisions(engine: Engine) -> dict[tuple[int, int], StoredDecision]:
    """Every stored decision by its (ordered) pair of record ids."""
    t = schema.link_decision
    with engine.connect() as conn:
        rows = conn.execute(select(t).order_by(t.c.record_id_l, t.c.record_id_r)).all()
    out = {}
    for r in rows:
        m = r._mapping
        d = StoredDecision(
            int(m["record_id_l"]), int(m["record_id_r"]), m["decision"], m["note"], m["decided_at"]
        )
        out[(d.record_id_l, d.record_id_r)] = d
    return out
