"""Bulk inserts through the driver's executemany, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table

BATCH = 50_000


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert tuples (in ``columns`` order); returns the number inserted."""
    sql = str(table.insert().compile(dialect=conn.dialect, column_keys=list(columns)))
    named = conn.dialect.paramstyle in ("named", "pyformat")
    it = iter(rows)
    total = 0
    while batch := list(islice(it, BATCH)):
        params: list[Any] = [dict(zip(columns, r, strict=True)) for r in batch] if named else batch
        conn.exec_driver_sql(sql, params)
        total += len(batch)
    return total
