"""Interface strings through gettext catalogs (Babel .po files), numbers and dates with Babel.

English is the source language (msgid). For French and Dutch a missing or empty translation is an
error, never a silent fallback to English: a publication must not mix languages.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache
from importlib import resources

from babel import Locale
from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


class MissingTranslation(KeyError):
    pass


@cache
def catalog(lang: str) -> Catalog:
    path = resources.files("rapporteur.report").joinpath(f"locale/{lang}/LC_MESSAGES/messages.po")
    with path.open("rb") as f:
        return read_po(f, locale=lang)


class Translator:
    def __init__(self, lang: str) -> None:
        if lang not in LOCALES:
            raise ValueError(f"language {lang!r} is not one of {', '.join(LOCALES)}")
        self.lang = lang
        self.locale = Locale.parse(LOCALES[lang])

    def gettext(self, message: str) -> str:
        if self.lang == "en":
            return message
        entry = catalog(self.lang).get(message)
        if entry is None or not entry.string or entry.fuzzy:
            raise MissingTranslation(
                f"no {self.lang} translation for {message!r}; add it to "
                f"src/rapporteur/report/locale/{self.lang}/LC_MESSAGES/messages.po"
            )
        return str(entry.string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if self.lang == "en":
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
