"""The annual report: one Jinja2 template gives HTML and, through WeasyPrint, PDF."""

from rapporteur.report.build import build

__all__ = ["build"]
