"""Council of Europe GRETA questionnaire, Part III statistics (XLSX, one sheet per table, titles in
English and French)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from rapporteur.export.core import UNIT_NOTE, not_available, tables, text, unit, write_manifest
from rapporteur.export.unodc import _save
from rapporteur.workspace import Workspace

SHEETS = [
    ("victims_status_sex", "Victims by status and sex"),
    ("victims_sex_age", "Victims by sex and age"),
    ("victims_nationality", "Victims by nationality"),
    ("victims_form_national", "Victims by form of exploitation"),
    ("protection_milestones", "Reflection periods, permits"),
    ("justice_by_form", "Justice by form"),
    ("justice_by_sex", "Justice by sex"),
]
VICTIM_SHEETS = {
    "victims_status_sex",
    "victims_sex_age",
    "victims_nationality",
    "victims_form_national",
    "protection_milestones",
}


def export(ws: Workspace, year: int, out: Path) -> tuple[Path, list[str]]:
    t = tables(ws, year)
    thr = ws.settings.disclosure.threshold
    u = unit(ws, year)
    wb = Workbook()
    wb.remove(wb.active)
    for tid, sheet in SHEETS:
        tb = t[tid]
        sh = wb.create_sheet(sheet[:31])
        sh.append([f"{tb.title['en']} — {year}"])
        sh.append([f"{tb.title['fr']} — {year}"])
        sh["A1"].font = sh["A2"].font = Font(bold=True)
        sh.append([f"Unit / unité: {tb.unit['en']} / {tb.unit['fr']}"])
        sh.append([])
        sh.append(["", *(f"{tb.label('col', c, 'en')} / {tb.label('col', c, 'fr')}" for c in tb.columns)])
        for r in tb.rows:
            sh.append(
                [
                    f"{tb.label('row', r, 'en')} / {tb.label('row', r, 'fr')}",
                    *(_value(text(tb.cell(r, c), thr)) for c in tb.columns),
                ]
            )
        sh.append([])
        sh.append(
            [
                f"'<{thr}': 1 to {thr - 1}, suppressed; 'c': confidential; empty: not available "
                "(not zero). Source: " + ws.settings.workspace.name
            ]
        )
        if tid in VICTIM_SHEETS:
            sh.append([f"Victims / victimes: {UNIT_NOTE[u]['en']} / {UNIT_NOTE[u]['fr']}"])
        sh.append([f"Table id: {tid}; submissions: {' '.join(map(str, tb.submissions))}"])
    _save(wb, out)
    used = [t[tid] for tid, _ in SHEETS]
    warnings = not_available(t, [u.id for u in used])
    write_manifest(ws, out, "greta", year, used, {"layout": "GRETA Part III"}, warnings, unit=u)
    return out, warnings


def _value(s: str) -> int | str:
    return int(s) if s.isdigit() else s
