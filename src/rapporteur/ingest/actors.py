"""Register actors from their mapping files; adding an actor needs no code."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rapporteur.ingest.mapping import Mapping, load
from rapporteur.ingest.models import Actor
from rapporteur.store import schema
from rapporteur.workspace import Workspace


def add(ws: Workspace, mapping_path: Path) -> Mapping:
    """Validate a mapping, copy it into the workspace and register (or update) its actor."""
    m = load(mapping_path)
    dest = ws.mapping_file(m.actor)
    if mapping_path.resolve() != dest.resolve():
        shutil.copyfile(mapping_path, dest)
    row = dict(
        id=m.actor,
        kind=m.kind,
        counting_unit=m.counting_unit,
        record_type=m.records,
        label_en=m.label["en"],
        label_fr=m.label["fr"],
        label_nl=m.label["nl"],
        mapping_sha256=m.sha256,
        registered_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    with ws.engine.begin() as conn:
        existing = conn.execute(select(schema.actor.c.id).where(schema.actor.c.id == m.actor)).first()
        if existing:
            conn.execute(schema.actor.update().where(schema.actor.c.id == m.actor).values(**row))
        else:
            conn.execute(schema.actor.insert().values(**row))
    return m


def listing(ws: Workspace) -> list[dict[str, Any]]:
    a = schema.actor.c
    with ws.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(
                    a.id,
                    a.kind,
                    a.counting_unit,
                    a.record_type,
                    a.label_en,
                    a.label_fr,
                    a.label_nl,
                    a.mapping_sha256,
                ).order_by(a.id)
            ).mappings()
        ]


def registered(ws: Workspace) -> list[Actor]:
    """The registered actors as public models (``actor list --json``, the portal)."""
    return [Actor.model_validate({"actor": r.pop("id"), **r}) for r in listing(ws)]
