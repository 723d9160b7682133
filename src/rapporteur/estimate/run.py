"""``rapporteur estimate --year``: the capture-pattern table from the year's linked persons and
the configured lists, estimates in total and by stratum, stored with their run record.

A person is on a list when any of its records comes from one of the list's actors. Persons whose
records all come from actors outside every list are left out (and counted). A person's stratum
(sex, age group, form of exploitation) is the value most of its records give; ties go to the
first in the code list's order, and a person with no value is in stratum ``unknown``.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict

from rapporteur.errors import BadInput
from rapporteur.estimate import CaptureTable, FitError, TableError, mse, sensitivity
from rapporteur.store import records
from rapporteur.store.aggregate import records_only
from rapporteur.workspace import Workspace

log = logging.getLogger(__name__)
STAGE = "estimate"
STRATA = ("sex", "age_group", "form")
UNKNOWN = "unknown"


class EstimateRun(BaseModel):
    """A stored estimate of a year's hidden population, made from one linkage run.

    ``summary`` holds ``lists`` (list -> actors), ``total`` (observed, estimate, interval,
    model, sensitivity, warnings), ``strata`` (by dimension and level),
    ``persons_outside_lists`` and ``linkage_sensitivity`` (the total with the persons of the
    linkage at other thresholds); unbounded interval limits are ``null`` in JSON."""

    model_config = ConfigDict(extra="forbid")

    run_id: int
    year: int
    link_run_id: int
    summary: dict[str, Any]


def persons(ws: Workspace, year: int, clusters: Any) -> dict[int, dict[str, Any]]:
    """person id -> {"actors": set, "sex": ..., "age_group": ..., "form": ...} from the records."""
    con = records.connect(ws)
    con.register("person_link", clusters)
    rows = con.sql(
        f"""
        select l.person_id, l.actor_id, v.sex, v.age_group,
               (select e.form from victim_exploitation e where e.record_id = v.record_id
                order by e.position limit 1) as form
        from person_link l join victim_record v using (record_id)
        where v.year = {int(year)} and {records_only("v")}
        """
    ).fetchall()
    con.close()
    acc: dict[int, dict[str, Any]] = {}
    for pid, actor, sex, age, form in rows:
        p = acc.setdefault(
            int(pid), {"actors": set(), "sex": Counter(), "age_group": Counter(), "form": Counter()}
        )
        p["actors"].add(actor)
        for k, v in (("sex", sex), ("age_group", age), ("form", form)):
            if v:
                p[k][v] += 1
    out = {}
    for pid, p in acc.items():
        out[pid] = {"actors": p["actors"]} | {k: _mode(p[k]) for k in STRATA}
    return out


def _mode(c: Counter[str]) -> str:
    if not c:
        return UNKNOWN
    top = max(c.values())
    return sorted(k for k, n in c.items() if n == top)[0]


def capture_table(people: list[dict[str, Any]], lists: dict[str, list[str]]) -> tuple[CaptureTable, int]:
    """The table of capture patterns, and the number of persons on no configured list."""
    names = list(lists)
    of_actor = {a: i for i, name in enumerate(names) for a in lists[name]}
    patterns: Counter[tuple[int, ...]] = Counter()
    outside = 0
    for p in people:
        on = [0] * len(names)
        for a in p["actors"]:
            if a in of_actor:
                on[of_actor[a]] = 1
        if any(on):
            patterns[tuple(on)] += 1
        else:
            outside += 1
    pats = sorted(patterns)
    table = CaptureTable(
        tuple(names),
        np.array(pats, dtype=np.int64).reshape(len(pats), len(names)),
        np.array([patterns[p] for p in pats], dtype=float),
    )
    return table, outside


def _one(table: CaptureTable, cfg: Any, with_sensitivity: bool) -> dict[str, Any]:
    try:
        res = mse(table, cfg.method, cfg.threshold, 2, cfg.bootstrap, cfg.seed)
    except (FitError, TableError, ValueError) as e:
        return {"observed": table.observed, "error": str(e)}
    d = res.to_json()
    pats, counts = table.full()
    d["patterns"] = [
        {"lists": [table.lists[i] for i in np.flatnonzero(p)], "count": int(c)}
        for p, c in zip(pats, counts, strict=True)
    ]
    if with_sensitivity:
        d["sensitivity"] = sensitivity(table)
    return d


def estimate_year(ws: Workspace, year: int) -> EstimateRun:
    """Estimate the year's total from its current linkage; stores and returns the run."""
    from rapporteur.link.run import latest

    run = latest(ws, year)
    if run is None:
        raise BadInput(
            f"no current linkage of {year}: run 'rapporteur link --year {year}' first "
            "(estimation needs persons, not registrations)"
        )
    cfg = ws.settings.estimate
    unknown = sorted({a for v in cfg.lists.values() for a in v} - set(run.summary.registrations))
    people = list(persons(ws, year, run.clusters).values())
    table, outside = capture_table(people, cfg.lists)
    summary: dict[str, Any] = {
        "lists": cfg.lists,
        "persons_linked": len(people),
        "persons_outside_lists": outside,
        "actors_without_records": unknown,
        "total": _one(table, cfg, with_sensitivity=True),
        "strata": {},
    }
    for dim in cfg.strata:
        by: dict[str, list[dict[str, Any]]] = {}
        for p in people:
            by.setdefault(p[dim], []).append(p)
        parts = {}
        for level, group in sorted(by.items()):
            t, _ = capture_table(group, cfg.lists)
            parts[level] = _one(t, cfg, with_sensitivity=False) if t.observed else {"observed": 0}
        ok = [v for v in parts.values() if "estimate" in v]
        summary["strata"][dim] = {
            "levels": parts,
            "sum_of_estimates": sum(v["estimate"] for v in ok) if len(ok) == len(parts) else None,
        }
    summary["linkage_sensitivity"] = linkage_sensitivity(ws, run, cfg, summary["total"])
    params = cfg.model_dump() | {"link_run_id": run.run_id}
    with ws.engine.begin() as conn:
        run_id = ws.runs.record(conn, STAGE, year, params, _inputs(run.run_id), summary)
    log.info("estimate %s run %s from linkage %s", year, run_id, run.run_id)
    return EstimateRun(run_id=run_id, year=year, link_run_id=run.run_id, summary=summary)


