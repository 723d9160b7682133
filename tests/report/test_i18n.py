"""Every per-language string (the report's interface, the stats tables' titles, units, rules, notes
and labels) is translated in French and Dutch; numbers and dates follow the locale."""

from __future__ import annotations

import datetime as dt
import importlib.util
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg

from rapporteur.languages import LANGUAGES, TRANSLATED, translations
from rapporteur.report.i18n import LOCALES, MissingTranslation, Translator, catalog

ROOT = Path(__file__).parents[2]


def _tool():
    """tools/i18n.py, which says which functions are extraction keywords."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools/i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def messages() -> frozenset[str | tuple[str, str]]:
    """The messages extracted as tools/i18n.py extracts them: the files of babel.cfg, its keywords."""
    with (ROOT / "babel.cfg").open() as f:
        method_map, options = parse_mapping_cfg(f)
    found = set()
    for _file, _line, msg, _comments, _ctx in extract_from_dir(
        ROOT, method_map, options, keywords=_tool().KEYWORDS
    ):
        found.add(msg)
    return frozenset(found)


def test_extraction_finds_the_template_and_chart_strings():
    found = messages()
    assert "Trafficking in human beings" in found
    assert "Registrations" in found  # from charts.py
    assert len(found) > 60


def test_extraction_finds_the_stats_tables_strings():
    found = messages()
    assert "Registered victims by sex and age group" in found  # a title, stats/victims.py
    assert "registrations of victims" in found  # a unit, stats/context.py
    assert "Registered victims: the %(top)s main citizenships, by sex" in found
    assert "Criminal justice: suspects, prosecutions and convictions by sex" in found  # justice.py
    assert "Unique persons" in found  # a column label, stats/persons.py
    assert "Protection of victims: reflection periods, victim status and residence permits" in found


def untranslated(cat: Catalog) -> list[str | tuple[str, str]]:
    """The extracted messages that ``cat`` lacks or leaves empty or fuzzy."""
    out = []
    for msg in sorted(messages(), key=str):
        entry = cat.get(msg[0] if isinstance(msg, tuple) else msg)
        strings = (
            () if entry is None else entry.string if isinstance(entry.string, tuple) else (entry.string,)
        )
        if entry is None or not strings or not all(strings) or entry.fuzzy:
            out.append(msg)
    return out


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang):
    assert untranslated(catalog(lang)) == []
    cat = catalog(lang)
    for msg in messages():
        entry = cat.get(msg[0] if isinstance(msg, tuple) else msg)
        assert entry is not None, f"{lang}: {msg!r} missing from the catalog"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(strings) and not entry.fuzzy, f"{lang}: {msg!r} is not translated"
        if isinstance(msg, str):
            assert Translator(lang).gettext(msg)


def test_the_completeness_check_sees_a_missing_stats_translation():
    cat = Catalog(locale="fr")
    for m in catalog("fr"):
        if m.id:
            cat.add(m.id, m.string, flags=m.flags)
    del cat["Unique persons"]
    cat["Registered victims by sex and age group"].string = ""
    assert untranslated(cat) == ["Registered victims by sex and age group", "Unique persons"]


def test_translations_gives_every_language_from_the_catalogs():
    assert translations("Unique persons") == {
        "fr": "Personnes uniques",
        "nl": "Unieke personen",
        "en": "Unique persons",
    }
    assert tuple(translations("Total")) == LANGUAGES
    top = translations("Registered victims: the %(top)s main citizenships, by sex", top=7)
    assert top["nl"] == "Geregistreerde slachtoffers: de 7 voornaamste nationaliteiten, naar geslacht"
    with pytest.raises(MissingTranslation):
        translations("A table title nobody translated")


def test_one_list_of_languages():
    assert LANGUAGES == ("fr", "nl", "en")  # the report's default order
    assert set(LOCALES) == set(LANGUAGES) and TRANSLATED == ("fr", "nl")
    assert _tool().TRANSLATED == TRANSLATED  # the catalogs the tool updates


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
