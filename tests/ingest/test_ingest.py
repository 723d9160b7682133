"""Ingestion of good files in the forms real actors send them."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from cryptography.exceptions import InvalidTag
from openpyxl import Workbook

from rapporteur import ingest
from rapporteur.ingest import actors, archive
from rapporteur.store import identity, records
from tests.conftest import GOOD_ROWS, police_csv


def db(ws):
    return records.connect(ws)


def test_cp1252_bom_crlf_semicolon_file_is_harmonised(ws, write):
    data = b"\xef\xbb\xbf" + police_csv(GOOD_ROWS, encoding="utf-8")
    r = ingest.submit(ws, write("police.csv", data), "police", 2013)
    assert (r.rows, r.accepted, r.rejected, r.status) == (4, 4, 0, "accepted")
    r2 = ingest.submit(ws, write("police1252.csv", police_csv(GOOD_ROWS)), "police", 2014)
    assert r2.accepted == 4
    con = db(ws)
    recs = con.execute(
        "select local_id, sex, age, age_group, identified_on from victim_record "
        "where year = 2013 order by local_id"
    ).fetchall()
    assert recs[0] == ("P1", "F", 22, "adult", dt.date(2013, 3, 12))
    assert recs[2][2:4] == (None, None)  # no birth date: age not available, not 0
    assert recs[3][2:4] == (13, "child")
    cit = con.execute(
        "select r.local_id, c.position, c.code from victim_citizenship c join "
        "victim_record r on r.record_id = c.record_id where r.year = 2013 "
        "order by 1, 2"
    ).fetchall()
    assert ("P2", 1, "RO") in cit and ("P2", 2, "BG") in cit
    assert ("P3", 1, "NA") in cit  # Namibia, not missing
    assert ("P4", 1, "NG") in cit  # 'Nigéria' in French
    forms = con.execute(
        "select r.local_id, e.form, e.source_value from victim_exploitation e "
        "join victim_record r on r.record_id = e.record_id where r.year = 2013 "
        "order by 1, 2"
    ).fetchall()
    assert ("P2", "crime", "5°") in forms and ("P2", "labour", "3°") in forms


def test_identifiers_are_encrypted_and_recoverable_with_the_key(ws, write):
    r = ingest.submit(ws, write("p.csv", police_csv(GOOD_ROWS)), "police", 2013)
    stored = b"".join(p.read_bytes() for p in ws.path.rglob("*") if p.is_file() and "archive" not in p.parts)
    for secret in (b"Popescu", b"Dupont", b"1985-11-15", b"15/11/1985"):
        assert secret not in stored
    ident = records.identities(ws, r.submission_id).to_pylist()
    rec = dict(db(ws).execute("select local_id, record_id from victim_record").fetchall())
    p2 = next(i for i in ident if i["record_id"] == rec["P2"])
    assert p2 == {
        "record_id": rec["P2"],
        "first_name": "Ion",
        "last_name": "Popescu",
        "birth_date": "1985-11-15",
        "document_number": None,
    }
    blob = next(ws.path.rglob("identity.enc")).read_bytes()
    with pytest.raises(InvalidTag):
        identity.decrypt(b"\x00" * 32, r.submission_id, blob)
    with pytest.raises(InvalidTag):  # bound to its submission
        identity.decrypt(ws.identity_key(), r.submission_id + 1, blob)


def _xlsx(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    sh = wb.active
    for r in rows:
        sh.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_excel_with_title_rows_total_row_and_masked_counts(ws, write):
    data = _xlsx(
        [
            ["Veroordelingen mensenhandel 2013 (test)"],
            [],
            ["Fase", "Geslacht", "Vorm", "Aantal"],
            ["veroordeling", "man", "seksueel", 12],
            ["veroordeling", "vrouw", "seksueel", "<5"],
            ["veroordeling", "man", "economisch", None],
            ["veroordeling", "vrouw", "economisch", 0],
            ["Totaal", None, None, 12],
        ]
    )
    r = ingest.submit(ws, write("court.xlsx", data), "court", 2013)
    assert (r.rows, r.accepted, r.rejected, r.total_rows_skipped) == (4, 4, 0, 1)
    got = (
        db(ws)
        .execute("select row, sex, exploitation, count, state from justice_record order by row")
        .fetchall()
    )
    assert got == [
        (4, "M", "sexual", 12, "count"),
        (5, "F", "sexual", None, "confidential"),
        (6, "M", "labour", None, "na"),
        (7, "F", "labour", 0, "zero"),
    ]


def test_parquet_with_typed_dates(ws, write, tmp_path):
    m = tmp_path / "pq.yaml"
    m.write_text(
        """actor: centre
