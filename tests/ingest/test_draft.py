"""actor draft / actor check: one test per detector, the dev fixtures, and a dry run that stores nothing."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rapporteur.cli import app
from rapporteur.ingest import draft as dr
from rapporteur.ingest import mapping as mp
from rapporteur.ingest.draft_match import match_columns, match_dates, match_values, total_label
from rapporteur.ingest.draft_sniff import detect_delimiter, detect_encoding, detect_header, read_sample
from rapporteur.model.fields import field_map

FIX = Path(__file__).parents[1] / "fixtures" / "draft"
VICTIM = field_map("victim")


def test_encoding_detected():
    text = "Nationalité;Sexe\nRoumanie;F\n"
    assert detect_encoding(text.encode("utf-8")) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbf" + text.encode("utf-8")) == "utf-8-sig"
    assert detect_encoding(text.encode("cp1252")) == "cp1252"
    assert detect_encoding("\ufeff".encode("utf-16-le") + text.encode("utf-16-le")) == "utf-16"


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_delimiter_detected(sep):
    lines = [sep.join(["Nom", "Prénom", "Date de naissance, lieu"]) if sep != "," else "Nom,Prénom,Né le"]
    lines += [sep.join(["A", "B", "01/02/1990"])] * 5
    assert detect_delimiter(lines) == sep


def test_title_rows_skipped():
    rows = [["Politie — export"], [""], ["Export 2024", ""], ["PV", "Naam", "Geslacht"], ["1", "X", "M"]]
    assert detect_header(rows) == 3
    assert detect_header([["PV", "Naam"], ["1", "X"]]) == 0


def test_date_formats_and_two_digit_years():
    assert match_dates(["03-04-1990", "21-12-2001"]).formats == ["%d-%m-%Y"]
    assert match_dates(["03.04.1990"]).formats == ["%d.%m.%Y"]
    assert match_dates(["1990-04-03"]).formats == ["%Y-%m-%d"]
    g = match_dates(["01/01/90", "13/02/85"])
    assert g.formats == ["%d/%m/%y"] and g.two_digit_year
    assert match_dates(["abc", ""]) is None


def test_total_rows_found():
    assert total_label([["1", "a"], ["Totaal", ""]]) == "Totaal"
    assert total_label([["1", "a"], ["", "Insgesamt"]]) == "Insgesamt"
    assert total_label([["1", "a"], ["2", "b"]]) is None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Date de naissance", "birth_date"),
        ("Né(e) le", "birth_date"),
        ("GEBOORTEDATUM", "birth_date"),
        ("date_of_birth", "birth_date"),
        ("Geburtsdatum", "birth_date"),
        ("Nationalité", "citizenship"),
        ("Staatsangehörigkeit", "citizenship"),
        ("Vorm van uitbuiting", "exploitation"),
        ("Form der Ausbeutung", "exploitation"),
        ("Finalité (art. 433quinquies)", "exploitation"),
        ("Geslacht", "sex"),
        ("Geschlecht", "sex"),
        ("N° dossier", "local_id"),
        ("Voornaam", "first_name"),
        ("Nachname", "last_name"),
    ],
)
def test_header_names_in_four_languages(header, field):
    got, unmatched = match_columns([header], VICTIM)
    assert [g.field for g in got] == [field], (header, got)
    assert not unmatched


def test_unrelated_column_is_left_unmatched():
    got, unmatched = match_columns(["Opmerking", "Sexe"], VICTIM)
    assert [g.field for g in got] == ["sex"] and unmatched == ["Opmerking"]


def test_value_vocabulary():
    g = match_values(Counter({"V": 3, "M": 2, "vrouw": 1, "homme": 1, "weiblich": 1}), "sex", False, set())
    assert g.values == {"V": "F", "weiblich": "F"}  # M is a code, vrouw and homme are labels
    assert g.known == 5 and not g.unmapped
    g = match_values(
        Counter(
            {"economische uitbuiting/bedelarij": 2, "Zwangsarbeit": 1, "exploitation sexuelle": 1, "3°": 1}
        ),
        "exploitation",
        True,
        set(),
    )
    assert g.separator == "/"
    assert g.values == {
        "economische uitbuiting": "labour",
        "bedelarij": "begging",
        "Zwangsarbeit": "labour",
        "3°": "labour",
    }
    g = match_values(
        Counter({"slachtoffer": 1, "présumée": 1, "Atlantide": 1}), "victim_status", False, set()
    )
    assert g.values == {"slachtoffer": "identified", "présumée": "presumed"}
    assert [v for v, _ in g.unmapped] == ["Atlantide"]


def _draft_loads(path: Path, tmp_path: Path) -> mp.Mapping:
    d = dr.draft(path)
    out = tmp_path / "m.yaml"
    out.write_text(d.text, "utf-8")
    return mp.load(out)


def test_dutch_police_dev_fixture(tmp_path):
    m = _draft_loads(FIX / "politie-nl.csv", tmp_path)
    f = m.file
    assert (f.encoding, f.delimiter, f.header_row, f.date_formats) == ("cp1252", ";", 3, ["%d-%m-%Y"])
    cols = {k: c.column for k, c in m.columns.items()}
    assert cols["local_id"] == "PV-nummer" and cols["status"] == "Type slachtoffer"
    assert cols["identified_on"] == "Datum vaststelling" and len(cols) == 9
    r = dr.check(tmp_path / "m.yaml", FIX / "politie-nl.csv", 2024)
    assert (r.accepted, r.rejected, r.total_rows_skipped) == (4, 2, 1)
    assert {x["rule"] for x in r.rejects} == {"impossible_date", "unknown_code"}
    assert all("30-02" not in x["value"] + x["message"] for x in r.rejects)  # birth date masked


def test_german_utf16_dev_fixture(tmp_path):
    m = _draft_loads(FIX / "opfer-de.csv", tmp_path)
    assert (m.file.encoding, m.file.delimiter, m.file.date_formats) == ("utf-16", "\t", ["%d.%m.%y"])
    assert "gesamt" in m.file.total_labels
    assert "two-digit years" in dr.draft(FIX / "opfer-de.csv").text
    r = dr.check(tmp_path / "m.yaml", FIX / "opfer-de.csv", 2024)
    assert (r.accepted, r.rejected, r.total_rows_skipped) == (4, 1, 1)


def test_xlsx_title_rows_and_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    from openpyxl import Workbook

    from rapporteur.xlsx import workbook_bytes

    rows = [["Inspectie (SYNTHETISCH)"], [], ["Dossiernummer", "Geslacht", "Statuut"], ["D1", "V", "erkend"]]
    rows.append(["Totaal", "", ""])
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    (tmp_path / "x.xlsx").write_bytes(workbook_bytes(wb))
    s = read_sample(tmp_path / "x.xlsx")
    assert s.header_row == 3 and s.header == ["Dossiernummer", "Geslacht", "Statuut"]
    pq.write_table(pa.table({"id_dossier": ["a", "b"], "sexe": ["F", "H"]}), tmp_path / "p.parquet")
    m = _draft_loads(tmp_path / "p.parquet", tmp_path)
    assert m.file.format == "parquet" and m.columns["sex"].values == {"H": "M"}


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_check_stores_nothing_and_json(tmp_path, monkeypatch):
    from rapporteur import workspace as wsp

    ws = wsp.init(tmp_path / "ws", "BE")
    ws.engine.dispose()
    before = _snapshot(tmp_path / "ws")
    monkeypatch.setenv("RAPPORTEUR_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.chdir(tmp_path / "ws")
    runner = CliRunner()
    out = tmp_path / "draft.yaml"
    r = runner.invoke(
        app, ["actor", "draft", str(FIX / "politie-nl.csv"), "--actor", "politie", "--out", str(out)]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["actor", "check", str(out), str(FIX / "politie-nl.csv"), "--year", "2024", "--json"]
    )
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert (data["accepted"], data["rejected"]) == (4, 2)
    r = runner.invoke(app, ["actor", "check", str(out), str(FIX / "politie-nl.csv"), "--year", "2024"])
    assert "would be accepted" in r.output and "Nothing was" in r.output
    assert _snapshot(tmp_path / "ws") == before


def test_check_reports_a_file_problem(tmp_path):
    m = tmp_path / "m.yaml"
    m.write_text(dr.draft(FIX / "politie-nl.csv").text.replace('"PV-nummer"', '"Nummer PV"'), "utf-8")
    r = dr.check(m, FIX / "politie-nl.csv", 2024)
    assert r.problem and r.problem.startswith("missing_column")


def test_vocabulary_is_data_with_valid_codes():
    from rapporteur.ingest.draft_match import vocabulary
    from rapporteur.model import codelist

    v = vocabulary()
    assert set(v["fields"]) <= set(field_map("victim")) | set(field_map("justice"))
    for listname, codes in v["values"].items():
        assert set(codes) <= set(codelist(listname).codes), listname
