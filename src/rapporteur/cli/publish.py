"""Commands that publish: stats (the tables after disclosure control) and report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import LangOpt, WorkspaceOpt, YearOpt, choice, open_ws, out, out_dir
from rapporteur.errors import UnknownId
from rapporteur.languages import LANGUAGES

FORMATS = ("json", "csv", "md")
REPORT_FORMATS = ("html", "pdf", "xlsx", "csv")


def register(app: typer.Typer) -> None:
    app.command("stats")(show_stats)
    app.command()(report)


def show_stats(
    year: YearOpt,
    table: Annotated[str | None, typer.Option(help="Only this table id.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, csv or md.", callback=choice(FORMATS))] = "json",
    lang: LangOpt = "en",
    workspace: WorkspaceOpt = None,
) -> None:
    """Print the indicator tables as published (after disclosure control).

    Example: rapporteur stats --year 2013 --table victims_sex_age --format md
    """
    from rapporteur import stats
    from rapporteur.stats import render

    ws = open_ws(workspace)
    tables = stats.published(ws, year)
    if table:
        chosen = [t for t in tables if t.id == table]
        if not chosen:
            raise UnknownId(f"no table {table!r}; tables: {', '.join(t.id for t in tables)}")
        tables = chosen
    print(render.render(tables, fmt, lang, ws.settings.disclosure.threshold), end="")


def report(
    year: YearOpt,
    out_folder: Annotated[Path, typer.Option("--out", help="Folder for the report files.", callback=out_dir)],
    lang: Annotated[
        str,
        typer.Option(help="Languages, comma-separated.", callback=choice(LANGUAGES, many=True)),
    ] = ",".join(LANGUAGES),
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="Formats, comma-separated: html, pdf, xlsx (the tables, one sheet each), csv (a "
            "folder of one CSV per table).",
            callback=choice(REPORT_FORMATS, many=True),
        ),
    ] = ",".join(REPORT_FORMATS),
    workspace: WorkspaceOpt = None,
) -> None:
    """Build the annual report in each language as HTML and PDF, with its tables as data (a
    spreadsheet and a folder of CSV files).

    Example: rapporteur report --year 2013 --lang fr,nl,en --format html,pdf --out out/report
    """
    from rapporteur.report import build

    built = build(open_ws(workspace), year, out_folder, lang.split(","), fmt.split(","))
    for b in built:
        for p in (b.html, b.pdf, b.xlsx, b.csv):
            if p is not None:
                out.print(f"wrote {p}")
