"""Policy measures and recommendations with follow-up (chapters 2 and 5 of the report)."""

from rapporteur.policy.checks import RegisterWarning
from rapporteur.policy.register import (
    BadFollowUp,
    BadRegister,
    ImportResult,
    Measure,
    PolicyError,
    Recommendation,
    UnknownRecommendation,
    export_yaml,
    follow_up,
    import_path,
    load_measures,
    load_recommendations,
)
from rapporteur.policy.status import (
    IndicatorSeries,
    PolicyChapter,
    RecommendationStatus,
    chapter,
    recommendation_statuses,
)

__all__ = [
    "BadFollowUp",
    "BadRegister",
    "ImportResult",
    "IndicatorSeries",
    "Measure",
    "PolicyChapter",
    "PolicyError",
    "Recommendation",
    "RecommendationStatus",
    "RegisterWarning",
    "UnknownRecommendation",
    "chapter",
    "export_yaml",
    "follow_up",
    "import_path",
    "load_measures",
    "load_recommendations",
    "recommendation_statuses",
]
