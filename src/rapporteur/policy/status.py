"""What the policy stage tells about its recommendations: the latest status of each, and what
chapters 2 and 5 of the report show (the report only renders these)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from rapporteur.policy.register import (
    AREAS,
    STATUSES,
    BadFollowUp,
    FollowUp,
    Lang,
    Measure,
    Recommendation,
    Status,
    load_measures,
    load_recommendations,
)
from rapporteur.workspace import Workspace


class RecommendationStatus(BaseModel):
    """A recommendation with its latest follow-up status (None: not followed up yet)."""

    model_config = ConfigDict(frozen=True)

    recommendation_id: str
    year: int
    status: Status | None
    addressee: str
    theme: str
    text: dict[Lang, str]
    reasoning: dict[Lang, str] = {}
    follow_up: list[FollowUp]

    def text_in(self, lang: str) -> str:
        """The text in ``lang``, else in the first language it has ("" when it has none)."""
        return self.text.get(lang) or next(iter(self.text.values()), "")  # type: ignore[call-overload]


def recommendation_statuses(
    ws: Workspace, year: int | None = None, status: str | None = None
) -> list[RecommendationStatus]:
    """The recommendations (by year issued, then id) with their latest status; only those issued
    in ``year`` and only those whose latest status is ``status`` when given."""
    if status is not None and status not in STATUSES:
        raise BadFollowUp(f"status {status!r}: use one of {', '.join(STATUSES)}")
    out = []
    for r in load_recommendations(ws):
        latest = r.followup[-1].status if r.followup else None
        if (year is None or r.year == year) and (status is None or latest == status):
            out.append(
                RecommendationStatus(
                    recommendation_id=r.id,
                    year=r.year,
                    status=latest,
                    addressee=r.addressee,
                    theme=r.theme,
                    text=r.text,
                    reasoning=r.reasoning,
                    follow_up=r.followup,
                )
            )
    return out


class IndicatorSeries(BaseModel):
    """An indicator's own values over the years of a measure, up to the report's year."""

    label: dict[Lang, str]
    points: list[tuple[int, int]]


class PolicyChapter(BaseModel):
    """Chapters 2 and 5 of the report for ``year``."""

    year: int
    by_area: list[tuple[str, list[Measure]]]  # areas with a measure active in the year, in order
    series: dict[str, list[IndicatorSeries]]  # measure id -> indicators with 3 or more values
    issued: list[Recommendation]  # issued in the year, with their reasoning and addressee
    open: list[Recommendation]  # still open in the year, or followed up in it
    any: bool  # the register has a measure of the year or a recommendation


MIN_POINTS = 3  # an indicator series is drawn from this many years on


def chapter(ws: Workspace, year: int) -> PolicyChapter:
    """The year's measures by area, their indicator series, the year's recommendations and the
    earlier ones still followed up."""
    measures = [m for m in load_measures(ws) if year in m.years]
    series: dict[str, list[IndicatorSeries]] = {}
    for m in measures:
        points: dict[tuple[tuple[str, str], ...], list[tuple[int, int]]] = {}
        labels: dict[tuple[tuple[str, str], ...], dict[Lang, str]] = {}
        for y in sorted(m.years):
            if y > year:
                continue
            for ind in m.years[y].indicators:
                if ind.value is not None:
                    key = tuple(sorted(ind.label.items()))
                    labels.setdefault(key, ind.label)
                    points.setdefault(key, []).append((y, ind.value))
        series[m.id] = [
            IndicatorSeries(label=labels[k], points=p) for k, p in points.items() if len(p) >= MIN_POINTS
        ]
    recs = load_recommendations(ws)
    by_area = [(a, [m for m in measures if m.area == a]) for a in AREAS]
    return PolicyChapter(
        year=year,
        by_area=[(a, ms) for a, ms in by_area if ms],
        series=series,
        issued=[r for r in recs if r.year == year],
        open=[r for r in recs if r.open_in(year) or any(f.year == year for f in r.followup)],
        any=bool(measures) or bool(recs),
    )
