"""Commands of the ingestion stage: ingest, submissions, rejects."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import (
    JsonOpt,
    WorkspaceOpt,
    YearOpt,
    choice,
    fail,
    in_file,
    open_ws,
    out,
    print_json,
    table,
)
from rapporteur.errors import EXIT_REJECTED
from rapporteur.safe import safe_cell


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command("submissions")(list_submissions)
    app.command("rejects")(list_rejects)
    app.command("warnings")(list_warnings)


def ingest(
    file: Annotated[Path, in_file("The actor's file (CSV, XLSX or Parquet).")],
    actor: Annotated[str, typer.Option(help="Registered actor id.")],
    year: YearOpt,
    strict: Annotated[bool, typer.Option(help="Reject the whole submission if any row fails.")] = False,
    as_json: JsonOpt = False,
    workspace: WorkspaceOpt = None,
) -> None:
    """Archive, validate and store one actor's yearly file. Exit 2 on a file-level problem,
    1 when --strict refused the file because rows failed.

    Example: rapporteur ingest police-2013.csv --actor police --year 2013 --json
    """
    from rapporteur import ingest as ing

    ws = open_ws(workspace)
    try:
        r = ing.submit(ws, file, actor, year, strict=strict)
    except ing.IngestError as e:
        if as_json and e.result is not None:
            print_json(ing.submission(ws, e.result.submission_id))
        raise
    stored = ing.submission(ws, r.submission_id)
    flagged = ing.warnings(ws, r.submission_id) if stored.warnings else []
    if as_json:
        print_json(stored)  # the same model as `submissions --json`; rows: `warnings N --json`
    elif r.status == "duplicate":
        out.print(
            f"Submission {r.submission_id}: same file as submission {r.duplicate_of}; nothing stored again."
        )
    else:
        note = f", {r.total_rows_skipped} total row(s) skipped" if r.total_rows_skipped else ""
        out.print(
            f"Submission {r.submission_id} {r.status}: {r.rows} rows, {r.accepted} accepted, "
            f"{r.rejected} rejected{note}."
        )
        if r.rejected:
            out.print(f"See the reasons with: rapporteur rejects {r.submission_id}")
        for w in flagged[:10]:
            out.print(f"[yellow]warning:[/] row {w.row}, {w.message}", highlight=False, soft_wrap=True)
        if flagged:
            out.print(
                f"{len(flagged)} row(s) kept with a warning; all of them: rapporteur warnings "
                f"{r.submission_id}"
            )
    if r.status == "rejected":
        raise fail(
            f"submission {r.submission_id} refused under --strict: {r.rejected} row(s) failed validation",
            EXIT_REJECTED,
        )


def list_submissions(as_json: JsonOpt = False, workspace: WorkspaceOpt = None) -> None:
    """List submissions with their status and counts.

    Example: rapporteur submissions --json
    """
    from rapporteur import ingest as ing

    rows = ing.submissions(open_ws(workspace))
    if as_json:
        print_json(rows)
        return
    table(
        [r.model_dump() for r in rows],
        [
            "submission_id",
            "actor",
            "year",
            "filename",
            "status",
            "rows",
            "accepted",
            "rejected",
            "total_rows_skipped",
            "warnings",
            "duplicate_of",
            "superseded_by",
        ],
    )


def list_rejects(
    submission_id: Annotated[int, typer.Argument(help="Submission id.")],
    fmt: Annotated[
        str, typer.Option("--format", help="csv or json.", callback=choice(("csv", "json")))
    ] = "csv",
    workspace: WorkspaceOpt = None,
) -> None:
    """List the rejected rows of a submission: row, column, value, rule, message.

    Example: rapporteur rejects 3 --format json
    """
    from rapporteur import ingest as ing

    rows = ing.rejects(open_ws(workspace), submission_id)
    if fmt == "json":
        print_json(rows)
        return
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["row", "column", "value", "rule", "message"])
    for r in rows:
        w.writerow([r.row, safe_cell(r.column), safe_cell(r.value), r.rule, safe_cell(r.message)])


def list_warnings(
    submission_id: Annotated[int, typer.Argument(help="Submission id.")],
    as_json: JsonOpt = False,
    workspace: WorkspaceOpt = None,
) -> None:
    """List the rows of a submission kept with a warning (e.g. a date outside the reference year).

    Example: rapporteur warnings 3 --json
    """
    from rapporteur import ingest as ing

    rows = ing.warnings(open_ws(workspace), submission_id)
    if as_json:
        print_json(rows)
        return
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["row", "column", "rule", "message"])
    for r in rows:
        w.writerow([r.row, safe_cell(r.column), r.rule, safe_cell(r.message)])
