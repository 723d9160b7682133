"""Every interface string is translated in French and Dutch; numbers and dates follow the locale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from rapporteur.report.i18n import MissingTranslation, Translator, catalog

ROOT = Path(__file__).parents[2]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}


def messages() -> set[str | tuple[str, str]]:
    found = set()
    method_map = [("**.py", "python"), ("templates/**.j2", "jinja2")]
    options = {"templates/**.j2": {"extensions": "jinja2.ext.i18n"}}
    for _file, _line, msg, _comments, _ctx in extract_from_dir(
        ROOT / "src/rapporteur/report", method_map, options, keywords=KEYWORDS
    ):
        found.add(msg)
    return found


def test_extraction_finds_the_template_and_chart_strings():
    found = messages()
    assert "Trafficking in human beings" in found
    assert "Registrations" in found  # from charts.py
    assert len(found) > 60


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_message_is_translated(lang):
    cat = catalog(lang)
    for msg in messages():
        entry = cat.get(msg[0] if isinstance(msg, tuple) else msg)
        assert entry is not None, f"{lang}: {msg!r} missing from the catalog"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(strings) and not entry.fuzzy, f"{lang}: {msg!r} is not translated"
        if isinstance(msg, str):
            assert Translator(lang).gettext(msg)


def test_missing_translation_is_an_error_not_a_fallback():
    with pytest.raises(MissingTranslation):
        Translator("fr").gettext("A sentence nobody translated")
    assert Translator("en").gettext("A sentence nobody translated") == "A sentence nobody translated"


def test_plural_forms():
    msg = (
        "%(n)s value is not drawn because it is suppressed or not available.",
        "%(n)s values are not drawn because they are suppressed or not available.",
    )
    assert Translator("fr").ngettext(*msg, 1).startswith("%(n)s valeur ")
    assert Translator("fr").ngettext(*msg, 3).startswith("%(n)s valeurs ")
    assert Translator("nl").ngettext(*msg, 3).startswith("%(n)s waarden ")


def test_numbers_and_dates_in_each_locale():
    assert Translator("fr").number(1234567) == "1\u202f234\u202f567"
    assert Translator("nl").number(1234567) == "1.234.567"
    assert Translator("en").number(1234567) == "1,234,567"
    assert Translator("fr").number(12.5, digits=1) == "12,5"
    d = dt.date(2013, 12, 4)
    assert Translator("fr").date(d) == "4 décembre 2013"
    assert Translator("nl").date(d) == "4 december 2013"
    assert Translator("en").date(d) == "4 December 2013"
