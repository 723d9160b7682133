"""The languages of publications, and their translations from the gettext catalogs.

English is the source language (the msgid); French and Dutch come from the Babel ``.po`` catalogs
in ``rapporteur/report/locale``. A missing or empty translation is an error, never a silent
fallback to English: a publication must not mix languages.

This module imports nothing else of Rapporteur, so that every stage (stats, report, ...) can use
it without import cycles.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal, get_args

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

Lang = Literal["fr", "nl", "en"]  # the one list of languages, in the order reports are built by default
LANGUAGES: tuple[Lang, ...] = get_args(Lang)
SOURCE: Lang = "en"  # the language of the msgids
TRANSLATED: tuple[Lang, ...] = tuple(lg for lg in LANGUAGES if lg != SOURCE)  # those with a catalog
LOCALES: dict[Lang, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}  # for Babel's numbers, dates


class MissingTranslation(KeyError):
    pass


def check(lang: str) -> Lang:
    """``lang`` if it is a language of publications, else a ValueError naming them."""
    for lg in LANGUAGES:
        if lg == lang:
            return lg
    raise ValueError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")


@cache
def catalog(lang: str) -> Catalog:
    path = resources.files("rapporteur").joinpath(f"report/locale/{lang}/LC_MESSAGES/messages.po")
    with path.open("rb") as f:
        return read_po(f, locale=lang)


def translate(message: str, lang: str) -> str:
    """One English message in ``lang``, from its catalog."""
    if lang == SOURCE:
        return message
    entry = catalog(lang).get(message)
    if entry is None or not entry.string or entry.fuzzy or isinstance(entry.string, tuple):
        raise MissingTranslation(
            f"no {lang} translation for {message!r}; add it to "
            f"src/rapporteur/report/locale/{lang}/LC_MESSAGES/messages.po"
        )
    return str(entry.string)


def translations(message: str, **params: object) -> dict[str, str]:
    """One English message in every language, ``% params`` applied when given.

    An extraction keyword (babel.cfg, tools/i18n.py): call it with the literal English text."""
    out: dict[str, str] = {lg: translate(message, lg) for lg in LANGUAGES}
    return {lg: s % params for lg, s in out.items()} if params else out
