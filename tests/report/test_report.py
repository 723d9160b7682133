"""The demonstration report: values against the synthetic world's ground truth, traceability,
no suppressed value anywhere, byte-identical rebuilds."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from rapporteur import stats
from rapporteur import workspace as wsp
from rapporteur.cli import app
from rapporteur.link.run import LinkRun, summarise, truth_map
from rapporteur.model import codelist
from rapporteur.model.codelists import citizenship_group
from rapporteur.report import build
from rapporteur.stats import sdc
from rapporteur.stats.table import TOTAL
from rapporteur.store import records

YEAR = 2013


@pytest.fixture
def world(demo_world):
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    truth = out / "world" / "truth"
    with (truth / "records.csv").open(encoding="utf-8") as f:
        recs = [r for r in csv.DictReader(f) if r["year"] == str(YEAR) and not r["planted"]]
    with (truth / "persons.csv").open(encoding="utf-8") as f:
        persons = {p["person_id"]: p for p in csv.DictReader(f)}
    with (truth / "justice.csv").open(encoding="utf-8") as f:
        justice = [r for r in csv.DictReader(f) if r["year"] == str(YEAR)]
    yield out, ws, recs, persons, justice
    ws.close()


def _true_linkage(out, ws) -> tuple[LinkRun, int]:
    """The demo year's records linked exactly as the ground truth links them, and the number of
    stored records the truth cannot place (planted rows that passed validation: a person each)."""
    truth = truth_map(ws, out / "world" / "truth" / "records.csv", YEAR)
    con = records.connect(ws)
    rows = con.execute("select record_id, actor_id from victim_record where year = ?", [YEAR]).fetchall()
    con.close()
    first: dict[str, int] = {}
    for rid, _ in rows:
        p = truth.get(str(rid), f"r{rid}")
        first[p] = min(first.get(p, rid), rid)
    clusters = pa.table(
        {
            "record_id": pa.array([r for r, _ in rows], pa.int64()),
            "actor_id": [a for _, a in rows],
            "person_id": pa.array([first[truth.get(str(r), f"r{r}")] for r, _ in rows], pa.int64()),
        }
    )
    run = LinkRun(
        run_id=0, year=YEAR, mode="clear", threshold=1.0, engine="truth", summary=summarise(clusters, 0, 0)
    ).with_clusters(clusters)
    return run, sum(str(rid) not in truth for rid, _ in rows)


def _placed_persons(out, ws) -> set[str]:
    """The true persons of the year's stored records that the ground truth places."""
    truth = truth_map(ws, out / "world" / "truth" / "records.csv", YEAR)
    con = records.connect(ws)
    rows = con.execute("select record_id from victim_record where year = ?", [YEAR]).fetchall()
    con.close()
    return {truth[str(r)] for (r,) in rows if str(r) in truth}


def test_tables_match_the_ground_truth(world):
    out, ws, recs, persons, justice = world
    true_run, unplaced = _true_linkage(out, ws)
    raw = {t.id: t for t in stats.raw(ws, YEAR, true_run)}
    seen: dict[str, set[str]] = {}  # true person -> the actors that registered them
    for r in recs:
        seen.setdefault(r["person_id"], set()).add(r["actor"])
    # persons, not registrations: each registered person once; a record the truth cannot place
    # is one whose local id an actor repeated (a planted duplicate id makes the id ambiguous)
    with (out / "world" / "truth" / "records.csv").open(encoding="utf-8") as f:
        repeated = sum(r["year"] == str(YEAR) and r["planted"] == "duplicate_id" for r in csv.DictReader(f))
    assert unplaced <= repeated <= 6
    # each unplaced record is a person of its own (its person may have no other stored record)
    placed = _placed_persons(out, ws)
    assert placed <= set(seen) and len(placed) >= len(seen) - unplaced
    assert raw["victims_sex_age"].cell(TOTAL, TOTAL).value == len(placed) + unplaced < len(recs)
    assert raw["victims_sex_age"].unit["en"] == "persons (victims counted once)"
    # forms: every actor but the Immigration Office records them; a person once per form
    cl = codelist("exploitation")
    forms: Counter[str] = Counter()
    for p, by in seen.items():
        if by == {"immigration"}:
            forms["unknown"] += 1
        else:
            for g in {cl.attr(f, "eurostat") for f in persons[p]["forms"].split("|")}:
                forms[g] += 1
    eu = raw["victims_form_eurostat"]
    for group in ("sexual", "labour", "other", "unknown"):
        # each record the truth cannot place is a person of its own: at most that many more
        assert 0 <= eu.cell(group, TOTAL).value - forms[group] <= unplaced, group
    # citizenship groups: one group per person, national first
    order = ["NAT", "EU_FOR", "NEU_FOR"]
    groups: Counter[str] = Counter()
    for p in seen:
        gs = [citizenship_group(c, "BE", YEAR) for c in persons[p]["citizenship"].split("|")]
        groups[min(gs, key=order.index)] += 1
    for g in order:
        assert 0 <= raw["victims_citizenship_group"].cell(g, TOTAL).value - groups[g] <= unplaced, g
    # registrations by actor
    by_actor = Counter(r["actor"] for r in recs)
    for actor, n in by_actor.items():
        assert raw["registrations_by_actor"].cell(actor, TOTAL).value == n
    # protection milestones: the Immigration Office's persons, steps taken in the year (a person
    # of an earlier year is in the year's files when a step of the procedure falls in the year)
    steps: Counter[str] = Counter()
    for p, by in seen.items():
        if "immigration" in by:
            taken = (s.split(":") for s in filter(None, persons[p]["milestones"].split("|")))
            for m in {m for m, d in taken if d.startswith(f"{YEAR}-")}:
                steps[m] += 1
    assert steps["permanent_permit"] > 0 and steps["permit_renewal"] > 0
    for m in codelist("milestone").codes:
        assert 0 <= raw["protection_milestones"].cell(m, TOTAL).value - steps[m] <= unplaced, m
    # criminal justice: suspects as sent by the prosecution (exact counts)
    suspects = sum(int(j["count"]) for j in justice if j["stage"] == "suspect")
    assert raw["justice_by_sex"].cell("suspect", TOTAL).value == suspects
    # convictions come with '<5' from the courts: confidential at the source, never 0
    conv = [j for j in justice if j["stage"] == "conviction"]
    assert conv, "the demo courts send convictions"
    cell = raw["justice_by_sex"].cell("conviction", TOTAL)
    if any(0 < int(j["count"]) < 5 for j in conv):  # the courts send these as '<5'
        assert cell.state == "suppressed"
    else:
        assert cell.value == sum(int(j["count"]) for j in conv)


