"""Linkage of a workspace's records: stored runs, the report's person tables, evaluation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from rapporteur import stats
from rapporteur import workspace as wsp
from rapporteur.cli import app
from rapporteur.ingest import submit
from rapporteur.link import run as linkage
from rapporteur.store import records


def test_demo_scores_clear_and_encoded(demo_world) -> None:
    out, printed = demo_world
    scores = json.loads((out / "world" / "truth" / "linkage-scores.json").read_text())
    assert scores["clear"]["f1"] >= 0.97
    assert scores["encoded"]["f1"] >= scores["clear"]["f1"] - 0.03
    assert "Linkage of 2013 against the ground truth" in printed


def test_stored_run_feeds_the_person_tables(demo_world) -> None:
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    run = linkage.latest(ws, 2013)
    assert run is not None
    con = records.connect(ws)
    n = con.execute("select count(*) from victim_record where year = 2013").fetchone()[0]
    per_actor = dict(
        con.execute("select actor_id, count(*) from victim_record where year = 2013 group by 1").fetchall()
    )
    con.close()
    assert run.summary.records == run.clusters.num_rows == n
    assert run.summary.registrations == per_actor
    assert run.summary.persons < n  # the same persons are registered by several actors
    raw = {t.id: t for t in stats.raw(ws, 2013)}
    pba, ov = raw["persons_by_actor"], raw["actor_overlap"]
    assert pba.cell("all_actors", "persons").value == run.summary.persons
    assert pba.cell("all_actors", "registrations").value == n
    for a in run.summary.persons_by_actor:
        assert pba.cell(a, "persons").value == ov.cell(a, a).value == run.summary.persons_by_actor[a]
        for b in run.summary.persons_by_actor:
            assert ov.cell(a, b).value == ov.cell(b, a).value <= min(ov.cell(a, a).value, ov.cell(b, b).value)
    model = json.loads((ws.path / "links" / str(run.run_id) / "model.json").read_text())
    assert {c["output_column_name"] for c in model["comparisons"]} >= {"name", "birth", "sex", "citizenship"}


def test_cli_evaluate_json(demo_world) -> None:
    out, _ = demo_world
    r = CliRunner().invoke(
        app,
        [
            "link",
            "evaluate",
            "--truth",
            str(out / "world/truth/records.csv"),
            "--year",
            "2013",
            "-w",
            str(out / "workspace"),
            "--json",
        ],
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["f1"] >= 0.97 and d["records"] > 0


def test_new_submission_makes_the_linkage_stale(demo_world, tmp_path: Path) -> None:
    out, _ = demo_world
    copy = tmp_path / "ws"
    shutil.copytree(out / "workspace", copy)
    ws = wsp.open_workspace(copy)
    assert linkage.latest(ws, 2013) is not None
    police = next((out / "world" / "files").glob("police-2012-*"))
    # resubmitting another year's file as 2013 replaces police's 2013 records
    submit(ws, police, "police", 2013)
    assert linkage.latest(ws, 2013) is None
    t = {t.id: t for t in stats.raw(ws, 2013)}["persons_by_actor"]
    assert all(c.state == "na" for c in t.cells.values())
    assert t.notes["en"] and "rapporteur link" in t.notes["en"][0]
    r = CliRunner().invoke(app, ["link", "--year", "2013", "-w", str(copy)])
    assert r.exit_code == 0, r.output
    assert "persons" in r.output and linkage.latest(ws, 2013) is not None
