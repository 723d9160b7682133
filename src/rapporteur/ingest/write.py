"""Build the harmonised record tables of a submission (Arrow, vectorised) from its accepted rows."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from rapporteur.ingest.validate import Harmonised
from rapporteur.store.identity import FIELDS as ID_FIELDS
from rapporteur.store.records import SCHEMAS, record_id_base

_HEAD = {"record_id", "submission_id", "actor_id", "year", "row"}
VICTIM_COLUMNS = {f.name: f.type for f in SCHEMAS["victim_record"] if f.name not in _HEAD}
JUSTICE_COLUMNS = {f.name: f.type for f in SCHEMAS["justice_record"] if f.name not in _HEAD}


def _head(
    submission_id: int, actor: str, year: int, rows: np.ndarray, good: np.ndarray
) -> tuple[np.ndarray, dict[str, pa.Array]]:
    n = int(good.sum())
    ids = record_id_base(submission_id) + np.arange(n, dtype=np.int64)
    return ids, {
        "record_id": pa.array(ids),
        "submission_id": pa.array(np.full(n, submission_id, np.int32)),
        "actor_id": pa.array([actor] * n, pa.string()),
        "year": pa.array(np.full(n, year, np.int32)),
        "row": pa.array(rows[good].astype(np.int32)),
    }


def _columns(h: Harmonised, spec: dict[str, pa.DataType], keep: pa.Array, n: int) -> dict[str, pa.Array]:
    out = {}
    for name, typ in spec.items():
        arr = h.values.get(name)
        out[name] = pa.nulls(n, typ) if arr is None else arr.filter(keep).cast(typ)
    return out


def victims(
    submission_id: int, actor: str, year: int, rows: np.ndarray, h: Harmonised, good: np.ndarray
) -> tuple[dict[str, pa.Table], pa.Table | None]:
    """Record tables and the identity table (None when the actor sends no identifiers)."""
    keep = pa.array(good)
    n = int(good.sum())
    ids, head = _head(submission_id, actor, year, rows, good)
    id_of_row = np.full(h.n, -1, dtype=np.int64)
    id_of_row[good] = ids
    tables = {"victim_record": pa.table({**head, **_columns(h, VICTIM_COLUMNS, keep, n)})}
    for name, value_col in (("citizenship", "code"), ("exploitation", "form")):
        parents, codes, sources = h.multi.get(name, (np.zeros(0, np.int64), [], []))
        sel = good[parents] if len(parents) else np.zeros(0, bool)
        rec = id_of_row[parents[sel]] if len(parents) else np.zeros(0, np.int64)
        cols = {
            "record_id": pa.array(rec, pa.int64()),
            "position": pa.array(_positions(rec), pa.int32()),
            value_col: pa.array(codes, pa.string()).filter(pa.array(sel)),
        }
        if name == "exploitation":
            cols["source_value"] = pa.array(sources, pa.string()).filter(pa.array(sel))
        tables[f"victim_{name}"] = pa.table(cols)
    ms_rec, ms_name, ms_date = [], [], []
    for milestone, (flag, dates) in h.milestones.items():
        sel = flag & good
        ms_rec.append(pa.array(id_of_row[sel]))
        ms_name.append(pa.array([milestone] * int(sel.sum()), pa.string()))
        ms_date.append(dates.filter(pa.array(sel)).cast(pa.date32()))
    tables["victim_milestone"] = pa.table(
        {
            "record_id": pa.concat_arrays(ms_rec) if ms_rec else pa.array([], pa.int64()),
            "milestone": pa.concat_arrays(ms_name) if ms_name else pa.array([], pa.string()),
            "date": pa.concat_arrays(ms_date) if ms_date else pa.array([], pa.date32()),
        }
    )
    ident = None
    if h.identifiers:
        cols_id: dict[str, pa.Array] = {"record_id": pa.array(ids)}
        for f in ID_FIELDS:
            arr = h.identifiers.get(f)
            if arr is None:
                cols_id[f] = pa.nulls(n, pa.string())
            else:
                arr = arr.filter(keep)
                cols_id[f] = pc.strftime(arr, format="%Y-%m-%d") if pa.types.is_date(arr.type) else arr
        ident = pa.table(cols_id)
    return tables, ident


def _positions(record_ids: np.ndarray) -> np.ndarray:
    """1, 2, … within each run of equal record ids (input is grouped by record)."""
    if not len(record_ids):
        return np.zeros(0, np.int32)
    starts = np.r_[True, record_ids[1:] != record_ids[:-1]]
    idx = np.arange(len(record_ids))
    return (idx - np.maximum.accumulate(np.where(starts, idx, 0)) + 1).astype(np.int32)


def justice(
    submission_id: int, actor: str, year: int, rows: np.ndarray, h: Harmonised, good: np.ndarray
) -> dict[str, pa.Table]:
    keep = pa.array(good)
    _, head = _head(submission_id, actor, year, rows, good)
    return {"justice_record": pa.table({**head, **_columns(h, JUSTICE_COLUMNS, keep, int(good.sum()))})}
