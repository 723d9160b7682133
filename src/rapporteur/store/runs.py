"""Run records: what each stage ran, on which inputs, with what result (table ``run``)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, select

from rapporteur import __version__
from rapporteur.store import schema
from rapporteur.workspace import Workspace


def record(conn: Connection, stage: str, year: int | None, parameters: Any, inputs: Any, summary: Any) -> int:
    """Insert a run (inside the caller's transaction); returns its id."""
    inserted = conn.execute(
        schema.run.insert().values(
            stage=stage,
            year=year,
            started_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            code_version=__version__,
            parameters=json.dumps(parameters),
            inputs=json.dumps(inputs),
            summary=json.dumps(summary),
        )
    ).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


def latest(ws: Workspace, stage: str, year: int) -> Any:
    """The latest run (a row: id, inputs, summary as JSON text) of a stage for a year, or None."""
    r = schema.run.c
    with ws.engine.connect() as conn:
        return conn.execute(
            select(r.id, r.inputs, r.summary)
            .where(r.stage == stage, r.year == year)
            .order_by(r.id.desc())
            .limit(1)
        ).first()
