"""Faults survived: what a crash left behind is cleared at the next open of the workspace.

A submission still ``processing`` was cut short (its process was killed): it is marked
``interrupted`` at once, and the partial record batches, linkage folders and temporary archive
files of the crashed process are removed. Nothing of them was ever visible: every stage commits
its database rows last (decision 0022).
"""

from __future__ import annotations

import logging
import shutil
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from rapporteur.store import schema

if TYPE_CHECKING:
    from rapporteur.workspace import Workspace

log = logging.getLogger("rapporteur.recover")
INTERRUPTED = "ingestion was interrupted; nothing from it was stored. Send the file again."


def on_open(ws: Workspace) -> list[int]:
    """Mark interrupted submissions and remove temporary files; returns the interrupted ids."""
    s = schema.submission.c
    with ws.engine.begin() as conn:
        stale = [int(i) for i in conn.execute(select(s.id).where(s.status == "processing")).scalars()]
        if stale:
            conn.execute(
                update(schema.submission)
                .where(s.id.in_(stale))
                .values(status="interrupted", error=INTERRUPTED)
            )
        runs = {int(i) for i in conn.execute(select(schema.run.c.id)).scalars()}
    for sid in stale:
        for d in (ws.records_dir / str(sid), ws.records_dir / f".tmp-{sid}"):
            shutil.rmtree(d, ignore_errors=True)
    removed = _temp_files(ws, runs)
    if stale:
        log.warning("submissions %s were interrupted by a crash; marked interrupted", stale)
    if removed:
        log.info("removed %s temporary files or folders left by a crash", removed)
    return stale


def _temp_files(ws: Workspace, runs: set[int]) -> int:
    n = 0
    if ws.records_dir.exists():
        for d in ws.records_dir.glob(".tmp-*"):
            shutil.rmtree(d, ignore_errors=True)
            n += 1
    if ws.archive_dir.exists():
        for f in ws.archive_dir.glob("**/.incoming-*"):
            f.unlink(missing_ok=True)
            n += 1
    if ws.links_dir.exists():
        for d in ws.links_dir.iterdir():
            orphan = d.name.isdigit() and int(d.name) not in runs
            if d.name.startswith((".partial-", ".")) or orphan:
                shutil.rmtree(d, ignore_errors=True) if d.is_dir() else d.unlink(missing_ok=True)
                n += 1
    for f in ws.path.glob("**/.*.partial"):
        if f.is_file() and f.parent != ws.key_path.parent:
            f.unlink(missing_ok=True)
            n += 1
    return n
