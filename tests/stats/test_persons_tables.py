"""Persons, not registrations: a small world with known overlaps between three actors.

Police (persons), a victim centre (persons, presumed) and the labour inspection (files) register
five persons in nine records: Marie (police + centre), Ion (police + centre + inspection; the
centre says F, the inspection gives one citizenship of two), Ana (police), Kofi (police +
inspection) and Lena (centre)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pytest

from rapporteur import ingest, stats
from rapporteur import workspace as wsp
from rapporteur.export import eurostat
from rapporteur.ingest import actors
from rapporteur.link.run import LinkRun, summarise
from rapporteur.stats.context import eurostat_group
from rapporteur.stats.table import TOTAL
from rapporteur.store import records
from tests.conftest import FIXTURES, police_csv

YEAR = 2013
POLICE = [
    "P1;Marie;Dupont;03/04/1990;F;RO;1°;12/03/2013",
    "P2;Ion;Popescu;;H;RO/BG;3°,5°;01/06/2013",  # no birth date: the age group comes from the centre
    "P3;Ana;Silva;02/02/1980;F;PT;1°;02/02/2013",
    "P4;Kofi;Mensah;01/01/2000;H;NG;3°;20/08/2013",
]
CENTRE = [
    "C1;Marie;Dupont;03/04/1990;F;RO;1°;15/03/2013",
    "C2;Ion;Popescu;15/11/1985;F;RO/BG;3°;10/06/2013",  # disagrees on sex
    "C3;Lena;Koval;05/05/2000;F;UA;2°;01/09/2013",
]
INSPECTION = [
    "I1;Ion;Popescu;15/11/1985;H;BG;3°;02/06/2013",  # disagrees on citizenship
    "I2;Kofi;Mensah;01/01/2000;H;NG;3°;21/08/2013",
]
PERSONS = {  # local ids of each person's records
    "Marie": ["P1", "C1"],
    "Ion": ["P2", "C2", "I1"],
    "Ana": ["P3"],
    "Kofi": ["P4", "I2"],
    "Lena": ["C3"],
}
FORMS = {
    "Marie": ["sexual"],
    "Ion": ["labour", "crime"],
    "Ana": ["sexual"],
    "Kofi": ["labour"],
    "Lena": ["begging"],
}


def _actor(tmp: Path, actor: str, kind: str, unit: str, status: str) -> Path:
    text = (FIXTURES / "police.yaml").read_text("utf-8")
    text = text.replace("actor: police", f"actor: {actor}").replace("kind: police", f"kind: {kind}")
    text = text.replace("counting_unit: person", f"counting_unit: {unit}")
    text = text.replace("status: identified", f"status: {status}").replace("(test)", f"({actor})")
    p = tmp / f"{actor}.yaml"
    p.write_text(text, "utf-8")
    return p


@pytest.fixture
def world(tmp_path):
    ws = wsp.init(tmp_path / "ws")
    actors.add(ws, FIXTURES / "police.yaml")
    actors.add(ws, _actor(tmp_path, "centre", "victim_centre", "person", "presumed"))
    actors.add(ws, _actor(tmp_path, "inspection", "inspection", "file", "identified"))
    for actor, rows in (("police", POLICE), ("centre", CENTRE), ("inspection", INSPECTION)):
        f = tmp_path / f"{actor}.csv"
        f.write_bytes(police_csv(rows))
        ingest.submit(ws, f, actor, YEAR)
    con = records.connect(ws)
    ids = {
        loc: (rid, a)
        for rid, a, loc in con.execute("select record_id, actor_id, local_id from victim_record").fetchall()
    }
    con.close()
    assert len(ids) == 9
    rid, actor, person = [], [], []
    for locs in PERSONS.values():
        first = min(ids[loc][0] for loc in locs)
        for loc in locs:
            rid.append(ids[loc][0])
            actor.append(ids[loc][1])
            person.append(first)
    clusters = pa.table(
        {"record_id": pa.array(rid, pa.int64()), "actor_id": actor, "person_id": pa.array(person, pa.int64())}
    )
    run = LinkRun(
        run_id=99, year=YEAR, mode="clear", threshold=0.9, engine="test", summary=summarise(clusters, 0, 0)
    ).with_clusters(clusters)
    yield ws, run
    ws.close()


def test_each_linked_person_is_counted_once(world):
    ws, run = world
    t = {x.id: x for x in stats.raw(ws, YEAR, run)}
    for tid in ("victims_sex_age", "victims_status_sex", "victims_citizenship_group"):
        assert t[tid].cell(TOTAL, TOTAL).value == 5, tid
        assert t[tid].unit["en"] == "persons (victims counted once)"
        assert "Unique persons" in t[tid].counting_rule["en"]
    # forms are the union over a person's records, once per form
    expect: dict[str, int] = {}
    for forms in FORMS.values():
        for f in forms:
            expect[eurostat_group(f)] = expect.get(eurostat_group(f), 0) + 1
    for group, n in expect.items():
        assert t["victims_form_eurostat"].cell(group, TOTAL).value == n, group
    assert t["victims_form_national"].cell("labour", TOTAL).value == 2  # Ion and Kofi, not 4 records
    assert t["persons_by_actor"].cell("all_actors", "persons").value == 5
    assert t["persons_by_actor"].cell("all_actors", "registrations").value == 9


def test_attributes_follow_the_precedence_rule(world):
    ws, run = world
    t = {x.id: x for x in stats.raw(ws, YEAR, run)}
    sa = t["victims_sex_age"]
    # Ion: M from the police although the centre says F; Marie, Ana, Lena: F
    assert sa.cell("M", TOTAL).value == 2 and sa.cell("F", TOTAL).value == 3
    # Ion's age group from the centre (the police have no birth date): nobody is left unknown
    assert sa.cell(TOTAL, "adult").value == 3 and sa.cell(TOTAL, "child").value == 2
    assert sa.cell(TOTAL, "unknown").value == 0
    # identified by the police wins over the centre's presumed: only Lena is presumed
    st = t["victims_status_sex"]
    assert st.cell("identified", TOTAL).value == 4 and st.cell("presumed", TOTAL).value == 1
    # Ion's citizenships are the police's RO and BG, not only the inspection's BG
    nat = t["victims_nationality"]
    assert nat.cell("RO", TOTAL).value == 2 and nat.cell("BG", TOTAL).value == 1


def test_conflicts_are_counted_and_shown(world, monkeypatch):
    ws, run = world
    monkeypatch.setattr(stats, "linkage", lambda _ws, _year: run)
    c = stats.conflicts(ws, YEAR)
    assert (c.unit, c.persons, c.records) == ("persons", 5, 9)
    assert c.sex == 1 and c.citizenship == 1 and c.age_group == 0
    assert c.status == 2  # Marie and Ion: identified by the police, presumed at the centre
    notes = {x.id: x.notes for x in stats.raw(ws, YEAR, run)}["victims_sex_age"]
    assert "on sex, fewer than 5 persons" in notes["en"][-1]
    assert "sur le sexe, moins de 5 personnes" in notes["fr"][-1]
    assert "over het geslacht, minder dan 5 personen" in notes["nl"][-1]


def test_no_table_adds_up_counting_units(world):
    ws, run = world
    for linked in (run, None):
        t = {x.id: x for x in stats.raw(ws, YEAR, linked)}
        by_actor = t["registrations_by_actor"]
        assert TOTAL not in by_actor.rows  # persons and files side by side, never summed
        assert by_actor.cell("inspection", TOTAL).value == 2  # the inspection's files
        assert by_actor.cell("police", TOTAL).value == 4
        assert "file" in by_actor.label("row", "inspection", "en").lower()


def test_the_eurostat_return_carries_the_persons_tables(world, monkeypatch, tmp_path):
    ws, run = world
    monkeypatch.setattr(stats, "linkage", lambda _ws, _year: run)
    path, _ = eurostat.export(ws, YEAR, tmp_path / "e.csv")
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["leg_stat"] == "VICT"]
    t = {x.id: x for x in stats.published(ws, YEAR)}
    sa, cg, fe = t["victims_sex_age"], t["victims_citizenship_group"], t["victims_form_eurostat"]

    def value(**dims: str) -> str:
        base = {"sex": "T", "age": "TOTAL", "citizen": "TOTAL", "expl": "TOTAL"} | dims
        (r,) = [r for r in rows if all(r[k] == v for k, v in base.items())]
        return r["OBS_VALUE"]

    def shown(cell) -> str:
        return "" if cell.value is None or cell.state == "suppressed" else str(cell.value)

    assert value() == shown(sa.cell(TOTAL, TOTAL)) == "5"  # persons, not the 9 registrations
    assert value(sex="M") == shown(sa.cell("M", TOTAL))
    assert value(age="Y_LT18") == shown(sa.cell(TOTAL, "child"))
    assert value(citizen="EU27_2020_FOR") == shown(cg.cell("EU_FOR", TOTAL))
    assert value(expl="LAB_EXP") == shown(fe.cell("labour", TOTAL))
    assert all(r["COMMENT_OBS"].startswith("unique persons") for r in rows)
    manifest = json.loads(path.with_name(path.name + ".manifest.json").read_text("utf-8"))
    assert manifest["unit"] == "persons"


def test_without_linkage_tables_count_registrations_and_say_so(world, tmp_path):
    ws, _ = world
    assert stats.linkage(ws, YEAR) is None and stats.unit(ws, YEAR) == "registrations"
    t = {x.id: x for x in stats.raw(ws, YEAR)}
    for tid in (
        "trend_form",
        "victims_sex_age",
        "victims_status_sex",
        "victims_nationality",
        "victims_form_eurostat",
    ):
        assert t[tid].unit["en"] == "registrations of victims", tid
        assert "may be double counted" in t[tid].counting_rule["en"]
        assert "peut être comptée plusieurs fois" in t[tid].counting_rule["fr"]
        assert "kan dubbel geteld zijn" in t[tid].counting_rule["nl"]
    assert t["victims_sex_age"].cell(TOTAL, TOTAL).value == 9
    assert t["persons_by_actor"].cell("all_actors", "persons").state == "na"
    path, _ = eurostat.export(ws, YEAR, tmp_path / "e.csv")
    manifest = json.loads(path.with_name(path.name + ".manifest.json").read_text("utf-8"))
    assert manifest["unit"] == "registrations"
    with path.open(encoding="utf-8") as f:
        vict = [r for r in csv.DictReader(f) if r["leg_stat"] == "VICT"]
    assert all("double counted" in r["COMMENT_OBS"] for r in vict)
