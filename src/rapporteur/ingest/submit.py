"""ingest.submit: archive the raw file, validate every row, store accepted rows and rejects."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, update

from rapporteur import faults
from rapporteur.errors import BadInput, UnknownId
from rapporteur.ingest import archive, mapping, readers, validate, write
from rapporteur.ingest.models import IngestWarning, Reject, Submission
from rapporteur.store import identity, ids, records, recover, schema
from rapporteur.store.bulk import insert_rows
from rapporteur.workspace import Workspace

log = logging.getLogger("rapporteur.ingest")
_FAULT = "RAPPORTEUR_FAULT_KILL_BEFORE_COMMIT"  # crash tests only


class IngestError(BadInput):
    """The submission could not be ingested; nothing from it was stored (but the raw file)."""

    def __init__(self, message: str, result: SubmissionResult | None = None) -> None:
        super().__init__(message)
        self.result = result


@dataclass
class SubmissionResult:
    submission_id: int
    actor: str
    year: int
    sha256: str
    rows: int
    accepted: int
    rejected: int
    status: str
    duplicate_of: int | None
    total_rows_skipped: int = 0
    message: str = ""
    warnings: int = 0


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def actor_mapping(ws: Workspace, actor: str) -> mapping.Mapping:
    path = ws.mapping_file(actor)
    with ws.engine.connect() as conn:
        known = conn.execute(select(schema.actor.c.id).where(schema.actor.c.id == actor)).first()
    if known is None or not path.exists():
        raise UnknownId(
            f"unknown actor {actor!r}; register it first with 'rapporteur actor add MAPPING.yaml'"
        )
    return mapping.load(path)


def submit(
    ws: Workspace,
    path: Path,
    actor: str,
    year: int,
    strict: bool = False,
    progress: Callable[[str], None] | None = None,
) -> SubmissionResult:
    """Ingest one actor's file for one reference year. Raises IngestError on a file-level problem
    (the raw file is then archived with status ``failed``)."""
    step = progress or (lambda _s: None)
    if not 1990 <= year <= dt.date.today().year:
        raise IngestError(f"year {year} is not a plausible reference year")
    m = actor_mapping(ws, actor)
    if not path.is_file():
        raise IngestError(f"{path}: no such file")
    size = path.stat().st_size
    if size > ws.settings.ingest.max_file_mb * 1_000_000:
        raise IngestError(
            f"{path.name}: the file is {size / 1e6:.0f} MB, above the workspace limit of "
            f"{ws.settings.ingest.max_file_mb} MB (setting ingest.max_file_mb); split it or raise "
            "the limit (nothing was archived)"
        )
    with ws.lock():
        _mark_interrupted(ws)
        step("archive")
        sha, _archived, size = archive.store(path, ws.archive_dir, ws.identity_key())
        faults.point("ingest.archived")
        with ws.engine.begin() as conn:
            sub_id = _next_submission_id(conn)
            base = dict(
                id=sub_id,
                actor_id=actor,
                year=year,
                sha256=sha,
                filename=path.name,
                size_bytes=size,
                mapping_sha256=m.sha256,
                received_at=_now(),
            )
            dup = _duplicate(conn, actor, year, sha)
            if dup is not None:
                return _record_duplicate(conn, base, dup)
            conn.execute(schema.submission.insert().values(**base, status="processing"))
        log.info("submission %s: actor=%s year=%s sha256=%s bytes=%s", sub_id, actor, year, sha, size)
        result = SubmissionResult(sub_id, actor, year, sha, 0, 0, 0, "processing", None)
        try:
            step("read")
            limits = readers.Limits(
                ws.settings.ingest.xlsx_max_uncompressed_mb, ws.settings.ingest.xlsx_max_rows
            )
            table = readers.read(path.read_bytes(), m, limits)
            step("validate")
            h = validate.harmonise(table, m, year, ws.settings.ingest.out_of_year)
        except readers.FileProblem as e:
            msg = f"{path.name}: {e}"
            _finish(ws, sub_id, status="failed", error=f"{e.rule}: {msg}")
            log.warning("submission %s failed: %s", sub_id, e.rule)
            result.status = "failed"
            result.message = msg
            raise IngestError(msg, result) from None
        step("store")
        return _store(ws, result, table, h, m, strict)


def _store(
    ws: Workspace,
    result: SubmissionResult,
    table: readers.RawTable,
    h: validate.Harmonised,
    m: mapping.Mapping,
    strict: bool,
) -> SubmissionResult:
    bad = h.bad_mask()
    n_bad = int(bad.sum()) + len(table.malformed)
    result.rows = len(table) + len(table.malformed)
    result.total_rows_skipped = table.total_rows
    rejects = [
        (result.submission_id, int(table.rows[p.index]), p.column, p.value, p.rule, p.message)
        for p in sorted(h.problems, key=lambda p: p.index)
    ]
    rejects += [(result.submission_id, row, "*", "", "column_count", msg) for row, msg in table.malformed]
    rejects.sort(key=lambda r: r[1])
    warnings = [
        (result.submission_id, int(table.rows[w.index]), w.column, w.rule, w.message)
        for w in sorted(h.warnings, key=lambda w: w.index)
    ]
    result.warnings = len(warnings)
    refuse = strict and n_bad > 0
    sid = result.submission_id
    records_path = None
    accepted = 0
    if not refuse:
        good = ~bad
        accepted = int(good.sum())
        if m.records == "victim":
            tables, ident = write.victims(sid, m.actor, result.year, table.rows, h, good)
            blob = identity.encrypt(ws.identity_key(), sid, ident) if ident is not None else None
        else:
            tables, blob = write.justice(sid, m.actor, result.year, table.rows, h, good), None
        records_path = records.write_batch(ws, sid, tables, blob)
    if os.environ.get(_FAULT):  # fault injection for the crash test: die before the commit
        os.kill(os.getpid(), signal.SIGKILL)
    faults.point("ingest.before_commit")
    with ws.engine.begin() as conn:
        insert_rows(
            conn, schema.reject, ["submission_id", "row", "column", "value", "rule", "message"], rejects
        )
        insert_rows(
            conn, schema.ingest_warning, ["submission_id", "row", "column", "rule", "message"], warnings
        )
        if not refuse:
            conn.execute(
                update(schema.submission)
                .where(
                    schema.submission.c.actor_id == m.actor,
                    schema.submission.c.year == result.year,
                    schema.submission.c.status == "accepted",
                )
                .values(status="superseded", superseded_by=sid)
            )
        result.status = "rejected" if refuse else "accepted"
        result.accepted, result.rejected = accepted, n_bad
        conn.execute(
            update(schema.submission)
            .where(schema.submission.c.id == sid)
            .values(
                status=result.status,
                rows_read=result.rows,
                accepted=accepted,
                rejected=n_bad,
                records_path=records_path,
                total_rows_skipped=result.total_rows_skipped,
                error="strict: rows failed validation" if refuse else None,
            )
        )
    log.info(
        "submission %s %s: rows=%s accepted=%s rejected=%s",
        result.submission_id,
        result.status,
        result.rows,
        accepted,
        n_bad,
    )
    return result


def _duplicate(conn: Connection, actor: str, year: int, sha: str) -> dict[str, Any] | None:
    s = schema.submission.c
    row = (
        conn.execute(
            select(schema.submission)
            .where(
                s.actor_id == actor, s.year == year, s.sha256 == sha, s.status.in_(["accepted", "superseded"])
            )
            .order_by(s.id.desc())
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def _record_duplicate(conn: Connection, base: dict[str, Any], original: dict[str, Any]) -> SubmissionResult:
    s = schema.submission
    if original["status"] == "superseded":  # an earlier version sent again: it becomes current
        conn.execute(
            update(s)
            .where(s.c.actor_id == base["actor_id"], s.c.year == base["year"], s.c.status == "accepted")
            .values(status="superseded", superseded_by=original["id"])
        )
        conn.execute(update(s).where(s.c.id == original["id"]).values(status="accepted", superseded_by=None))
    conn.execute(
        s.insert().values(
            **base,
            status="duplicate",
            duplicate_of=original["id"],
            rows_read=original["rows_read"],
            accepted=0,
            rejected=0,
        )
    )
    log.info("submission %s duplicate of %s", base["id"], original["id"])
    return SubmissionResult(
        int(base["id"]),
        str(base["actor_id"]),
        int(base["year"]),
        str(base["sha256"]),
        int(original["rows_read"] or 0),
        0,
        0,
        "duplicate",
        int(original["id"]),
    )


def _next_submission_id(conn: Connection) -> int:
    return ids.next_id(conn, "submission")


def _finish(ws: Workspace, sub_id: int, **values: object) -> None:
    with ws.engine.begin() as conn:
        conn.execute(update(schema.submission).where(schema.submission.c.id == sub_id).values(**values))


def _mark_interrupted(ws: Workspace) -> None:
    """Under the lock, a submission still 'processing' was cut short by a crash."""
    recover.on_open(ws)


def submissions(ws: Workspace, ids: list[int] | None = None) -> list[Submission]:
    """Submissions in id order (only ``ids`` when given), with their status and counts."""
    s = schema.submission.c
    query = select(
        s.id.label("submission_id"),
        s.actor_id.label("actor"),
        s.year,
        s.filename,
        s.sha256,
        s.received_at,
        s.status,
        s.rows_read.label("rows"),
        s.accepted,
        s.rejected,
        s.total_rows_skipped,
        s.duplicate_of,
        s.superseded_by,
        s.error,
    )
    w = schema.ingest_warning.c
    n_warn = (
        select(func.count()).select_from(schema.ingest_warning).where(w.submission_id == s.id)
    ).scalar_subquery()
    query = query.add_columns(n_warn.label("warnings"))
    if ids is not None:
        query = query.where(s.id.in_(ids))
    with ws.engine.connect() as conn:
        return [Submission.model_validate(dict(r)) for r in conn.execute(query.order_by(s.id)).mappings()]


def warnings(ws: Workspace, submission_id: int) -> list[IngestWarning]:
    """The rows of a submission kept but flagged, in row order."""
    submission(ws, submission_id)
    w = schema.ingest_warning.c
    with ws.engine.connect() as conn:
        rows = conn.execute(
            select(w.row, w.column, w.rule, w.message)
            .where(w.submission_id == submission_id)
            .order_by(w.row, w.id)
        ).mappings()
        return [IngestWarning.model_validate(dict(x)) for x in rows]


def submission(ws: Workspace, submission_id: int) -> Submission:
    """One submission; ``UnknownId`` if there is none with this id."""
    found = submissions(ws, [submission_id])
    if not found:
        raise UnknownId(f"no submission {submission_id}; list them with 'rapporteur submissions'")
    return found[0]


def rejects(ws: Workspace, submission_id: int) -> list[Reject]:
    """The rejected cells of a submission, in row order."""
    submission(ws, submission_id)
    r = schema.reject.c
    with ws.engine.connect() as conn:
        rows = conn.execute(
            select(r.row, r.column, r.value, r.rule, r.message)
            .where(r.submission_id == submission_id)
            .order_by(r.row, r.id)
        ).mappings()
        return [Reject.model_validate(dict(x)) for x in rows]
