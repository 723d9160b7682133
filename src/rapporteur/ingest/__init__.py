"""Ingestion: archive raw submissions, map and validate actors' files, store records and rejects."""

from rapporteur.ingest.models import Reject, Submission, Warning
from rapporteur.ingest.submit import (
    IngestError,
    SubmissionResult,
    rejects,
    submission,
    submissions,
    submit,
    warnings,
)

__all__ = [
    "IngestError",
    "Reject",
    "Submission",
    "SubmissionResult",
    "rejects",
    "submission",
    "submissions",
    "submit",
    "Warning",
    "warnings",
]
