"""Case-law register: judgments on trafficking, classified by form, searchable, for chapter 4."""

from rapporteur.caselaw.classify import classify, effective_forms
from rapporteur.caselaw.register import CaseLawError, history, import_paths, load, save_suggestions
from rapporteur.caselaw.search import Searcher, search

__all__ = [
    "CaseLawError",
    "Searcher",
    "classify",
    "effective_forms",
    "history",
    "import_paths",
    "load",
    "save_suggestions",
    "search",
]
