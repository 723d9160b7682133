"""Policy register: YAML round trip, follow-up history, open recommendations, indicator values
taken from the statistics, clear errors for bad files."""

from __future__ import annotations

import re

import pytest

from rapporteur import ingest
from rapporteur import workspace as wsp
from rapporteur.demo.register import build as demo_register
from rapporteur.ingest import actors
from rapporteur.policy import (
    PolicyError,
    export_yaml,
    follow_up,
    import_path,
    load_recommendations,
)
from rapporteur.report.build import render_html
from rapporteur.stats import published
from tests.conftest import police_csv


@pytest.fixture
def reg(tmp_path):
    ws = wsp.init(tmp_path / "w")
    src = tmp_path / "register"
    src.mkdir()
    measures, recs = demo_register(3, 2013)
    (src / "measures.yaml").write_text(measures, "utf-8")
    (src / "recommendations.yaml").write_text(recs, "utf-8")
    import_path(ws, src)
    yield ws, measures, recs
    ws.close()


def test_demo_register_is_large_enough_and_trilingual(reg):
    ws, measures, _ = reg
    assert measures.count("\n- id:") + measures.startswith("- id:") >= 16
    rs = load_recommendations(ws)
    assert len(rs) >= 10 and sum(len(r.followup) for r in rs) >= 15
    assert all(set(r.text) == set(r.reasoning) == {"en", "fr", "nl"} for r in rs)
    assert all(set(f.evidence) == {"en", "fr", "nl"} for r in rs for f in r.followup)


def test_yaml_database_yaml_round_trip_is_unchanged(reg):
    ws, measures, recs = reg
    assert export_yaml(ws) == (measures, recs)


def test_follow_up_history_across_years(reg):
    ws, *_ = reg
    follow_up(ws, "R2013-2", 2014, "partly_implemented", {"en": "Started"})
    r = follow_up(ws, "R2013-2", 2015, "implemented", {"en": "Done"})
    assert [(f.year, f.status) for f in r.followup] == [(2014, "partly_implemented"), (2015, "implemented")]
    assert r.status_in(2014) == "partly_implemented" and r.status_in(2016) == "implemented"
    text = (ws.path / "policy" / "recommendations.yaml").read_text("utf-8")
    assert "2015" in text  # the YAML file follows the database
    with pytest.raises(PolicyError, match="after the year issued"):
        follow_up(ws, "R2013-2", 2012, "implemented", {"en": "x"})
    with pytest.raises(PolicyError, match="status"):
        follow_up(ws, "R2013-2", 2016, "done", {"en": "x"})


def test_a_recommendation_stays_in_follow_up_until_closed(reg):
    ws, *_ = reg
    r = next(x for x in load_recommendations(ws) if x.id == "R2011-1")
    r = follow_up(ws, r.id, 2012, "partly_implemented", {"en": "Started"})
    r = follow_up(ws, r.id, 2013, "implemented", {"en": "Done"})
    assert not r.open_in(2011)  # the year it was issued: in the year's list, not follow-up
    assert r.open_in(2012) and r.open_in(2013)
    assert not r.open_in(2014)  # closed in 2013


def test_report_chapters_2_and_5_and_indicator_values_follow_the_data(reg, tmp_path, write, fixtures_dir):
    ws, *_ = reg
    actors.add(ws, fixtures_dir / "police.yaml")
    rows = [f"Q{i};Ann;Lee;01/01/1990;F;BE;1°;01/02/2013" for i in range(40)]
    ingest.submit(ws, write("v1.csv", police_csv(rows)), "police", 2013)

    def identified(html: str) -> str:  # a breakdown cell: victims_form_eurostat / labour / total
        m = re.search(r"Victims of labour exploitation registered</td><td>([^<]*)</td>", html)
        assert m, "indicator row missing"
        return m.group(1)

    html = render_html(ws, 2013, published(ws, 2013), "en")
    assert "Follow-up of earlier recommendations" in html and "Recommendations of 2013" in html
    assert "<svg" in html[html.index('id="ch2"') : html.index('id="ch3"')]  # a series has a chart
    assert identified(html) in ("0", "–")  # 40 victims of sexual exploitation (1°), none of labour
    more = rows + [f"R{i};Bo;Ng;01/01/1980;H;RO;3°;01/03/2013" for i in range(25)]
    ingest.submit(ws, write("v2.csv", police_csv(more)), "police", 2013)
    assert identified(render_html(ws, 2013, published(ws, 2013), "en")) == "25"  # 3°: labour
    fr = render_html(ws, 2013, published(ws, 2013), "fr")
    assert "Suivi des recommandations antérieures" in fr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: M1\n  title: {en: A}\n  body: X\n  area: nowhere\n  start: 2013-01-01\n", "line 1"),
        ("- id: M1\n  title: {en: A}\n  body: X\n  area: prevention\n  start: 2013-02-30\n", "start"),
        (
            "- id: M1\n  title: {en: A}\n  body: X\n  area: prevention\n  start: 2013-01-01\n"
            "- id: M1\n  title: {en: B}\n  body: X\n  area: prevention\n  start: 2013-01-01\n",
            "line 6",
        ),
        ("- id: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_register_files_name_file_and_line(tmp_path, text, message):
    ws = wsp.init(tmp_path / "w")
    f = tmp_path / "measures.yaml"
    f.write_text(text, "utf-8")
    with pytest.raises(PolicyError, match=message) as e:
        import_path(ws, f)
    assert "measures.yaml" in str(e.value)
    assert not (ws.path / "policy" / "measures.yaml").exists()  # nothing half-imported
