from __future__ import annotations

import re
from pathlib import Path

import pytest

from rapporteur.model import codelist, codelists
from rapporteur.model.codelists import citizenship_group, fold
from rapporteur.model.docs import render

ROOT = Path(__file__).parents[2]


def test_namibia_is_a_country_not_missing():
    assert "NA" in codelist("citizenship")
    assert codelist("citizenship").lookup()["na"] == "NA"
    assert codelist("citizenship").lookup()[fold("Namibië")] == "NA"


@pytest.mark.parametrize(
    ("code", "year", "composition", "group"),
    [
        ("BE", 2013, "EU27_2020", "NAT"),
        ("RO", 2013, "EU27_2020", "EU_FOR"),
        ("GB", 2013, "EU27_2020", "NEU_FOR"),
        ("GB", 2013, "AT_YEAR", "EU_FOR"),
        ("GB", 2021, "AT_YEAR", "NEU_FOR"),
        ("HR", 2012, "AT_YEAR", "NEU_FOR"),
        ("HR", 2013, "AT_YEAR", "EU_FOR"),
        ("NG", 2013, "EU27_2020", "NEU_FOR"),
        ("", 2013, "EU27_2020", "UNK"),
    ],
)
def test_citizenship_groups(code, year, composition, group):
    assert citizenship_group(code, "BE", year, composition) == group


def test_exploitation_maps_to_eurostat_and_htcds():
    cl = codelist("exploitation")
    eurostat = codelist("eurostat_exploitation")
    for code in cl.codes:
        assert cl.attr(code, "eurostat") in eurostat
        assert cl.attr(code, "htcds")
    assert [cl.attr(c, "eurostat") for c in ("sexual", "begging", "labour", "organs", "crime")] == [
        "sexual",
        "other",
        "labour",
        "other",
        "other",
    ]


def test_every_code_list_has_labels_in_three_languages():
    for name, cl in codelists().items():
        for code in cl.codes:
            for lang in ("en", "fr", "nl"):
                assert cl.label(code, lang) if "label_en" in cl.rows[0] else cl.attr(code, f"name_{lang}"), (
                    name,
                    code,
                    lang,
                )


def test_data_model_doc_matches_the_code():
    doc = (ROOT / "docs" / "data-model.md").read_text("utf-8")
    start, end = "<!-- generated:start -->", "<!-- generated:end -->"
    assert start in doc and end in doc
    current = doc.split(start, 1)[1].split(end, 1)[0].strip()
    assert current == render().strip(), (
        "docs/data-model.md is out of date: run `uv run python -m rapporteur.model.docs`"
    )
    assert re.search(r"\| `NA` \| Namibia", current)
