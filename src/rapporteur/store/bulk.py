"""Fast bulk inserts through the driver's executemany, inside the caller's transaction."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table

BATCH = 50_000
_FAULT = "RAPPORTEUR_FAULT_KILL_AFTER_ROWS"  # fault injection for crash tests only


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert tuples (in ``columns`` order); returns the number inserted."""
    stmt = table.insert().compile(dialect=conn.dialect, column_keys=list(columns))
    sql = str(stmt)
    named = conn.dialect.paramstyle in ("named", "pyformat")
    kill_after = int(os.environ.get(_FAULT, "0") or 0)
    it = iter(rows)
    total = 0
    while batch := list(islice(it, BATCH)):
        params: list[Any] = [dict(zip(columns, r, strict=True)) for r in batch] if named else batch
        conn.exec_driver_sql(sql, params)
        total += len(batch)
        if kill_after and total >= kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
    return total