def linkage_sensitivity(ws: Workspace, run: Any, cfg: Any, total: dict[str, Any]) -> list[dict[str, Any]]:
    """The total estimated again from the persons of the linkage at lower and higher thresholds
    (its stored pairs clustered again, no training): one row per threshold, the run's own
    included; empty when the run kept no scored pairs."""
    from rapporteur.link.run import recluster, scored_pairs

    others = sorted({round(min(0.99, max(0.01, run.threshold + d)), 4) for d in cfg.linkage_thresholds})
    others = [t for t in others if t != run.threshold]
    if not others or scored_pairs(ws, run) is None:
        return []
    rows = [_sensitivity_row(run.threshold, run.summary.persons, total)]
    for t, clusters in recluster(ws, run, others).items():
        people = list(persons(ws, run.year, clusters).values())
        table, _ = capture_table(people, cfg.lists)
        rows.append(_sensitivity_row(t, len(people), _one(table, cfg, with_sensitivity=False)))
    return sorted(rows, key=lambda r: r["threshold"])


def _sensitivity_row(threshold: float, linked: int, d: dict[str, Any]) -> dict[str, Any]:
    return {
        "threshold": threshold,
        "persons_linked": linked,
        "observed": d.get("observed"),
        "estimate": d.get("estimate"),
        "interval": d.get("interval"),
        "error": d.get("error"),
    }


def _inputs(link_run_id: int) -> list[dict[str, Any]]:
    return [{"link_run_id": link_run_id}]


def latest(ws: Workspace, year: int) -> EstimateRun | None:
    """The latest estimate of the year if it was made from the year's current linkage."""
    from rapporteur.link.run import latest as latest_link

    link = latest_link(ws, year)
    if link is None:
        return None
    row = ws.runs.current(STAGE, year, _inputs(link.run_id))
    if row is None:
        return None
    return EstimateRun(run_id=row.run_id, year=year, link_run_id=link.run_id, summary=row.summary)


current = latest
run = estimate_year
