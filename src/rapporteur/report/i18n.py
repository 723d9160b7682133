"""Interface strings through gettext catalogs (Babel .po files), numbers and dates with Babel.

English is the source language (msgid). For French and Dutch a missing or empty translation is an
error, never a silent fallback to English: a publication must not mix languages. The catalogs and
the list of languages are in ``rapporteur.languages``, which the stats stage uses too.
"""

from __future__ import annotations

import datetime as dt
import gettext

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from rapporteur.languages import LOCALES, SOURCE, MissingTranslation, catalog, check, translate

__all__ = ["LOCALES", "MissingTranslation", "Translator", "catalog"]


class Translator:
    def __init__(self, lang: str) -> None:
        self.lang = check(lang)
        self.locale = Locale.parse(LOCALES[self.lang])

    def gettext(self, message: str) -> str:
        return translate(message, self.lang)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if self.lang == SOURCE:
            return singular if n == 1 else plural
        entry = catalog(self.lang).get(singular)
        if entry is None or not isinstance(entry.string, tuple) or not all(entry.string):
            raise MissingTranslation(f"no {self.lang} plural translation for {singular!r}")
        index = gettext.c2py(catalog(self.lang).plural_expr)(n)
        return str(entry.string[index])

    def number(self, n: float | int | None, digits: int = 0) -> str:
        if n is None:
            return ""
        fmt = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(n, format=fmt, locale=self.locale)

    def date(self, d: dt.date) -> str:
        return format_date(d, format="long", locale=self.locale)
