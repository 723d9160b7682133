"""Linkage of the workspace's victim records of a year into persons, stored with its run record.

The identities are decrypted in memory only; what is stored is the clusters (record id -> person
id, both numbers), the scored candidate pairs (record ids, match probability and the weight of
each comparison, never a compared value), the trained model (parameters only) and a summary with
counts and the estimated precision and recall (``link/quality.py``). Clerical decisions
(``link/review.py``) constrain the clustering. A run is immutable; the latest run of a year is
the one the report and the estimation use.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel, ConfigDict, PrivateAttr

from rapporteur import faults
from rapporteur.errors import BadInput
from rapporteur.ingest import Submission, submissions
from rapporteur.link import encode as enc
from rapporteur.link.cluster import is_placeholder
from rapporteur.link.engine import DEFAULT_THRESHOLD, Engine, engine_from_settings
from rapporteur.link.evaluate import Scores, score
from rapporteur.link.files import encoded_columns
from rapporteur.link.prepare import standardise
from rapporteur.link.quality import LinkQuality
from rapporteur.link.quality import estimate as estimate_quality
from rapporteur.link.recipe import Constraints, cluster
from rapporteur.store import decisions, records
from rapporteur.store.aggregate import records_only
from rapporteur.workspace import Workspace

log = logging.getLogger(__name__)
STAGE = "link"
PAIRS_FILE = "pairs.parquet"


class ClusterSize(BaseModel):
    p50: float
    p90: float
    p99: float
    max: int


class LinkSummary(BaseModel):
    """What a linkage run found: counts, cluster sizes and the overlaps between actors."""

    records: int
    persons: int
    cluster_size: ClusterSize
    pairs_above_threshold: int
    candidate_pairs: int
    registrations: dict[str, int]
    persons_by_actor: dict[str, int]
    overlap: dict[str, dict[str, int]]
    # estimated pairwise precision and recall (runs made before it was estimated: null)
    quality: LinkQuality | None = None


class LinkRun(BaseModel):
    """A stored linkage of a year's victim records into persons (``run_id`` 0: not stored)."""

    model_config = ConfigDict(extra="forbid")

    run_id: int
    year: int
    mode: Literal["clear", "encoded"]
    threshold: float
    engine: str
    summary: LinkSummary
    _clusters: pa.Table = PrivateAttr()

    @property
    def clusters(self) -> pa.Table:
        """record_id (int64), actor_id, person_id (int64): the person of every record."""
        return self._clusters

    def with_clusters(self, clusters: pa.Table) -> LinkRun:
        self._clusters = clusters
        return self


def _current_submissions(ws: Workspace, year: int) -> list[Submission]:
    """The current submissions that hold victim records of the year: the stage's inputs."""
    con = records.connect(ws)
    ids = [
        int(r[0])
        for r in con.sql(
            f"select distinct submission_id from victim_record where year = {int(year)} "
            f"and {records_only()} order by 1"
        ).fetchall()
    ]
    con.close()
    return submissions(ws, ids)


def _victims(ws: Workspace, year: int) -> tuple[pa.Table, list[Submission]]:
    """Victim records of the year with sex and first citizenship, and the submissions used."""
    con = records.connect(ws)
    rows = con.sql(
        f"""
        select v.record_id, v.submission_id, v.actor_id, v.sex,
               (select c.code from victim_citizenship c where c.record_id = v.record_id
                order by c.position limit 1) as citizenship
        from victim_record v where v.year = {int(year)} and {records_only("v")} order by v.record_id
        """
    ).to_arrow_table()
    con.close()
    return rows, submissions(ws, sorted(set(rows["submission_id"].to_pylist())))


Identity = tuple[str, str, dt.date | None, str]


def _identities(ws: Workspace, subs: list[Submission]) -> dict[int, Identity]:
    out: dict[int, Identity] = {}
    for sub in subs:
        t = records.identities(ws, sub.submission_id)
        if t is None:
            continue
        for rid, f, la, b, d in zip(
            t["record_id"].to_pylist(),
            t["first_name"].to_pylist(),
            t["last_name"].to_pylist(),
            t["birth_date"].to_pylist(),
            t["document_number"].to_pylist(),
            strict=True,
        ):
            out[int(rid)] = (f or "", la or "", _date(b), d or "")
    return out


