"""Commands that set a workspace up: init, config, actor add, actor list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from rapporteur import config
from rapporteur import workspace as wsp
from rapporteur.cli.common import JsonOpt, WorkspaceOpt, in_file, open_ws, out, print_json, sub_app, table
from rapporteur.cli.draft import actor_check, actor_draft


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command("config")(show_config)
    app.command("audit")(show_audit)
    actor_app = sub_app("Register and list the actors that send data.")
    actor_app.command("add")(actor_add)
    actor_app.command("list")(actor_list)
    actor_app.command("draft")(actor_draft)
    actor_app.command("check")(actor_check)
    app.add_typer(actor_app, name="actor")


def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")],
    country: Annotated[str, typer.Option(help="Reporting country (ISO alpha-2).")] = "BE",
    database: Annotated[
        str | None,
        typer.Option(help="Database URL, e.g. postgresql+psycopg://user@host/db (default: SQLite in DIR)."),
    ] = None,
) -> None:
    """Create a workspace: settings, database, archive and identity key.

    Example: rapporteur init ~/thb-2024 --country BE
    """
    ws = wsp.init(directory, country, database=database)
    out.print(f"Created workspace {ws.path} (settings: {config.SETTINGS_FILE}).")


def show_config(workspace: WorkspaceOpt = None, as_json: JsonOpt = False) -> None:
    """Show every setting with its value, default and help.

    Example: rapporteur config --workspace ~/thb-2024
    """
    ws = open_ws(workspace)
    rows = [
        {
            "setting": f"{s}.{k}",
            "value": getattr(getattr(ws.settings, s), k),
            "default": d,
            "help": h,
        }
        for s, k, d, h in config.describe()
    ]
    if as_json:
        print_json(rows)
        return
    table(
        [r | {"value": json.dumps(r["value"]), "default": json.dumps(r["default"])} for r in rows],
        ["setting", "value", "default", "help"],
    )


def actor_add(
    mapping_file: Annotated[Path, in_file("The actor's mapping (YAML).")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Register an actor (or update it) from its mapping file.

    Example: rapporteur actor add mappings/police.yaml
    """
    from rapporteur.ingest import actors

    m = actors.add(open_ws(workspace), mapping_file)
    out.print(f"Registered actor {m.actor} ({m.kind}, counts {m.counting_unit}).")


def actor_list(workspace: WorkspaceOpt = None, as_json: JsonOpt = False) -> None:
    """List registered actors.

    Example: rapporteur actor list --json
    """
    from rapporteur.ingest import actors

    rows = actors.registered(open_ws(workspace))
    if as_json:
        print_json(rows)
    else:
        table([r.model_dump() for r in rows], ["actor", "kind", "counting_unit", "record_type", "label_en"])


def show_audit(
    workspace: WorkspaceOpt = None,
    limit: Annotated[int, typer.Option(help="Newest entries to show.", min=1)] = 50,
    as_json: JsonOpt = False,
) -> None:
    """List the audit log: who ran which command, when, and how it ended (no identifiers).

    Example: rapporteur audit --limit 20
    """
    ws = open_ws(workspace)
    rows = [e.__dict__ for e in ws.audit_entries(limit)]
    if as_json:
        print_json(rows)
        return
    table(rows, ["id", "at", "os_user", "portal_user", "command", "outcome"])
