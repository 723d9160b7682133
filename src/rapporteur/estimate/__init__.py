"""Multiple systems estimation of the hidden population (``estimate.mse``), usable on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rapporteur.estimate.interval import Interval, bca, normal
from rapporteur.estimate.model import Fit, FitError
from rapporteur.estimate.select import select
from rapporteur.estimate.table import CaptureTable, TableError, read_csv

__all__ = ["CaptureTable", "FitError", "Result", "TableError", "mse", "read_csv", "sensitivity"]

THRESHOLDS = (0.001, 0.01, 0.02, 0.05)


@dataclass
class Result:
    table: CaptureTable
    method: str
    fit: Fit
    interval: Interval
    warnings: list[str] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        names = self.table.lists
        return {
            "observed": self.table.observed,
            "estimate": self.fit.estimate,
            "interval": {
                "level": self.interval.level,
                "low": self.interval.low,
                "high": self.interval.high,
                "method": self.interval.method,
            },
            "model": {
                "interactions": [[names[i] for i in t] for t in self.fit.terms],
                "minus_infinity": [[names[i] for i in t] for t in self.fit.minus_infinity],
            },
            "lists": list(names),
            "warnings": self.warnings,
            "method": self.method,
            "parameters": self.parameters,
        }


def sensitivity(table: CaptureTable, max_order: int = 2) -> list[dict[str, Any]]:
    """The estimate under each method and threshold: how much the answer depends on the choice."""
    rows: list[dict[str, Any]] = []
    runs = [("main", None), *(("stepwise", t) for t in THRESHOLDS), ("bic", None)]
    for method, th in runs:
        try:
            f = select(table, method, th or 0.02, max_order)
        except (FitError, ValueError) as e:
            rows.append({"method": method, "threshold": th, "error": str(e)})
            continue
        iv = normal(f)
        rows.append(
            {
                "method": method,
                "threshold": th,
                "estimate": f.estimate,
                "low": iv.low,
                "high": iv.high,
                "interactions": [[table.lists[i] for i in t] for t in f.terms],
            }
        )
    return rows


def _warnings(table: CaptureTable, f: Fit, method: str, max_order: int) -> list[str]:
    out = []
    multi = float(table.counts[table.patterns.sum(axis=1) >= 2].sum())
    if multi < max(20.0, 0.05 * table.observed):
        out.append(
            f"Only {multi:.0f} of {table.observed} persons appear on more than one list: the "
            "overlaps that carry the estimate are thin, so it is fragile."
        )
    on_list = table.patterns.T @ table.counts
    for name, n in zip(table.lists, on_list, strict=True):
        if n < 10:
            out.append(
                f"List {name} holds only {n:.0f} persons; consider merging it with a list of "
                "the same kind before estimating."
            )
    for t in f.minus_infinity:
        out.append(
            f"Lists {' and '.join(table.lists[i] for i in t)} never share a person; their "
            "interaction is set to minus infinity, which strongly constrains the estimate."
        )
    if f.dark > 10 * table.observed:
        out.append(
            "The estimated number of persons on no list is more than ten times the observed "
            "number; treat the estimate with great caution."
        )
    if method == "stepwise":
        ests = []
        for th in THRESHOLDS:
            try:
                ests.append(select(table, "stepwise", th, max_order).estimate)
            except (FitError, ValueError):
                continue
        if ests and max(ests) > 1.25 * min(ests):
            out.append(
                f"The estimate is unstable across p-value thresholds {', '.join(map(str, THRESHOLDS))}: "
                f"from {min(ests):,.0f} to {max(ests):,.0f}."
            )
    return out


def mse(
    table: CaptureTable,
    method: str = "stepwise",
    threshold: float = 0.02,
    max_order: int = 2,
    bootstrap: int = 0,
    seed: int | None = None,
    level: float = 0.95,
    workers: int | None = None,
) -> Result:
    """Estimate the total population (observed + persons on no list) with its interval."""
    if table.k < 2:
        raise TableError("multiple systems estimation needs at least two lists")
    f = select(table, method, threshold, max_order)
    if not np.isfinite(f.estimate):
        raise FitError("the fitted model gives no finite estimate")
    if bootstrap > 0:
        interval = bca(
            table,
            f.estimate,
            method,
            threshold,
            max_order,
            n=bootstrap,
            seed=seed,
            level=level,
            workers=workers,
        ).interval
    else:
        interval = normal(f, level)
    params = {"threshold": threshold, "max_order": max_order, "bootstrap": bootstrap, "seed": seed}
    return Result(table, method, f, interval, _warnings(table, f, method, max_order), params)
