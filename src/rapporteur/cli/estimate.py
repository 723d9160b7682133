"""Commands of the estimation stage: mse (any capture table) and estimate --year (workspace)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from rapporteur.cli.common import JsonOpt, WorkspaceOpt, YearOpt, choice, in_file, open_ws, out, print_json


def register(app: typer.Typer) -> None:
    app.command("mse")(mse_command)
    app.command("estimate")(estimate_command)


def mse_command(
    file: Annotated[Path, in_file("Capture-pattern table: one 0/1 column per list, counts last.")],
    method: Annotated[
        str, typer.Option(help="stepwise, main or bic.", callback=choice(("stepwise", "main", "bic")))
    ] = "stepwise",
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="p-value threshold of the stepwise method.")
    ] = 0.02,
    max_order: Annotated[int, typer.Option(min=2, help="Highest interaction order searched by bic.")] = 2,
    bootstrap: Annotated[int, typer.Option(min=0, help="BCa bootstrap resamples (0: normal interval).")] = 0,
    seed: Annotated[int | None, typer.Option(help="Random seed of the bootstrap.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Multiple systems estimation of the hidden population from a capture-pattern table.

    Example: rapporteur mse uk_2013_6lists.csv --method stepwise --bootstrap 1000 --seed 1 --json
    """
    from rapporteur import estimate

    table = estimate.read_csv(file)
    res = estimate.mse(table, method, threshold, max_order, bootstrap, seed)
    d = res.to_json()
    if as_json:
        print_json({k: d[k] for k in ("observed", "estimate", "interval", "model", "lists", "warnings")})
        return
    iv = d["interval"]
    out.print(f"Observed persons: {d['observed']:,}")
    out.print(
        f"Estimated total:  {d['estimate']:,.0f}  ({iv['level']:.0%} interval "
        f"{iv['low']:,.0f} – {iv['high']:,.0f}, {iv['method']})"
    )
    terms = ", ".join(":".join(t) for t in d["model"]["interactions"]) or "none (main effects)"
    out.print(f"Interactions:     {terms}")
    if d["model"]["minus_infinity"]:
        out.print("Minus infinity:   " + ", ".join(":".join(t) for t in d["model"]["minus_infinity"]))
    for w in d["warnings"]:
        out.print(f"[yellow]warning:[/] {w}")


def _line(d: dict[str, Any]) -> str:
    if "estimate" not in d:
        return f"observed {d.get('observed', 0):,}: {d.get('error', 'no estimate')}"
    iv = d["interval"]
    return (
        f"observed {d['observed']:,}, estimated {d['estimate']:,.0f} ({iv['low']:,.0f} – {iv['high']:,.0f})"
    )


def estimate_command(year: YearOpt, workspace: WorkspaceOpt = None, as_json: JsonOpt = False) -> None:
    """Estimate the hidden number of victims of a year from its linked persons (lists and method
    from the [estimate] settings), in total and by stratum; the run is stored for the report.

    Example: rapporteur estimate --year 2013
    """
    from rapporteur.estimate.run import estimate_year

    run = estimate_year(open_ws(workspace), year)
    if as_json:
        print_json(run)
        return
    s = run.summary
    lists = ", ".join(f"{k} = {' + '.join(v)}" for k, v in s["lists"].items())
    out.print(f"Estimate run {run.run_id} of {year} from linkage run {run.link_run_id}. Lists: {lists}")
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
    rows = s.get("linkage_sensitivity") or []
    if rows:
        t = Table(title="Sensitivity to the linkage threshold")
        for c in ("linkage threshold", "persons linked", "observed", "estimate", "95 % interval"):
            t.add_column(c)
        for r in rows:
            iv = r.get("interval") or {}
            low, high = iv.get("low"), iv.get("high")
            t.add_row(
                f"{r['threshold']:g}",
                f"{r['persons_linked']:,}",
                f"{r['observed']:,}" if r.get("observed") is not None else "—",
                f"{r['estimate']:,.0f}" if r.get("estimate") is not None else (r.get("error") or "—"),
                f"{low:,.0f} – {high:,.0f}" if low is not None and high is not None else "—",
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