def _date(v: Any) -> dt.date | None:
    if isinstance(v, dt.date) or v is None:
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def comparison_table(ws: Workspace, year: int, key: bytes | None = None) -> tuple[pa.Table, list[Submission]]:
    """The table the engine links: clear, or encoded in memory with ``key`` as an actor would."""
    rows, subs = _victims(ws, year)
    ids = _identities(ws, subs)
    rid = rows["record_id"].to_pylist()
    empty: Identity = ("", "", None, "")
    first = [ids.get(r, empty)[0] for r in rid]
    last = [ids.get(r, empty)[1] for r in rid]
    birth = [ids.get(r, empty)[2] for r in rid]
    docs = [ids.get(r, empty)[3] for r in rid]
    uid = [str(r) for r in rid]
    if key is None:
        table = standardise(
            uid,
            rows["actor_id"].to_pylist(),
            first,
            last,
            birth,
            rows["sex"].to_pylist(),
            rows["citizenship"].to_pylist(),
            docs,
        )
        return table, subs
    e = enc.Encoder(key)
    cols: dict[str, Any] = {"unique_id": uid, "source": rows["actor_id"]}
    cols.update(
        encoded_columns(
            [e.encode("first", x) for x in first],
            [e.encode("last", x) for x in last],
            [e.encode("birth", b.isoformat()) if b else "" for b in birth],
            [e.encode("document", d) for d in docs],
            name=[e.name_key(f, la) for f, la in zip(first, last, strict=True)],
            year=[e.year(b.isoformat()) if b else "" for b in birth],
            placeholder=["1" if b and is_placeholder(b.isoformat()) else "" for b in birth],
        )
    )
    cols["sex"] = rows["sex"]
    cols["citizenship"] = rows["citizenship"]
    return pa.table(cols), subs


def link_year(
    ws: Workspace,
    year: int,
    threshold: float = DEFAULT_THRESHOLD,
    key: bytes | None = None,
    engine: Engine | None = None,
    seed: int = 1,
    store: bool = True,
) -> LinkRun:
    """Link the year's victim records; with ``store`` (the default) the run is recorded and
    becomes the year's current linkage, else it is returned only (id 0), e.g. to compare modes."""
    table, subs = comparison_table(ws, year, key)
    if table.num_rows == 0:
        raise BadInput(f"no victim records for {year}: ingest the actors' files first")
    eng = engine or engine_from_settings(ws.settings.linkage)
    decided = {pair: d.decision for pair, d in decisions.all_decisions(ws.engine).items()}
    result = eng.link(table, key is not None, threshold, seed, _constraints(decided))
    for a, b in result.conflicts:
        log.warning(
            "link %s: a 'same' decision on a pair of records %s/%s contradicts a 'different' one", year, a, b
        )
    clusters = _clusters(table, result.clusters)
    pairs = _pairs_artifact(result.scored)
    summary = summarise(clusters, len(result.pairs), result.candidates)
    summary.quality = estimate_quality(pairs, _person_of(clusters), decided)
    mode: Literal["clear", "encoded"] = "encoded" if key else "clear"
    params = {"threshold": threshold, "mode": mode, "engine": eng.name, "seed": seed}
    run_id = _store(ws, year, clusters, pairs, result.model, params, subs, summary) if store else 0
    log.info("link %s run %s: %s records, %s persons", year, run_id, summary.records, summary.persons)
    return LinkRun(
        run_id=run_id, year=year, mode=mode, threshold=threshold, engine=eng.name, summary=summary
    ).with_clusters(clusters)


def _constraints(decided: Mapping[tuple[int, int], str]) -> Constraints:
    return Constraints(
        must_link=tuple((str(a), str(b)) for (a, b), d in decided.items() if d == "same"),
        cannot_link=tuple((str(a), str(b)) for (a, b), d in decided.items() if d == "different"),
    )


