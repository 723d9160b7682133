"""Judgments as stored in the register: load, history of versions, saved suggestions.

Both the register (import) and the search index read judgments through this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from rapporteur.caselaw.model import Judgment
from rapporteur.errors import BadInput
from rapporteur.store import schema
from rapporteur.workspace import Workspace


class CaseLawError(BadInput, ValueError):
    """Judgments that cannot be imported; the message lists every problem with file and line."""


@dataclass
class Stored:
    judgment: Judgment
    text: str
    version: int
    suggestions: dict[str, Any] | None


def load(ws: Workspace, ids: list[str] | None = None, year: int | None = None) -> list[Stored]:
    j = schema.judgment.c
    q = select(j.data, j.text, j.version, j.suggestions).order_by(j.id)
    if ids:
        q = q.where(j.id.in_(ids))
    if year is not None:
        q = q.where(j.year == year)
    with ws.engine.connect() as conn:
        rows = conn.execute(q).all()
    out = [
        Stored(
            Judgment.model_validate_json(r.data),
            r.text,
            r.version,
            json.loads(r.suggestions) if r.suggestions else None,
        )
        for r in rows
    ]
    if ids:
        missing = sorted(set(ids) - {s.judgment.id for s in out})
        if missing:
            raise CaseLawError(f"no judgment with id {', '.join(missing)} in the register.")
    return out


def history(ws: Workspace, jid: str) -> list[dict[str, Any]]:
    v = schema.judgment_version.c
    with ws.engine.connect() as conn:
        rows = conn.execute(
            select(v.version, v.sha256, v.source, v.imported_at)
            .where(v.judgment_id == jid)
            .order_by(v.version)
        ).all()
    return [dict(r._mapping) for r in rows]


def save_suggestions(ws: Workspace, suggestions: dict[str, dict[str, Any]]) -> None:
    j = schema.judgment
    with ws.engine.begin() as conn:
        for jid, s in suggestions.items():
            conn.execute(
                j.update().where(j.c.id == jid).values(suggestions=json.dumps(s, ensure_ascii=False))
            )
