"""Linkage: records of the same person across and within actors, in clear or on encodings."""

from rapporteur.link.engine import (
    DEFAULT_THRESHOLD,
    DuckDBEngine,
    Engine,
    LinkResult,
    engine_from_settings,
)
from rapporteur.link.evaluate import Scores, score
from rapporteur.link.files import encode_file, link_file
from rapporteur.link.prepare import LinkInputError

__all__ = [
    "DEFAULT_THRESHOLD",
    "DuckDBEngine",
    "Engine",
    "LinkInputError",
    "LinkResult",
    "Scores",
    "encode_file",
    "engine_from_settings",
    "link_file",
    "score",
]
