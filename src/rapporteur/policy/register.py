"""Policy measures and recommendations with their follow-up, kept as YAML in the workspace
(reviewable in version control) and loaded into the database."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import delete

from rapporteur.store import schema
from rapporteur.workspace import Workspace

Lang = Literal["en", "fr", "nl"]
AREAS = ("prevention", "identification", "protection", "prosecution", "partnership")
STATUSES = ("implemented", "partly_implemented", "not_implemented", "no_longer_relevant")
CLOSED = ("implemented", "no_longer_relevant")
MEASURES_FILE, RECOMMENDATIONS_FILE = "measures.yaml", "recommendations.yaml"


class PolicyError(ValueError):
    pass


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TableRef(_M):
    id: str
    row: str
    column: str


class Indicator(_M):
    label: dict[Lang, str]
    value: int | None = None
    table: TableRef | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Indicator:
        if self.value is None and self.table is None:
            raise ValueError("an indicator needs a value or a table reference")
        return self


class MeasureYear(_M):
    outputs: dict[Lang, str] = Field(default_factory=dict)
    outcomes: dict[Lang, str] = Field(default_factory=dict)
    indicators: list[Indicator] = Field(default_factory=list)
    narrative: dict[Lang, str] = Field(default_factory=dict)


class Measure(_M):
    id: str
    title: dict[Lang, str]
    description: dict[Lang, str] = Field(default_factory=dict)
    body: str
    area: Literal["prevention", "identification", "protection", "prosecution", "partnership"]
    start: dt.date
    end: dt.date | None = None
    years: dict[int, MeasureYear] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _dates(self) -> Measure:
        if self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class FollowUp(_M):
    year: int
    status: Literal["implemented", "partly_implemented", "not_implemented", "no_longer_relevant"]
    evidence: dict[Lang, str] = Field(default_factory=dict)


class Recommendation(_M):
    id: str
    year: int
    text: dict[Lang, str]
    addressee: str
    theme: str
    measures: list[str] = Field(default_factory=list)
    followup: list[FollowUp] = Field(default_factory=list)

    @model_validator(mode="after")
    def _order(self) -> Recommendation:
        years = [f.year for f in self.followup]
        if years != sorted(years) or len(set(years)) != len(years):
            raise ValueError("follow-up years must be increasing, one entry per year")
        if years and years[0] <= self.year:
            raise ValueError(f"a follow-up ({years[0]}) must come after the year issued ({self.year})")
        return self

    def status_in(self, year: int) -> str | None:
        """The latest status recorded up to ``year`` (None: no follow-up yet)."""
        done = [f for f in self.followup if f.year <= year]
        return done[-1].status if done else None

    def open_in(self, year: int) -> bool:
        """Still to follow up in ``year``: issued before, and not closed in an earlier year."""
        if self.year >= year:
            return False
        return self.status_in(year - 1) not in CLOSED


def _dump(items: Sequence[BaseModel]) -> str:
    data = [i.model_dump(mode="json", exclude_defaults=True) for i in items]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit dates: pydantic parses them and names the entry and field."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load(path: Path, model: type[BaseModel]) -> list[Any]:
    text = path.read_text("utf-8")
    try:
        root = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise PolicyError(f"{path}{where}: not valid YAML ({getattr(e, 'problem', e)})") from None
    if not isinstance(data, list):
        raise PolicyError(f"{path}: the file must be a YAML list of entries")
    out, seen = [], set()
    for i, item in enumerate(data):
        line = root.value[i].start_mark.line + 1 if root is not None else 0
        try:
            obj = model.model_validate(item)
        except ValidationError as e:
            err = e.errors()[0]
            loc = ".".join(str(x) for x in err["loc"])
            raise PolicyError(f"{path}, line {line} (entry {i + 1}): {loc}: {err['msg']}") from None
        if obj.id in seen:  # type: ignore[attr-defined]
            raise PolicyError(f"{path}, line {line}: id {obj.id!r} is used twice")  # type: ignore[attr-defined]
        seen.add(obj.id)  # type: ignore[attr-defined]
        out.append(obj)
    return out


def folder(ws: Workspace) -> Path:
    return ws.path / "policy"


def import_path(ws: Workspace, path: Path) -> tuple[int, int]:
    """Validate the register files (a file or a folder holding measures.yaml and/or
    recommendations.yaml), copy them into the workspace and load them; all or nothing."""
    files = (
        [path]
        if path.is_file()
        else [p for p in (path / MEASURES_FILE, path / RECOMMENDATIONS_FILE) if p.exists()]
    )
    if not files:
        raise PolicyError(f"{path}: no {MEASURES_FILE} or {RECOMMENDATIONS_FILE} found")
    measures = recs = None
    for f in files:
        if f.name == RECOMMENDATIONS_FILE or (f.is_file() and "recommend" in f.name):
            recs = _load(f, Recommendation)
        else:
            measures = _load(f, Measure)
    known = {m.id for m in (measures if measures is not None else load_measures(ws))}
    for r in recs or []:
        missing = [m for m in r.measures if m not in known]
        if missing:
            raise PolicyError(f"recommendation {r.id}: unknown measure(s) {missing}")
    folder(ws).mkdir(exist_ok=True)
    if measures is not None:
        (folder(ws) / MEASURES_FILE).write_text(_dump(measures), "utf-8")
    if recs is not None:
        (folder(ws) / RECOMMENDATIONS_FILE).write_text(_dump(recs), "utf-8")
    _to_db(ws, measures, recs)
    return len(measures or []), len(recs or [])


def _to_db(ws: Workspace, measures: list[Measure] | None, recs: list[Recommendation] | None) -> None:
    """Replace the register in the database (file order kept), in one transaction."""

    def data(item: BaseModel) -> str:
        return json.dumps(item.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False)

    with ws.engine.begin() as conn:
        if measures is not None:
            conn.execute(delete(schema.policy_measure))
            for i, m in enumerate(measures):
                conn.execute(
                    schema.policy_measure.insert().values(id=m.id, position=i, area=m.area, data=data(m))
                )
        if recs is not None:
            conn.execute(delete(schema.recommendation))
            for i, r in enumerate(recs):
                status = r.followup[-1].status if r.followup else None
                conn.execute(
                    schema.recommendation.insert().values(
                        id=r.id, position=i, year=r.year, status=status, data=data(r)
                    )
                )


def load_measures(ws: Workspace) -> list[Measure]:
    with ws.engine.connect() as conn:
        rows = conn.execute(
            schema.policy_measure.select().order_by(schema.policy_measure.c.position)
        ).mappings()
        return [Measure.model_validate(json.loads(r["data"])) for r in rows]


def load_recommendations(ws: Workspace) -> list[Recommendation]:
    with ws.engine.connect() as conn:
        rows = conn.execute(
            schema.recommendation.select().order_by(schema.recommendation.c.year, schema.recommendation.c.id)
        ).mappings()
        return [Recommendation.model_validate(json.loads(r["data"])) for r in rows]


def export_yaml(ws: Workspace) -> tuple[str, str]:
    """The register as YAML again, from the database."""
    return _dump(load_measures(ws)), _dump(load_recommendations(ws))


def follow_up(
    ws: Workspace, rec_id: str, year: int, status: str, evidence: dict[str, str] | None = None
) -> Recommendation:
    if status not in STATUSES:
        raise PolicyError(f"status {status!r}: use one of {', '.join(STATUSES)}")
    recs = load_recommendations(ws)
    rec = next((r for r in recs if r.id == rec_id), None)
    if rec is None:
        raise PolicyError(f"no recommendation {rec_id!r}; list them with 'rapporteur recommendations list'")
    entries = [f for f in rec.followup if f.year != year]
    entries.append(FollowUp(year=year, status=status, evidence=evidence or {}))
    try:
        updated = Recommendation.model_validate(
            {
                **rec.model_dump(),
                "followup": sorted((e.model_dump() for e in entries), key=lambda e: e["year"]),
            }
        )
    except ValidationError as e:
        raise PolicyError(f"recommendation {rec_id}: {e.errors()[0]['msg']}") from None
    recs = [updated if r.id == rec_id else r for r in recs]
    folder(ws).mkdir(exist_ok=True)
    (folder(ws) / RECOMMENDATIONS_FILE).write_text(_dump(recs), "utf-8")
    _to_db(ws, None, recs)
    return updated
