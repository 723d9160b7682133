"""The written summary of chapter 1: numbers from the published cells, words from the catalogs."""

from __future__ import annotations

import pytest

from rapporteur.languages import LANGUAGES
from rapporteur.report.i18n import Translator
from rapporteur.report.summary import paragraphs
from rapporteur.stats.table import TOTAL, Cell, StatTable

YEAR = 2013


def table(tid: str, cells: dict[tuple[str, str], Cell], labels: dict[str, str] | None = None) -> StatTable:
    rows = list(dict.fromkeys(r for r, _ in cells))
    cols = list(dict.fromkeys(c for _, c in cells))
    en = {k: {lg: v for lg in LANGUAGES} for k, v in (labels or {}).items()}
    return StatTable(tid, {}, {}, {}, rows, cols, en, {}, cells)


def world(before: int = 100, now: int = 130, children: Cell | None = None, permanent: Cell | None = None):
    n = Cell.of
    return [
        table("trend_form", {(str(YEAR - 1), TOTAL): n(before), (str(YEAR), TOTAL): n(now)}),
        table("victims_sex_age", {(TOTAL, TOTAL): n(now), (TOTAL, "child"): children or n(12)}),
        table(
            "persons_by_actor", {("all_actors", "persons"): n(90), ("all_actors", "registrations"): n(now)}
        ),
        table(
            "victims_form_eurostat",
            {("sexual", TOTAL): n(40), ("labour", TOTAL): n(45), ("other", TOTAL): n(5)},
            {"sexual": "Sexual exploitation", "labour": "Forced labour or services"},
        ),
        table(
            "victims_nationality",
            {("RO", TOTAL): n(20), ("BG", TOTAL): n(15), ("MA", TOTAL): n(9), (TOTAL, TOTAL): n(90)},
            {"RO": "Romania", "BG": "Bulgaria", "MA": "Morocco"},
        ),
        table(
            "protection_milestones",
            {
                ("reflection_period", TOTAL): n(30),
                ("victim_status", TOTAL): n(20),
                ("permanent_permit", TOTAL): permanent or n(7),
            },
        ),
    ]


MSE = {"estimate": "170", "low": "140", "high": "220"}


def test_persons_first_then_registrations_estimate_and_profile():
    first, second = paragraphs(world(), Translator("en"), 5, YEAR, True, MSE)
    assert first.startswith("In 2013, the actors registered 90 different persons")
    assert "(130 registrations" in first
    assert "rose markedly, by 30 %, from 2012 (100)" in first
    assert "about 170 (95 % interval 140 to 220)" in first
    assert "forced labour or services (45), followed by sexual exploitation (40)" in second
    assert "Romania (20), Bulgaria (15) and Morocco (9)" in second
    assert "12 victims were children" in second
    assert "7 a permanent residence permit" in second


@pytest.mark.parametrize(
    ("before", "words"),
    [
        (128, "about as many as in 2012"),
        (120, "rose slightly, by 8 %"),
        (140, "fell slightly, by 7 %"),
        (200, "fell markedly, by 35 %"),
    ],
)
def test_the_direction_and_size_of_the_change_in_words(before, words):
    first, _ = paragraphs(world(before=before), Translator("en"), 5, YEAR, False, None)
    assert words in first
    assert "registrations of victims" in first and "estimated" not in first


def test_hidden_cells_are_never_shown_as_numbers():
    small = Cell(None, "suppressed", "threshold")
    secondary = Cell(None, "suppressed", "secondary")
    _, second = paragraphs(world(children=small, permanent=secondary), Translator("en"), 5, YEAR, True, MSE)
    assert "fewer than 5 victims were children" in second
    assert "permanent residence permit" not in second  # a 'c' cell: the sentence is left out


def test_not_available_is_left_out_not_zero():
    tables = [t for t in world() if t.id != "protection_milestones"]
    na = table(
        "protection_milestones",
        {
            ("reflection_period", TOTAL): Cell(None, "na"),
            ("victim_status", TOTAL): Cell.of(3),
            ("permanent_permit", TOTAL): Cell.of(0),
        },
    )
    _, second = paragraphs([*tables, na], Translator("en"), 5, YEAR, True, MSE)
    assert "reflection period" not in second and " 0 " not in second


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_sentence_exists_in_french_and_dutch(lang):
    first, second = paragraphs(world(), Translator(lang), 5, YEAR, True, MSE)
    assert "90" in first and "170" in first and "Romania" in second
    assert "registered" not in first + second and "victims" not in first + second
