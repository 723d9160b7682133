"""Indicator tables with disclosure control: ``stats.published(ws, year)`` is what is published."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rapporteur.ingest import submissions
from rapporteur.ingest.actors import listing
from rapporteur.languages import check
from rapporteur.stats import sdc
from rapporteur.stats.context import Context
from rapporteur.stats.indicators import all_tables
from rapporteur.stats.models import PublishedCell, PublishedTable
from rapporteur.stats.table import TOTAL, Cell, StatTable
from rapporteur.stats.units import Conflicts
from rapporteur.store import records
from rapporteur.workspace import Workspace

if TYPE_CHECKING:
    from rapporteur.link.run import LinkRun

__all__ = [
    "TOTAL",
    "Cell",
    "Conflicts",
    "PublishedCell",
    "PublishedTable",
    "StatTable",
    "published",
    "published_tables",
    "raw",
    "unit",
]


def raw(ws: Workspace, year: int, run: LinkRun | None = None) -> list[StatTable]:
    """The tables before disclosure control (never published as such)."""
    con = records.connect(ws)
    try:
        ctx = Context(
            con,
            year,
            ws.settings.workspace.country,
            ws.settings.ingest.citizenship_composition,
            listing(ws),
            ws.settings.disclosure.threshold,
        )
        run = run or linkage(ws, year)
        if run is not None:
            ctx.use_linkage(run.clusters, {y: r.clusters for y, r in earlier_linkages(ws, year, con).items()})
        return all_tables(ctx)
    finally:
        con.close()


def earlier_linkages(ws: Workspace, year: int, con: Any) -> dict[int, LinkRun]:
    """The current linkages of the years before ``year`` that have victim records (for the trend)."""
    years = [
        int(y)
        for (y,) in con.execute(
            "select distinct year from victim_record where year < ? order by 1", [year]
        ).fetchall()
    ]
    out = {}
    for y in years:
        r = linkage(ws, y)
        if r is not None:
            out[y] = r
    return out


def conflicts(ws: Workspace, year: int) -> Conflicts:
    """The year's counted units and how many linked persons have records that disagree, by
    attribute (docs/methodology/persons.md): for the methodology annex."""
    con = records.connect(ws)
    try:
        ctx = Context(
            con, year, ws.settings.workspace.country, ws.settings.ingest.citizenship_composition, listing(ws)
        )
        run = linkage(ws, year)
        if run is not None:
            ctx.use_linkage(run.clusters)
        return ctx.conflicts()
    finally:
        con.close()


def unit(ws: Workspace, year: int) -> str:
    """What the year's victim tables and returns count: 'persons' or 'registrations'."""
    return "persons" if linkage(ws, year) is not None else "registrations"


def linkage(ws: Workspace, year: int) -> LinkRun | None:
    """The latest linkage of the year if its inputs are the current submissions, else None."""
    from rapporteur.link.run import latest

    return latest(ws, year)


def policy(ws: Workspace) -> sdc.Policy:
    d = ws.settings.disclosure
    return sdc.Policy(method=d.method, threshold=d.threshold, rounding_base=d.rounding_base)


_CACHE: dict[tuple[object, ...], list[StatTable]] = {}


def published(ws: Workspace, year: int) -> list[StatTable]:
    """The tables as published: after the workspace's disclosure-control policy.

    Protection is computed once per state of the workspace (its current submissions and
    policy): the report, `stats` and every return then publish the very same cells."""
    state = tuple((s.submission_id, s.status) for s in submissions(ws))
    run = linkage(ws, year)
    key = (
        str(ws.path),
        year,
        state,
        ws.settings.workspace.country,
        ws.settings.ingest.citizenship_composition,
        policy(ws),
        run.run_id if run else None,
        _earlier_ids(ws, year) if run else (),
    )
    if key not in _CACHE:
        _CACHE[key] = sdc.protect(raw(ws, year, run), policy(ws))
    return [t.copy() for t in _CACHE[key]]


def _earlier_ids(ws: Workspace, year: int) -> tuple[tuple[int, int], ...]:
    con = records.connect(ws)
    try:
        return tuple((y, r.run_id) for y, r in earlier_linkages(ws, year, con).items())
    finally:
        con.close()


def published_tables(ws: Workspace, year: int, lang: str) -> list[PublishedTable]:
    """The published tables in one language, as `rapporteur stats --format json` prints them."""
    check(lang)
    return [PublishedTable.of(t, lang) for t in published(ws, year)]
