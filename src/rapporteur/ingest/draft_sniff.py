"""Sniff a sample file for `actor draft`: encoding, delimiter, header row, rows as text cells."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapporteur.errors import BadInput
from rapporteur.ingest.readers import bom_encoding

DELIMITERS = [",", ";", "\t", "|"]
MAX_ROWS = 5000


@dataclass
class Sample:
    format: str
    encoding: str = "utf-8"
    delimiter: str = ","
    header_row: int = 1  # 1-based
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # data rows after the header
    notes: list[str] = field(default_factory=list)


def detect_encoding(data: bytes) -> str:
    """utf-8-sig / utf-16 by their BOM, utf-8 when it decodes, else cp1252."""
    if bom := bom_encoding(data):
        return bom
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start > len(data) - 4 and len(data) > 64 * 1024:
            return "utf-8"  # a sample cut in the middle of a character
        return "cp1252"


def detect_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number (>1) of fields."""
    best, best_score = ",", (0, 0)
    for d in DELIMITERS:
        widths = [len(r) for r in csv.reader(lines, delimiter=d) if any(c.strip() for c in r)]
        if not widths:
            continue
        width, n = (
            Counter(w for w in widths if w > 1).most_common(1)[0] if any(w > 1 for w in widths) else (1, 0)
        )
        score = (n, width)
        if score > best_score:
            best, best_score = d, score
    return best


def detect_header(rows: list[list[str]]) -> int:
    """0-based index of the header: the first row as wide as the table whose cells are all filled
    and mostly not numbers (title rows above it have one or two cells)."""
    widths = [sum(1 for c in r if c.strip()) for r in rows[:200]]
    if not widths:
        return 0
    width = Counter(w for w in widths if w).most_common(1)[0][0]
    for i, r in enumerate(rows[:30]):
        cells = [c for c in r if c.strip()]
        texty = sum(1 for c in cells if not _numberish(c))
        if len(cells) >= max(2, int(width * 0.8)) and texty >= len(cells) * 0.8:
            return i
    return 0


def _numberish(c: str) -> bool:
    s = c.strip().replace("/", "").replace("-", "").replace(".", "").replace(":", "").replace(" ", "")
    return s.isdigit()


def read_sample(path: Path, fmt: str | None = None) -> Sample:
    fmt = fmt or _format(path)
    data = path.read_bytes()
    if not data.strip():
        raise BadInput(f"{path}: the file is empty")
    if fmt == "csv":
        return _csv(data)
    if fmt == "xlsx":
        return _xlsx(data, path)
    return _parquet(data, path)


def _format(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    if ext in (".parquet", ".pq"):
        return "parquet"
    return "csv"


def _csv(data: bytes) -> Sample:
    enc = detect_encoding(data)
    text = data.decode(enc, errors="replace")
    if enc == "utf-16":
        text = text.lstrip("\ufeff")
    lines = text.splitlines()[:MAX_ROWS]
    s = Sample("csv", encoding="utf-8" if enc == "utf-8-sig" else enc)
    if enc == "utf-8-sig":
        s.notes.append("the file starts with a UTF-8 byte-order mark (read as UTF-8)")
    s.delimiter = detect_delimiter(lines[:200])
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=s.delimiter))
    h = detect_header(rows)
    s.header_row = h + 1
    if h:
        s.notes.append(f"{h} title row(s) above the header skipped (header_row: {h + 1})")
    s.header = [c.strip() for c in rows[h]] if rows else []
    s.rows = [r for r in rows[h + 1 :] if any(c.strip() for c in r)]
    return s


def _xlsx(data: bytes, path: Path) -> Sample:
    import zipfile

    from openpyxl import load_workbook

    from rapporteur.ingest.readers import _cell

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise BadInput(f"{path}: not a readable .xlsx workbook") from None
    ws = wb.worksheets[0]
    rows = []
    for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if r > MAX_ROWS:
            break
        rows.append([_cell(v) for v in values])
    wb.close()
    h = detect_header(rows)
    s = Sample("xlsx", header_row=h + 1)
    if h:
        s.notes.append(f"{h} title row(s) above the header skipped (header_row: {h + 1})")
    header = list(rows[h]) if rows else []
    while header and not header[-1]:
        header.pop()
    s.header = header
    s.rows = [r[: len(header)] for r in rows[h + 1 :] if any(r)]
    return s


def _parquet(data: bytes, path: Path) -> Sample:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    try:
        t = pq.read_table(io.BytesIO(data))
    except (pa.ArrowInvalid, OSError):
        raise BadInput(f"{path}: not a readable Parquet file") from None
    t = t.slice(0, MAX_ROWS)
    cols = []
    for name in t.column_names:
        col = t.column(name).combine_chunks()
        if pa.types.is_timestamp(col.type) or pa.types.is_date(col.type):
            col = pc.strftime(col, format="%Y-%m-%d")
        if pa.types.is_nested(col.type):
            col = pa.nulls(len(col), pa.string())
        cols.append([("" if v is None else str(v)) for v in col.cast(pa.string()).to_pylist()])
    s = Sample("parquet", header=[n.strip() for n in t.column_names])
    s.rows = [list(r) for r in zip(*cols, strict=True)] if cols else []
    return s
