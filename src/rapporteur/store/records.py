"""The record store: each accepted submission's harmonised rows as immutable Parquet batches.

Submissions never change once received, so their records are written once, as columnar files in
``records/<submission id>/``, and become visible only when the database marks the submission
accepted (the commit point). The database of record holds actors, submissions, rejects and runs;
DuckDB reads the batches of the current submissions through the views of ``connect``.
See docs/decisions/0002-columnar-record-store.md.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import select

from rapporteur.store import identity, schema

if TYPE_CHECKING:
    from rapporteur.workspace import Workspace

TABLES = ("victim_record", "victim_citizenship", "victim_exploitation", "victim_milestone", "justice_record")
IDENTITY_FILE = "identity.enc"


def record_id_base(submission_id: int) -> int:
    """Record ids are unique across the workspace: submission id in the high 32 bits."""
    return submission_id << 32


def write_batch(
    ws: Workspace, submission_id: int, tables: dict[str, pa.Table], identity_blob: bytes | None
) -> str:
    """Write the batch under a temporary name, fsync, then rename; returns the path to store
    (relative to the workspace)."""
    final = ws.records_dir / str(submission_id)
    tmp = ws.records_dir / f".tmp-{submission_id}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, table in tables.items():
        pq.write_table(
            table.select(SCHEMAS[name].names).cast(SCHEMAS[name]), tmp / f"{name}.parquet", compression="zstd"
        )
    if identity_blob is not None:
        (tmp / IDENTITY_FILE).write_bytes(identity_blob)
    for f in tmp.iterdir():
        with f.open("rb") as fh:
            os.fsync(fh.fileno())
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    return ws.relative(final)


def discard(ws: Workspace, submission_id: int) -> None:
    for d in (ws.records_dir / str(submission_id), ws.records_dir / f".tmp-{submission_id}"):
        shutil.rmtree(d, ignore_errors=True)


def current_batches(ws: Workspace, include_superseded: bool = False) -> list[tuple[int, Path]]:
    """(submission id, folder) of the accepted submissions' batches (or of every batch)."""
    s = schema.submission.c
    query = select(s.id, s.records_path).where(s.records_path.is_not(None))
    if not include_superseded:
        query = query.where(s.status == "accepted")
    with ws.engine.connect() as conn:
        rows = conn.execute(query.order_by(s.id)).all()
    return [(int(i), ws.resolve(p)) for i, p in rows]


def connect(ws: Workspace, include_superseded: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with one view per record table over the current submissions."""
    con = duckdb.connect()
    batches = current_batches(ws, include_superseded)
    for name in SCHEMAS:
        files = [str(d / f"{name}.parquet") for _, d in batches if (d / f"{name}.parquet").exists()]
        if files:
            con.execute(f"create view {name} as select * from read_parquet({files!r}, union_by_name=true)")
        else:
            con.register(f"_empty_{name}", SCHEMAS[name].empty_table())
            con.execute(f"create view {name} as select * from _empty_{name}")
    return con


def identities(ws: Workspace, submission_id: int) -> pa.Table | None:
    """Decrypted identifiers of one submission (record_id + FIELDS), for linkage only."""
    for sid, d in current_batches(ws):
        if sid == submission_id and (d / IDENTITY_FILE).exists():
            return identity.decrypt(ws.identity_key(), sid, (d / IDENTITY_FILE).read_bytes())
    return None


_HEAD = [
    ("record_id", pa.int64()),
    ("submission_id", pa.int32()),
    ("actor_id", pa.string()),
    ("year", pa.int32()),
    ("row", pa.int32()),
    ("local_id", pa.string()),
]
SCHEMAS: dict[str, pa.Schema] = {
    "victim_record": pa.schema(
        [
            *_HEAD,
            ("sex", pa.string()),
            ("age", pa.int32()),
            ("age_at_start", pa.int32()),  # derived at ingest from birth date and exploited_from
            ("age_group", pa.string()),
            ("status", pa.string()),
            ("sector", pa.string()),
            ("identified_on", pa.date32()),
            ("exploited_from", pa.date32()),
            # aggregate files only: the row's count and its state; null state = one record
            # (see rapporteur.store.aggregate)
            ("count", pa.int64()),
            ("state", pa.string()),
        ]
    ),
    "victim_citizenship": pa.schema(
        [("record_id", pa.int64()), ("position", pa.int32()), ("code", pa.string())]
    ),
    "victim_exploitation": pa.schema(
        [
            ("record_id", pa.int64()),
            ("position", pa.int32()),
            ("form", pa.string()),
            ("source_value", pa.string()),
        ]
    ),
    "victim_milestone": pa.schema(
        [("record_id", pa.int64()), ("milestone", pa.string()), ("date", pa.date32())]
    ),
    "justice_record": pa.schema(
        [
            *_HEAD,
            ("stage", pa.string()),
            ("sex", pa.string()),
            ("age_group", pa.string()),
            ("citizenship", pa.string()),
            ("exploitation", pa.string()),
            ("count", pa.int64()),
            ("state", pa.string()),
        ]
    ),
}
