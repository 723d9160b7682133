"""The demo on PostgreSQL gives the same report tables and returns, byte for byte, as on SQLite."""

from __future__ import annotations

from pathlib import Path

from rapporteur.demo import run
from rapporteur.report import build

YEAR = 2013


def _outputs(report: Path, returns: Path) -> dict[str, bytes]:
    got = {}
    for p in sorted(report.rglob("*.csv")):
        got["report/" + p.relative_to(report).as_posix()] = p.read_bytes()
    for p in sorted(returns.iterdir()):  # CSV, XLSX and their manifests (no timestamps in them)
        got["returns/" + p.name] = p.read_bytes()
    return got


def test_demo_on_postgresql_matches_sqlite(demo_world, pg_url, tmp_path):
    sqlite_out, _ = demo_world
    ws = run.main(tmp_path, year=YEAR, seed=5, persons=300, report=False, database=pg_url)
    try:
        assert ws.engine.dialect.name == "postgresql"
        build(ws, YEAR, tmp_path / "report", ["fr", "nl", "en"], ["csv"])
        run.write_returns(ws, YEAR, tmp_path / "returns", None)
    finally:
        ws.close()
    pg = _outputs(tmp_path / "report", tmp_path / "returns")
    lite = _outputs(sqlite_out / "report", sqlite_out / "returns")
    assert len(pg) > 20 and pg.keys() <= lite.keys()
    different = [k for k in pg if pg[k] != lite[k]]
    assert different == []
