"""Ingestion: archive raw submissions, map and validate actors' files, store records and rejects."""

from rapporteur.ingest.submit import IngestError, SubmissionResult, rejects, submissions, submit

__all__ = ["IngestError", "SubmissionResult", "rejects", "submissions", "submit"]
