"""Ids handed out atomically (decision 0026): ``next_id(conn, "submission")``."""

from __future__ import annotations

from sqlalchemy import Connection, update

from rapporteur.store import schema


def next_id(conn: Connection, name: str) -> int:
    """The next id of the counter ``name``, unique across concurrent writers on both backends.

    The increment is one UPDATE … RETURNING: the row is locked until the caller's transaction
    ends, so a second writer waits and then gets the following value. A rolled-back transaction
    gives its id back.
    """
    c = schema.id_counter
    got = conn.execute(
        update(c).where(c.c.name == name).values(value=c.c.value + 1).returning(c.c.value)
    ).scalar_one_or_none()
    if got is None:
        raise RuntimeError(f"no id counter {name!r} (migration 0007 not applied)")
    return int(got)
