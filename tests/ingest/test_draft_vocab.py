"""actor draft vocabulary: nationality words, sector trade words, status/sex spellings, 'not known'
words and multi-valued cells. All values here are invented for the test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rapporteur.ingest import draft as dr
from rapporteur.ingest import mapping as mp
from rapporteur.ingest.draft_match import demonyms, match_columns, match_values
from rapporteur.model import codelist
from rapporteur.model.codelists import fold
from rapporteur.model.fields import field_map


def _one(value: str, listname: str, multi: bool = False) -> str | None:
    """The code the draft gives: a mapping entry, or the code list's own label (read as is)."""
    g = match_values(Counter({value: 1}), listname, multi, set())
    if g.known and not g.values:
        return codelist(listname).lookup()[fold(value)]
    return g.values.get(value)


@pytest.mark.parametrize(
    "word, code",
    [
        ("Marokkaanse", "MA"),  # NL adjective, -e form
        ("Marokkaan", "MA"),  # NL noun
        ("marocaine", "MA"),  # FR feminine
        ("Marokkanerin", "MA"),  # DE feminine noun
        ("Moroccan", "MA"),
        ("roumaine", "RO"),
        ("Roemeense", "RO"),
        ("rumänisch", "RO"),
        ("Nigériane", "NG"),
        ("nigérienne", "NE"),
        ("Vietnamese", "VN"),
        ("Chinese", "CN"),
        ("Albanees", "AL"),
        ("Kosovare", "XK"),
        ("Türkin", "TR"),
        ("grecque", "GR"),
        ("Eritreeër", "ER"),
        ("Filipijnse", "PH"),
        ("belge", "BE"),
        ("Belgische", "BE"),
        ("Französin", "FR"),
        ("Deutsche", "DE"),
        ("RDC", "CD"),
        ("apatride", "XX"),
        ("Staatloos", "XX"),
        ("staatenlos", "XX"),
        ("stateless", "XX"),
        ("Elfenbeinküste", "CI"),  # German country name from CLDR
        ("Kirgisistan", "KG"),
    ],
)
def test_nationality_words(word, code):
    assert _one(word, "citizenship", True) == code


def test_ambiguous_congolese_is_left_to_the_actor():
    g = match_values(Counter({"congolais": 2}), "citizenship", True, set())
    assert not g.values and [v for v, _ in g.unmapped] == ["congolais"]


def test_demonyms_are_data_with_valid_codes_and_no_clash():
    codes = set(codelist("citizenship").codes)
    d = demonyms()
    assert set(d) <= codes
    assert {"en", "fr", "nl", "de"} <= set(d["MA"])
    assert sum("de_name" in x for x in d.values()) > 240  # German names for (nearly) all codes
    owner: dict[str, str] = {}

    for code, langs in d.items():
        for words in langs.values():
            for w in words:
                assert owner.setdefault(fold(w), code) == code, w


@pytest.mark.parametrize(
    "word, code",
    [
        ("Horeca", "I"),
        ("restauration", "I"),
        ("Gastronomie", "I"),
        ("hospitality", "I"),
        ("bouwwerf", "F"),
        ("Baustelle", "F"),
        ("construction", "F"),
        ("nettoyage", "N"),
        ("Schoonmaak", "N"),
        ("Gebäudereinigung", "N"),
        ("land- en tuinbouw", "A"),
        ("Landwirtschaft", "A"),
        ("night shop", "G"),
        ("car wash", "G"),
        ("vleesverwerking", "C"),
        ("textile", "C"),
        ("Haushaltshilfe", "T"),
        ("travail domestique", "T"),
        ("huishoudelijk werk", "T"),
        ("logistiek", "H"),
        ("prostitution", "S"),  # sector.csv: S includes prostitution
        ("massagesalon", "S"),
    ],
)
def test_sector_words(word, code):
    assert _one(word, "sector") == code


@pytest.mark.parametrize(
    "word, code",
    [
        ("seksuele uitbuiting", "sexual"),
        ("sexuelle Ausbeutung", "sexual"),
        ("Arbeitsausbeutung", "labour"),
        ("exploitation économique", "labour"),
        ("mendicité", "begging"),
        ("Bettelei", "begging"),
        ("gedwongen criminaliteit", "crime"),
        ("Zwang zu Straftaten", "crime"),
        ("organ removal", "organs"),
        ("Zwangsverheiratung", "forced_marriage"),
        ("illegale adoptie", "illegal_adoption"),
        ("GPA", "surrogacy"),
        ("Leihmutterschaft", "surrogacy"),
    ],
)
def test_exploitation_words(word, code):
    assert _one(word, "exploitation", True) == code


