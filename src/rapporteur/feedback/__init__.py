"""Feedback to an actor on one submission, in its language (decision 0021): what was accepted,
each rejected cell with row, column, rule and fix (identifier values never shown), and what is
missing compared with its previous submission (columns never filled, drops in counts)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from rapporteur.errors import BadOption
from rapporteur.feedback import compare
from rapporteur.feedback import texts as T
from rapporteur.ingest import Reject, rejects, submission
from rapporteur.ingest.submit import actor_mapping
from rapporteur.languages import check
from rapporteur.model import codelist
from rapporteur.model.codelists import fold
from rapporteur.model.fields import field_map
from rapporteur.safe import safe_cell
from rapporteur.workspace import Workspace
from rapporteur.xlsx import workbook_bytes

MAX_REJECTS = 500
_SHOWN_KINDS = ("code", "count", "integer")  # values of other kinds may identify a person


@dataclass
class Document:
    lang: str
    title: str
    intro: str
    summary: list[tuple[str, str]] = field(default_factory=list)
    rejects: list[tuple[int, str, str, str, str]] = field(default_factory=list)
    rejects_note: list[str] = field(default_factory=list)
    compared: list[str] = field(default_factory=list)
    gaps: list[tuple[str, str]] = field(default_factory=list)
    drops: list[tuple[str, int, int]] = field(default_factory=list)


def build(ws: Workspace, submission_id: int, lang: str = "en") -> Document:
    lg = check(lang)
    sub = submission(ws, submission_id)
    m = actor_mapping(ws, sub.actor)
    fields = field_map(m.records)
    doc = Document(
        lg,
        T.TITLE[lg] % {"id": sub.submission_id},
        T.INTRO[lg]
        % {"actor": m.label[lg], "year": sub.year, "file": sub.filename, "received": sub.received_at[:10]},
    )
    con = compare.connect(ws)
    now = compare.category_counts(con, m.records, sub.submission_id)
    doc.summary = [
        (T.STATUS[lg], T.STATUSES.get(sub.status, {lg: sub.status})[lg]),
        (T.ROWS[lg], str(sub.rows or 0)),
        (T.ACCEPTED[lg], str(sub.accepted or 0)),
        (T.REJECTED[lg], str(sub.rejected or 0)),
        (T.TOTAL_ROWS[lg], str(sub.total_rows_skipped or 0)),
        (T.COUNTED[lg], str(now.get(("all", ""), 0))),
    ]
    if sub.error and sub.status == "failed":
        doc.summary.append((T.ERROR[lg], sub.error))
    rows = visible_rejects(ws, submission_id)
    for r in rows[:MAX_REJECTS]:
        shown = r.value if r.value else T.MASKED[lg]
        meaning, fix = T.RULES.get(r.rule, ({lg: r.rule}, T.OTHER_RULE))
        doc.rejects.append((r.row, r.column, shown, meaning[lg], fix[lg] % {"column": r.column}))
    doc.rejects_note = [T.ROW_NUMBERS[lg]] if rows else [T.NO_REJECTS[lg]]
    if len(rows) > MAX_REJECTS:
        doc.rejects_note.append(T.MORE[lg] % {"n": len(rows) - MAX_REJECTS, "shown": MAX_REJECTS})
    prev = compare.previous(ws, sub)
    fill_now = compare.filled(con, m.records, sub.submission_id)
    fill_before = compare.filled(con, m.records, prev.submission_id) if prev else {}
    for name, spec in m.columns.items():
        if fields[name].identifier or fill_now.get(name, 1) > 0:
            continue
        n = fill_before.get(name, 0)
        doc.gaps.append((spec.column, T.FILLED_BEFORE[lg] % {"n": n} if n else ""))
    if prev is None:
        doc.compared = [T.NO_PREVIOUS[lg]]
    else:
        doc.compared = [T.PREVIOUS[lg] % {"id": prev.submission_id, "year": prev.year}]
        before = compare.category_counts(con, m.records, prev.submission_id)
        for dim, code, b, n in compare.drops(now, before):
            doc.drops.append((_category(dim, code, lg), b, n))
    con.close()
    return doc


def visible_rejects(ws: Workspace, submission_id: int) -> list[Reject]:
    """The rejected cells as the actor (and the portal) may see them: a value is kept only for
    codes and counts, never for a field that could identify a person (None otherwise)."""
    sub = submission(ws, submission_id)
    m = actor_mapping(ws, sub.actor)
    fields = field_map(m.records)
    field_of = {fold(spec.column): fields[name] for name, spec in m.columns.items()}
    out = []
    for r in rejects(ws, submission_id):
        f = field_of.get(fold(r.column))
        keep = f is not None and f.kind in _SHOWN_KINDS and not f.identifier and bool(r.value)
        out.append(r.model_copy(update={"value": r.value if keep else None}))
    return out


def _category(dim: str, code: str, lg: str) -> str:
    if dim == "all":
        return T.ALL[lg]
    lists = {"sex": "sex", "status": "victim_status", "exploitation": "exploitation"}
    lists.update({"citizenship": "citizenship", "stage": "justice_stage"})
    cl = codelist(lists[dim])
    if code not in cl:
        label = code
    elif dim == "citizenship":
        label = cl.attr(code, f"name_{lg}")
    else:
        label = cl.label(code, lg)
    return f"{T.BY[dim][lg]}: {label}"


def write(doc: Document, out: Path) -> Path:
    suffix = out.suffix.lower()
    if suffix == ".html":
        out.write_text(to_html(doc), encoding="utf-8")
    elif suffix == ".xlsx":
        out.write_bytes(to_xlsx(doc))
    else:
        raise BadOption(f"{out}: write the feedback as .xlsx or .html")
    return out


def _sections(doc: Document) -> list[tuple[str, list[str], list[str], list[tuple[object, ...]]]]:
    lg = doc.lang
    gaps_note = [T.NEVER_FILLED_NOTE[lg]] if doc.gaps else [T.NO_GAPS[lg]]
    drops_note = [T.DROPS_NOTE[lg]] if doc.drops else [T.NO_DROPS[lg]]
    return [
        (T.SUMMARY[lg], [doc.intro], ["", ""], list(doc.summary)),
        (
            T.REJECTS[lg],
            doc.rejects_note,
            [T.ROW[lg], T.COLUMN[lg], T.VALUE[lg], T.RULE[lg], T.FIX[lg]],
            list(doc.rejects),
        ),
        (
            T.COMPARED[lg] + " — " + T.NEVER_FILLED[lg],
            [*doc.compared, *gaps_note],
            [T.COLUMN[lg], ""],
            list(doc.gaps),
        ),
        (
            T.COMPARED[lg] + " — " + T.DROPS[lg],
            drops_note,
            [T.CATEGORY[lg], T.BEFORE[lg], T.NOW[lg]],
            list(doc.drops),
        ),
    ]


def to_html(doc: Document) -> str:
    e = html.escape
    parts = [
        f'<!doctype html>\n<html lang="{doc.lang}"><head><meta charset="utf-8"><title>{e(doc.title)}</title>'
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style></head><body>",
        f"<h1>{e(doc.title)}</h1>",
    ]
    for title, notes, head, rows in _sections(doc):
        parts.append(f"<h2>{e(title)}</h2>")
        parts += [f"<p>{e(n)}</p>" for n in notes]
        if rows:
            parts.append("<table>")
            if any(head):
                parts.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>")
            parts += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in rows]
            parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def to_xlsx(doc: Document) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    names = [T.SHEETS["summary"], T.SHEETS["rejects"], T.SHEETS["compared"], T.SHEETS["compared"]]
    for i, (title, notes, head, rows) in enumerate(_sections(doc)):
        name = names[i][doc.lang][:28] + ("" if i < 3 else " 2")
        ws = wb.create_sheet(name)
        ws.append([safe_cell(title)])
        if i == 0:
            ws.insert_rows(1)
            ws["A1"] = safe_cell(doc.title)
        for n in notes:
            ws.append([safe_cell(n)])
        if any(head):
            ws.append([safe_cell(h) for h in head])
        for r in rows:
            ws.append([safe_cell(c) for c in r])
    return workbook_bytes(wb)


__all__ = ["Document", "build", "to_html", "to_xlsx", "visible_rejects", "write"]
