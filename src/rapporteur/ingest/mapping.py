"""Actor mappings: one YAML file per actor maps its columns, codes, dates and encoding to the model.

Example (``mappings/police.yaml``)::

    actor: police
    kind: police
    counting_unit: person
    records: victim
    label: {en: Federal police, fr: Police fédérale, nl: Federale politie}
    file: {format: csv, encoding: cp1252, delimiter: ";", date_formats: ["%d/%m/%Y"]}
    columns:
      local_id: N° dossier
      sex: {column: Sexe, values: {H: M, F: F}}
      citizenship: {column: Nationalité, separator: "/"}
    constants:
      status: identified
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rapporteur.errors import BadInput
from rapporteur.ingest.aggregate import AGGREGATE_OPTIONAL, check_aggregate
from rapporteur.model import codelist
from rapporteur.model.codelists import fold
from rapporteur.model.fields import FIELDS, field_map


class MappingError(BadInput, ValueError):
    pass


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileSpec(_Strict):
    format: Literal["csv", "xlsx", "parquet"] = "csv"
    encoding: str = "utf-8"
    delimiter: str = ","
    header_row: int | None = Field(None, ge=1, description="1-based header row; None = detect")
    sheet: str | int | None = None
    date_formats: list[str] = Field(default_factory=lambda: ["%d/%m/%Y"])
    missing: list[str] = Field(
        default_factory=lambda: ["", "-", "?", "n/a", "onbekend", "inconnu", "unknown"]
    )
    confidential: list[str] = Field(default_factory=lambda: ["c", "conf", "confidential", "x"])
    total_labels: list[str] = Field(
        default_factory=lambda: ["total", "totaal", "totaux", "grand total", "total general"]
    )
    yes: list[str] = Field(default_factory=lambda: ["yes", "y", "oui", "o", "ja", "j", "1", "true", "x"])
    no: list[str] = Field(default_factory=lambda: ["no", "n", "non", "nee", "0", "false"])

    @field_validator("date_formats")
    @classmethod
    def _formats(cls, v: list[str]) -> list[str]:
        return check_date_formats(v)

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, v: str) -> str:
        try:
            return codecs.lookup(v).name
        except LookupError as e:
            raise ValueError(f"unknown encoding {v!r} (use e.g. utf-8, cp1252, latin-1)") from e


class ColumnSpec(_Strict):
    column: str
    values: dict[str, str] = Field(default_factory=dict)
    separator: str | None = None
    date_formats: list[str] | None = None

    @field_validator("date_formats")
    @classmethod
    def _formats(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else check_date_formats(v)


_DATE_DIRECTIVES = set("dmyYbBaAjHMSIpf%")


def check_date_formats(formats: list[str]) -> list[str]:
    """Each format uses only strptime directives that make sense for a date (%d %m %Y %y %b ...)
    and has a day, a month and a year."""
    for f in formats:
        directives = re.findall(r"%(.)", f)
        unknown = sorted({d for d in directives if d not in _DATE_DIRECTIVES})
        if unknown or (f.endswith("%") and not f.endswith("%%")):
            shown = ", ".join(f"%{d}" for d in unknown) or "a lone %"
            raise ValueError(
                f"date format {f!r} uses {shown}, not a date directive; use %d (day), %m (month), "
                "%Y (4-digit year), %y (2-digit year), %b (month name), e.g. '%d/%m/%Y'"
            )
        if not ({"d", "j"} & set(directives)) or not ({"Y", "y"} & set(directives)):
            raise ValueError(f"date format {f!r} lacks a day or a year; e.g. '%d/%m/%Y' or '%Y-%m-%d'")
    return formats


class Mapping(_Strict):
    actor: str = Field(pattern=r"^[a-z][a-z0-9_]{1,63}$")
    kind: str
    counting_unit: str
    records: Literal["victim", "justice"]
    label: dict[Literal["en", "fr", "nl"], str]
    file: FileSpec = Field(default_factory=FileSpec)
    columns: dict[str, ColumnSpec]
    constants: dict[str, str] = Field(default_factory=dict)
    aggregate: bool = Field(
        False,
        description="The file has counts, not records: one row per combination of categories, "
        "with a count column (victim files; justice files always count).",
    )
    sha256: str = ""

    @field_validator("columns", mode="before")
    @classmethod
    def _short_form(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {k: ({"column": c} if isinstance(c, str) else c) for k, c in v.items()}
        return v

    @model_validator(mode="after")
    def _check(self) -> Mapping:
        if self.kind not in codelist("actor_kind"):
            raise ValueError(f"kind {self.kind!r} is not one of {codelist('actor_kind').codes}")
        if self.counting_unit not in codelist("counting_unit"):
            raise ValueError(
                f"counting_unit {self.counting_unit!r} is not one of {codelist('counting_unit').codes}"
            )
        if set(self.label) != {"en", "fr", "nl"}:
            raise ValueError("label needs en, fr and nl")
        fields = field_map(self.records)
        for name in [*self.columns, *self.constants]:
            if name not in fields:
                raise ValueError(
                    f"{name!r} is not a field of {self.records} records; known: {', '.join(fields)}"
                )
        for name, spec in self.columns.items():
            f = fields[name]
            if f.codelist:
                cl = codelist(f.codelist)
                bad = {k: c for k, c in spec.values.items() if c not in cl}
                if bad:
                    raise ValueError(
                        f"columns.{name}.values maps to codes not in the {f.codelist} code list: {bad}"
                    )
            if spec.separator and not f.multi:
                raise ValueError(f"columns.{name}: separator given but {name} takes one value")
        for name, value in self.constants.items():
            f = fields[name]
            if f.codelist and value not in codelist(f.codelist):
                raise ValueError(f"constants.{name}: {value!r} is not in the {f.codelist} code list")
            _check_constant(name, f.kind, value)
            if name in self.columns:
                raise ValueError(
                    f"{name} is given both as a column ({self.columns[name].column!r}) and as a "
                    "constant; keep one of them"
                )
        check_aggregate(self)
        missing = [
            f.name
            for f in FIELDS[self.records]
            if f.required
            and f.name not in self.columns
            and f.name not in self.constants
            and not (self.aggregate and f.name in AGGREGATE_OPTIONAL)
        ]
        if missing:
            raise ValueError(f"required fields without a column or constant: {', '.join(missing)}")
        return self

    def value_map(self, name: str) -> dict[str, str]:
        spec = self.columns[name]
        return {fold(k): v for k, v in spec.values.items()}

    def code_table(self, name: str) -> dict[str, str]:
        """Folded value -> code for a coded field: the code list's labels, then this actor's values."""
        f = field_map(self.records)[name]
        assert f.codelist
        return {**codelist(f.codelist).lookup(), **self.value_map(name)}


def load(path: Path) -> Mapping:
    raw = path.read_bytes()
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise MappingError(f"{path}: not valid UTF-8 YAML: {e}") from e
    if not isinstance(data, dict):
        raise MappingError(f"{path}: a mapping must be a YAML object with actor, kind, columns, …")
    try:
        m = Mapping.model_validate({**data, "sha256": hashlib.sha256(raw).hexdigest()})
    except ValidationError as e:
        msgs = "; ".join(f"{'.'.join(map(str, err['loc'])) or 'mapping'}: {err['msg']}" for err in e.errors())
        raise MappingError(f"{path}: {msgs}") from e
    return m


def _check_constant(name: str, kind: str, value: object) -> None:
    """A constant must be a value of its field's type (dates as YYYY-MM-DD)."""
    import datetime as dt

    if kind in ("date", "flag_or_date"):
        if isinstance(value, dt.date):
            return
        try:
            dt.date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(
                f"constants.{name}: {value!r} is not a date; write it as YYYY-MM-DD, or map a column"
            ) from None
        if len(str(value)) != 10:
            raise ValueError(f"constants.{name}: {value!r} is not a date; write it as YYYY-MM-DD")
    elif kind in ("integer", "count") and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"constants.{name}: {value!r} is not a whole number")
    elif kind in ("text", "code") and not isinstance(value, str):
        raise ValueError(f"constants.{name}: {value!r} is not text; put it in quotes")
