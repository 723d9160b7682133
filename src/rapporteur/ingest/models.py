"""The ingestion stage's public models: what `ingest --json`, `submissions --json` and
`rejects --format json` print, and what the portal's API will answer (docs/schemas/)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SubmissionStatus = Literal[
    "processing", "accepted", "rejected", "failed", "duplicate", "superseded", "interrupted"
]


class Submission(BaseModel):
    """One file from one actor for one reference year, as stored."""

    model_config = ConfigDict(extra="forbid")

    submission_id: int
    actor: str = Field(description="The registered actor that sent the file.")
    year: int = Field(description="Reference year of the data.")
    filename: str
    sha256: str = Field(description="SHA-256 of the raw bytes, as archived.")
    received_at: str = Field(description="When it was received (ISO 8601, UTC).")
    status: SubmissionStatus
    rows: int | None = Field(None, description="Data rows read (total rows excluded).")
    accepted: int | None = None
    rejected: int | None = None
    total_rows_skipped: int | None = Field(None, description="Rows dropped as totals of the table.")
    warnings: int = Field(0, description="Rows kept but flagged (e.g. a date outside the year).")
    duplicate_of: int | None = Field(None, description="The submission this file repeats.")
    superseded_by: int | None = Field(None, description="The later submission that replaced it.")
    error: str | None = Field(None, description="Why the file could not be used, if it could not.")

    def input_ref(self) -> dict[str, str | int]:
        """How a run record names this submission among its inputs (ids and checksum)."""
        return {"submission_id": self.submission_id, "actor": self.actor, "sha256": self.sha256}


class Reject(BaseModel):
    """One rejected cell (or row) of a submission, with the rule and how to fix it."""

    model_config = ConfigDict(extra="forbid")

    row: int = Field(description="Row number in the file as the actor sees it (header row = 1).")
    column: str = Field(description="Column name in the file, or * for the whole row.")
    value: str | None = Field(None, description="The cell, masked where it could identify a person.")
    rule: str
    message: str


class IngestWarning(BaseModel):
    """One row kept but flagged, with the rule and what to check."""

    model_config = ConfigDict(extra="forbid")

    row: int = Field(description="Row number in the file as the actor sees it.")
    column: str
    rule: str
    message: str


class Actor(BaseModel):
    """A registered actor (data source), as `actor list --json` prints it."""

    model_config = ConfigDict(extra="forbid")

    actor: str
    kind: str
    counting_unit: str
    record_type: Literal["victim", "justice"]
    label_en: str
    label_fr: str
    label_nl: str
    mapping_sha256: str
