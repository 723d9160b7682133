"""`actor draft` and `actor check`: draft a mapping from a sample file, dry-run a mapping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import JsonOpt, in_file, out, out_file, print_json, table, year


def actor_draft(
    file: Annotated[Path, in_file("A sample of the actor's file (CSV, XLSX or Parquet).")],
    actor: Annotated[str | None, typer.Option(help="Actor id (default: from the file name).")] = None,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", help="Write the draft mapping here (default: print it).", callback=out_file),
    ] = None,
) -> None:
    """Draft a commented mapping from a sample file: encoding, delimiter, header row, dates,
    totals, columns and code values guessed, each with its confidence. Stores nothing.

    Example: rapporteur actor draft police-2024.csv --actor police --out police.yaml
    """
    from rapporteur.ingest import draft

    d = draft.draft(file, actor)
    if out_path is None:
        typer.echo(d.text, nl=False)
        return
    out_path.write_text(d.text, "utf-8")
    out.print(
        f"Wrote {out_path}: {len(d.columns)} column(s) mapped, {len(d.unmatched)} not mapped, "
        f"{sum(map(len, d.unmapped_values.values()))} code value(s) not mapped. Check it with "
        f"'rapporteur actor check {out_path} {file}'."
    )


def actor_check(
    mapping_file: Annotated[Path, in_file("The mapping to try (YAML).")],
    file: Annotated[Path, in_file("The actor's file (CSV, XLSX or Parquet).")],
    ref_year: Annotated[
        int | None, typer.Option("--year", help="Reference year (default: last year).", callback=year)
    ] = None,
    limit: Annotated[int, typer.Option(help="Rejects to show.", min=0)] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Dry-run a mapping on a file: what ingest would accept and reject. Stores nothing.

    Example: rapporteur actor check police.yaml police-2024.csv --year 2024
    """
    from rapporteur.ingest import draft

    r = draft.check(mapping_file, file, ref_year or dt.date.today().year - 1, limit)
    if as_json:
        print_json(r.as_dict())
    elif r.problem:
        out.print(f"The file would be refused: {r.problem}")
    else:
        out.print(
            f"{r.rows} row(s): {r.accepted} would be accepted, {r.rejected} rejected; "
            f"{r.total_rows_skipped} total row(s) dropped. Nothing was stored."
        )
        if r.rejects:
            table(r.rejects, ["row", "column", "value", "rule", "message"], title="First rejects")
    if r.problem:
        raise typer.Exit(2)
