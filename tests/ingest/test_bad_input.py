"""Bad input: clear errors naming row, column and value; nothing half-written; raw kept."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from rapporteur import ingest
from rapporteur.errors import UnknownId
from rapporteur.ingest import archive
from rapporteur.store import records
from tests.conftest import GOOD_ROWS, HEADER, police_csv


def count(ws, table: str) -> int:
    return records.connect(ws, include_superseded=True).execute(f"select count(*) from {table}").fetchone()[0]


def status_of(ws, sub_id: int) -> dict:
    return ingest.submission(ws, sub_id).model_dump()


def file_failure(ws, write, name: str, data: bytes, actor: str = "police") -> str:
    with pytest.raises(ingest.IngestError) as e:
        ingest.submit(ws, write(name, data), actor, 2013)
    res = e.value.result
    assert res is not None and res.status == "failed"
    assert status_of(ws, res.submission_id)["status"] == "failed"
    assert b"".join(archive.open_plain(ws.archive_dir, res.sha256, ws.identity_key())) == data  # raw kept
    assert count(ws, "victim_record") == 0 and count(ws, "justice_record") == 0
    assert name in str(e.value)
    return str(e.value)


def test_utf8_file_declared_as_cp1252(ws, write):
    msg = file_failure(ws, write, "u.csv", police_csv(GOOD_ROWS, encoding="utf-8"))
    assert "UTF-8" in msg and "encoding" in msg


def test_invalid_bytes_for_the_encoding(ws, write, tmp_path):
    data = police_csv(GOOD_ROWS) + b"P9;A;B;;F;BE;1\x81;01/01/2013\r\n"
    msg = file_failure(ws, write, "bad.csv", data)
    assert "0x81" in msg and "line 6" in msg


def test_missing_required_column(ws, write):
    header = HEADER.replace(";Nationalité", ";Pays")
    msg = file_failure(ws, write, "m.csv", police_csv(GOOD_ROWS, header=header))
    assert "'Nationalité'" in msg and "mappings/police.yaml" in msg


@pytest.mark.parametrize("data", [b"", b"\r\n  \n"])
def test_empty_file(ws, write, data):
    assert "empty" in file_failure(ws, write, "e.csv", data)


def test_header_without_rows(ws, write):
    assert "no data rows" in file_failure(ws, write, "h.csv", police_csv([]))


def test_truncated_csv(ws, write):
    data = police_csv(GOOD_ROWS)
    msg = file_failure(ws, write, "t.csv", data[: data.rindex(b";", 0, len(data) - 20)])
    assert "truncated" in msg


def test_unbalanced_quote_is_a_file_problem_not_silent_loss(ws, write):
    rows = [*GOOD_ROWS[:2], 'P7;"Ana;Silva;;F;BE;1°;02/02/2013', *GOOD_ROWS[2:]]
    assert "never closed" in file_failure(ws, write, "q.csv", police_csv(rows))


def test_binary_file_is_not_a_table(ws, write):
    assert "binary" in file_failure(ws, write, "b.csv", b"\x00\x01\x02 hello;world\n\x00")


def test_truncated_and_non_excel_workbooks(ws, write):
    wb = Workbook()
    wb.active.append(["Fase", "Geslacht", "Vorm", "Aantal"])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    assert "truncated" in file_failure(ws, write, "c.xlsx", data[: len(data) // 2], actor="court")
    assert "not an Excel" in file_failure(ws, write, "d.xlsx", b"Fase;Aantal\nx;1\n", actor="court")


def test_file_over_the_size_limit_is_refused(ws, write):
    ws.settings.ingest.max_file_mb = 1
    big = police_csv(GOOD_ROWS * 1) + b"P;" * 600_000
    with pytest.raises(ingest.IngestError, match="above the workspace limit"):
        ingest.submit(ws, write("huge.csv", big), "police", 2013)
    assert archive.files(ws.archive_dir) == []  # checked before archiving


def test_row_problems_are_rejects_with_row_column_value_rule_and_fix(ws, write):
    rows = [
        *GOOD_ROWS,
        "P5;Zoe;Mertens;31/02/1990;F;BE;1°;01/02/2013",  # impossible birth date (masked)
        "P6;Ali;Benali;01/01/1990;H;Atlantis;1°;01/02/2013",  # unknown citizenship
        "P7;Ali;Benali;01/01/1990;H;MA;7°;01/02/2013",  # unknown exploitation code
        "P8;Ali;Benali;01/01/1990;Z;MA;1°;2013-13-45",  # unknown sex, impossible date
        "P1;Eva;Maes;01/01/1990;F;BE;1°;01/02/2013",  # duplicate id
        "P9;Eva;Maes;01/01/1990;F;BE;1°;01/02/2099",  # date in the future
        "P10;Eva;Maes;01/01/2014;F;BE;1°;01/02/2013",  # born after identification
        "P11;Eva;Maes;01/01/1990;F;BE;1°;last week",  # not a date
        "P12;too;few;fields",  # column count
    ]
    r = ingest.submit(ws, write("rows.csv", police_csv(rows)), "police", 2013)
    assert (r.rows, r.accepted, r.rejected, r.status) == (13, 4, 9, "accepted")
    rej = ingest.rejects(ws, r.submission_id)
    by = {(x.row, x.rule): x.model_dump() for x in rej}
    assert by[(6, "impossible_date")]["column"] == "Date de naissance"
    assert "31/02" not in by[(6, "impossible_date")]["value"]  # identifiers masked
    assert "31/02" not in by[(6, "impossible_date")]["message"]
    assert by[(7, "unknown_code")]["value"] == "Atlantis"
    assert "mappings/police.yaml" in by[(7, "unknown_code")]["message"]
    assert by[(8, "unknown_code")]["value"] == "7°"
    assert {(9, "unknown_code"), (9, "impossible_date")} <= set(by)
    assert "row 2" in by[(10, "duplicate_id")]["message"]
    assert (11, "impossible_date") in by
    assert by[(12, "date_order")]["column"] == "Date de naissance"
    assert by[(13, "invalid_date")]["value"] == "last week"
    assert "dd/mm/yyyy" in by[(13, "invalid_date")]["message"]
    assert by[(14, "column_count")]["column"] == "*"
    assert count(ws, "victim_record") == 4


def test_strict_rejects_the_whole_submission(ws, write):
    rows = [*GOOD_ROWS, "P6;Ali;Benali;01/01/1990;H;Atlantis;1°;01/02/2013"]
    r = ingest.submit(ws, write("s.csv", police_csv(rows)), "police", 2013, strict=True)
    assert r.status == "rejected" and r.accepted == 0 and r.rejected == 1
    assert count(ws, "victim_record") == 0
    assert len(ingest.rejects(ws, r.submission_id)) == 1
    # a later good file is not a duplicate of the rejected one
    ok = ingest.submit(ws, write("s2.csv", police_csv(rows)), "police", 2013)
    assert ok.status == "accepted" and ok.accepted == 4


def test_unknown_actor_and_missing_file(ws, write, tmp_path):
    with pytest.raises(UnknownId, match="actor add"):
        ingest.submit(ws, write("x.csv", b"a\n1\n"), "nobody", 2013)
    with pytest.raises(ingest.IngestError, match="no such file"):
        ingest.submit(ws, tmp_path / "absent.csv", "police", 2013)


def test_wrong_header_row_names_row_and_columns_never_a_cell(ws, write):
    from rapporteur.ingest import mapping as mp

    m = ws.mapping_file("police")
    text = m.read_text("utf-8")
    if "header_row" in text:
        text = text.replace("header_row:", "header_row: 3 #")
    else:
        text = text.replace("file:\n", "file:\n  header_row: 3\n", 1)
    m.write_text(text, "utf-8")
    mp.load(m)
    rows = ["P1;Zorbalina;Quixtrom;17/03/1987;F;BE;1°;01/02/2013", *GOOD_ROWS]
    with pytest.raises(ingest.IngestError) as e:
        ingest.submit(ws, write("w.csv", police_csv(rows)), "police", 2013)
    msg = str(e.value)
    assert "header row 3" in msg
    for cell in ("Zorbalina", "Quixtrom", "17/03/1987", "Eva", "Maes", "1990"):
        assert cell not in msg
    stored = ingest.submissions(ws)[-1].error or ""
    assert "Zorbalina" not in stored and "17/03/1987" not in stored
    log = (
        (ws.logs_dir / "rapporteur.log").read_text("utf-8")
        if (ws.logs_dir / "rapporteur.log").exists()
        else ""
    )
    assert "Zorbalina" not in log


def test_decompression_bomb_is_refused_before_parsing(ws, write):
    import zipfile

    wb = Workbook()
    wb.active.append(["Fase", "Geslacht", "Vorm", "Aantal"])
    buf = io.BytesIO()
    wb.save(buf)
    bomb = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out,
    ):
        for item in src.infolist():
            out.writestr(item, src.read(item))
        with out.open("xl/padding.xml", "w") as f:  # 300 MB of zeros, a few hundred kB packed
            block = b"\0" * (1 << 20)
            for _ in range(300):
                f.write(block)
    data = bomb.getvalue()
    assert len(data) < 2_000_000
    msg = file_failure(ws, write, "bomb.xlsx", data, actor="court")
    assert "unpacks to" in msg and "xlsx_max_uncompressed_mb" in msg


def test_formula_cells_of_rejects_come_out_neutralised(ws, write):
    from typer.testing import CliRunner

    from rapporteur.cli.main import app

    rows = [*GOOD_ROWS, "P20;Eva;Maes;01/01/1990;F;BE;=HYPERLINK(A1);01/02/2013"]
    r = ingest.submit(ws, write("f.csv", police_csv(rows)), "police", 2013)
    cmd = ["rejects", str(r.submission_id), "--format", "csv", "--workspace", str(ws.path)]
    res = CliRunner().invoke(app, cmd)
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.output.splitlines() if "HYPERLINK" in ln]
    assert lines and all(",=" not in ln and "'=HYPERLINK" in ln for ln in lines)
    import csv as _csv

    for row in _csv.reader(res.output.splitlines()[1:]):
        assert not any(c.startswith(("=", "+", "@")) for c in row)
