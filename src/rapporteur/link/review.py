"""Clerical review of a linkage: the uncertain pairs, what each field weighed, and decisions.

``pairs`` lists the scored pairs of the year's current linkage whose match probability is in a
band, with each comparison's share of the match weight (Splink's waterfall, from the run's
``pairs.parquet``). The two records' identifiers are decrypted in memory for the analyst's
screen only when asked (``identifiers=True``): they are never logged, stored or exported here.
``decide`` stores the analyst's decision; every later linkage of the year clusters under it
("different": never one person; "same": one person unless it contradicts a "different").
"""

from __future__ import annotations

import logging
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from rapporteur.errors import BadInput, BadOption, UnknownId
from rapporteur.link.run import latest, scored_pairs
from rapporteur.store import decisions, records
from rapporteur.workspace import Workspace

log = logging.getLogger(__name__)
DEFAULT_BAND = (0.5, 0.9)


class FieldWeight(BaseModel):
    """One comparison's contribution to a pair's match weight (log2 Bayes factor)."""

    comparison: str
    match_weight: float


class RecordIdentifiers(BaseModel):
    """A record's decrypted identifiers: for the analyst's screen, never stored or logged."""

    first_name: str | None
    last_name: str | None
    birth_date: str | None
    document_number: str | None


class ReviewPair(BaseModel):
    """A scored pair of records of a linkage run, for clerical review."""

    model_config = ConfigDict(extra="forbid")

    pair_id: str  # "<record_id_l>-<record_id_r>", smaller id first: what 'link decide' takes
    link_run_id: int
    record_id_l: int
    record_id_r: int
    actor_l: str
    actor_r: str
    match_probability: float
    match_weight: float
    prior_weight: float  # the weight every pair starts from (the prior odds of a match)
    weights: list[FieldWeight]
    linked: bool  # the two records are one person in the run
    decision: Literal["same", "different"] | None
    identifiers_l: RecordIdentifiers | None = None
    identifiers_r: RecordIdentifiers | None = None


class ClericalDecision(BaseModel):
    """An analyst's decision on a pair of records; it constrains every later linkage."""

    model_config = ConfigDict(extra="forbid")

    pair_id: str
    record_id_l: int
    record_id_r: int
    decision: Literal["same", "different"]
    note: str | None
    decided_at: str


def pair_id(a: int, b: int) -> str:
    left, right = decisions.ordered(a, b)
    return f"{left}-{right}"


