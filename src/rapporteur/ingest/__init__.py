"""Ingestion: archive raw submissions, map and validate actors' files, store records and rejects."""

from rapporteur.ingest.models import IngestWarning, Reject, Submission
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
    "IngestWarning",
    "Reject",
    "Submission",
    "SubmissionResult",
    "rejects",
    "submission",
    "submissions",
    "submit",
    "warnings",
]
