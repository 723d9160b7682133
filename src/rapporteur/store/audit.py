"""The audit log: one row per command that ran on the workspace (who, what, when, outcome).

``detail`` holds the command's options that are ids, years and counts; callers never pass file
contents, names or other identifiers.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select

from rapporteur.store import schema


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    os_user: str
    portal_user: str | None
    command: str
    detail: str | None
    outcome: str


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    engine: Engine, command: str, detail: str | None, outcome: str, portal_user: str | None = None
) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(schema.audit).values(
                at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                os_user=_user(),
                portal_user=portal_user,
                command=command,
                detail=detail,
                outcome=outcome,
            )
        )


def entries(engine: Engine, limit: int = 50) -> list[Entry]:
    a = schema.audit
    with engine.connect() as conn:
        rows = conn.execute(select(a).order_by(a.c.id.desc()).limit(limit)).mappings().all()
    return [Entry(**dict(r)) for r in rows]