def parse_pair(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*[-:,/]\s*(\d+)\s*", text)
    if not m:
        raise BadOption(f"pair {text!r}: give the two record ids as RECORD-RECORD (see 'link review')")
    a, b = int(m.group(1)), int(m.group(2))
    if a == b:
        raise BadOption(f"pair {text!r}: the two record ids are the same")
    return decisions.ordered(a, b)


def parse_band(text: str) -> tuple[float, float]:
    m = re.fullmatch(r"\s*([01](?:\.\d+)?|\.\d+)\s*-\s*([01](?:\.\d+)?|\.\d+)\s*", text)
    if not m or not 0.0 <= float(m.group(1)) <= float(m.group(2)) <= 1.0:
        raise BadOption(f"--band {text!r}: give two probabilities, the lower first, e.g. 0.5-0.9")
    return float(m.group(1)), float(m.group(2))


def pairs(
    ws: Workspace,
    year: int,
    band: tuple[float, float] = DEFAULT_BAND,
    limit: int | None = 50,
    identifiers: bool = False,
    decided: bool = False,
) -> list[ReviewPair]:
    """The pairs of the year's current linkage with ``band[0] <= p <= band[1]``, the most
    uncertain (nearest the run's threshold) first; already decided pairs only with ``decided``."""
    low, high = band
    if not 0.0 <= low <= high <= 1.0:
        raise BadOption(f"band {low}-{high}: give two probabilities, the lower first (e.g. 0.5-0.9)")
    run = latest(ws, year)
    if run is None:
        raise UnknownId(f"no current linkage of {year}: run 'rapporteur link --year {year}' first")
    scored = scored_pairs(ws, run)
    if scored is None:
        raise BadInput(
            f"linkage run {run.run_id} kept no scored pairs: run 'rapporteur link --year {year}' again"
        )
    made = decisions.all_decisions(ws.engine)
    c = run.clusters
    person = dict(zip(c["record_id"].to_pylist(), c["person_id"].to_pylist(), strict=True))
    actor = dict(zip(c["record_id"].to_pylist(), c["actor_id"].to_pylist(), strict=True))
    weights = [n for n in scored.column_names if n.startswith("mw_")]
    rows = [r for r in scored.to_pylist() if low <= r["match_probability"] <= high]
    rows.sort(key=lambda r: (abs(r["match_probability"] - run.threshold), r["record_id_l"], r["record_id_r"]))
    out: list[ReviewPair] = []
    for r in rows:
        a, b = int(r["record_id_l"]), int(r["record_id_r"])
        d = made.get((a, b))
        if d is not None and not decided:
            continue
        fields = [FieldWeight(comparison=n[3:], match_weight=round(float(r[n]), 3)) for n in weights]
        out.append(
            ReviewPair(
                pair_id=pair_id(a, b),
                link_run_id=run.run_id,
                record_id_l=a,
                record_id_r=b,
                actor_l=actor.get(a, ""),
                actor_r=actor.get(b, ""),
                match_probability=round(float(r["match_probability"]), 4),
                match_weight=round(float(r["match_weight"]), 3),
                prior_weight=round(float(r["match_weight"]) - sum(f.match_weight for f in fields), 3),
                weights=fields,
                linked=person.get(a) == person.get(b),
                decision=d.decision if d else None,
            )
        )
        if limit is not None and len(out) >= limit:
            break
    if identifiers:
        _add_identifiers(ws, out)
    log.info("link review %s: %d pairs listed from run %s", year, len(out), run.run_id)
    return out


def _add_identifiers(ws: Workspace, found: list[ReviewPair]) -> None:
    """Decrypt, in memory, the identifiers of the listed records (their submissions only)."""
    wanted = {p.record_id_l for p in found} | {p.record_id_r for p in found}
    ids: dict[int, RecordIdentifiers] = {}
    for sid in sorted({r >> 32 for r in wanted}):  # record ids carry their submission id
        t = records.identities(ws, sid)
        if t is None:
            continue
        for row in t.to_pylist():
            rid = int(row["record_id"])
            if rid in wanted:
                b = row.get("birth_date")
                ids[rid] = RecordIdentifiers(
                    first_name=row.get("first_name") or None,
                    last_name=row.get("last_name") or None,
                    birth_date=str(b)[:10] if b else None,
                    document_number=row.get("document_number") or None,
                )
    for p in found:
        p.identifiers_l = ids.get(p.record_id_l)
        p.identifiers_r = ids.get(p.record_id_r)


def decide(
    ws: Workspace, pair: str, decision: Literal["same", "different"], note: str | None = None
) -> ClericalDecision:
    """Store the analyst's decision on ``pair`` (``RECORD-RECORD``); both records must exist."""
    a, b = parse_pair(pair)
    con = records.connect(ws)
    found = {
        int(r[0])
        for r in con.execute(
            "select record_id from victim_record where record_id in (?, ?)", [a, b]
        ).fetchall()
    }
    con.close()
    missing = sorted({a, b} - found)
    if missing:
        raise UnknownId(
            f"no current victim record {', '.join(map(str, missing))}: see 'rapporteur link review'"
        )
    d = decisions.put(ws.engine, a, b, decision, note)
    log.info("link decide: pair %s marked %s", pair_id(a, b), decision)
    return ClericalDecision(
        pair_id=pair_id(a, b),
        record_id_l=d.record_id_l,
        record_id_r=d.record_id_r,
        decision=d.decision,
        note=d.note,
        decided_at=d.decided_at,
    )


def all_decisions(ws: Workspace) -> list[ClericalDecision]:
    return [
        ClericalDecision(
            pair_id=pair_id(a, b),
            record_id_l=a,
            record_id_r=b,
            decision=d.decision,
            note=d.note,
            decided_at=d.decided_at,
        )
        for (a, b), d in decisions.all_decisions(ws.engine).items()
    ]
