"""PostgreSQL as the database of record, the workspace lock and the audit log (both backends)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from rapporteur import workspace as wsp
from rapporteur.cli import app
from rapporteur.errors import Conflict


def test_lock_times_out_with_a_message(ws, capsys):
    ws.settings.database.lock_timeout = 0.5
    other = wsp.open_workspace(ws.path)
    other.settings.database.lock_timeout = 0.5
    with ws.lock(), pytest.raises(Conflict, match="lock_timeout"), other.lock():
        pass
    assert "Ctrl-C to stop" in capsys.readouterr().err
    with other.lock():  # free again
        pass
    other.close()


def test_audit_lists_commands(ws):
    r = CliRunner().invoke(app, ["actor", "list", "--workspace", str(ws.path)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["audit", "--workspace", str(ws.path), "--json"])
    assert r.exit_code == 0, r.output
    assert '"actor-list"' in r.output and '"ok"' in r.output
