"""Clerical review: uncertain pairs, decisions that constrain the clustering, quality estimates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.compute as pc
import pytest
from typer.testing import CliRunner

from rapporteur import workspace as wsp
from rapporteur.cli import app
from rapporteur.link import run as linkage
from rapporteur.link.cluster import compatible_dates, constrained
from rapporteur.link.review import decide, pairs, parse_pair


def test_constrained_cannot_link_splits_and_must_link_joins() -> None:
    ids = ["1", "2", "3", "4"]
    births = [None, None, None, None]
    edges = [("1", "2", 0.99), ("2", "3", 0.95)]
    assert set(constrained(ids, births, edges, compatible_dates).values()) == {"1", "4"}
    split = constrained(ids, births, edges, compatible_dates, cannot_link=[("1", "3")])
    assert split["1"] == split["2"] != split["3"]  # the weaker edge is the one refused
    joined = constrained(ids, births, edges, compatible_dates, must_link=[("3", "4")])
    assert len(set(joined.values())) == 1
    conflicts: list[tuple[str, str]] = []
    both = constrained(
        ids,
        births,
        edges,
        compatible_dates,
        must_link=[("1", "3")],
        cannot_link=[("3", "1")],
        conflicts=conflicts,
    )
    assert both["1"] != both["3"] and conflicts == [("1", "3")]


def test_parse_pair() -> None:
    assert parse_pair("12-5") == (5, 12)
    with pytest.raises(Exception, match="RECORD-RECORD"):
        parse_pair("12")


@pytest.fixture
def copy_ws(demo_world, tmp_path: Path):
    out, _ = demo_world
    shutil.copytree(out / "workspace", tmp_path / "ws")
    w = wsp.open_workspace(tmp_path / "ws")
    yield w
    w.close()


def _person(run: linkage.LinkRun) -> dict[int, int]:
    c = run.clusters
    return dict(zip(c["record_id"].to_pylist(), c["person_id"].to_pylist(), strict=True))


def test_different_splits_a_cluster_and_survives_a_rerun(copy_ws) -> None:
    ws = copy_ws
    run = linkage.latest(ws, 2013)
    assert run is not None
    scored = linkage.scored_pairs(ws, run)
    assert scored is not None
    person = _person(run)
    linked = [
        r
        for r in scored.filter(pc.greater_equal(scored["match_probability"], run.threshold)).to_pylist()
        if person[r["record_id_l"]] == person[r["record_id_r"]]
    ]
    a, b = linked[0]["record_id_l"], linked[0]["record_id_r"]
    d = decide(ws, f"{b}-{a}", "different", note="two sisters")
    assert (d.record_id_l, d.record_id_r, d.pair_id) == (a, b, f"{a}-{b}")
    for _ in range(2):  # the decision is stored, not a parameter of one run
        again = linkage.link_year(ws, 2013)
        p = _person(again)
        assert p[a] != p[b]
        assert again.summary.quality is not None and again.summary.quality.method == "model+clerical"
        assert again.summary.quality.decisions == 1
    assert linkage.latest(ws, 2013).run_id == again.run_id  # type: ignore[union-attr]


def test_same_joins_two_persons(copy_ws) -> None:
    ws = copy_ws
    run = linkage.latest(ws, 2013)
    assert run is not None
    person = _person(run)
    ids = sorted(person)
    a = ids[0]
    b = next(r for r in ids if person[r] != person[a])
    r = CliRunner().invoke(app, ["link", "decide", f"{a}-{b}", "same", "-w", str(ws.path), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["decision"] == "same"
    r = CliRunner().invoke(app, ["link", "--year", "2013", "-w", str(ws.path)])
    assert r.exit_code == 0, r.output
    assert "Estimated pairwise precision" in r.output
    p = _person(linkage.latest(ws, 2013))  # type: ignore[arg-type]
    assert p[a] == p[b]
    bad = CliRunner().invoke(app, ["link", "decide", f"{a}-1", "same", "-w", str(ws.path)])
    assert bad.exit_code == 2


def test_quality_estimate_is_near_the_truth(demo_world) -> None:
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    run = linkage.latest(ws, 2013)
    assert run is not None and run.summary.quality is not None
    q = run.summary.quality
    truth = linkage.evaluate(ws, run, out / "world" / "truth" / "records.csv")
    assert q.method == "model" and q.decisions == 0
    assert abs(q.precision - truth.precision) <= 0.05, (q, truth)
    assert abs(q.recall - truth.recall) <= 0.05, (q, truth)


def test_recluster_at_the_runs_threshold_gives_its_clusters(demo_world) -> None:
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    run = linkage.latest(ws, 2013)
    assert run is not None
    again = linkage.recluster(ws, run, [run.threshold, 0.99])
    assert again[run.threshold].equals(run.clusters)
    assert len(set(again[0.99]["person_id"].to_pylist())) >= run.summary.persons


def test_review_keeps_identifiers_out_of_the_log_and_json(copy_ws) -> None:
    ws = copy_ws
    found = pairs(ws, 2013, (0.0, 1.0), limit=5, identifiers=True)
    assert found and all(p.identifiers_l is not None for p in found)
    names = {p.identifiers_l.last_name for p in found if p.identifiers_l and p.identifiers_l.last_name}
    assert names
    log = ws.logs_dir / "rapporteur.log"
    before = log.read_text("utf-8") if log.exists() else ""
    assert not any(n in before for n in names)
    w = ["-w", str(ws.path), "--year", "2013", "--band", "0-1", "--limit", "5"]
    screen = CliRunner().invoke(app, ["link", "review", *w])
    assert screen.exit_code == 0, screen.output
    assert any(n in screen.output for n in names)  # on the analyst's screen
    plain = CliRunner().invoke(app, ["link", "review", *w, "--json"])
    assert plain.exit_code == 0, plain.output
    listed = json.loads(plain.output)
    assert listed and all(p["identifiers_l"] is None and p["identifiers_r"] is None for p in listed)
    assert not any(n in plain.output for n in names)
    assert {w["comparison"] for w in listed[0]["weights"]} >= {"name", "birth"}
    shown = CliRunner().invoke(app, ["link", "review", *w, "--json", "--show-identifiers"])
    assert any(n in shown.output for n in names)
    logged = log.read_text("utf-8")
    assert "link review" in logged
    assert not any(n in logged for n in names)
    # what the run stores holds no identifier either
    run = linkage.latest(ws, 2013)
    stored = linkage.scored_pairs(ws, run)  # type: ignore[arg-type]
    assert stored is not None and all(
        c.startswith(("record_id", "match_", "mw_")) for c in stored.column_names
    )