kind: victim_centre
counting_unit: person
records: victim
label: {en: Centre, fr: Centre, nl: Centrum}
file: {format: parquet}
columns: {local_id: id, birth_date: born, citizenship: nat, status: statut,
          identified_on: {column: accueil}}
""",
        "utf-8",
    )
    actors.add(ws, m)
    t = pa.table(
        {
            "id": ["a", "b"],
            "born": pa.array([dt.date(2001, 5, 1), None], pa.date32()),
            "nat": ["NA", "Roumanie"],
            "statut": ["identified", "presumed"],
            "accueil": pa.array([dt.date(2013, 5, 2), dt.date(2013, 6, 1)], pa.date32()),
        }
    )
    buf = io.BytesIO()
    pq.write_table(t, buf)
    r = ingest.submit(ws, write("c.parquet", buf.getvalue()), "centre", 2013)
    assert (r.accepted, r.rejected) == (2, 0)
    rows = db(ws).execute("select local_id, age, status from victim_record order by 1").fetchall()
    assert rows == [("a", 12, "identified"), ("b", None, "presumed")]


def test_same_bytes_again_is_a_duplicate_and_stores_nothing(ws, write):
    p = write("p.csv", police_csv(GOOD_ROWS))
    first = ingest.submit(ws, p, "police", 2013)
    again = ingest.submit(ws, p, "police", 2013)
    assert again.status == "duplicate" and again.duplicate_of == first.submission_id
    assert db(ws).execute("select count(*) from victim_record").fetchone()[0] == 4
    other_year = ingest.submit(ws, p, "police", 2014)
    assert other_year.status == "accepted"


def test_a_new_file_supersedes_the_previous_and_history_is_kept(ws, write):
    v1 = ingest.submit(ws, write("v1.csv", police_csv(GOOD_ROWS)), "police", 2013)
    v2 = ingest.submit(ws, write("v2.csv", police_csv(GOOD_ROWS[:2])), "police", 2013)
    subs = {s.submission_id: s.model_dump() for s in ingest.submissions(ws)}
    assert subs[v1.submission_id]["status"] == "superseded"
    assert subs[v1.submission_id]["superseded_by"] == v2.submission_id
    assert subs[v2.submission_id]["status"] == "accepted"
    assert db(ws).execute("select count(*) from victim_record").fetchone()[0] == 2
    assert (
        records.connect(ws, include_superseded=True)
        .execute("select count(*) from victim_record")
        .fetchone()[0]
        == 6
    )
    assert (ws.archive_dir / v1.sha256[:2] / v1.sha256).exists()
    # sending the first version again makes it current again without storing it twice
    back = ingest.submit(ws, write("v1-again.csv", police_csv(GOOD_ROWS)), "police", 2013)
    subs = {s.submission_id: s.model_dump() for s in ingest.submissions(ws)}
    assert back.status == "duplicate" and back.duplicate_of == v1.submission_id
    assert subs[v1.submission_id]["status"] == "accepted"
    assert subs[v2.submission_id]["status"] == "superseded"
    assert db(ws).execute("select count(*) from victim_record").fetchone()[0] == 4
    assert (
        records.connect(ws, include_superseded=True)
        .execute("select count(*) from victim_record")
        .fetchone()[0]
        == 6
    )


def test_raw_bytes_are_archived_exactly(ws, write):
    data = police_csv(GOOD_ROWS)
    r = ingest.submit(ws, write("p.csv", data), "police", 2013)
    stored = (ws.archive_dir / r.sha256[:2] / r.sha256).read_bytes()
    assert stored.startswith(archive.MAGIC) and b"dossier" not in stored  # encrypted at rest
    assert b"".join(archive.open_plain(ws.archive_dir, r.sha256, ws.identity_key())) == data
