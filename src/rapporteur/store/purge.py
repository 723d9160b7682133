"""Identifiers purged once linkage no longer needs them (decision 0022).

``purge(ws, before)`` removes the encrypted identity file (names, birth date, document number) of
every submission of a reference year before ``before`` and the raw archived file of those
submissions (unless a submission of a kept year has the same bytes). The harmonised records
(sex, age, citizenship, forms, dates of identification) stay, so the statistics and estimates of
those years are unchanged; only a new linkage of those years becomes impossible.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from rapporteur.store import keys, schema

if TYPE_CHECKING:
    from rapporteur.workspace import Workspace

log = logging.getLogger("rapporteur.purge")


@dataclass
class Purged:
    submissions: int
    identity_files: int
    archive_files: int


def purge(ws: Workspace, before: int) -> Purged:
    from rapporteur.ingest import archive

    s = schema.submission.c
    with ws.engine.connect() as conn:
        rows = conn.execute(select(s.id, s.year, s.sha256)).all()
    old = [(int(i), sha) for i, y, sha in rows if y < before]
    kept_shas = {sha for _i, y, sha in rows if y >= before}
    n_ident = n_arch = 0
    for sid, sha in old:
        f = ws.records_dir / str(sid) / keys.IDENTITY_FILE
        if f.exists():
            f.unlink()
            n_ident += 1
        if sha not in kept_shas and archive.remove(ws.archive_dir, sha):
            n_arch += 1
    log.info("identifiers purged before %s: %s identity files, %s archive files", before, n_ident, n_arch)
    return Purged(len(old), n_ident, n_arch)
