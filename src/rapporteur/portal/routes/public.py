"""Public pages: home, published statistics (after disclosure control) with CSV, case-law search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from rapporteur import ingest, stats
from rapporteur.caselaw import search
from rapporteur.portal.web import lang_of, portal, render
from rapporteur.stats import render as stats_render
from rapporteur.stats.table import shown

router = APIRouter()


def _years(request: Request) -> list[int]:
    subs = ingest.submissions(portal(request).ws)
    return sorted({s.year for s in subs if s.status == "accepted"}, reverse=True)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    return render(request, "home.html", years=_years(request))


@router.get("/stats/{year}", response_class=HTMLResponse)
def stats_page(request: Request, year: int) -> Response:
    if year not in _years(request):
        raise HTTPException(404, "no published statistics for this year")
    ws = portal(request).ws
    tables = stats.published(ws, year)
    return render(
        request,
        "stats.html",
        year=year,
        tables=tables,
        threshold=ws.settings.disclosure.threshold,
        shown=shown,
        tl=lang_of(request),
    )


@router.get("/stats/{year}.csv")
def stats_csv(request: Request, year: int) -> Response:
    if year not in _years(request):
        raise HTTPException(404, "no published statistics for this year")
    ws = portal(request).ws
    text = stats_render.render(stats.published(ws, year), "csv", lang_of(request), 0)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="statistics-{year}.csv"'},
    )


@router.get("/caselaw", response_class=HTMLResponse)
def caselaw(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    lang: Annotated[str, Query(pattern="^(|fr|nl|en)$")] = "",
) -> Response:
    hits = search(portal(request).ws, q, lang=lang or None, limit=20) if q.strip() else []
    return render(request, "caselaw.html", q=q, search_lang=lang, hits=hits)
