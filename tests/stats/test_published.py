"""The stats stage's published tables: typed models, every language from the catalogs."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from rapporteur import stats
from rapporteur import workspace as wsp
from rapporteur.languages import LANGUAGES, SOURCE, TRANSLATED
from rapporteur.stats import PublishedCell, PublishedTable, published_tables
from rapporteur.stats.render import render
from rapporteur.stats.table import TOTAL, Cell

YEAR = 2013


@pytest.fixture
def ws(demo_world):
    out, _ = demo_world
    w = wsp.open_workspace(out / "workspace")
    yield w
    w.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_published_tables_are_the_json_of_stats_with_table_id(ws, lang):
    models = published_tables(ws, YEAR, lang)
    dumped = [t.model_dump(mode="json") for t in models]
    printed = json.loads(render(stats.published(ws, YEAR), "json", lang, ws.settings.disclosure.threshold))
    assert [list(d) for d in dumped] == [["table_id", "title", "unit", "rows", "columns", "cells"]] * len(
        dumped
    )
    assert dumped == printed  # `stats --format json` prints exactly the models


def test_published_tables_follow_disclosure_control(ws):
    by_id = {t.table_id: t for t in published_tables(ws, YEAR, "en")}
    assert next(iter(by_id)) == "trend_form" and len(by_id) == 21
    sex_age = by_id["victims_sex_age"]
    states = {c.state for c in sex_age.cells}
    assert "suppressed" in states  # the demo's small cells are hidden...
    assert all(c.value is None for c in sex_age.cells if c.state in ("suppressed", "na"))
    # ... and the grand total is published
    (total,) = [c for c in sex_age.cells if (c.row, c.column) == (TOTAL, TOTAL)]
    assert total.state == "count" and total.value and total.value > 0


def test_published_tables_titles_are_in_the_asked_language(ws):
    fr = {t.table_id: t for t in published_tables(ws, YEAR, "fr")}
    nl = {t.table_id: t for t in published_tables(ws, YEAR, "nl")}
    assert fr["victims_sex_age"].title == "Victimes enregistrées par sexe et groupe d'âge"
    assert nl["persons_by_actor"].unit == "registraties; personen"
    assert fr["victims_nationality"].title == (
        "Victimes enregistrées : les 10 principales nationalités, par sexe"
    )
    assert nl["justice_by_form"].title == (
        "Strafrechtsketen: verdachten, vervolgingen en veroordelingen naar uitbuitingsvorm"
    )


def test_published_tables_refuse_an_unknown_language(ws):
    with pytest.raises(ValueError, match="'de' is not one of fr, nl, en"):
        published_tables(ws, YEAR, "de")


def test_every_table_text_is_in_every_language_and_translated(ws):
    for t in stats.raw(ws, YEAR):
        for texts in (t.title, t.unit, t.counting_rule, *t.row_labels.values(), *t.col_labels.values()):
            assert set(texts) == set(LANGUAGES) and all(texts.values()), (t.id, texts)
        for lang in TRANSLATED:
            assert t.title[lang] != t.title[SOURCE], (t.id, lang)
            assert t.counting_rule[lang] != t.counting_rule[SOURCE], (t.id, lang)
        assert set(t.notes) in (set(), set(LANGUAGES)), t.id


def test_published_cell_states_are_the_table_states():
    assert PublishedCell.of("F", "child", Cell(None, "suppressed", "threshold")).value is None
    with pytest.raises(ValidationError):
        PublishedCell.of("F", "child", Cell(3, "confidential"))
    with pytest.raises(ValidationError):
        PublishedTable.model_validate(
            {"id": "x", "title": "", "unit": "", "rows": [], "columns": [], "cells": []}
        )
