"""A follow-up edits the user's recommendations.yaml in place: comments, key order, flow style
and every other entry are kept; the file and the database say the same; typed errors."""

from __future__ import annotations

import pytest

from rapporteur import workspace as wsp
from rapporteur.errors import BadOption, UnknownId
from rapporteur.policy import (
    PolicyError,
    UnknownRecommendation,
    follow_up,
    import_path,
    load_recommendations,
    recommendation_statuses,
)
from rapporteur.policy.register import Recommendation, _load

REGISTER = """\
# Recommendations of the rapporteur, kept by hand.
- theme: protection            # themes follow the annual report
  year: 2012
  id: R2012-3
  addressee: Federal government
  text: {en: Protect the victims, fr: Protéger les victimes}
  followup:
    - {year: 2013, status: partly_implemented, evidence: {en: started}}   # first step
    - {year: 2015, status: implemented, evidence: {en: in force}}

# issued in 2013, not followed up yet
- id: R2013-1
  text:
    en: "A text long enough to exceed the width of one hundred characters that a dumper would fold, kept"
  year: 2013
  theme: identification
  addressee: Police
"""


@pytest.fixture
def ws(tmp_path):
    w = wsp.init(tmp_path / "w")
    f = tmp_path / "recommendations.yaml"
    f.write_text(REGISTER, "utf-8")
    import_path(w, f)
    yield w
    w.close()


def _file(ws) -> str:
    return (ws.path / "policy" / "recommendations.yaml").read_text("utf-8")


def test_import_keeps_the_users_file_as_it_is(ws):
    assert _file(ws) == REGISTER


def test_a_follow_up_keeps_comments_order_and_the_other_entries(ws):
    follow_up(ws, "R2012-3", 2014, "implemented", {"en": "Law of 2014"})
    lines = REGISTER.splitlines()
    at = lines.index("    - {year: 2015, status: implemented, evidence: {en: in force}}")
    added = "    - {year: 2014, status: implemented, evidence: {en: Law of 2014}}"
    assert _file(ws).splitlines() == [*lines[:at], added, *lines[at:]]


def test_a_follow_up_of_an_entry_without_one_adds_it_at_the_end_of_that_entry(ws):
    follow_up(ws, "R2013-1", 2014, "not_implemented", {"en": "none"})
    text = _file(ws)
    assert text.startswith(REGISTER)  # every line before, the long one too, unchanged
    assert text[len(REGISTER) :] == (
        "  followup:\n    - year: 2014\n      status: not_implemented\n      evidence:\n        en: none\n"
    )


def test_a_follow_up_of_the_same_year_replaces_that_entry_in_place(ws):
    follow_up(ws, "R2012-3", 2013, "not_implemented", {"en": "stopped"})
    text = _file(ws)
    (line,) = [x for x in text.splitlines() if "{year: 2013" in x]
    # the comment stays on its line, at the column where it was
    assert line.startswith(
        "    - {year: 2013, status: not_implemented, evidence: {en: stopped}} "
    ) and line.endswith(" # first step")
    assert line.index("#") == REGISTER.splitlines()[7].index("#")
    assert "partly_implemented" not in text and "# issued in 2013, not followed up yet" in text


def test_file_and_database_agree_after_follow_ups(ws, tmp_path):
    follow_up(ws, "R2013-1", 2014, "partly_implemented", {"fr": "En cours"})
    follow_up(ws, "R2012-3", 2014, "implemented", {"nl": "Uitgevoerd"})
    from_file = {r.id: r for r in _load(ws.path / "policy" / "recommendations.yaml", Recommendation)}
    assert from_file == {r.id: r for r in load_recommendations(ws)}
    assert [(s.recommendation_id, s.status) for s in recommendation_statuses(ws)] == [
        ("R2012-3", "implemented"),
        ("R2013-1", "partly_implemented"),
    ]


def test_errors_are_typed(ws):
    with pytest.raises(UnknownRecommendation, match="R1999-1") as e:
        follow_up(ws, "R1999-1", 2014, "implemented", {"en": "x"})
    assert isinstance(e.value, UnknownId) and isinstance(e.value, PolicyError)
    with pytest.raises(BadOption, match="status 'done'"):
        follow_up(ws, "R2012-3", 2014, "done", {"en": "x"})
    with pytest.raises(BadOption, match="after the year issued"):
        follow_up(ws, "R2013-1", 2013, "implemented", {"en": "x"})
    assert _file(ws) == REGISTER  # nothing written


def test_a_file_with_block_lists_at_the_key_s_column_keeps_that_style(tmp_path):
    text = REGISTER.replace("    - {year", "  - {year")
    w = wsp.init(tmp_path / "w2")
    f = tmp_path / "recommendations.yaml"
    f.write_text(text, "utf-8")
    import_path(w, f)
    follow_up(w, "R2012-3", 2014, "implemented", {"en": "law"})
    added = "  - {year: 2014, status: implemented, evidence: {en: law}}\n"
    assert added + "  - {year: 2015" in _file(w)
    assert _file(w).replace(added, "") == text
    w.close()
