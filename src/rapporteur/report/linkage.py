"""The methodology annex's linkage section: how sure the year's linkage is (its stored precision
and recall estimate, threshold and clerical decisions) and the estimate's linkage sensitivity."""

from __future__ import annotations

import math
from typing import Any

from rapporteur.report.i18n import Translator
from rapporteur.workspace import Workspace


def annex(ws: Workspace, year: int, tr: Translator) -> dict[str, Any] | None:
    """None when the year has no current linkage; numbers formatted in the report's language."""
    from rapporteur.estimate.run import latest as latest_estimate
    from rapporteur.link.run import latest

    run = latest(ws, year)
    if run is None:
        return None
    q = run.summary.quality
    est = latest_estimate(ws, year)
    rows = []
    if est is not None and est.link_run_id == run.run_id:

        def r10(x: Any) -> str:
            ok = isinstance(x, (int, float)) and math.isfinite(x)
            return tr.number(round(x / 10.0) * 10) if ok else "–"

        for r in est.summary.get("linkage_sensitivity", []):
            iv = r.get("interval") or {}
            rows.append(
                {
                    "threshold": tr.number(r["threshold"], 2),
                    "persons": tr.number(r["persons_linked"]),
                    "estimate": r10(r.get("estimate")),
                    "interval": f"{r10(iv.get('low'))} – {r10(iv.get('high'))}" if iv else "–",
                    "own": r["threshold"] == run.threshold,
                }
            )
    return {
        "run": run.run_id,
        "threshold": tr.number(run.threshold, 2),
        "quality": None
        if q is None
        else {
            "precision": tr.number(q.precision * 100, 1),
            "recall": tr.number(q.recall * 100, 1),
            "decisions": q.decisions,
            "clerical": q.method == "model+clerical",
        },
        "sensitivity": rows,
    }
