"""``estimate --year``: capture patterns from linked persons and configured lists, stored runs,
the report's section."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from rapporteur import workspace as wsp
from rapporteur.cli import app
from rapporteur.estimate.run import capture_table, latest
from rapporteur.link import run as linkage

LISTS = {"police": ["police"], "centres": ["payoke", "pag_asa", "surya"]}


def test_capture_table_merges_actors_into_lists() -> None:
    people = [
        {"actors": {"police"}},
        {"actors": {"police", "payoke"}},
        {"actors": {"payoke", "surya"}},  # two centres: one list, counted once
        {"actors": {"surya"}},
        {"actors": {"inspection"}},  # on no configured list
    ]
    t, outside = capture_table(people, LISTS)
    assert t.lists == ("police", "centres")
    assert outside == 1 and t.observed == 4
    got = {tuple(p): int(c) for p, c in zip(t.patterns.tolist(), t.counts, strict=True)}
    assert got == {(1, 0): 1, (1, 1): 1, (0, 1): 2}


def test_demo_estimate_is_stored_and_published(demo_world) -> None:
    out, printed = demo_world
    ws = wsp.open_workspace(out / "workspace")
    run = latest(ws, 2013)
    assert run is not None
    link = linkage.latest(ws, 2013)
    assert link is not None and run.link_run_id == link.run_id
    total = run.summary["total"]
    lists = ws.settings.estimate.lists
    on_lists = {a for v in lists.values() for a in v}
    seen: dict[int, set[str]] = {}
    list_of = {a: name for name, actors in lists.items() for a in actors}
    for p, a in zip(
        link.clusters["person_id"].to_pylist(), link.clusters["actor_id"].to_pylist(), strict=True
    ):
        if a in on_lists:
            seen.setdefault(p, set()).add(list_of[a])
    assert total["observed"] == len(seen)
    # each capture pattern counts the persons seen on exactly those lists, from the clusters
    expected = Counter(frozenset(s) for s in seen.values())
    assert total["estimate"] >= total["observed"]
    assert total["interval"]["low"] <= total["estimate"] <= total["interval"]["high"]
    assert sum(p["count"] for p in total["patterns"]) == total["observed"]
    got = {frozenset(p["lists"]): p["count"] for p in total["patterns"] if p["count"]}
    assert got == dict(expected)
    assert {r["method"] for r in total["sensitivity"]} == {"main", "stepwise", "bic"}
    assert set(run.summary["strata"]) == {"sex"}
    levels = run.summary["strata"]["sex"]["levels"]
    assert sum(v["observed"] for v in levels.values()) == total["observed"]
    html = (out / "report" / "report-2013-en.html").read_text("utf-8")
    assert "Estimated number of victims" in html and "Closed population" in html
    shown = f"{round(total['estimate'] / 10.0) * 10:,}"
    assert shown in html
    nl = (out / "report" / "report-2013-nl.html").read_text("utf-8")
    assert "Geschat aantal slachtoffers" in nl and "Gesloten populatie" in nl
    assert "Multiple systems estimation of 2013" in printed


def test_estimate_needs_a_current_linkage(demo_world, tmp_path: Path) -> None:
    out, _ = demo_world
    copy = tmp_path / "ws"
    shutil.copytree(out / "workspace", copy)
    ws = wsp.open_workspace(copy)
    before = latest(ws, 2013)
    assert before is not None
    r = CliRunner().invoke(app, ["link", "--year", "2013", "-w", str(copy)])
    assert r.exit_code == 0, r.output
    assert latest(ws, 2013) is None  # made from the previous linkage: stale
    r = CliRunner().invoke(app, ["estimate", "--year", "2013", "-w", str(copy), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["link_run_id"] == linkage.latest(ws, 2013).run_id
    assert np.isclose(d["summary"]["total"]["estimate"], before.summary["total"]["estimate"], rtol=0.05)
    r = CliRunner().invoke(app, ["estimate", "--year", "2010", "-w", str(copy)])
    assert r.exit_code == 2 and "no current linkage of 2010" in r.output


def test_linkage_threshold_sensitivity_row(demo_world) -> None:
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    run = latest(ws, 2013)
    link = linkage.latest(ws, 2013)
    assert run is not None and link is not None
    rows = run.summary["linkage_sensitivity"]
    assert [r["threshold"] for r in rows] == [
        round(link.threshold - 0.1, 4),
        link.threshold,
        round(link.threshold + 0.1, 4),
    ]
    main = next(r for r in rows if r["threshold"] == link.threshold)
    assert main["estimate"] == run.summary["total"]["estimate"]
    assert main["persons_linked"] == link.summary.persons
    # a stricter threshold never links more: at least as many persons
    assert rows[0]["persons_linked"] <= main["persons_linked"] <= rows[-1]["persons_linked"]
