"""The root command: every stage's commands registered on one Typer app."""

from __future__ import annotations

from rapporteur.cli import (
    caselaw,
    demo,
    estimate,
    export,
    feedback,
    ingest,
    link,
    policy,
    portal,
    publish,
    setup,
    store,
)
from rapporteur.cli.common import App

app = App(
    help="Rapporteur: data, linkage, estimation and reports for national "
    "rapporteurs on trafficking in human beings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for module in (
    setup,
    ingest,
    publish,
    estimate,
    export,
    link,
    caselaw,
    policy,
    demo,
    feedback,
    store,
    portal,
):
    module.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
