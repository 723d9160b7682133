"""Commands of the policy register: policy import, recommendations list and follow-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rapporteur.cli.common import JsonOpt, WorkspaceOpt, choice, open_ws, out, print_json, sub_app, table

STATUSES = ("implemented", "partly_implemented", "not_implemented", "no_longer_relevant")


def register(app: typer.Typer) -> None:
    policy_app = sub_app("The register of policy measures.")
    policy_app.command("import")(policy_import)
    app.add_typer(policy_app, name="policy")
    recs_app = sub_app("Recommendations and their follow-up.")
    recs_app.command("list")(recommendations_list)
    recs_app.command("follow-up")(recommendations_follow_up)
    app.add_typer(recs_app, name="recommendations")


def policy_import(
    path: Annotated[
        Path, typer.Argument(help="measures.yaml, recommendations.yaml or a folder.", exists=True)
    ],
    workspace: WorkspaceOpt = None,
) -> None:
    """Validate and load the policy register (measures and/or recommendations) from YAML.

    Example: rapporteur policy import policy/
    """
    from rapporteur.policy import import_path

    r = import_path(open_ws(workspace), path)
    out.print(f"Loaded {r.measures} measure(s) and {r.recommendations} recommendation(s).")
    for w in r.warnings:
        out.print(f"[yellow]warning:[/] {w.message}", highlight=False, soft_wrap=True)


def recommendations_list(
    year: Annotated[int | None, typer.Option(help="Only those issued in this year.")] = None,
    status: Annotated[
        str | None, typer.Option(help="Only those whose latest status is this.", callback=choice(STATUSES))
    ] = None,
    as_json: JsonOpt = False,
    workspace: WorkspaceOpt = None,
) -> None:
    """List recommendations with their latest follow-up status.

    Example: rapporteur recommendations list --status partly_implemented --json
    """
    from rapporteur.policy import recommendation_statuses

    rows = recommendation_statuses(open_ws(workspace), year, status)
    if as_json:
        print_json(rows)
    else:
        table([r.model_dump() for r in rows], ["recommendation_id", "year", "status", "theme", "text"])


def recommendations_follow_up(
    rec_id: Annotated[str, typer.Argument(help="Recommendation id.")],
    year: Annotated[int, typer.Option(help="Year of the follow-up.")],
    status: Annotated[
        str,
        typer.Option(
            help="implemented, partly_implemented, not_implemented or no_longer_relevant.",
            callback=choice(STATUSES),
        ),
    ],
    evidence: Annotated[str | None, typer.Option(help="Assessment: why that status (English).")] = None,
    evidence_fr: Annotated[str | None, typer.Option(help="Assessment (French).")] = None,
    evidence_nl: Annotated[str | None, typer.Option(help="Assessment (Dutch).")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Record the follow-up of a recommendation for a year, with its assessment in at least one
    language (the YAML file is updated too).

    Example: rapporteur recommendations follow-up R2012-3 --year 2014 --status implemented --evidence Done
    """
    from rapporteur.policy import follow_up

    texts = {k: v for k, v in (("en", evidence), ("fr", evidence_fr), ("nl", evidence_nl)) if v}
    r = follow_up(open_ws(workspace), rec_id, year, status, texts)
    out.print(f"{r.id}: {', '.join(f'{f.year} {f.status}' for f in r.followup)}")