def _clusters(table: pa.Table, found: pa.Table) -> pa.Table:
    """record_id, actor_id, person_id of ``table``'s records from the recipe's clusters."""
    person = dict(zip(found["unique_id"].to_pylist(), found["person_id"].to_pylist(), strict=True))
    uid = table["unique_id"].to_pylist()
    # A person is named by the smallest record id of its cluster: stable across runs on the same data.
    first_of: dict[str, int] = {}
    for u in uid:
        c = person[u]
        first_of[c] = min(first_of.get(c, int(u)), int(u))
    return pa.table(
        {
            "record_id": pa.array([int(u) for u in uid], pa.int64()),
            "actor_id": table["source"],
            "person_id": pa.array([first_of[person[u]] for u in uid], pa.int64()),
        }
    )


def _person_of(clusters: pa.Table) -> dict[int, int]:
    return dict(zip(clusters["record_id"].to_pylist(), clusters["person_id"].to_pylist(), strict=True))


def _pairs_artifact(scored: pa.Table | None) -> pa.Table:
    """The scored pairs as stored: record ids (int64, smaller first), probability and weights."""
    if scored is None:
        scored = pa.table(
            {"unique_id_l": pa.array([], pa.string()), "unique_id_r": pa.array([], pa.string())}
            | {c: pa.array([], pa.float64()) for c in ("match_probability", "match_weight")}
        )
    a = np.asarray([int(x) for x in scored["unique_id_l"].to_pylist()], dtype=np.int64)
    b = np.asarray([int(x) for x in scored["unique_id_r"].to_pylist()], dtype=np.int64)
    cols: dict[str, Any] = {
        "record_id_l": pa.array(np.minimum(a, b), pa.int64()),
        "record_id_r": pa.array(np.maximum(a, b), pa.int64()),
    }
    for name in scored.column_names:
        if name == "match_probability" or name == "match_weight" or name.startswith("mw_"):
            cols[name] = scored[name]
    return pa.table(cols).sort_by([("record_id_l", "ascending"), ("record_id_r", "ascending")])


def scored_pairs(ws: Workspace, run: LinkRun) -> pa.Table | None:
    """The run's scored candidate pairs (``pairs.parquet``); None for runs made before they were
    kept. ``record_id_l, record_id_r, match_probability, match_weight, mw_<comparison>``."""
    path = ws.link_dir(run.run_id) / PAIRS_FILE
    return pq.read_table(path) if path.exists() else None


def recluster(ws: Workspace, run: LinkRun, thresholds: list[float]) -> dict[float, pa.Table]:
    """The run's clusters had it linked at each of ``thresholds``: its stored pairs clustered
    again (no training, no scoring) with the clerical decisions. The birth dates the clustering
    keeps apart are the clear ones, decrypted in memory, in both modes (an encoded run's
    clustering compares encodings instead, so its clusters may differ slightly)."""
    pairs = scored_pairs(ws, run)
    if pairs is None:
        raise BadInput(
            f"linkage run {run.run_id} did not keep its scored pairs: run 'rapporteur link --year "
            f"{run.year}' again"
        )
    table, _ = comparison_table(ws, run.year)
    decided = {pair: d.decision for pair, d in decisions.all_decisions(ws.engine).items()}
    out = {}
    p = pairs["match_probability"].to_numpy(zero_copy_only=False)
    for t in thresholds:
        kept = pairs.filter(pa.array(p >= t))
        edges = pa.table(
            {
                "unique_id_l": pa.array([str(x) for x in kept["record_id_l"].to_pylist()], pa.string()),
                "unique_id_r": pa.array([str(x) for x in kept["record_id_r"].to_pylist()], pa.string()),
                "match_probability": kept["match_probability"],
            }
        )
        out[t] = _clusters(table, cluster(table, edges, False, _constraints(decided)))
    return out


