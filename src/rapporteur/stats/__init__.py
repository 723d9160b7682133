"""Indicator tables with disclosure control: ``stats.published(ws, year)`` is what is published."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapporteur.ingest import submissions
from rapporteur.ingest.actors import listing
from rapporteur.languages import check
from rapporteur.stats import sdc
from rapporteur.stats.context import Context
from rapporteur.stats.indicators import all_tables
from rapporteur.stats.models import PublishedCell, PublishedTable
from rapporteur.stats.table import TOTAL, Cell, StatTable
from rapporteur.store import records
from rapporteur.workspace import Workspace

if TYPE_CHECKING:
    from rapporteur.link.run import LinkRun

__all__ = [
    "TOTAL",
    "Cell",
    "PublishedCell",
    "PublishedTable",
    "StatTable",
    "published",
    "published_tables",
    "raw",
]


def raw(ws: Workspace, year: int, run: LinkRun | None = None) -> list[StatTable]:
    """The tables before disclosure control (never published as such)."""
    con = records.connect(ws)
    try:
        ctx = Context(
            con, year, ws.settings.workspace.country, ws.settings.ingest.citizenship_composition, listing(ws)
        )
        run = run or linkage(ws, year)
        if run is not None:
            ctx.use_linkage(run.clusters)
        return all_tables(ctx)
    finally:
        con.close()


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
    )
    if key not in _CACHE:
        _CACHE[key] = sdc.protect(raw(ws, year, run), policy(ws))
    return [t.copy() for t in _CACHE[key]]


def published_tables(ws: Workspace, year: int, lang: str) -> list[PublishedTable]:
    """The published tables in one language, as `rapporteur stats --format json` prints them."""
    check(lang)
    return [PublishedTable.of(t, lang) for t in published(ws, year)]
