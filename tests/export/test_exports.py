"""International returns: same figures as the report's tables, SDMX-CSV structure, k-anonymity,
manifests, and revisions found by diff."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from openpyxl import load_workbook

from rapporteur import ingest, stats
from rapporteur import workspace as wsp
from rapporteur.export import diff, eurostat, greta, htcds, unodc
from rapporteur.export.core import text
from rapporteur.stats.table import TOTAL
from tests.conftest import police_csv

YEAR = 2013


@pytest.fixture
def demo_ws(demo_world):
    out, _ = demo_world
    ws = wsp.open_workspace(out / "workspace")
    yield out, ws
    ws.close()


def test_demo_wrote_all_four_returns_with_manifests(demo_ws):
    out, _ = demo_ws
    names = {p.name for p in (out / "returns").iterdir()}
    for f in (f"eurostat-{YEAR}.csv", f"unodc-{YEAR}.xlsx", f"greta-{YEAR}.xlsx", "htcds.csv"):
        assert f in names and f"{f}.manifest.json" in names
        m = json.loads((out / "returns" / f"{f}.manifest.json").read_text("utf-8"))
        assert m["inputs"] and {"submission_id", "actor", "sha256"} <= set(m["inputs"][0])
        assert m["path"] == f and m["kind"] in {"eurostat", "unodc", "greta", "htcds"}


def test_eurostat_is_sdmx_csv_with_the_report_figures(demo_ws, tmp_path):
    _, ws = demo_ws
    path, _ = eurostat.export(ws, YEAR, tmp_path / "e.csv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == eurostat.COLUMNS
    assert all(r["DATAFLOW"] and r["TIME_PERIOD"] == str(YEAR) for r in rows)
    t = {x.id: x for x in stats.published(ws, YEAR)}
    total = next(
        r
        for r in rows
        if r["leg_stat"] == "VICT"
        and r["sex"] == "T"
        and r["age"] == "TOTAL"
        and r["citizen"] == "TOTAL"
        and r["expl"] == "TOTAL"
    )
    assert total["OBS_VALUE"] == str(t["victims_sex_age"].cell(TOTAL, TOTAL).value)
    female = next(r for r in rows if r["leg_stat"] == "VICT" and r["sex"] == "F")
    cell = t["victims_sex_age"].cell("F", TOTAL)
    assert female["OBS_VALUE"] == ("" if cell.value is None else str(cell.value))
    for r in rows:  # not available and confidential: no value, a flag; never 0 in their place
        if r["OBS_FLAG"]:
            assert r["OBS_VALUE"] == ""
        else:
            assert r["OBS_VALUE"].isdigit()
    conv = [r for r in rows if r["leg_stat"] == "CONV" and r["sex"] == "T"]
    assert (conv and t["justice_by_sex"].cell("conviction", TOTAL).state != "count") or conv[0]["OBS_VALUE"]


def test_eurostat_file_parses_with_pandas(demo_ws, tmp_path):
    import pandas as pd

    _, ws = demo_ws
    path, _ = eurostat.export(ws, YEAR, tmp_path / "e.csv")
    df = pd.read_csv(path, dtype={"OBS_FLAG": "string"}, keep_default_na=False, na_values=[""])
    assert list(df.columns) == eurostat.COLUMNS
    assert df["OBS_VALUE"].dropna().ge(0).all()
    assert (
        df.duplicated(subset=[c for c in eurostat.COLUMNS if c not in ("OBS_VALUE", "OBS_FLAG")]).sum() == 0
    )
    assert (df["geo"] == "BE").all()  # not read as missing, like 'NA' would be


def test_missing_data_is_not_available_with_a_warning(tmp_path):
    ws = wsp.init(tmp_path / "empty")
    path, warnings = eurostat.export(ws, YEAR, tmp_path / "e.csv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["OBS_VALUE"] == "" and r["OBS_FLAG"] == "m" for r in rows)
    assert warnings and all("not available" in w for w in warnings)


def test_unodc_and_greta_carry_the_same_published_values(demo_ws, tmp_path):
    _, ws = demo_ws
    t = {x.id: x for x in stats.published(ws, YEAR)}
    thr = ws.settings.disclosure.threshold
    u, _ = unodc.export(ws, YEAR, tmp_path / "u.xlsx")
    sh = load_workbook(u).active
    rows = list(sh.iter_rows(values_only=True))
    assert list(rows[0]) == unodc.HEADER
    total = next(
        r
        for r in rows[1:]
        if r[2] == "Detected trafficking victims" and r[3] == "Total" and r[5] == "Total" and r[6] == "Total"
    )
    assert total[9] == text(t["victims_sex_age"].cell(TOTAL, TOTAL), thr)
    g, _ = greta.export(ws, YEAR, tmp_path / "g.xlsx")
    wb = load_workbook(g)
    assert len(wb.sheetnames) == len(greta.SHEETS)
    sh = wb["Reflection periods, permits"]
    values = [r for r in sh.iter_rows(values_only=True)]
    assert "Protection" in values[0][0] and "Protection" in values[1][0]  # English and French
    ms = t["protection_milestones"]
    row = next(r for r in values if r[0] and str(r[0]).startswith(ms.label("row", "reflection_period", "en")))
    assert str(row[-1]) == text(ms.cell("reflection_period", TOTAL), thr)


@pytest.mark.parametrize("k", [5, 11])
def test_htcds_is_k_anonymous_without_identifiers(demo_ws, tmp_path, k):
    _, ws = demo_ws
    r = htcds.export(ws, tmp_path / "h.csv", k=k)
    with r.path.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == htcds.COLUMNS
    groups = Counter(tuple(x) for x in rows[1:])
    assert min(groups.values()) >= k
    assert r.released == len(rows) - 1 and r.released + r.suppressed == r.records
    blob = r.path.read_text("utf-8")
    assert "PV/" not in blob and "SYN" not in blob  # no local ids, no document numbers


def test_diff_finds_a_revision_in_a_resubmitted_file(tmp_path, write, fixtures_dir):
    from rapporteur.ingest import actors

    ws = wsp.init(tmp_path / "w")
    actors.add(ws, fixtures_dir / "police.yaml")
    rows = [f"Q{i};Ann;Lee;01/01/1990;F;BE;1°;01/02/{YEAR}" for i in range(60)]
    ingest.submit(ws, write("v1.csv", police_csv(rows)), "police", YEAR)
    old, _ = eurostat.export(ws, YEAR, tmp_path / "old.csv")
    revised = [*rows, *(f"R{i};Bo;Ng;01/01/1980;H;RO;3°;01/03/{YEAR}" for i in range(30))]
    ingest.submit(ws, write("v2.csv", police_csv(revised)), "police", YEAR)
    new, _ = eurostat.export(ws, YEAR, tmp_path / "new.csv")
    changes = diff.diff(old, new)
    keys = {c["key"]: c for c in changes}
    total = next(c for k, c in keys.items() if "|VICT|T|TOTAL|TOTAL|TOTAL|" in f"|{k.replace(' | ', '|')}|")
    assert total["old"] == "60" and total["new"] == "90"
    male = next(c for k, c in keys.items() if "|VICT|M|TOTAL|TOTAL|TOTAL|" in f"|{k.replace(' | ', '|')}|")
    assert male["old"] == "0" and male["new"] == "30"
    assert diff.diff(old, old) == []


def test_xlsx_returns_are_byte_reproducible(demo_ws, tmp_path):
    _, ws = demo_ws
    a, _ = greta.export(ws, YEAR, tmp_path / "a.xlsx")
    b, _ = greta.export(ws, YEAR, tmp_path / "b.xlsx")
    assert a.read_bytes() == b.read_bytes()
    assert load_workbook(a).sheetnames == [s for _, s in greta.SHEETS]
