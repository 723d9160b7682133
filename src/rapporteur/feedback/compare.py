"""What a submission's accepted rows hold, and how they compare with the actor's previous one."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapporteur.ingest import Submission, submissions
from rapporteur.store import records
from rapporteur.workspace import Workspace

DROP = 0.5  # a category falling below half of its previous count is reported
MIN_BEFORE = 10  # ... when it counted at least this many before (smaller ones move by chance)

# stored fields of each record type read for the fill rates (identifiers are encrypted: left out)
_VICTIM_COLUMNS = ("local_id", "sex", "age", "status", "sector", "identified_on", "exploited_from", "count")
_JUSTICE_COLUMNS = ("local_id", "stage", "sex", "age_group", "citizenship", "exploitation", "count")
# categories whose counts are compared, by record type
CATEGORIES = {"victim": ("sex", "status", "exploitation", "citizenship"), "justice": ("stage", "sex")}
_WEIGHT = "(case when r.state is null then 1 else coalesce(r.count, 0) end)"


def previous(ws: Workspace, sub: Submission) -> Submission | None:
    """The actor's latest accepted submission of an earlier year (else of the same year, before)."""
    earlier = [
        s
        for s in submissions(ws)
        if s.actor == sub.actor
        and s.submission_id != sub.submission_id
        and s.status in ("accepted", "superseded")
        and (s.year < sub.year or (s.year == sub.year and s.submission_id < sub.submission_id))
    ]
    if not earlier:
        return None
    return max(earlier, key=lambda s: (s.year, s.status == "accepted", s.submission_id))


def filled(con: Any, record_type: str, sid: int) -> dict[str, int]:
    """Field -> rows of the submission that fill it."""
    tbl = "victim_record" if record_type == "victim" else "justice_record"
    cols = _VICTIM_COLUMNS if record_type == "victim" else _JUSTICE_COLUMNS
    counts = con.execute(
        f"select {', '.join(f'count({c})' for c in cols)} from {tbl} where submission_id = ?", [sid]
    ).fetchone()
    out = dict(zip(cols, (int(n) for n in counts), strict=True))
    if record_type == "victim":
        for field, t in (("citizenship", "victim_citizenship"), ("exploitation", "victim_exploitation")):
            (out[field],) = con.execute(
                f"select count(distinct x.record_id) from {t} x join victim_record r using (record_id) "
                "where r.submission_id = ?",
                [sid],
            ).fetchone()
        for name, n in con.execute(
            "select m.milestone, count(distinct m.record_id) from victim_milestone m "
            "join victim_record r using (record_id) where r.submission_id = ? group by 1",
            [sid],
        ).fetchall():
            out[f"milestone.{name}"] = int(n)
    return out


def category_counts(con: Any, record_type: str, sid: int) -> dict[tuple[str, str], int]:
    """(dimension, code) -> count in the submission's accepted rows; ('all', '') is the total.
    A record counts 1, an aggregate or justice row its count."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    tbl = "victim_record" if record_type == "victim" else "justice_record"
    weight = _WEIGHT if record_type == "victim" else "coalesce(r.count, 0)"
    (total,) = con.execute(f"select sum({weight}) from {tbl} r where r.submission_id = ?", [sid]).fetchone()
    out[("all", "")] = int(total or 0)
    for dim in CATEGORIES[record_type]:
        if record_type == "victim" and dim in ("exploitation", "citizenship"):
            t, v = (
                ("victim_exploitation", "form") if dim == "exploitation" else ("victim_citizenship", "code")
            )
            sql = (
                f"select x.{v}, sum({weight}) from {t} x join victim_record r using (record_id) "
                "where r.submission_id = ? group by 1"
            )
        else:
            sql = (
                f"select r.{dim}, sum({weight}) from {tbl} r "
                f"where r.submission_id = ? and r.{dim} is not null group by 1"
            )
        for code, n in con.execute(sql, [sid]).fetchall():
            out[(dim, str(code))] += int(n or 0)
    return dict(out)


def drops(
    now: dict[tuple[str, str], int], before: dict[tuple[str, str], int]
) -> list[tuple[str, str, int, int]]:
    """(dimension, code, before, now) of the categories that fell by more than half."""
    return [
        (dim, code, n_before, now.get((dim, code), 0))
        for (dim, code), n_before in sorted(before.items())
        if n_before >= MIN_BEFORE and now.get((dim, code), 0) < n_before * DROP
    ]


def connect(ws: Workspace) -> Any:
    """Every stored batch, also of superseded submissions (the previous one may be superseded)."""
    return records.connect(ws, include_superseded=True)
