"""Backup and restore of a workspace (decision 0026).

A backup is a folder: ``db/<table>.jsonl`` (every row of every table, read in one database
transaction, so SQLite and PostgreSQL back up the same way and a backup of one restores into
the other), ``files/…`` (the workspace's files as they are on disk: the raw archive stays
encrypted, never decrypted) and ``manifest.json`` (format, schema revision, row counts, size and
SHA-256 of every file), written last: a backup without a manifest is partial.

The key is never in the backup (nor logs, the lock or the SQLite file itself, which goes in as
rows). Without the key the restored archive and identities cannot be read: keep the key apart
(a password manager, a sealed envelope, a second medium) and restore it beside the workspace or
point ``RAPPORTEUR_KEY_FILE`` at it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text

from rapporteur import config
from rapporteur.errors import BadInput, Conflict
from rapporteur.store import db, schema

if TYPE_CHECKING:
    from rapporteur.workspace import Workspace

FORMAT = "rapporteur-backup/1"
MANIFEST = "manifest.json"
SKIP_DIRS = {"logs"}
SKIP_FILES = {".lock"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    tables: int
    rows: int
    files: int
    bytes: int


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _excluded(ws: Workspace) -> set[Path]:
    """Files that never go into a backup: the key (and a rotation's new key), the SQLite file."""
    out = {ws.key_path.resolve(), Path(str(ws.key_path) + ".new").resolve()}
    if ws.engine.dialect.name == "sqlite" and ws.engine.url.database:
        base = Path(ws.engine.url.database).resolve()
        out |= {base, Path(f"{base}-wal"), Path(f"{base}-shm"), Path(f"{base}-journal")}
    return out


def _workspace_files(ws: Workspace) -> list[Path]:
    skip = _excluded(ws)
    found: list[Path] = []
    for root, dirs, files in os.walk(ws.path):
        rel_root = Path(root).relative_to(ws.path)
        dirs[:] = sorted(
            d for d in dirs if not (rel_root == Path(".") and d in SKIP_DIRS) and not d.startswith(".tmp")
        )
        for name in sorted(files):
            p = Path(root) / name
            if name in SKIP_FILES or name.endswith(".tmp") or p.resolve() in skip:
                continue
            found.append(p)
    return found


def _revision(eng: Engine) -> str | None:
    with eng.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup(ws: Workspace, out: Path) -> BackupInfo:
    """Write a consistent backup of ``ws`` to the new folder ``out`` (call under ws.lock())."""
    out = out.resolve()
    if out.exists() and any(out.iterdir()):
        raise Conflict(f"{out} exists and is not empty; choose a new folder for the backup")
    if out == ws.path or ws.path in out.parents:
        raise BadInput(f"{out} is inside the workspace; write the backup outside {ws.path}")
    (out / "db").mkdir(parents=True, exist_ok=True, mode=0o700)
    entries: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    eng = ws.engine
    if eng.dialect.name == "postgresql":
        eng = eng.execution_options(isolation_level="REPEATABLE READ")
    with eng.connect() as conn, conn.begin():  # one snapshot of every table
        revision = MigrationContext.configure(conn).get_current_revision()
        for table in schema.metadata.sorted_tables:
            rel = f"db/{table.name}.jsonl"
            n = 0
            with (out / rel).open("w", encoding="utf-8") as f:
                order = list(table.primary_key.columns) or list(table.columns)
                for row in conn.execute(select(table).order_by(*order)).mappings():
                    f.write(json.dumps(dict(row), ensure_ascii=False, sort_keys=True) + "\n")
                    n += 1
            counts[table.name] = n
        for src in _workspace_files(ws):
            rel = "files/" + src.relative_to(ws.path).as_posix()
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copyfile(src, dest)  # bytes as on disk: the archive stays encrypted
    for p in sorted(out.rglob("*")):
        if p.is_file():
            rel = p.relative_to(out).as_posix()
            entries[rel] = {"size": p.stat().st_size, "sha256": _sha256(p)}
    manifest = {
        "format": FORMAT,
        "revision": revision,
        "backend": ws.engine.dialect.name,
        "key_included": False,
        "key_file": ws.settings.privacy.key_file,
        "tables": counts,
        "files": entries,
    }
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), "utf-8")
    with tmp.open("rb") as f:
        os.fsync(f.fileno())
    tmp.replace(out / MANIFEST)  # last: a backup without its manifest is partial
    n_files = sum(1 for k in entries if k.startswith("files/"))
    return BackupInfo(
        out, len(counts), sum(counts.values()), n_files, sum(e["size"] for e in entries.values())
    )


