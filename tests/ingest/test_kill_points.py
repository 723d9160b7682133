"""SIGKILL at a named point of ingestion (rapporteur.faults), then reopen: consistent, rerunnable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from rapporteur import faults, ingest
from rapporteur import workspace as wsp
from rapporteur.store import schema
from tests.conftest import GOOD_ROWS, police_csv


def _ingest_killed_at(ws, path: Path, point: str) -> None:
    env = {**os.environ, faults.ENV_VAR: point}
    cli = Path(sys.executable).parent / "rapporteur"
    proc = subprocess.run(
        [str(cli), "ingest", str(path), "--actor", "police", "--year", "2013", "--workspace", str(ws.path)],
        env=env,
        capture_output=True,
        timeout=180,
    )
    assert proc.returncode == -signal.SIGKILL


def test_kill_after_archiving_then_reopen_and_rerun(ws, write):
    path = write("p.csv", police_csv(GOOD_ROWS))
    _ingest_killed_at(ws, path, "ingest.archived")
    archived = [p for p in ws.archive_dir.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert archived  # the raw file is kept (encrypted) ...
    with ws.engine.connect() as c:  # ... and no submission half-made
        assert c.execute(select(func.count()).select_from(schema.submission)).scalar_one() == 0
    r = ingest.submit(ws, path, "police", 2013)
    assert (r.status, r.accepted) == ("accepted", 4)


def test_kill_before_commit_reopen_marks_interrupted_at_once(ws, write):
    path = write("p.csv", police_csv(GOOD_ROWS))
    _ingest_killed_at(ws, path, "ingest.before_commit")
    ws2 = wsp.open_workspace(ws.path)  # the next open, not the next ingest, clears it
    try:
        assert {s.submission_id: s.status for s in ingest.submissions(ws2)} == {1: "interrupted"}
        with ws2.engine.connect() as c:
            assert c.execute(select(func.count()).select_from(schema.reject)).scalar_one() == 0
        assert not (ws2.records_dir / "1").exists()
        r = ingest.submit(ws2, path, "police", 2013)
        assert (r.submission_id, r.status, r.accepted) == (2, "accepted", 4)
    finally:
        ws2.close()
