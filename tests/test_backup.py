"""Backup and restore (decision 0026): round trip of the demo, refusal of a damaged backup."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from rapporteur import workspace as wsp
from rapporteur.errors import BadInput, Conflict
from rapporteur.store import backup as bk
from rapporteur.store import schema

YEAR = 2013


def _csv_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.csv"))}


def _rows(ws: wsp.Workspace) -> dict[str, list[dict]]:
    with ws.engine.connect() as c:
        return {
            t.name: [dict(r) for r in c.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
            for t in schema.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def demo_backup(demo_world, tmp_path_factory):
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    target = tmp_path_factory.mktemp("bk") / "backup"
    # the report as the workspace gives it now, just before the backup (other tests of the session
    # share that workspace, so the report the demo wrote at its start may be older)
    from rapporteur.report import build

    before = build(ws, YEAR, target.parent / "original", ["en"], ["csv"])[0].csv
    assert before is not None
    (target.parent / "original.txt").write_text(str(before), "utf-8")
    with ws.lock():
        info = bk.backup(ws, target)
    key = ws.key_path
    ws.close()
    return out, target, info, key


def _restore(demo_backup, dest: Path, database: str | None) -> wsp.Workspace:
    out, target, _, key = demo_backup
    key_path, rows = bk.restore(target, dest, database)
    assert rows > 0 and not key_path.exists()  # the key is not in the backup
    key_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(key, key_path)
    ws2 = wsp.open_workspace(dest)
    ws = wsp.open_workspace(out / "workspace")
    try:
        assert _rows(ws2) == _rows(ws)
    finally:
        ws.close()
    return ws2


def test_backup_holds_no_key_and_no_clear_archive(demo_backup):
    out, target, info, key = demo_backup
    manifest = json.loads((target / bk.MANIFEST).read_text("utf-8"))
    assert manifest["key_included"] is False and info.files > 0 and info.rows > 0
    key_hex = key.read_text("ascii").strip().encode()
    archived = [p for p in (target / "files").rglob("*") if p.is_file()]
    assert any("archive" in p.parts for p in archived)
    for p in archived:
        assert key_hex not in p.read_bytes(), p
    orig_archive = out / "workspace" / "archive"
    for p in (target / "files" / "archive").rglob("*"):
        if p.is_file():  # byte for byte what was on disk (encrypted), never decrypted
            assert p.read_bytes() == (orig_archive / p.relative_to(target / "files" / "archive")).read_bytes()
    assert not (target / "files" / "rapporteur.db").exists()


def test_restore_round_trip_rebuilds_the_same_report(demo_backup, tmp_path):
    from rapporteur.report import build

    ws2 = _restore(demo_backup, tmp_path / "restored", None)
    try:
        mine = build(ws2, YEAR, tmp_path / "report", ["en"], ["csv"])[0].csv
    finally:
        ws2.close()
    orig = Path(demo_backup[1].parent.joinpath("original.txt").read_text("utf-8"))
    assert mine is not None and orig is not None
    assert _csv_files(mine) and _csv_files(mine) == _csv_files(orig)


def test_restore_into_postgresql_gives_the_same_rows(demo_backup, tmp_path, pg_url):
    """The SQLite demo restored into PostgreSQL: every row equal (the report reads only these)."""
    ws2 = _restore(demo_backup, tmp_path / "restored", pg_url)
    try:
        assert ws2.engine.dialect.name == "postgresql"
    finally:
        ws2.close()


def _small_backup(ws: wsp.Workspace, tmp_path: Path) -> Path:
    from rapporteur import ingest
    from tests.conftest import GOOD_ROWS, police_csv

    f = tmp_path / "police.csv"
    f.write_bytes(police_csv(GOOD_ROWS))
    ingest.submit(ws, f, "police", 2013)
    target = tmp_path / "backup"
    with ws.lock():
        bk.backup(ws, target)
    return target


def test_small_backup_restores_on_the_other_backend(ws, tmp_path, backend, pg_server):
    target = _small_backup(ws, tmp_path)
    dest_url = None
    if backend == "sqlite" and pg_server.url is not None:
        dest_url, _ = pg_server.database()
    _, rows = bk.restore(target, tmp_path / "restored", dest_url)
    ws2 = wsp.Workspace(tmp_path / "restored", wsp.config.load(tmp_path / "restored" / "rapporteur.toml"))
    try:
        assert _rows(ws2) == _rows(ws) and rows == sum(len(v) for v in _rows(ws).values())
    finally:
        ws2.close()
    with pytest.raises(Conflict, match="not empty"):
        bk.restore(target, tmp_path / "restored")


def test_damaged_or_partial_backup_is_refused(ws, tmp_path):
    target = _small_backup(ws, tmp_path)
    archived = next(
        p for p in (target / "files" / "archive").rglob("*") if p.is_file() and p.stat().st_size > 0
    )
    data = bytearray(archived.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archived.write_bytes(bytes(data))
    with pytest.raises(BadInput, match=r"corrupted or partial.*checksum differs"):
        bk.restore(target, tmp_path / "r1")
    assert not (tmp_path / "r1").exists()
    (target / "db" / "submission.jsonl").unlink()
    with pytest.raises(BadInput, match=r"submission\.jsonl \(missing\)"):
        bk.verify(target)
    (target / bk.MANIFEST).unlink()
    with pytest.raises(BadInput, match="not a complete Rapporteur backup"):
        bk.restore(target, tmp_path / "r2")
