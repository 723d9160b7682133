"""A judgment as the register keeps it: every field optional but the id, codes from code lists.

Vocabularies: forms of exploitation are Belgian art. 433quinquies § 1 1°–5° (code list
``exploitation``, grouped as Eurostat does); sectors are NACE sections (code list ``sector``);
acts, means and aggravating circumstances follow UNODC SHERLOC and Criminal Code art.
433septies (``caselaw/vocabulary.yaml``).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from rapporteur.model import codelist

FORMS = ("sexual", "begging", "labour", "organs", "crime")
INSTANCES = ("first_instance", "appeal", "cassation")
VERDICTS = ("convicted", "acquitted", "suspended_sentence_pronouncement", "other")
Lang = Literal["fr", "nl", "en", "de"]


@cache
def vocabulary() -> dict[str, dict[str, dict[str, str]]]:
    """acts, means, aggravating: code -> labels in en/fr/nl."""
    text = resources.files("rapporteur.caselaw").joinpath("vocabulary.yaml").read_text("utf-8")
    data: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(text)
    return data


@cache
def _codes(name: str) -> frozenset[str]:
    return frozenset(codelist(name).codes)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _in(values: list[str], allowed: frozenset[str] | set[str] | tuple[str, ...], what: str) -> list[str]:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ValueError(
            f"unknown {what} {', '.join(map(repr, bad))}; use one of {', '.join(sorted(allowed))}"
        )
    return values


class Victims(_Strict):
    count: int | None = Field(None, ge=0)
    female: int | None = Field(None, ge=0)
    male: int | None = Field(None, ge=0)
    minors: int | None = Field(None, ge=0)
    nationalities: list[str] = Field(default_factory=list)

    @field_validator("nationalities")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        return _in(v, _codes("citizenship"), "nationality")


class Defendant(_Strict):
    sex: Literal["F", "M"] | None = None
    nationality: str | None = None
    verdict: Literal["convicted", "acquitted", "suspended_sentence_pronouncement", "other"] | None = None
    prison_months: float | None = Field(None, ge=0)
    suspended_months: float | None = Field(None, ge=0)
    fine_eur: float | None = Field(None, ge=0)
    confiscation_eur: float | None = Field(None, ge=0)

    @field_validator("nationality")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        if v is not None:
            _in([v], _codes("citizenship"), "nationality")
        return v


class CivilParty(_Strict):
    kind: Literal["victim", "victim_centre", "association", "state", "other"] = "victim"
    damages_eur: float | None = Field(None, ge=0)


class Judgment(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")
    court: str | None = None
    instance: Literal["first_instance", "appeal", "cassation"] | None = None
    date: dt.date | None = None
    language: Lang | None = None
    chamber: str | None = None
    forms: list[str] | None = None
    sector: str | None = None
    acts: list[str] = Field(default_factory=list)
    means: list[str] = Field(default_factory=list)
    aggravating: list[str] = Field(default_factory=list)
    victims: Victims | None = None
    defendants: list[Defendant] = Field(default_factory=list)
    civil_parties: list[CivilParty] = Field(default_factory=list)
    final: bool | None = None
    summary: dict[Lang, str] = Field(default_factory=dict)
    fictional: bool = False

    @field_validator("forms")
    @classmethod
    def _forms(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else _in(v, FORMS, "form of exploitation")

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str | None) -> str | None:
        if v is not None:
            _in([v], _codes("sector"), "NACE section")
        return v

    @field_validator("acts", "means", "aggravating")
    @classmethod
    def _vocab(cls, v: list[str], info: ValidationInfo) -> list[str]:
        name = info.field_name or ""
        return _in(v, set(vocabulary()[name]), name.rstrip("s"))

    @field_validator("date")
    @classmethod
    def _date(cls, v: dt.date | None) -> dt.date | None:
        if v is not None and not (dt.date(1995, 1, 1) <= v <= dt.date.today()):
            raise ValueError(f"{v.isoformat()} is not a possible date for a judgment (1995 to today)")
        return v

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None
