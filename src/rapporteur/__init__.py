"""Rapporteur: data, linkage, estimation and reports for national rapporteurs on trafficking in
human beings."""

__version__ = "0.1.0"
