"""Fields of the harmonised records. Mappings, validation, storage and docs all read this list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapporteur.model.codelists import codelist

Kind = Literal["text", "integer", "date", "code", "count", "flag_or_date"]


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    description: str
    codelist: str | None = None
    multi: bool = False
    identifier: bool = False
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None


def _milestones() -> tuple[Field, ...]:
    cl = codelist("milestone")
    return tuple(
        Field(
            f"milestone.{code}",
            "flag_or_date",
            f"{cl.label(code)}: a date, or yes/no when the actor records no date. {cl.attr(code, 'note')}.",
        )
        for code in cl.codes
    )


VICTIM_FIELDS: tuple[Field, ...] = (
    Field(
        "local_id",
        "text",
        "The actor's own record number (file or case number). Unique within a "
        "submission. Not an identity document number.",
        required=True,
    ),
    Field(
        "first_name",
        "text",
        "Given name(s). Identifier: encrypted at rest, used only for linkage.",
        identifier=True,
    ),
    Field(
        "last_name",
        "text",
        "Family name(s). Identifier: encrypted at rest, used only for linkage.",
        identifier=True,
    ),
    Field(
        "birth_date",
        "date",
        "Date of birth. Identifier: encrypted at rest; only the age derived from it is stored in clear.",
        identifier=True,
    ),
    Field(
        "document_number",
        "text",
        "Passport or identity document number. Identifier: encrypted at rest.",
        identifier=True,
    ),
    Field("sex", "code", "Sex of the victim.", codelist="sex"),
    Field(
        "age",
        "integer",
        "Age in completed years at identification, when the actor records an age "
        "rather than a date of birth.",
        minimum=0,
        maximum=110,
    ),
    Field(
        "citizenship",
        "code",
        "Citizenship(s), ISO 3166-1 alpha-2; several allowed.",
        codelist="citizenship",
        multi=True,
    ),
    Field(
        "exploitation",
        "code",
        "Form(s) of exploitation; several allowed. The actor's own value is kept beside the harmonised code.",
        codelist="exploitation",
        multi=True,
    ),
    Field("sector", "code", "Economic sector of the exploitation, NACE Rev. 2 section.", codelist="sector"),
    Field(
        "status",
        "code",
        "Presumed or formally identified victim (both are registered victims).",
        codelist="victim_status",
        required=True,
    ),
    Field("identified_on", "date", "Date of identification (or registration) by the actor."),
    Field("exploited_from", "date", "Date the exploitation began, when known."),
    *_milestones(),
    Field(
        "count",
        "count",
        "Aggregate files only (``aggregate: true`` in the mapping): the number of victims the row "
        "counts. '<5' style values are stored as confidential, blanks as not available, never as 0. "
        "Aggregate rows feed the actor's own tables and the registration returns, never linkage "
        "or estimation.",
    ),
)

JUSTICE_FIELDS: tuple[Field, ...] = (
    Field("local_id", "text", "The actor's own record or line number, when it has one."),
    Field(
        "stage",
        "code",
        "Stage of the criminal-justice chain the row counts.",
        codelist="justice_stage",
        required=True,
    ),
    Field("sex", "code", "Sex of the suspected, prosecuted or convicted persons.", codelist="sex"),
    Field("age_group", "code", "Child or adult.", codelist="age_group"),
    Field("citizenship", "code", "Citizenship, ISO 3166-1 alpha-2.", codelist="citizenship"),
    Field("exploitation", "code", "Form of exploitation of the offence.", codelist="exploitation"),
    Field(
        "count",
        "count",
        "Number of persons, files, offences or decisions (the actor's counting "
        "unit). A whole number; '<5' style values are stored as confidential, blanks as not "
        "available, never as 0. When the file has one row per unit and no count column, each row "
        "counts 1.",
    ),
)

FIELDS: dict[str, tuple[Field, ...]] = {"victim": VICTIM_FIELDS, "justice": JUSTICE_FIELDS}

VALUE_STATES = {
    "count": "a positive count",
    "zero": "a true, known zero",
    "na": "not available: the actor did not record or supply it (never turned into 0)",
    "confidential": "the actor supplied the value in masked form (e.g. '<5'); the true value is unknown",
    "rounded": "a value rounded to a base by disclosure control",
}


def field_map(record_type: str) -> dict[str, Field]:
    return {f.name: f for f in FIELDS[record_type]}