def verify(src: Path) -> dict[str, Any]:
    """The manifest of a complete, intact backup, else BadInput naming what is wrong."""
    src = src.resolve()
    mf = src / MANIFEST
    if not mf.is_file():
        raise BadInput(
            f"{src} is not a complete Rapporteur backup (no {MANIFEST}: the backup was interrupted "
            "or this is the wrong folder); use another backup"
        )
    try:
        manifest = json.loads(mf.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise BadInput(f"{mf} is damaged (not JSON); use another backup") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BadInput(f"{mf}: not a {FORMAT} manifest; use a backup made by 'rapporteur backup'")
    bad: list[str] = []
    for rel, e in sorted(manifest.get("files", {}).items()):
        p = src / rel
        if ".." in Path(rel).parts or Path(rel).is_absolute():
            bad.append(f"{rel} (unsafe path)")
        elif not p.is_file():
            bad.append(f"{rel} (missing)")
        elif p.stat().st_size != e["size"] or _sha256(p) != e["sha256"]:
            bad.append(f"{rel} (checksum differs)")
    for t in manifest.get("tables", {}):
        if f"db/{t}.jsonl" not in manifest.get("files", {}):
            bad.append(f"db/{t}.jsonl (not in the manifest)")
    if bad:
        shown = ", ".join(bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
        raise BadInput(
            f"the backup {src} is corrupted or partial: {shown}; nothing was restored, use another backup"
        )
    return manifest


def _check_empty(eng: Engine) -> None:
    names = set(inspect(eng).get_table_names())
    if names & {t.name for t in schema.metadata.sorted_tables} or "alembic_version" in names:
        raise Conflict(
            f"the database {eng.url.render_as_string(hide_password=True)} already holds a workspace; "
            "restore into a new, empty database"
        )


def restore(src: Path, dest: Path, database: str | None = None) -> tuple[Path, int]:
    """Restore the backup ``src`` into the new workspace folder ``dest``; returns (key path, rows).

    ``database`` is the target database URL (default: SQLite in ``dest``); it must be empty.
    """
    from rapporteur import workspace as wsp

    manifest = verify(src)
    src, dest = src.resolve(), dest.resolve()
    if dest.exists() and any(dest.iterdir()):
        raise Conflict(f"{dest} exists and is not empty; restore into a new folder")
    settings_rel = f"files/{config.SETTINGS_FILE}"
    if settings_rel not in manifest["files"]:
        raise BadInput(f"the backup {src} holds no {config.SETTINGS_FILE}; use another backup")
    settings = config.load(src / settings_rel)
    settings.database.url = database or config.DatabaseSettings().url
    if database:
        db.check_url(database)
    url = db.resolve_url(settings.database.url, dest)
    wsp.private()
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    eng = db.engine(url)
    try:
        _check_empty(eng)
        for rel in manifest["files"]:
            if not rel.startswith("files/"):
                continue
            target = dest / rel[len("files/") :]
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copyfile(src / rel, target)
        (dest / config.SETTINGS_FILE).write_text(config.render(settings), "utf-8")
        rows = _load_rows(eng, url, src, manifest)
    finally:
        eng.dispose()
    db.upgrade(url)  # a backup of an older schema comes up to date
    return wsp.Workspace(dest, settings).key_path, rows


def _load_rows(eng: Engine, url: str, src: Path, manifest: dict[str, Any]) -> int:
    revision = manifest.get("revision")
    if revision:
        command.upgrade(db._alembic_config(url), revision)  # the schema the rows were read from
    total = 0
    with eng.begin() as conn:
        if eng.dialect.name == "sqlite":
            conn.execute(text("PRAGMA defer_foreign_keys=ON"))  # self-references in submission
        else:
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        for table in reversed(schema.metadata.sorted_tables):  # rows the migrations seeded
            if name_in(table.name, manifest):
                conn.execute(table.delete())
        for table in schema.metadata.sorted_tables:  # parents before children
            if not name_in(table.name, manifest):
                continue
            name = table.name
            with (src / f"db/{name}.jsonl").open(encoding="utf-8") as f:
                batch: list[dict[str, Any]] = []
                for line in f:
                    batch.append(json.loads(line))
                    if len(batch) >= 5000:
                        conn.execute(table.insert(), batch)
                        total += len(batch)
                        batch = []
                if batch:
                    conn.execute(table.insert(), batch)
                    total += len(batch)
        if eng.dialect.name == "postgresql":
            _reset_sequences(conn)
    return total


def name_in(name: str, manifest: dict[str, Any]) -> bool:
    return name in manifest.get("tables", {})


def _reset_sequences(conn: Any) -> None:
    """Serial columns continue after the restored rows (PostgreSQL)."""
    for table in schema.metadata.sorted_tables:
        for col in table.primary_key.columns:
            seq = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": col.name}
            ).scalar()
            if seq:
                conn.execute(
                    text(
                        f"SELECT setval('{seq}', "
                        f"COALESCE((SELECT MAX({col.name}) FROM {table.name}), 0) + 1, false)"
                    )
                )


__all__ = ["BackupInfo", "backup", "restore", "verify"]
