"""Concurrent writers (decision 0026): ids allocated atomically, two ingests at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from rapporteur.store import schema
from tests.conftest import GOOD_ROWS, police_csv

ALLOCATE = """
import sys
from rapporteur.store import db, ids
eng = db.engine(sys.argv[1])
got = []
for _ in range(int(sys.argv[2])):
    with eng.begin() as conn:
        got.append(ids.next_id(conn, "submission"))
print(" ".join(map(str, got)))
"""


def test_ids_are_unique_under_concurrent_allocation(ws):
    n = 40
    procs = [
        subprocess.Popen([sys.executable, "-c", ALLOCATE, ws.url, str(n)], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    got = []
    for p in procs:
        stdout, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        got += [int(x) for x in stdout.split()]
    assert sorted(got) == list(range(1, 2 * n + 1))  # none lost, none twice


def test_two_concurrent_ingests_both_end_consistently(ws, write):
    files = [
        write("p2013.csv", police_csv(GOOD_ROWS)),
        write("p2014.csv", police_csv(GOOD_ROWS[:3])),
    ]
    cli = Path(sys.executable).parent / "rapporteur"
    procs = [
        subprocess.Popen(
            [
                str(cli),
                "ingest",
                str(f),
                "--actor",
                "police",
                "--year",
                str(year),
                "--workspace",
                str(ws.path),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f, year in zip(files, (2013, 2014), strict=True)
    ]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    s = schema.submission
    with ws.engine.connect() as c:
        rows = c.execute(select(s.c.id, s.c.year, s.c.status, s.c.accepted).order_by(s.c.id)).all()
    assert [r.id for r in rows] == [1, 2]
    assert sorted((r.year, r.status, r.accepted) for r in rows) == [
        (2013, "accepted", 4),
        (2014, "accepted", 3),
    ]
