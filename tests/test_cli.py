"""The command line: exit codes, --json shapes, help with examples, workspace discovery."""

from __future__ import annotations

import json

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from rapporteur.cli import app
from rapporteur.ingest import Submission
from tests.conftest import FIXTURES, GOOD_ROWS, police_csv

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


@pytest.fixture
def cli_ws(tmp_path):
    d = tmp_path / "w"
    assert run("init", str(d)).exit_code == 0
    for a in ("police", "court"):
        assert run("actor", "add", str(FIXTURES / f"{a}.yaml"), "-w", str(d)).exit_code == 0
    return d


def test_ingest_json_and_listing(cli_ws, tmp_path):
    f = tmp_path / "p.csv"
    f.write_bytes(police_csv([*GOOD_ROWS, "P9;A;B;;F;Atlantis;1°;01/01/2013"]))
    r = run("ingest", str(f), "--actor", "police", "--year", "2013", "--json", "-w", str(cli_ws))
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert set(out) == set(Submission.model_fields)  # the same model as `submissions --json`
    assert (out["rows"], out["accepted"], out["rejected"], out["duplicate_of"]) == (5, 4, 1, None)
    again = json.loads(
        run("ingest", str(f), "--actor", "police", "--year", "2013", "--json", "-w", str(cli_ws)).stdout
    )
    assert again["status"] == "duplicate" and again["duplicate_of"] == out["submission_id"]
    subs = json.loads(run("submissions", "--json", "-w", str(cli_ws)).stdout)
    assert [s["status"] for s in subs] == ["accepted", "duplicate"]
    rej = run("rejects", str(out["submission_id"]), "-w", str(cli_ws))
    assert rej.stdout.splitlines()[0] == "row,column,value,rule,message"
    assert "Atlantis" in rej.stdout
    rj = json.loads(run("rejects", "1", "--format", "json", "-w", str(cli_ws)).stdout)
    assert rj[0]["rule"] == "unknown_code"


def test_file_problem_exits_2_with_a_message(cli_ws, tmp_path):
    f = tmp_path / "empty.csv"
    f.write_bytes(b"")
    r = run("ingest", str(f), "--actor", "police", "--year", "2013", "-w", str(cli_ws))
    assert r.exit_code == 2
    assert "empty" in r.stderr


def test_workspace_from_environment_and_clear_error_without_one(cli_ws, tmp_path, monkeypatch):
    assert run("submissions", "--json", env={"RAPPORTEUR_WORKSPACE": str(cli_ws)}).exit_code == 0
    monkeypatch.chdir(tmp_path)
    r = run("submissions", env={"RAPPORTEUR_WORKSPACE": ""})
    assert r.exit_code == 2 and "rapporteur init" in r.stderr
    monkeypatch.chdir(cli_ws)
    assert run("submissions", env={"RAPPORTEUR_WORKSPACE": ""}).exit_code == 0


def test_bad_mapping_is_refused_with_the_field(cli_ws, tmp_path):
    m = tmp_path / "bad.yaml"
    m.write_text((FIXTURES / "police.yaml").read_text("utf-8").replace("sex: {", "gender: {"), "utf-8")
    r = run("actor", "add", str(m), "-w", str(cli_ws))
    assert r.exit_code == 2 and "'gender' is not a field" in r.stderr


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", cmd


def test_every_command_has_help_with_an_example():
    for name, cmd in _commands(get_command(app)):
        assert "Example:" in (cmd.help or ""), name


def test_every_command_is_documented():
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "cli.md").read_text("utf-8")
    for name, _cmd in _commands(get_command(app)):
        assert f"`rapporteur {name}" in doc, f"rapporteur {name} is missing from docs/cli.md"
