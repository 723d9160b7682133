"""Command of the estimation stage on the workspace: estimate --year."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from rapporteur.cli import JsonOpt, WorkspaceOpt, _fail, _finite, _open, app, out


def _line(d: dict[str, Any]) -> str:
    if "estimate" not in d:
        return f"observed {d.get('observed', 0):,}: {d.get('error', 'no estimate')}"
    iv = d["interval"]
    return (
        f"observed {d['observed']:,}, estimated {d['estimate']:,.0f} ({iv['low']:,.0f} – {iv['high']:,.0f})"
    )


@app.command("estimate")
def estimate_command(
    year: Annotated[int, typer.Option(help="Year whose linked persons are estimated.")],
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Estimate the hidden number of victims of a year from its linked persons (lists and method
    from the [estimate] settings), in total and by stratum; the run is stored for the report.

    Example: rapporteur estimate --year 2013
    """
    from rapporteur.estimate.run import estimate_year

    ws = _open(workspace)
    try:
        run = estimate_year(ws, year)
    except ValueError as e:
        raise _fail(str(e)) from None
    s = run.summary
    if as_json:
        doc = {"run": run.id, "link_run": run.link_run, **s}
        print(json.dumps(_finite(doc), ensure_ascii=False, allow_nan=False))
        return
    lists = ", ".join(f"{k} = {' + '.join(v)}" for k, v in s["lists"].items())
    out.print(f"Estimate run {run.id} of {year} from linkage run {run.link_run}. Lists: {lists}")
    total = s["total"]
    out.print(f"Total: {_line(total)}")
    if "model" in total:
        terms = ", ".join(":".join(t) for t in total["model"]["interactions"]) or "none"
        out.print(f"Model: {total['method']}, interactions {terms}; interval {total['interval']['method']}")
        t = Table(title="Sensitivity to the method")
        for c in ("method", "threshold", "estimate", "95 % interval", "interactions"):
            t.add_column(c)
        for r in total["sensitivity"]:
            if "error" in r:
                t.add_row(r["method"], str(r["threshold"] or ""), "—", r["error"], "")
                continue
            t.add_row(
                r["method"],
                str(r["threshold"] or ""),
                f"{r['estimate']:,.0f}",
                f"{r['low']:,.0f} – {r['high']:,.0f}",
                ", ".join(":".join(x) for x in r["interactions"]) or "none",
            )
        out.print(t)
    for w in total.get("warnings", []):
        out.print(f"[yellow]warning:[/] {w}")
    if s["persons_outside_lists"]:
        out.print(
            f"{s['persons_outside_lists']:,} linked persons are on no configured list and are left out."
        )
    for dim, st in s["strata"].items():
        out.print(f"By {dim}:")
        for level, d in st["levels"].items():
            out.print(f"  {level}: {_line(d)}")
        if st["sum_of_estimates"] is not None:
            out.print(f"  sum of the strata's estimates: {st['sum_of_estimates']:,.0f}")
