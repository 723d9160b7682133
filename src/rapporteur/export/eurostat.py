"""Eurostat THB data collection as SDMX-CSV: one row per observation."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from rapporteur.export.core import UNIT_NOTE, codes, not_available, tables, unit, write_manifest
from rapporteur.safe import safe_cell
from rapporteur.stats.table import TOTAL, Cell, StatTable
from rapporteur.workspace import Workspace

COLUMNS = [
    "DATAFLOW",
    "FREQ",
    "geo",
    "leg_stat",
    "sex",
    "age",
    "citizen",
    "expl",
    "unit",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_FLAG",
    "COMMENT_OBS",
]


def observations(
    t: dict[str, StatTable], country: str, year: int, unit: str = "registrations"
) -> list[dict[str, Any]]:
    """The observations; the victims' carry in COMMENT_OBS what they count (``unit``)."""
    c = codes("eurostat")
    df = c["dataflow"]
    flow = f"{df['agency']}:{df['id']}({df['version']})"
    rows: list[dict[str, Any]] = []

    def obs(
        leg: str, cell: Cell, sex: str = "total", age: str = "total", cit: str = "total", expl: str = "total"
    ) -> None:
        value = "" if cell.state in ("na", "suppressed") else cell.value
        rows.append(
            {
                "DATAFLOW": flow,
                "FREQ": c["freq"],
                "geo": country,
                "leg_stat": leg,
                "sex": c["sex"][sex],
                "age": c["age"][age],
                "citizen": c["citizen"][cit],
                "expl": c["expl"][expl],
                "unit": c["unit"]["code"],
                "TIME_PERIOD": year,
                "OBS_VALUE": value,
                "OBS_FLAG": c["flags"][cell.state],
                "COMMENT_OBS": UNIT_NOTE[unit]["en"] if leg == "VICT" else "",
            }
        )

    sa = t["victims_sex_age"]
    obs("VICT", sa.cell(TOTAL, TOTAL))
    for r in sa.rows:
        if r != TOTAL:
            obs("VICT", sa.cell(r, TOTAL), sex=r)
    for col in sa.columns:
        if col != TOTAL:
            obs("VICT", sa.cell(TOTAL, col), age=col)
    cg = t["victims_citizenship_group"]
    for r in cg.rows:
        if r != TOTAL:
            obs("VICT", cg.cell(r, TOTAL), cit=r)
    fe = t["victims_form_eurostat"]
    for r in fe.rows:
        if r != TOTAL:
            obs("VICT", fe.cell(r, TOTAL), expl=r)
    js = t["justice_by_sex"]
    for stage in js.rows:
        leg = c["stage"].get(stage)
        if not leg:
            continue
        obs(leg, js.cell(stage, TOTAL))
        for col in js.columns:
            if col != TOTAL:
                obs(leg, js.cell(stage, col), sex=col)
    return rows


def export(ws: Workspace, year: int, out: Path) -> tuple[Path, list[str]]:
    t = tables(ws, year)
    u = unit(ws, year)
    rows = observations(t, ws.settings.workspace.country, year, u)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows({k: safe_cell(v) for k, v in r.items()} for r in rows)
    tmp.replace(out)
    used = [
        t[i]
        for i in ("victims_sex_age", "victims_citizenship_group", "victims_form_eurostat", "justice_by_sex")
    ]
    warnings = not_available(t, [u.id for u in used])
    write_manifest(ws, out, "eurostat", year, used, {"layout": "SDMX-CSV"}, warnings, unit=u)
    return out, warnings
