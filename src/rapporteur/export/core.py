"""What every return shares: the published tables (the report's, after disclosure control, not a
second computation), the target code lists, manifests and warnings."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict

from rapporteur import __version__, stats
from rapporteur.ingest import submissions as stored_submissions
from rapporteur.languages import translations
from rapporteur.stats.table import Cell, StatTable, shown
from rapporteur.workspace import Workspace


class ExportInput(BaseModel):
    submission_id: int
    actor: str
    year: int
    sha256: str


class ExportManifest(BaseModel):
    """What a return was made from, written beside it as FILE.manifest.json."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    year: int | None
    path: str
    sha256: str
    code_version: str
    inputs: list[ExportInput]
    tables: list[str]
    parameters: dict[str, Any]
    warnings: list[str]
    # what the victim figures count: unique persons (a current linkage) or registrations
    unit: Literal["persons", "registrations"] | None = None


@cache
def codes(name: str) -> dict[str, Any]:
    text = resources.files("rapporteur.export").joinpath(f"codelists/{name}.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


UNIT_NOTE = {
    "persons": translations(
        "unique persons: the records are linked across actors and each person is counted once"
    ),
    "registrations": translations(
        "registrations: the records are not linked, so a person registered by several actors is "
        "counted once per actor and may be double counted"
    ),
}


def unit(ws: Workspace, year: int) -> Literal["persons", "registrations"]:
    """What a return's victim figures count (as the report's victim tables)."""
    return "persons" if stats.unit(ws, year) == "persons" else "registrations"


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
    unit: Literal["persons", "registrations"] | None = None,
) -> Path:
    ids = sorted(set(submissions or []) | {s for t in (used or []) for s in t.submissions})
    manifest = ExportManifest(
        kind=kind,
        year=year,
        path=path.name,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        code_version=__version__,
        inputs=[
            ExportInput(submission_id=s.submission_id, actor=s.actor, year=s.year, sha256=s.sha256)
            for s in stored_submissions(ws, ids)
        ],
        tables=[t.id for t in used or []],
        parameters={**parameters, "disclosure": ws.settings.disclosure.model_dump()},
        warnings=warnings,
        unit=unit,
    )
    out = path.with_name(path.name + ".manifest.json")
    out.write_text(json.dumps(manifest.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n", "utf-8")
    return out