def test_status_header_and_values():
    fields = field_map("victim")
    for header in ["Hoedanigheid", "Kwalificatie", "Qualification", "Opferstatus"]:
        guesses, _ = match_columns([header], fields)
        assert [g.field for g in guesses] == ["status"], header
    assert _one("mutmaßliches Opfer", "victim_status") == "presumed"
    assert _one("potentieel slachtoffer", "victim_status") == "presumed"
    assert _one("bevestigd slachtoffer", "victim_status") == "identified"
    assert _one("victime reconnue", "victim_status") == "identified"


def test_sex_values():
    assert _one("männl.", "sex") == "M"
    assert _one("H", "sex") == "M"
    assert _one("V", "sex") == "F"
    assert _one("w", "sex") == "F"
    assert _one("divers", "sex") == "X"
    g = match_values(Counter({"unbekannt": 2, "F": 1}), "sex", False, {"unbekannt"})
    assert not g.unmapped and g.known == 1


def test_word_separator_most_frequent_wins_others_not_mapped():
    g = match_values(
        Counter({"Marokkaans en Belgisch": 3, "Roemeens": 2, "Nigeriaans/Belgisch": 1}),
        "citizenship",
        True,
        set(),
    )
    assert g.separator == " en "
    assert g.values["Marokkaans"] == "MA" and g.values["Belgisch"] == "BE"
    assert [v for v, _ in g.unmapped] == ["Nigeriaans/Belgisch"]
    g = match_values(
        Counter({"exploitation sexuelle et mendicité": 2, "travail forcé": 1}), "exploitation", True, set()
    )
    assert g.separator == " et "


def test_separator_not_chosen_when_it_breaks_known_values():
    # 'Antigua und Barbuda' is one country: splitting on ' und ' would break more than it mends
    g = match_values(
        Counter({"Antigua und Barbuda": 2, "marokkanisch und belgisch": 1}), "citizenship", True, set()
    )
    assert g.separator is None and g.values["Antigua und Barbuda"] == "AG"


def test_draft_end_to_end(tmp_path: Path):
    rows = [
        "Dossiernr;Geslacht;Nationaliteit;Hoedanigheid;Sector;Uitbuiting;Datum vaststelling",
        "A1;V;Marokkaanse en Belgische;vermoedelijk slachtoffer;horeca;economische uitbuiting;03/02/2024",
        "A2;M;Roemeense;bevestigd slachtoffer;bouw;seksuele uitbuiting;04/02/2024",
        "A3;Unbekannt;Nigeriaanse en Belgische;bevestigd slachtoffer;schoonmaak;bedelarij;05/02/2024",
        "A4;V;staatloos;vermoedelijk slachtoffer;land- en tuinbouw;economische uitbuiting;06/02/2024",
    ]
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(
        "\n".join([*rows, "A5;V;Roemeense/Moldavische;bevestigd slachtoffer;bouw;bedelarij;07/02/2024"])
    )
    text = dr.draft(mixed).text
    assert 'cells using "/" stay not mapped' in text and dr.draft(mixed).unmapped_values == {
        "citizenship": ["Roemeense/Moldavische"]
    }
    f = tmp_path / "opvang.csv"
    f.write_text("\n".join(rows) + "\n", "utf-8")
    d = dr.draft(f)
    m_path = tmp_path / "m.yaml"
    m_path.write_text(d.text, "utf-8")
    m = mp.load(m_path)
    assert m.columns["citizenship"].separator == " en "
    assert m.columns["status"].column == "Hoedanigheid"
    assert "Unbekannt" in m.file.missing
    assert not d.unmapped_values, d.unmapped_values
    res = dr.check(m_path, f, 2024)
    assert res.rejected == 0 and res.accepted == 4, res.rejects


def test_ampersand_not_taken_as_separator_for_country_names():
    g = match_values(
        Counter({"Bosnia & Herzegovina": 2, "Trinidad and Tobago": 1, "Roemeens": 1}),
        "citizenship",
        True,
        set(),
    )
    assert g.separator is None and g.values["Trinidad and Tobago"] == "TT" and not g.unmapped
