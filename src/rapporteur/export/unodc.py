"""UNODC GLOTIP questionnaire in its long layout (XLSX): small values as '<5'."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from rapporteur.export.core import UNIT_NOTE, codes, not_available, tables, text, unit, write_manifest
from rapporteur.stats.table import TOTAL
from rapporteur.workspace import Workspace
from rapporteur.xlsx import workbook_bytes

HEADER = [
    "Iso3_code",
    "Country",
    "Indicator",
    "Dimension",
    "Category",
    "Sex",
    "Age",
    "Year",
    "Unit of measurement",
    "txtVALUE",
    "Source",
]


def export(ws: Workspace, year: int, out: Path) -> tuple[Path, list[str]]:
    c = codes("unodc")
    t = tables(ws, year)
    thr = ws.settings.disclosure.threshold
    country = ws.settings.workspace.country
    source = ws.settings.workspace.name
    rows: list[list[object]] = []
    u = unit(ws, year)

    def add(ind: str, dim: str, cat: str, sex: str, age: str, value: str) -> None:
        # the victims' unit of measurement says what they count: persons or registrations
        measure = f"{c['unit']} ({UNIT_NOTE[u]['en']})" if ind == "victims" else c["unit"]
        rows.append(
            [
                country,
                country,
                c["indicators"][ind],
                dim,
                cat,
                c["sex"][sex],
                c["age"][age],
                year,
                measure,
                value,
                source,
            ]
        )

    sa = t["victims_sex_age"]
    for r in sa.rows:
        for col in sa.columns:
            add("victims", "Total", "Total", r, col, text(sa.cell(r, col), thr))
    fe = t["victims_form_eurostat"]
    for r in fe.rows:
        if r != TOTAL:
            for col in fe.columns:
                add(
                    "victims",
                    "by form of exploitation",
                    c["forms"][r],
                    col,
                    "total",
                    text(fe.cell(r, col), thr),
                )
    cg = t["victims_citizenship_group"]
    for r in cg.rows:
        if r != TOTAL:
            add(
                "victims",
                "by citizenship",
                cg.label("row", r, "en"),
                "total",
                "total",
                text(cg.cell(r, TOTAL), thr),
            )
    js = t["justice_by_sex"]
    for stage in js.rows:
        for col in js.columns:
            add(stage, "Total", "Total", col, "total", text(js.cell(stage, col), thr))
    wb = Workbook()
    sh = wb.active
    sh.title = "GLOTIP"
    sh.append(HEADER)
    for line in rows:
        sh.append(line)
    wb.properties.creator = "Rapporteur"
    _save(wb, out)
    used = [sa, fe, cg, js]
    warnings = not_available(t, [u.id for u in used])
    write_manifest(ws, out, "unodc", year, used, {"layout": "GLOTIP long"}, warnings, unit=u)
    return out, warnings


def _save(wb: Workbook, out: Path) -> None:
    """Write atomically, the same bytes for the same workbook."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(workbook_bytes(wb))
    tmp.replace(out)
