"""The policy stage's views for the CLI and the report: latest status of each recommendation,
and what chapters 2 and 5 show."""

from __future__ import annotations

import pytest

from rapporteur import workspace as wsp
from rapporteur.demo.register import build as demo_register
from rapporteur.errors import BadOption
from rapporteur.policy import chapter, follow_up, import_path, load_recommendations, recommendation_statuses


@pytest.fixture
def ws(tmp_path):
    w = wsp.init(tmp_path / "w")
    src = tmp_path / "register"
    src.mkdir()
    measures, recs = demo_register(3, 2013)
    (src / "measures.yaml").write_text(measures, "utf-8")
    (src / "recommendations.yaml").write_text(recs, "utf-8")
    import_path(w, src)
    yield w
    w.close()


def test_statuses_are_the_latest_follow_up_and_filter_by_year_and_status(ws):
    follow_up(ws, "R2013-2", 2014, "partly_implemented", {"en": "Started"})
    follow_up(ws, "R2013-2", 2015, "implemented", {"en": "Done"})
    everything = recommendation_statuses(ws)
    assert [s.recommendation_id for s in everything] == [r.id for r in load_recommendations(ws)]
    s = next(x for x in everything if x.recommendation_id == "R2013-2")
    assert s.status == "implemented" and [f.year for f in s.follow_up] == [2014, 2015]
    assert s.text_in("en") == s.text["en"] and s.text_in("de") == s.text["en"]
    of_2013 = recommendation_statuses(ws, 2013)
    assert of_2013 and all(x.year == 2013 for x in of_2013)
    done = recommendation_statuses(ws, status="implemented")
    assert "R2013-2" in {x.recommendation_id for x in done} and all(x.status == "implemented" for x in done)
    pending = [x for x in everything if not x.follow_up]
    assert all(x.status is None for x in pending)
    with pytest.raises(BadOption, match="status 'done'"):
        recommendation_statuses(ws, status="done")


def test_chapter_has_the_year_s_measures_series_and_open_recommendations(ws):
    ch = chapter(ws, 2013)
    assert ch.any and ch.by_area
    assert [a for a, _ in ch.by_area] == [
        a
        for a in ("prevention", "identification", "protection", "prosecution", "partnership")
        if a in {a for a, _ in ch.by_area}
    ]
    assert all(2013 in m.years for _, ms in ch.by_area for m in ms)
    assert all(
        len(s.points) >= 3 and all(y <= 2013 for y, _ in s.points) for ss in ch.series.values() for s in ss
    )
    assert any(ch.series.values())  # the demo register has series long enough to draw
    assert all(r.year == 2013 for r in ch.issued)
    assert all(r.year < 2013 for r in ch.open)
    r = ch.open[0]
    follow_up(
        ws, r.id, 2012, "implemented", {"en": "Done"}
    )  # closed before 2013: no longer followed up in 2013
    assert r.id not in {x.id for x in chapter(ws, 2013).open if not any(f.year == 2013 for f in x.followup)}
