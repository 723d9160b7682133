"""The harmonised data model: code lists, record fields and their value states."""

from rapporteur.model.codelists import CodeList, codelist, codelists
from rapporteur.model.fields import FIELDS, JUSTICE_FIELDS, VICTIM_FIELDS, Field

__all__ = ["FIELDS", "JUSTICE_FIELDS", "VICTIM_FIELDS", "CodeList", "Field", "codelist", "codelists"]
