"""Every command a user runs, end to end on the demo workspace: what it prints and writes."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from rapporteur.cli import app

runner = CliRunner()
YEAR = 2013


@pytest.fixture
def demo_copy(demo_world, tmp_path):
    out, _ = demo_world
    ws = tmp_path / "ws"
    shutil.copytree(out / "workspace", ws)
    return out, ws


def invoke(*args: str):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r


def test_config_and_actor_list(demo_copy):
    _, ws = demo_copy
    rows = json.loads(invoke("config", "--json", "-w", str(ws)).stdout)
    settings = {r["setting"]: r for r in rows}
    assert settings["disclosure.threshold"]["value"] == settings["disclosure.threshold"]["default"] == 5
    assert "Minimum" in settings["disclosure.threshold"]["help"] or settings["disclosure.threshold"]["help"]
    actors = json.loads(invoke("actor", "list", "--json", "-w", str(ws)).stdout)
    assert {a["actor"] for a in actors} >= {"police", "inspection", "immigration", "courts"}
    assert all(a["record_type"] in ("victim", "justice") for a in actors)


def test_report_writes_the_languages_and_formats_asked(demo_copy, tmp_path):
    _, ws = demo_copy
    r = invoke(
        "report",
        "--year",
        str(YEAR),
        "--lang",
        "nl",
        "--format",
        "html",
        "--out",
        str(tmp_path / "r"),
        "-w",
        str(ws),
    )
    assert [p.name for p in (tmp_path / "r").iterdir()] == [f"report-{YEAR}-nl.html"]
    assert "wrote" in r.stdout
    html = (tmp_path / "r" / f"report-{YEAR}-nl.html").read_text("utf-8")
    assert '<html lang="nl' in html


@pytest.mark.parametrize("kind", ["eurostat", "unodc", "greta"])
def test_every_return_with_its_manifest(demo_copy, tmp_path, kind):
    _, ws = demo_copy
    suffix = "csv" if kind == "eurostat" else "xlsx"
    target = tmp_path / "deep" / f"{kind}.{suffix}"
    invoke("export", kind, "--year", str(YEAR), "--out", str(target), "-w", str(ws))
    manifest = json.loads(target.with_name(target.name + ".manifest.json").read_text("utf-8"))
    assert manifest["kind"] == kind and manifest["path"] == target.name and manifest["year"] == YEAR
    assert manifest["inputs"] and all(i["year"] == YEAR for i in manifest["inputs"])


def test_htcds_and_diff_of_two_returns(demo_copy, tmp_path):
    out, ws = demo_copy
    invoke("export", "htcds", "--out", str(tmp_path / "h.csv"), "--k", "11", "-w", str(ws))
    header = (tmp_path / "h.csv").read_text("utf-8").splitlines()[0]
    assert "first_name" not in header and "birth" not in header
    same = json.loads(
        invoke(
            "export",
            "diff",
            str(out / "returns" / f"eurostat-{YEAR}.csv"),
            str(out / "returns" / f"eurostat-{YEAR}.csv"),
            "--json",
        ).stdout
    )
    assert same == []


def test_policy_import_recommendations_and_follow_up(demo_copy):
    _, ws = demo_copy
    r = invoke("policy", "import", str(ws / "policy"), "-w", str(ws))
    assert "measure(s)" in r.stdout
    recs = json.loads(invoke("recommendations", "list", "--json", "-w", str(ws)).stdout)
    assert recs and {"recommendation_id", "year", "status", "follow_up"} <= set(recs[0])
    first = recs[0]
    year = max([first["year"], *(f["year"] for f in first["follow_up"])]) + 1
    invoke(
        "recommendations",
        "follow-up",
        first["recommendation_id"],
        "--year",
        str(year),
        "--status",
        "implemented",
        "--evidence",
        "Done.",
        "-w",
        str(ws),
    )
    again = {
        r["recommendation_id"]: r
        for r in json.loads(invoke("recommendations", "list", "--json", "-w", str(ws)).stdout)
    }
    assert again[first["recommendation_id"]]["status"] == "implemented"
    done = json.loads(
        invoke("recommendations", "list", "--status", "implemented", "--json", "-w", str(ws)).stdout
    )
    assert first["recommendation_id"] in {r["recommendation_id"] for r in done}


def test_caselaw_import_and_history(demo_copy, tmp_path):
    _, ws = demo_copy
    j = tmp_path / "j.md"
    j.write_text(
        "---\nid: TEST-2013-1\ncourt: Tribunal correctionnel de Namur\ndate: 2013-05-02\n"
        "language: fr\n---\nLes prévenus ont exploité des ouvriers sur un chantier.\n",
        "utf-8",
    )
    assert "1 added" in invoke("caselaw", "import", str(j), "-w", str(ws)).stdout
    j.write_text(j.read_text("utf-8") + "Ils sont condamnés.\n", "utf-8")
    assert "1 updated" in invoke("caselaw", "import", str(j), "-w", str(ws)).stdout
    versions = json.loads(invoke("caselaw", "history", "TEST-2013-1", "--json", "-w", str(ws)).stdout)
    assert [v["version"] for v in versions] == [1, 2]


def test_encode_then_link_file_on_encodings(tmp_path):
    persons = tmp_path / "p.csv"
    persons.write_text(
        "record_id,source,first_name,last_name,birth_date,sex,citizenship\n"
        "1,a,Maria,Popescu,1990-04-03,F,RO\n2,b,Maria,Popescu,1990-04-03,F,RO\n"
        "3,a,Kofi,Mensah,1985-11-15,M,GH\n",
        "utf-8",
    )
    key = tmp_path / "k.key"
    key.write_text("SYNTHETIC shared test key", "utf-8")
    invoke("encode", str(persons), "--key-file", str(key), "--out", str(tmp_path / "e.csv"))
    text = (tmp_path / "e.csv").read_text("utf-8")
    assert "Popescu" not in text and "1990-04-03" not in text
    assert (
        "3 records"
        in invoke("link-file", str(tmp_path / "e.csv"), "--encoded", "--out", str(tmp_path / "c.csv")).stdout
    )
