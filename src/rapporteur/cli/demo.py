"""The demonstration: a synthetic world, its actors' files, a workspace and every output."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import out, year


def register(app: typer.Typer) -> None:
    app.command()(demo)


def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the synthetic world.")] = Path("out"),
    year_: Annotated[int, typer.Option("--year", help="Reference year of the report.", callback=year)] = 2013,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 2013,
    persons: Annotated[int, typer.Option(min=50, help="True victims in the reference year.")] = 900,
    database: Annotated[
        str | None,
        typer.Option(
            "--database",
            help="SQLAlchemy URL of an empty database for the demo workspace, e.g. "
            "postgresql+psycopg://user@host/db (default: SQLite in the workspace).",
        ),
    ] = None,
) -> None:
    """Generate the synthetic world, its actors' files and a workspace, and ingest everything.

    Example: rapporteur demo --out out --year 2013 --seed 7
    """
    from rapporteur.demo import run

    run.main(out_dir, year=year_, seed=seed, persons=persons, console=out, database=database)
