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

from rapporteur.errors import BadInput, BadOption, UnknownId, UserError
from rapporteur.policy import checks, indicators, yamledit
from rapporteur.policy.checks import RegisterWarning
from rapporteur.store import schema
from rapporteur.workspace import Workspace

Lang = Literal["en", "fr", "nl"]
AREAS = ("prevention", "identification", "protection", "prosecution", "partnership")
STATUSES = ("implemented", "partly_implemented", "not_implemented", "no_longer_relevant")
CLOSED = ("implemented", "no_longer_relevant")
MEASURES_FILE, RECOMMENDATIONS_FILE = "measures.yaml", "recommendations.yaml"


class PolicyError(UserError):
    """Base of the policy stage's errors (callers that catch it catch every one below)."""


class BadRegister(PolicyError, BadInput):
    """A register file that cannot be used: the message names the file, the line and the field."""


class UnknownRecommendation(PolicyError, UnknownId):
    """No recommendation has this id."""


class BadFollowUp(PolicyError, BadOption):
    """A follow-up status (or status filter) or year outside what the model allows."""


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TableRef(_M):
    id: str
    row: str
    column: str


Unit = Literal["count", "rate", "change"]


class Indicator(_M):
    """An impact indicator of a measure in a year: a value given in the register, or a cell of the
    statistics. ``unit`` says what the value is: a ``count``, a ``rate`` (a share of a reference
    population, in per cent unless the label says otherwise) or a ``change`` (the signed
    difference from the previous year); ``breakdown`` names the part of the whole a value counts
    (a sector, a district, a group of victims). See ``checks.national_total``."""

    label: dict[Lang, str]
    value: int | None = None
    table: TableRef | None = None
    source: str | None = None
    unit: Unit = "count"
    breakdown: dict[Lang, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one(self) -> Indicator:
        if self.value is None and self.table is None:
            raise ValueError("an indicator needs a value or a table reference")
        if self.table is not None and self.unit != "count":
            raise ValueError(f"a table reference gives a count: unit {self.unit!r} needs a value instead")
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


Status = Literal["implemented", "partly_implemented", "not_implemented", "no_longer_relevant"]


class FollowUp(_M):
    """The status of a recommendation in a year, with its assessment (``evidence``: why that
    status, in at least one language; required at import and by ``follow_up``)."""

    year: int
    status: Status
    evidence: dict[Lang, str] = Field(default_factory=dict)

    def assessed(self) -> bool:
        return any(t.strip() for t in self.evidence.values())


class Recommendation(_M):
    id: str
    year: int
    text: dict[Lang, str]
    reasoning: dict[Lang, str] = Field(default_factory=dict)  # why the rapporteur recommends it
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


def _line(node: Any, *path: str | int) -> int:
    """The line (1-based) of the node reached from ``node`` by mapping keys and list indexes; the
    deepest one found when the path stops early."""
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if str(k.value) == str(step)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            child = node.value[step]
        if child is None:
            break
        node = child
    return int(node.start_mark.line) + 1


def _bad_indicators(m: Measure) -> list[tuple[tuple[str | int, ...], str]]:
    """(path in the entry, message) for each indicator whose table reference names no cell."""
    out: list[tuple[tuple[str | int, ...], str]] = []
    for y, my in m.years.items():
        for k, ind in enumerate(my.indicators):
            if ind.table is not None:
                msg = indicators.problem(ind.table.id, ind.table.row, ind.table.column)
                if msg:
                    ref = f"{ind.table.id}/{ind.table.row}/{ind.table.column}"
                    where: tuple[str | int, ...] = ("years", y, "indicators", k, "table")
                    out.append((where, f"measure {m.id}, year {y}, indicator {k + 1} ({ref}): {msg}"))
    return out


def _unassessed(r: Recommendation) -> list[tuple[tuple[str | int, ...], str]]:
    """(path in the entry, message) for each follow-up with a status and no assessment."""
    return [
        (
            ("followup", k),
            f"recommendation {r.id}, follow-up {f.year}: status {f.status} without an "
            "assessment; give its evidence (why that status) in at least one language",
        )
        for k, f in enumerate(r.followup)
        if not f.assessed()
    ]


def _load(path: Path, model: type[BaseModel]) -> list[Any]:
    text = path.read_text("utf-8")
    try:
        root = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise BadRegister(f"{path}{where}: not valid YAML ({getattr(e, 'problem', e)})") from None
    if not isinstance(data, list):
        raise BadRegister(f"{path}: the file must be a YAML list of entries")
    out, seen = [], set()
    for i, item in enumerate(data):
        node = root.value[i] if root is not None else None
        line = _line(node) if node is not None else 0
        try:
            obj = model.model_validate(item)
        except ValidationError as e:
            err = e.errors()[0]
            loc = ".".join(str(x) for x in err["loc"])
            raise BadRegister(f"{path}, line {line} (entry {i + 1}): {loc}: {err['msg']}") from None
        if obj.id in seen:  # type: ignore[attr-defined]
            raise BadRegister(f"{path}, line {line}: id {obj.id!r} is used twice")  # type: ignore[attr-defined]
        seen.add(obj.id)  # type: ignore[attr-defined]
        bad = (
            _bad_indicators(obj)
            if isinstance(obj, Measure)
            else _unassessed(obj)
            if isinstance(obj, Recommendation)
            else []
        )
        if bad:
            at, problem = bad[0]
            raise BadRegister(f"{path}, line {_line(node, *at)}: {problem}")
        out.append(obj)
    return out


def folder(ws: Workspace) -> Path:
    return ws.policy_dir


class ImportResult(BaseModel):
    """What ``import_path`` loaded, and what a reader would find odd in it (the register is
    loaded all the same: ``checks``)."""

    measures: int
    recommendations: int
    warnings: list[RegisterWarning] = Field(default_factory=list)


def import_path(ws: Workspace, path: Path) -> ImportResult:
    """Validate the register files (a file or a folder holding measures.yaml and/or
    recommendations.yaml), copy them into the workspace and load them; all or nothing. The
    warnings are about the files imported (``checks.measures``, ``checks.recommendations``)."""
    files = (
        [path]
        if path.is_file()
        else [p for p in (path / MEASURES_FILE, path / RECOMMENDATIONS_FILE) if p.exists()]
    )
    if not files:
        raise BadRegister(f"{path}: no {MEASURES_FILE} or {RECOMMENDATIONS_FILE} found")
    measures = recs = None
    texts: dict[str, str] = {}
    for f in files:
        if f.name == RECOMMENDATIONS_FILE or (f.is_file() and "recommend" in f.name):
            recs, texts[RECOMMENDATIONS_FILE] = _load(f, Recommendation), f.read_text("utf-8")
        else:
            measures, texts[MEASURES_FILE] = _load(f, Measure), f.read_text("utf-8")
    known = {m.id for m in (measures if measures is not None else load_measures(ws))}
    for r in recs or []:
        missing = [m for m in r.measures if m not in known]
        if missing:
            raise BadRegister(f"recommendation {r.id}: unknown measure(s) {missing}")
    # the user's files themselves, comments and order included: a follow-up edits them in place
    folder(ws).mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder(ws) / name).write_text(text, "utf-8")
    _to_db(ws, measures, recs)
    warnings = checks.measures(measures or []) + checks.recommendations(recs or [])
    return ImportResult(measures=len(measures or []), recommendations=len(recs or []), warnings=warnings)


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
    """Record the follow-up of ``rec_id`` for ``year`` (replacing that year's entry if any) with
    its assessment (``evidence``: at least one language, else ``BadFollowUp``), in the
    database and in the workspace's recommendations.yaml, whose comments, key order and layout
    are kept: only that entry's ``followup`` list changes."""
    if status not in STATUSES:
        raise BadFollowUp(f"status {status!r}: use one of {', '.join(STATUSES)}")
    recs = load_recommendations(ws)
    rec = next((r for r in recs if r.id == rec_id), None)
    if rec is None:
        raise UnknownRecommendation(
            f"no recommendation {rec_id!r}; list them with 'rapporteur recommendations list'"
        )
    entry = FollowUp.model_validate(
        {"year": year, "status": status, "evidence": {k: v for k, v in (evidence or {}).items() if v.strip()}}
    )
    if not entry.assessed():
        raise BadFollowUp(
            f"recommendation {rec_id}, {year}: a status needs its assessment; give the evidence "
            "(why that status) with --evidence, --evidence-fr or --evidence-nl"
        )
    entries = [f for f in rec.followup if f.year != year]
    entries.append(entry)
    try:
        updated = Recommendation.model_validate(
            {
                **rec.model_dump(),
                "followup": sorted((e.model_dump() for e in entries), key=lambda e: e["year"]),
            }
        )
    except ValidationError as e:
        raise BadFollowUp(f"recommendation {rec_id}: {e.errors()[0]['msg']}") from None
    recs = [updated if r.id == rec_id else r for r in recs]
    folder(ws).mkdir(exist_ok=True)
    path = folder(ws) / RECOMMENDATIONS_FILE
    text = (
        yamledit.set_follow_up(
            path.read_text("utf-8"), rec_id, entry.model_dump(mode="json", exclude_defaults=True)
        )
        if path.exists()
        else None
    )
    path.write_text(text if text is not None else _dump(recs), "utf-8")
    _to_db(ws, None, recs)
    return updated
