"""The feedback document: rejected cells with row/column/rule, no identifier, the actor's language."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from rapporteur import feedback, ingest
from tests.conftest import GOOD_ROWS, police_csv

BAD = [*GOOD_ROWS, "P5;Secretname;Hiddenfam;31/02/1991;F;Atlantide;1°;12/03/2014"]
WORDS = {"fr": "Cellules refusées", "nl": "Geweigerde cellen", "en": "Rejected cells"}


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_feedback_lists_rejects_without_identifiers_in_the_language(ws, write, tmp_path, lang):
    r = ingest.submit(ws, write("p.csv", police_csv(BAD)), "police", 2014)
    assert r.rejected == 1
    doc = feedback.build(ws, r.submission_id, lang)
    page = feedback.to_html(doc)
    assert WORDS[lang] in page
    assert "Nationalité" in page and "Atlantide" in page  # a code value may be shown
    assert "Date de naissance" in page
    rows = {x[0] for x in doc.rejects}
    assert rows == {6}
    for secret in ("Secretname", "Hiddenfam", "31/02/1991", "1991"):
        assert secret not in page
    out = feedback.write(doc, tmp_path / f"f-{lang}.xlsx")
    cells = [
        str(c)
        for s in load_workbook(out).worksheets
        for row in s.iter_rows(values_only=True)
        for c in row
        if c
    ]
    assert any(WORDS[lang] in c for c in cells) and not any("Secretname" in c or "1991" in c for c in cells)


def test_a_drop_since_last_year_is_reported(ws, write):
    many = [f"Q{i};A{i};B{i};;F;RO;1°;12/03/2013" for i in range(20)]
    ingest.submit(ws, write("a.csv", police_csv(many)), "police", 2013)
    few = [f"R{i};A{i};B{i};;F;RO;1°;12/03/2014" for i in range(4)]
    r = ingest.submit(ws, write("b.csv", police_csv(few)), "police", 2014)
    doc = feedback.build(ws, r.submission_id, "nl")
    assert any(b == 20 and n == 4 for _, b, n in doc.drops)
    page = feedback.to_html(doc)
    assert "Ongewone dalingen" in page and "Vorige aanlevering" in page