def test_published_tables_hide_small_counts_and_keep_the_rest(world):
    _, ws, *_ = world
    raw = {t.id: t for t in stats.raw(ws, YEAR)}
    small = kept = 0
    for t in stats.published(ws, YEAR):
        public = sdc.public_cells(raw[t.id])  # court decisions and prosecutions: public record
        for k, c in t.cells.items():
            r = raw[t.id].cells[k]
            if k in public:
                assert c.state == r.state and c.value == r.value
                continue
            if r.state == "count" and r.value < ws.settings.disclosure.threshold:
                assert c.state == "suppressed" and c.value is None
                small += 1
            if c.state in ("count", "zero"):
                assert c.value == r.value
                kept += 1
    assert small and kept  # the demo has both small counts to hide and counts to publish


def test_report_html_is_traceable_and_shows_no_suppressed_value(world):
    out, ws, *_ = world
    published = stats.published(ws, YEAR)
    for lang in ("fr", "nl", "en"):
        html = (out / "report" / f"report-{YEAR}-{lang}.html").read_text("utf-8")
        assert f'lang="{lang}"' in html
        for t in published:
            m = re.search(rf'data-table-id="{t.id}" data-submissions="([0-9 ]*)"', html)
            assert m, f"table {t.id} missing in {lang}"
            assert m.group(1).split() == [str(s) for s in t.submissions]
            body = html[m.end() : html.index("</figure>", m.end())]
            cells = re.findall(r'<td class="(\w+)[^"]*">([^<]*)</td>', body)
            hidden = [text for state, text in cells if state == "suppressed"]
            assert all(text in ("&lt;5", "c") for text in hidden)
    runs = ws.engine.connect().exec_driver_sql("select inputs, summary from run where stage='report'").all()
    inputs = json.loads(runs[-1][0])
    assert inputs and {"submission_id", "actor", "sha256"} <= set(inputs[0])
    assert f"report-{YEAR}-fr.pdf" in json.loads(runs[-1][1])["outputs"]


def test_rebuilding_gives_identical_html_and_pdf(world, tmp_path):
    out, ws, *_ = world
    built = build(ws, YEAR, tmp_path / "again", langs=["nl"], formats=["html", "pdf"])
    again = built[0]
    assert again.html.read_bytes() == (out / "report" / f"report-{YEAR}-nl.html").read_bytes()
    digest = hashlib.sha256(again.pdf.read_bytes()).hexdigest()
    assert digest == hashlib.sha256((out / "report" / f"report-{YEAR}-nl.pdf").read_bytes()).hexdigest()
    assert again.pdf.read_bytes().startswith(b"%PDF")


def test_stats_command_prints_published_tables(world):
    out, *_ = world
    r = CliRunner().invoke(
        app, ["stats", "--year", str(YEAR), "--format", "json", "-w", str(out / "workspace")]
    )
    assert r.exit_code == 0, r.output
    tables = json.loads(r.stdout)
    t = next(x for x in tables if x["table_id"] == "victims_sex_age")
    assert set(t) == {"table_id", "title", "unit", "rows", "columns", "cells"}
    assert "total" in t["rows"] and "total" in t["columns"]
    assert {c["state"] for c in t["cells"]} <= {"count", "zero", "na", "suppressed", "rounded"}
    assert all(c["value"] is None for c in t["cells"] if c["state"] in ("suppressed", "na"))
    md = CliRunner().invoke(
        app,
        [
            "stats",
            "--year",
            str(YEAR),
            "--table",
            "victims_sex_age",
            "--format",
            "md",
            "--lang",
            "fr",
            "-w",
            str(out / "workspace"),
        ],
    )
    assert "Victimes enregistrées par sexe" in md.stdout
    bad = CliRunner().invoke(
        app, ["stats", "--year", str(YEAR), "--table", "nope", "-w", str(out / "workspace")]
    )
    assert bad.exit_code == 2


def test_not_available_is_not_zero(tmp_path):
    ws = wsp.init(tmp_path / "empty")
    t = {x.id: x for x in stats.published(ws, YEAR)}
    assert t["justice_by_form"].cell("conviction", TOTAL).state == "na"
    assert t["protection_milestones"].cell("permanent_permit", TOTAL).state == "na"
    assert all(c.state == "na" for c in t["victims_sex_age"].cells.values())
