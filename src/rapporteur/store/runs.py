"""Run records: what each stage ran, on which inputs, with what result (table ``run``).

The one staleness rule of the workspace lives here: a stage's result is *current* when the
inputs it was made from (ids and checksums) are exactly the inputs the stage would use now.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select

from rapporteur import __version__
from rapporteur.store import schema

Inputs = list[dict[str, Any]]


@dataclass(frozen=True)
class RunRecord:
    run_id: int
    stage: str
    year: int | None
    started_at: str
    code_version: str
    parameters: Any
    inputs: Inputs
    summary: Any


def _key(inputs: Inputs) -> list[str]:
    return sorted(json.dumps(i, sort_keys=True) for i in inputs)


def same_inputs(a: Inputs, b: Inputs) -> bool:
    """The staleness rule: the same inputs, by id and checksum, in any order."""
    return _key(a) == _key(b)


class Runs:
    """The run table of one workspace."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def record(
        conn: Connection, stage: str, year: int | None, parameters: Any, inputs: Inputs, summary: Any
    ) -> int:
        """Insert a run inside the caller's transaction (so it commits with the stage's output)."""
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
        if inserted is None:  # pragma: no cover - every supported database returns the key
            raise RuntimeError("the database returned no id for the new run")
        return int(inserted[0])

    def get(self, run_id: int) -> RunRecord | None:
        r = schema.run.c
        with self._engine.connect() as conn:
            row = conn.execute(select(schema.run).where(r.id == run_id)).first()
        return _record(row) if row is not None else None

    def latest(self, stage: str, year: int) -> RunRecord | None:
        """The latest run of a stage for a year, current or not."""
        r = schema.run.c
        with self._engine.connect() as conn:
            row = conn.execute(
                select(schema.run).where(r.stage == stage, r.year == year).order_by(r.id.desc()).limit(1)
            ).first()
        return _record(row) if row is not None else None

    def current(self, stage: str, year: int, inputs: Inputs) -> RunRecord | None:
        """The latest run of a stage for a year if it was made from exactly ``inputs``."""
        row = self.latest(stage, year)
        if row is None or not same_inputs(row.inputs, inputs):
            return None
        return row


def _record(row: Any) -> RunRecord:
    m = row._mapping
    return RunRecord(
        run_id=int(m["id"]),
        stage=m["stage"],
        year=m["year"],
        started_at=m["started_at"],
        code_version=m["code_version"],
        parameters=json.loads(m["parameters"]),
        inputs=json.loads(m["inputs"]),
        summary=json.loads(m["summary"]),
    )
