"""Command: feedback to an actor on one submission."""

from __future__ import annotations

from typing import Annotated

import typer

from rapporteur.cli.common import LangOpt, OutFileOpt, WorkspaceOpt, open_ws, out


def register(app: typer.Typer) -> None:
    app.command("feedback")(feedback)


def feedback(
    submission_id: Annotated[int, typer.Argument(help="Submission id.")],
    out_file: OutFileOpt,
    lang: LangOpt = "en",
    workspace: WorkspaceOpt = None,
) -> None:
    """Feedback to the actor on a submission, in its language (.xlsx or .html): what was accepted,
    the rejected cells with row, column, rule and fix (identifiers masked), and what is missing
    compared with its previous submission.

    Example: rapporteur feedback 3 --lang nl --out feedback-3.xlsx
    """
    from rapporteur import feedback as fb

    path = fb.write(fb.build(open_ws(workspace), submission_id, lang), out_file)
    out.print(f"wrote {path}")
