"""Policy measures and recommendations with follow-up (chapters 2 and 5 of the report)."""

from rapporteur.policy.register import (
    Measure,
    PolicyError,
    Recommendation,
    export_yaml,
    follow_up,
    import_path,
    load_measures,
    load_recommendations,
)

__all__ = [
    "Measure",
    "PolicyError",
    "Recommendation",
    "export_yaml",
    "follow_up",
    "import_path",
    "load_measures",
    "load_recommendations",
]
