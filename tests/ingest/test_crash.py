"""A process killed in the middle of an ingestion leaves no partial rows and a consistent store."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

from rapporteur import ingest
from rapporteur.store import records
from tests.conftest import police_csv


def test_killed_ingestion_leaves_nothing_partial(ws, write):
    rows = [f"K{i};Anna;Test;01/01/1990;F;BE;1°;01/02/2013" for i in range(120_000)]
    path = write("big.csv", police_csv(rows))
    env = {**os.environ, "RAPPORTEUR_FAULT_KILL_BEFORE_COMMIT": "1"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "rapporteur.cli",
            "ingest",
            str(path),
            "--actor",
            "police",
            "--year",
            "2013",
            "--workspace",
            str(ws.path),
        ],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(ws.path / "rapporteur.db")
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert con.execute("select count(*) from reject").fetchone()[0] == 0
    assert (
        records.connect(ws, include_superseded=True)
        .execute("select count(*) from victim_record")
        .fetchone()[0]
        == 0
    )
    assert con.execute("select status from submission").fetchall() == [("processing",)]
    con.close()
    # the next ingestion marks the cut-short submission and stores the file completely
    r = ingest.submit(ws, path, "police", 2013)
    subs = {s.submission_id: s.status for s in ingest.submissions(ws)}
    assert subs == {1: "interrupted", 2: "accepted"}
    assert r.accepted == 120_000
    assert not (ws.path / "records" / "1").exists()  # the cut-short batch is discarded
    assert records.connect(ws).execute("select count(*) from victim_record").fetchone()[0] == 120_000
