"""Commands of the returns: export eurostat, unodc, greta, htcds, diff."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import (
    JsonOpt,
    OutFileOpt,
    WorkspaceOpt,
    YearOpt,
    in_file,
    open_ws,
    out,
    print_json,
    sub_app,
    table,
)


def register(app: typer.Typer) -> None:
    export_app = sub_app("Returns to Eurostat, UNODC, GRETA and HTCDS.")
    export_app.command("eurostat")(export_eurostat)
    export_app.command("unodc")(export_unodc)
    export_app.command("greta")(export_greta)
    export_app.command("htcds")(export_htcds)
    export_app.command("diff")(export_diff)
    app.add_typer(export_app, name="export")


def _export(kind: str, year: int, out_file: Path, workspace: Path | None) -> None:
    from rapporteur import export

    module = {"eurostat": export.eurostat, "unodc": export.unodc, "greta": export.greta}[kind]
    path, warnings = module.export(open_ws(workspace), year, out_file)
    out.print(f"wrote {path} (manifest {path.name}.manifest.json)")
    for w in warnings:
        out.print(f"[yellow]warning:[/] {w}")


def export_eurostat(year: YearOpt, out_file: OutFileOpt, workspace: WorkspaceOpt = None) -> None:
    """Eurostat THB data collection as SDMX-CSV.

    Example: rapporteur export eurostat --year 2013 --out returns/eurostat-2013.csv
    """
    _export("eurostat", year, out_file, workspace)


def export_unodc(year: YearOpt, out_file: OutFileOpt, workspace: WorkspaceOpt = None) -> None:
    """UNODC GLOTIP questionnaire (long layout, XLSX).

    Example: rapporteur export unodc --year 2013 --out returns/unodc-2013.xlsx
    """
    _export("unodc", year, out_file, workspace)


def export_greta(year: YearOpt, out_file: OutFileOpt, workspace: WorkspaceOpt = None) -> None:
    """GRETA questionnaire statistics (XLSX, one sheet per table, English and French titles).

    Example: rapporteur export greta --year 2013 --out returns/greta-2013.xlsx
    """
    _export("greta", year, out_file, workspace)


def export_htcds(
    out_file: OutFileOpt,
    k: Annotated[int, typer.Option(min=2, help="Minimum size of every combination of released values.")] = 11,
    workspace: WorkspaceOpt = None,
) -> None:
    """Victim records in HTCDS 2.0 fields, k-anonymous, without identifiers.

    Example: rapporteur export htcds --out returns/htcds.csv --k 11
    """
    from rapporteur.export import htcds

    r = htcds.export(open_ws(workspace), out_file, k)
    out.print(
        f"wrote {r.path}: {r.released} of {r.records} records released, {r.generalised} "
        f"generalised, {r.suppressed} suppressed (k = {k}, generalisation level {r.level})"
    )


def export_diff(
    old: Annotated[Path, in_file("Earlier return.")],
    new: Annotated[Path, in_file("Later return.")],
    as_json: JsonOpt = False,
) -> None:
    """List the figures that changed between two returns (revisions).

    Example: rapporteur export diff returns-2024/eurostat-2013.csv returns/eurostat-2013.csv
    """
    from rapporteur.export.diff import diff

    rows = diff(old, new)
    if as_json:
        print_json(rows)
        return
    if not rows:
        out.print("No figure changed.")
        return
    table(rows, ["key", "old", "new"], title=f"{len(rows)} revised figure(s)")
