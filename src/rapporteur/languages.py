"""The languages of the report, its catalogs and the registers: one list for the whole code."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
