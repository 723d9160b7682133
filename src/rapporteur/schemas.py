"""The public models of every stage, as JSON Schemas in docs/schemas/ (a test checks they match).

These are what `--json` prints, what manifests and run records hold, and what the portal's API
answers. Field names follow docs/naming.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from rapporteur.caselaw.model import Judgment
from rapporteur.caselaw.stats import CaseLawStats
from rapporteur.estimate.run import EstimateRun
from rapporteur.export.core import ExportManifest
from rapporteur.ingest.models import Actor, IngestWarning, Reject, Submission
from rapporteur.link.review import ClericalDecision, ReviewPair
from rapporteur.link.run import LinkRun
from rapporteur.policy.register import Measure, Recommendation
from rapporteur.policy.status import RecommendationStatus
from rapporteur.stats.models import PublishedTable

MODELS: dict[str, type[BaseModel]] = {
    "actor": Actor,
    "submission": Submission,
    "reject": Reject,
    "ingest-warning": IngestWarning,
    "link-run": LinkRun,
    "review-pair": ReviewPair,
    "clerical-decision": ClericalDecision,
    "estimate-run": EstimateRun,
    "export-manifest": ExportManifest,
    "judgment": Judgment,
    "measure": Measure,
    "recommendation": Recommendation,
    "recommendation-status": RecommendationStatus,
    "published-table": PublishedTable,
    "caselaw-stats": CaseLawStats,
}


def schemas() -> dict[str, str]:
    """File name -> JSON Schema text of each public model."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(mode="serialization"), indent=2) + "\n"
        for name, model in sorted(MODELS.items())
    }


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schemas().items():
        (folder / name).write_text(text, "utf-8")
        written.append(folder / name)
    return written
