"""Checks a careful analyst would add (#18): dates outside the reference year, two-digit years,
delimiter and header-row hints, date formats and constants in mappings, UTF-16 files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rapporteur import ingest
from rapporteur.cli import app
from rapporteur.ingest import actors
from rapporteur.ingest.mapping import MappingError
from tests.conftest import FIXTURES, GOOD_ROWS, HEADER, police_csv

OUT_OF_YEAR = [*GOOD_ROWS[:3], "P4;Kofi;Mensah;01/01/2000;H;Nigéria;3°;20/08/2012"]


def test_identification_outside_the_year_is_a_stored_warning(ws, write):
    r = ingest.submit(ws, write("y.csv", police_csv(OUT_OF_YEAR)), "police", 2013)
    assert (r.accepted, r.rejected, r.warnings) == (4, 0, 1)
    [w] = ingest.warnings(ws, r.submission_id)
    assert (w.row, w.column, w.rule) == (5, "Date constat", "out_of_year")
    assert "2013" in w.message and "20/08/2012" not in w.message
    assert ingest.submission(ws, r.submission_id).warnings == 1


def test_in_year_dates_give_no_warning(ws, write):
    r = ingest.submit(ws, write("ok.csv", police_csv(GOOD_ROWS)), "police", 2013)
    assert r.warnings == 0 and ingest.warnings(ws, r.submission_id) == []


def test_setting_makes_out_of_year_a_reject(ws, write):
    ws.settings.ingest.out_of_year = "reject"
    r = ingest.submit(ws, write("y.csv", police_csv(OUT_OF_YEAR)), "police", 2013)
    assert (r.accepted, r.rejected, r.warnings) == (3, 1, 0)
    [rej] = ingest.rejects(ws, r.submission_id)
    assert (rej.row, rej.rule) == (5, "out_of_year") and "correct the date" in rej.message


def test_milestone_after_the_year_warns_but_earlier_steps_do_not(ws, write, tmp_path):
    text = (FIXTURES / "police.yaml").read_text(encoding="utf-8")
    text = text.replace("actor: police", "actor: police_ms").replace(
        "  identified_on: Date constat", "  identified_on: Date constat\n  milestone.victim_status: Statut"
    )
    (tmp_path / "pm.yaml").write_text(text, encoding="utf-8")
    actors.add(ws, tmp_path / "pm.yaml")
    rows = [
        GOOD_ROWS[0] + ";oui",
        GOOD_ROWS[1] + ";15/12/2012",  # an earlier step of the procedure: fine
        GOOD_ROWS[2] + ";03/02/2014",  # after the reference year: flagged
    ]
    data = police_csv(rows, header=HEADER + ";Statut")
    r = ingest.submit(ws, write("m.csv", data), "police_ms", 2013)
    [w] = ingest.warnings(ws, r.submission_id)
    assert (w.row, w.column, r.accepted) == (4, "Statut", 3)


def test_ingest_json_and_submissions_show_warnings_and_total_rows(ws, write):
    data = police_csv([*OUT_OF_YEAR, "Total;;;;;;;"])
    path = write("t.csv", data)
    res = CliRunner().invoke(
        app, ["ingest", str(path), "--actor", "police", "--year", "2013", "--json", "-w", str(ws.path)]
    )
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["total_rows_skipped"] == 1 and d["warnings"] == 1
    rows = CliRunner().invoke(app, ["warnings", str(d["submission_id"]), "--json", "-w", str(ws.path)])
    assert [w["row"] for w in json.loads(rows.output)] == [5]
    listed = CliRunner().invoke(app, ["submissions", "-w", str(ws.path)], env={"COLUMNS": "300"})
    assert "total_rows_skipped" in listed.output and "warnings" in listed.output
    [sub] = json.loads(CliRunner().invoke(app, ["submissions", "--json", "-w", str(ws.path)]).output)
    assert (sub["total_rows_skipped"], sub["warnings"]) == (1, 1)
    text = CliRunner().invoke(
        app,
        [
            "ingest",
            str(write("t2.csv", data + b"\r\n")),
            "--actor",
            "police",
            "--year",
            "2013",
            "-w",
            str(ws.path),
        ],
        env={"COLUMNS": "300"},
    )
    assert "1 total row(s) skipped" in text.output and "warning:" in text.output


def test_two_digit_year_has_its_own_message(ws, write):
    rows = [*GOOD_ROWS[:3], "P4;Kofi;Mensah;01/01/2000;H;Nigéria;3°;20/08/13"]
    r = ingest.submit(ws, write("d.csv", police_csv(rows)), "police", 2013)
    [rej] = ingest.rejects(ws, r.submission_id)
    assert rej.rule == "two_digit_year" and "%y" in rej.message and "four digits" in rej.message
    assert "not a calendar date" not in rej.message


def _fail(ws, write, name: str, data: bytes) -> str:
    with pytest.raises(ingest.IngestError) as e:
        ingest.submit(ws, write(name, data), "police", 2013)
    assert name in str(e.value)
    return str(e.value)


@pytest.mark.parametrize("sep,shown", [(",", "','"), ("\t", "tab"), ("|", "'|'")])
def test_wrong_delimiter_gets_a_hint(ws, write, sep, shown):
    data = police_csv([r.replace(";", sep) for r in GOOD_ROWS], header=HEADER.replace(";", sep))
    msg = _fail(ws, write, "s.csv", data)
    assert "seems to use" in msg and shown in msg and "delimiter" in msg


def test_title_rows_suggest_header_row(ws, write):
    data = police_csv(["Rapport annuel;;;;;;;", ";;;;;;;", HEADER, *GOOD_ROWS], header="Police;;;;;;;")
    msg = _fail(ws, write, "title.csv", data)
    assert "header_row: 4" in msg


def test_missing_columns_with_a_later_header_suggest_header_row(ws, write):
    data = police_csv([HEADER, *GOOD_ROWS], header="Police fédérale;export;2013;a;b;c;d;e")
    assert "header_row: 2" in _fail(ws, write, "t.csv", data)


@pytest.mark.parametrize("bom,codec", [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_with_bom_is_read(ws, write, bom, codec):
    data = bom + police_csv(GOOD_ROWS, encoding=codec)
    r = ingest.submit(ws, write("u16.csv", data), "police", 2013)
    assert (r.accepted, r.rejected) == (4, 0)


def test_utf16_without_bom_is_refused_with_a_hint(ws, write):
    msg = _fail(ws, write, "nobom.csv", police_csv(GOOD_ROWS, encoding="utf-16-le"))
    assert "utf-16-le" in msg


def _mapping(tmp_path, old: str, new: str):
    p = tmp_path / "bad.yaml"
    p.write_text((FIXTURES / "police.yaml").read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "old,new,needle",
    [
        ('date_formats: ["%d/%m/%Y"]', 'date_formats: ["%Q"]', "%Q"),
        ('date_formats: ["%d/%m/%Y"]', 'date_formats: ["%m/%Y"]', "lacks a day"),
        (
            "  birth_date: Date de naissance",
            "  birth_date: {column: Date de naissance, date_formats: ['%d.%m.%K']}",
            "%K",
        ),
        ("  status: identified", "  status: identified\n  identified_on: '12/03/2013'", "YYYY-MM-DD"),
        ("  status: identified", "  status: identified\n  sex: F", "both as a column"),
    ],
)
def test_actor_add_refuses_bad_formats_and_constants(ws, tmp_path, old, new, needle):
    if "identified_on" in new:
        p = _mapping(tmp_path, "  identified_on: Date constat\n", "")
        p.write_text(p.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    else:
        p = _mapping(tmp_path, old, new)
    with pytest.raises(MappingError) as e:
        actors.add(ws, p)
    assert needle in str(e.value) and "bad.yaml" in str(e.value)


def test_a_date_constant_in_iso_form_is_accepted(ws, tmp_path):
    p = _mapping(tmp_path, "  identified_on: Date constat\n", "")
    p.write_text(
        p.read_text(encoding="utf-8").replace(
            "  status: identified", "  status: identified\n  identified_on: '2013-06-30'"
        ),
        encoding="utf-8",
    )
    assert actors.add(ws, p).constants["identified_on"] == "2013-06-30"


def test_a_short_title_line_suggests_header_row(ws, write):
    data = police_csv([HEADER, *GOOD_ROWS], header="Police fédérale, export 2013")
    assert "header_row: 2" in _fail(ws, write, "short.csv", data)
