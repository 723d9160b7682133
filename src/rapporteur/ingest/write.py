"""Write the accepted rows of a harmonised submission to the store (caller holds the transaction)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import Connection, func, select

from rapporteur.ingest.validate import Harmonised
from rapporteur.store import schema
from rapporteur.store.bulk import insert_rows
from rapporteur.store.identity import FIELDS as ID_FIELDS
from rapporteur.store.identity import IdentityCipher


def _col(h: Harmonised, name: str, keep: pa.Array, default: object = None) -> list[object]:
    arr = h.values.get(name)
    if arr is None:
        return [default] * int(pc.sum(keep).as_py() or 0)
    arr = arr.filter(keep)
    if pa.types.is_date(arr.type):
        arr = pc.strftime(arr, format="%Y-%m-%d")
    return arr.to_pylist()


def next_id(conn: Connection, table: schema.Table) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def victims(
    conn: Connection,
    submission_id: int,
    actor: str,
    year: int,
    rows: np.ndarray,
    h: Harmonised,
    good: np.ndarray,
    cipher: IdentityCipher,
) -> int:
    keep = pa.array(good)
    n = int(good.sum())
    first = next_id(conn, schema.victim_record)
    ids = np.arange(first, first + n, dtype=np.int64)
    id_of_row = np.full(h.n, -1, dtype=np.int64)
    id_of_row[good] = ids
    cols = ["local_id", "sex", "age", "age_group", "status", "sector", "identified_on", "exploited_from"]
    data = [_col(h, c, keep) for c in cols]
    insert_rows(
        conn,
        schema.victim_record,
        ["id", "submission_id", "actor_id", "year", "row", *cols],
        zip(
            ids.tolist(),
            [submission_id] * n,
            [actor] * n,
            [year] * n,
            rows[good].tolist(),
            *data,
            strict=True,
        ),
    )
    for name, table, extra in (
        ("citizenship", schema.victim_citizenship, "code"),
        ("exploitation", schema.victim_exploitation, "form"),
    ):
        if name not in h.multi:
            continue
        parents, codes, sources = h.multi[name]
        sel = good[parents]
        rec = id_of_row[parents[sel]]
        position = _positions(rec)
        columns = ["record_id", "position", extra]
        picked = [c for c, s in zip(codes, sel, strict=True) if s]
        if name == "exploitation":
            columns.append("source_value")
            src = [c for c, s in zip(sources, sel, strict=True) if s]
            insert_rows(conn, table, columns, zip(rec.tolist(), position.tolist(), picked, src, strict=True))
        else:
            insert_rows(conn, table, columns, zip(rec.tolist(), position.tolist(), picked, strict=True))
    for milestone, (flag, dates) in h.milestones.items():
        sel = flag & good
        d = pc.strftime(dates.filter(pa.array(sel)), format="%Y-%m-%d").to_pylist()
        insert_rows(
            conn,
            schema.victim_milestone,
            ["record_id", "milestone", "date"],
            zip(id_of_row[sel].tolist(), [milestone] * int(sel.sum()), d, strict=True),
        )
    if h.identifiers:
        cols_id = [h.identifiers[f].filter(keep) if f in h.identifiers else None for f in ID_FIELDS]
        as_text = [
            (pc.strftime(c, format="%Y-%m-%d") if c is not None and pa.types.is_date(c.type) else c)
            for c in cols_id
        ]
        lists = [c.to_pylist() if c is not None else [None] * n for c in as_text]
        insert_rows(
            conn,
            schema.victim_identity,
            ["record_id", "nonce", "ciphertext"],
            cipher.encrypt(ids.tolist(), list(zip(*lists, strict=True))),
        )
    return n


def _positions(record_ids: np.ndarray) -> np.ndarray:
    """1, 2, … within each run of equal record ids (input is grouped by record)."""
    if not len(record_ids):
        return record_ids
    starts = np.r_[True, record_ids[1:] != record_ids[:-1]]
    idx = np.arange(len(record_ids))
    return idx - np.maximum.accumulate(np.where(starts, idx, 0)) + 1


def justice(
    conn: Connection,
    submission_id: int,
    actor: str,
    year: int,
    rows: np.ndarray,
    h: Harmonised,
    good: np.ndarray,
) -> int:
    keep = pa.array(good)
    n = int(good.sum())
    first = next_id(conn, schema.justice_record)
    cols = ["local_id", "stage", "sex", "age_group", "citizenship", "exploitation", "count", "state"]
    data = [_col(h, c, keep) for c in cols]
    insert_rows(
        conn,
        schema.justice_record,
        ["id", "submission_id", "actor_id", "year", "row", *cols],
        zip(
            range(first, first + n),
            [submission_id] * n,
            [actor] * n,
            [year] * n,
            rows[good].tolist(),
            *data,
            strict=True,
        ),
    )
    return n
