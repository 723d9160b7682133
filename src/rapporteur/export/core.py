"""What every return shares: the published tables (the report's, after disclosure control, not a
second computation), the target code lists, manifests and warnings."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from rapporteur import __version__, stats
from rapporteur.stats.table import Cell, StatTable, shown
from rapporteur.store import schema
from rapporteur.workspace import Workspace


@cache
def codes(name: str) -> dict[str, Any]:
    text = resources.files("rapporteur.export").joinpath(f"codelists/{name}.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def tables(ws: Workspace, year: int) -> dict[str, StatTable]:
    return {t.id: t for t in stats.published(ws, year)}


def text(c: Cell, threshold: int) -> str:
    """A published value as text in a return ('' when not available)."""
    return shown(c, threshold)


def not_available(tables_: dict[str, StatTable], ids: list[str]) -> list[str]:
    """Warnings for dimensions the actors never supplied (all cells of a row not available)."""
    out = []
    for tid in ids:
        t = tables_[tid]
        for r in t.rows:
            if all(t.cells[(r, c)].state == "na" for c in t.columns):
                out.append(f"{tid}: '{r}' was not supplied by any actor; reported as not available")
    return out


def write_manifest(
    ws: Workspace,
    path: Path,
    kind: str,
    year: int | None,
    used: list[StatTable] | None,
    parameters: dict[str, Any],
    warnings: list[str],
    submissions: list[int] | None = None,
) -> Path:
    ids = sorted(set(submissions or []) | {s for t in (used or []) for s in t.submissions})
    s = schema.submission.c
    with ws.engine.connect() as conn:
        rows = (
            conn.execute(select(s.id, s.actor_id, s.year, s.sha256).where(s.id.in_(ids)).order_by(s.id))
            .mappings()
            .all()
        )
    manifest = {
        "return": kind,
        "year": year,
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "code_version": __version__,
        "inputs": [
            {"submission": r["id"], "actor": r["actor_id"], "year": r["year"], "sha256": r["sha256"]}
            for r in rows
        ],
        "tables": [t.id for t in used or []],
        "parameters": {**parameters, "disclosure": ws.settings.disclosure.model_dump()},
        "warnings": warnings,
    }
    out = path.with_name(path.name + ".manifest.json")
    out.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return out
