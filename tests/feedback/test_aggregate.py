"""Aggregate victim submissions: stored, in the actor's tables as aggregates, never linked."""

from __future__ import annotations

import pytest

from rapporteur import ingest, stats
from rapporteur.errors import BadInput
from rapporteur.ingest import actors
from rapporteur.ingest.mapping import load
from rapporteur.stats import units
from rapporteur.stats.context import Context
from rapporteur.stats.victims import by_actor, sex_age
from rapporteur.store import records
from tests.conftest import FIXTURES, GOOD_ROWS, police_csv

AGG = "\r\n".join(
    [
        "Nationalité;Sexe;Forme;Nombre",
        "RO;F;sexuelle;12",
        "RO;H;travail;7",
        "NG;F;sexuelle;<5",
        "BG;H;travail;",
        "Atlantide;F;sexuelle;3",  # unknown citizenship: rejected
        "",
    ]
).encode("utf-8")


@pytest.fixture
def agg_ws(ws, write):
    actors.add(ws, FIXTURES / "centre_agg.yaml")
    ingest.submit(ws, write("p.csv", police_csv(GOOD_ROWS)), "police", 2013)
    r = ingest.submit(ws, write("agg.csv", AGG), "centre_agg", 2013)
    return ws, r


def test_aggregate_rows_are_stored_with_their_counts_and_states(agg_ws):
    ws, r = agg_ws
    assert (r.status, r.rows, r.accepted, r.rejected) == ("accepted", 5, 4, 1)
    rows = (
        records.connect(ws)
        .execute("select sex, count, state from victim_record where actor_id = 'centre_agg' order by row")
        .fetchall()
    )
    assert rows == [("F", 12, "count"), ("M", 7, "count"), ("F", None, "confidential"), ("M", None, "na")]
    # record-level rows of the police keep a null state
    assert records.connect(ws).execute(
        "select count(*) from victim_record where actor_id = 'police' and state is null"
    ).fetchone() == (4,)


def _ctx(ws, clusters=None):
    con = records.connect(ws)
    ctx = Context(con, 2013, "BE", "first", actors.listing(ws))
    if clusters is not None:
        ctx.use_linkage(clusters)
    return ctx


def test_actor_table_sums_counts_and_marks_the_row_as_aggregate(agg_ws):
    ws, _ = agg_ws
    t = by_actor(_ctx(ws))
    assert t.cells[("centre_agg", "presumed")].value == 19  # 12 + 7; '<5' and blank add nothing
    assert t.cells[("police", "identified")].value == 4
    assert "aggregate" in t.row_labels["centre_agg"]["en"]
    assert "agrégés" in t.row_labels["centre_agg"]["fr"]
    assert "aggregate" not in t.row_labels["police"]["en"]
    assert any("aggregate counts" in n for n in t.notes["en"])


def test_registration_tables_count_each_victim_of_the_aggregate_and_say_so(agg_ws):
    ws, _ = agg_ws
    t = sex_age(_ctx(ws))
    from rapporteur.stats.table import TOTAL

    assert t.cells[(TOTAL, TOTAL)].value == 4 + 19
    assert any("Support centre (test)" in n and "Includes" in n for n in t.notes["en"])


def test_persons_tables_leave_the_aggregate_counts_out(agg_ws):
    import pyarrow as pa

    ws, _ = agg_ws
    con = records.connect(ws)
    police = [
        r[0] for r in con.execute("select record_id from victim_record where actor_id='police'").fetchall()
    ]
    # P1 and P2 are one person: 3 persons from the police records
    clusters = pa.table(
        {
            "record_id": pa.array(police, pa.int64()),
            "actor_id": pa.array(["police"] * 4),
            "person_id": pa.array([1, 1, 3, 4], pa.int64()),
        }
    )
    ctx = _ctx(ws, clusters)
    from rapporteur.stats.table import TOTAL

    t = sex_age(ctx)
    assert t.cells[(TOTAL, TOTAL)].value == 3
    assert any("Leaves out" in n for n in t.notes["en"])
    assert units.conflicts(ctx.con, 2013, "persons").records == 4


def test_aggregate_rows_never_enter_linkage_nor_estimation(agg_ws):
    from rapporteur.link import run as link_run

    ws, r = agg_ws
    inputs = [s.submission_id for s in link_run._current_submissions(ws, 2013)]
    assert r.submission_id not in inputs and inputs
    victims, _ = link_run._victims(ws, 2013)
    assert set(victims.column("actor_id").to_pylist()) == {"police"}
    import pyarrow as pa

    from rapporteur.estimate import run as est_run

    ids = records.connect(ws).execute("select record_id, actor_id from victim_record").fetchall()
    clusters = pa.table(
        {
            "record_id": pa.array([i for i, _ in ids], pa.int64()),
            "actor_id": pa.array([a for _, a in ids]),
            "person_id": pa.array(range(len(ids)), pa.int64()),
        }
    )
    persons = est_run.persons(ws, 2013, clusters)
    assert all(p["actors"] == {"police"} for p in persons.values())


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"aggregate": False}, "not declared aggregate"),
        ({"columns_drop": "count"}, "needs a count column"),
        ({"columns_add": {"first_name": "Prénom"}}, "no identifiers"),
    ],
)
def test_aggregate_declaration_is_checked(tmp_path, change, fragment):
    import yaml

    data = yaml.safe_load((FIXTURES / "centre_agg.yaml").read_text(encoding="utf-8"))
    if "aggregate" in change:
        data["aggregate"] = change["aggregate"]
    if "columns_drop" in change:
        del data["columns"][change["columns_drop"]]
    if "columns_add" in change:
        data["columns"].update(change["columns_add"])
    p = tmp_path / "m.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BadInput, match=fragment):
        load(p)


def test_published_stats_still_build_with_an_aggregate_actor(agg_ws):
    ws, _ = agg_ws
    ids = {t.id for t in stats.published(ws, 2013)}
    assert "registrations_by_actor" in ids