def summarise(clusters: pa.Table, pairs: int, candidates: int) -> LinkSummary:
    person = np.asarray(clusters["person_id"])
    actor = clusters["actor_id"].to_pylist()
    _, sizes = np.unique(person, return_counts=True)
    actors = sorted(set(actor))
    seen: dict[str, set[int]] = {a: set() for a in actors}
    for a, p in zip(actor, person.tolist(), strict=True):
        seen[a].add(p)
    return LinkSummary(
        records=int(clusters.num_rows),
        persons=len(sizes),
        cluster_size=ClusterSize(
            p50=float(np.quantile(sizes, 0.5)),
            p90=float(np.quantile(sizes, 0.9)),
            p99=float(np.quantile(sizes, 0.99)),
            max=int(sizes.max()),
        ),
        pairs_above_threshold=int(pairs),
        candidate_pairs=int(candidates),
        registrations={a: actor.count(a) for a in actors},
        persons_by_actor={a: len(seen[a]) for a in actors},
        overlap={a: {b: len(seen[a] & seen[b]) for b in actors} for a in actors},
    )


def _store(
    ws: Workspace,
    year: int,
    clusters: pa.Table,
    pairs: pa.Table,
    model: dict[str, Any],
    params: dict[str, Any],
    subs: list[Submission],
    summary: LinkSummary,
) -> int:
    root = ws.links_dir
    root.mkdir(exist_ok=True)
    tmp = root / f".partial-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    pq.write_table(clusters, tmp / "clusters.parquet")
    pq.write_table(pairs, tmp / PAIRS_FILE)
    (tmp / "model.json").write_text(json.dumps(model, indent=1, sort_keys=True), "utf-8")
    faults.point("link.before_commit")
    with ws.engine.begin() as conn:
        run_id = ws.runs.record(
            conn, STAGE, year, params, [s.input_ref() for s in subs], summary.model_dump(mode="json")
        )
        os.replace(tmp, ws.link_dir(run_id))
    return int(run_id)


def latest(ws: Workspace, year: int, current_only: bool = True) -> LinkRun | None:
    """The year's current linkage: its latest run if made from the current submissions (ids and
    checksums); with ``current_only=False`` the latest run whatever its inputs."""
    if current_only:
        row = ws.runs.current(STAGE, year, [s.input_ref() for s in _current_submissions(ws, year)])
        if row is None and ws.runs.latest(STAGE, year) is not None:
            log.warning("the latest linkage of %s used other submissions than the current ones", year)
    else:
        row = ws.runs.latest(STAGE, year)
    if row is None:
        return None
    p = row.parameters
    return LinkRun(
        run_id=row.run_id,
        year=year,
        mode=p.get("mode", "clear"),
        threshold=p.get("threshold", DEFAULT_THRESHOLD),
        engine=p.get("engine", "duckdb"),
        summary=LinkSummary.model_validate(row.summary),
    ).with_clusters(pq.read_table(ws.link_dir(row.run_id) / "clusters.parquet"))


current = latest
run = link_year


def truth_map(ws: Workspace, truth_csv: Path, year: int) -> dict[str, str]:
    """record id -> true person from a synthetic world's truth/records.csv (actor, year, local_id)."""
    import csv

    keyed: dict[tuple[str, str], str | None] = {}
    with truth_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) != year:
                continue
            k = (row["actor"], row["local_id"])
            keyed[k] = None if k in keyed else row["person_id"]  # a repeated local id is ambiguous
    con = records.connect(ws)
    ids = con.execute(
        "select record_id, actor_id, local_id from victim_record where year = ?", [year]
    ).fetchall()
    con.close()
    out: dict[str, str] = {}
    for rid, actor, local in ids:
        p = keyed.get((actor, local))
        if p is not None:
            out[str(rid)] = p
    return out


def evaluate(ws: Workspace, run: LinkRun, truth_csv: Path) -> Scores:
    found = {
        str(r): str(p)
        for r, p in zip(
            run.clusters["record_id"].to_pylist(), run.clusters["person_id"].to_pylist(), strict=True
        )
    }
    return score(found, truth_map(ws, truth_csv, run.year))
