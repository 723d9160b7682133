"""Read an actor's file (CSV, XLSX, Parquet) into string columns with spreadsheet row numbers.

Every cell comes back as a string ("" for an empty cell): no reader guesses types or turns "NA"
into missing. File-level problems raise FileProblem with a message that says how to fix them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from rapporteur.ingest.mapping import Mapping
from rapporteur.model.codelists import fold


class FileProblem(Exception):
    """The file as a whole cannot be read; nothing from it is stored."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule


@dataclass
class RawTable:
    header: list[str]
    columns: dict[str, pa.Array]  # header name -> string array
    rows: np.ndarray  # row number of each record, as a spreadsheet shows it
    malformed: list[tuple[int, str]] = field(default_factory=list)  # (row, message)
    total_rows: int = 0  # "Total" rows dropped

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Limits:
    """Bounded work: an XLSX is refused before parsing if it unpacks to more than this."""

    xlsx_max_uncompressed_mb: int = 200
    xlsx_max_rows: int = 1_000_000


def read(data: bytes, mapping: Mapping, limits: Limits | None = None) -> RawTable:
    if not data.strip():
        raise FileProblem("empty", "the file is empty; send the file again with its header and rows")
    fmt = mapping.file.format
    if fmt == "csv":
        table = _read_csv(data, mapping)
    elif fmt == "xlsx":
        table = _read_xlsx(data, mapping, limits or Limits())
    else:
        table = _read_parquet(data)
    _check_columns(table, mapping)
    _drop_totals(table, mapping)
    if len(table) == 0 and not table.malformed:
        raise FileProblem("empty", "the file has a header but no data rows")
    return table


def _check_columns(table: RawTable, mapping: Mapping) -> None:
    present = {fold(h) for h in table.header}
    missing = [s.column for s in mapping.columns.values() if fold(s.column) not in present]
    if missing:
        _delimiter_hint(table, mapping)
        later = _later_header(table, mapping)
        if later:
            raise FileProblem(
                "missing_column",
                f"required column(s) missing from header row {mapping.file.header_row or 1}, but row "
                f"{later} looks like the header (title rows above it?); set header_row: {later} under "
                f"file in mappings/{mapping.actor}.yaml",
            )
        raise FileProblem(
            "missing_column",
            f"required column(s) missing: {', '.join(repr(m) for m in missing)}; header row "
            f"{mapping.file.header_row or 1} of the file has {len(table.header)} columns, none of "
            "them with these names (its cells are not quoted: they may be a person's data). Check "
            f"file.header_row, rename the column in the file or change columns in "
            f"mappings/{mapping.actor}.yaml",
        )


def _delimiter_hint(table: RawTable, mapping: Mapping) -> None:
    """A header read as one column that holds another separator: the delimiter is wrong."""
    if len(table.header) != 1:
        return
    for sep, shown in ((";", "';'"), ("\t", "'\\t' (tab)"), ("|", "'|'"), (",", "','")):
        if sep != mapping.file.delimiter and sep in table.header[0]:
            raise FileProblem(
                "delimiter",
                f"the header row is read as one column: the file seems to use {shown} as delimiter: "
                f"set delimiter: {shown.split(' ')[0]!s} under file in mappings/{mapping.actor}.yaml",
            )


def _later_header(table: RawTable, mapping: Mapping) -> int | None:
    """The first of the next rows (up to 20) that holds most of the mapped column names."""
    wanted = {fold(s.column) for s in mapping.columns.values()}
    need = max(1, len(wanted) // 2)
    cols = [table.columns[h] for h in table.header]
    for i in range(min(20, len(table))):
        cells = {fold(str(c[i].as_py() or "")) for c in cols}
        if len(wanted & cells) >= need:
            return int(table.rows[i])
    return None


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces (utf-8-sig or utf-16), or None without one."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    return None


def _decode(data: bytes, encoding: str) -> str:
    bom = bom_encoding(data)
    if bom == "utf-8-sig":
        data, encoding = data[3:], "utf-8"
    elif bom:
        encoding = bom
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise FileProblem(
            "encoding",
            f"the file is not valid {encoding} (byte 0x{data[e.start]:02x} at line {line}); save it "
            f"as {encoding} or set file.encoding in the actor's mapping (e.g. cp1252 for a Windows "
            "export, utf-16 for a Unicode text export)",
        ) from None
    if encoding not in ("utf-8", "utf-16") and not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise FileProblem(
                "encoding",
                f"the file is UTF-8 but the mapping says {encoding}: accented letters would be "
                "misread; set file.encoding: utf-8 in the actor's mapping or save the file as "
                f"{encoding}",
            )
    return text


def _read_csv(data: bytes, mapping: Mapping) -> RawTable:
    text = _decode(data, mapping.file.encoding)
    header_line = mapping.file.header_row or 1
    lines_before = 0
    if header_line > 1:
        for _ in range(header_line - 1):
            found = text.find("\n", lines_before)
            if found < 0:
                raise FileProblem(
                    "header_row",
                    f"the file has fewer than {header_line} lines, so no header at row {header_line} "
                    "(setting file.header_row in the actor's mapping); check the file or the setting",
                )
            lines_before = found + 1
        text = text[lines_before:]
    if "\x00" in text:
        raise FileProblem(
            "not_a_table",
            "the file contains binary data; send a CSV text file "
            "(or set file.format in the mapping to xlsx or parquet; a UTF-16 text file without a "
            "byte-order mark needs file.encoding: utf-16-le or utf-16-be)",
        )
    _title_rows(text, header_line, mapping)
    stripped = text.rstrip("\r\n")
    if not text.endswith(("\n", "\r")) and "\n" in stripped:
        last = stripped.rsplit("\n", 1)[1]
        first = stripped.split("\n", 1)[0]
        if last.count(mapping.file.delimiter) < first.count(mapping.file.delimiter):
            n_lines = stripped.count("\n") + header_line
            raise FileProblem(
                "truncated",
                f"the file ends in the middle of row {n_lines}: it looks "
                "truncated; send the complete file again",
            )
    bad: list[tuple[int, str]] = []
    fatal: list[FileProblem] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        if row.text and ("\n" in row.text or "\r" in row.text):
            fatal.append(
                FileProblem(
                    "unbalanced_quote",
                    f"a quoted value opened at row {(row.number or 0) + header_line - 1} "
                    'is never closed; check the quotes (") in that row',
                )
            )
            return "error"
        bad.append(
            (
                (row.number or 0) + header_line - 1,
                f"row has {row.actual_columns} values where the header has "
                f"{row.expected_columns}; check the separators ({mapping.file.delimiter!r}) "
                "and quotes in this row",
            )
        )
        return "skip"

    raw = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    plain_utf8 = (
        mapping.file.encoding == "utf-8"
        and lines_before == 0
        and not raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    )
    buf = raw if plain_utf8 else text.encode("utf-8")
    try:
        t = pacsv.read_csv(
            io.BytesIO(buf),
            read_options=pacsv.ReadOptions(use_threads=False, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(
                delimiter=mapping.file.delimiter, newlines_in_values=True, invalid_row_handler=on_invalid
            ),
            convert_options=pacsv.ConvertOptions(
                strings_can_be_null=False,
                null_values=[],
                quoted_strings_can_be_null=False,
                auto_dict_encode=False,
                column_types=_all_strings(buf, mapping),
            ),
        )
    except pa.ArrowInvalid as e:
        if fatal:
            raise fatal[0] from None
        raise FileProblem(
            "not_a_table",
            "the file cannot be read as a "
            f"{mapping.file.delimiter!r}-separated table ({_safe_arrow(e)}); check "
            "the separator and the header row",
        ) from None
    header = [h.strip() for h in t.column_names]
    if len(set(map(fold, header))) != len(header):
        probe = RawTable(
            header,
            {f"{i}": t.column(i).combine_chunks() for i in range(len(header))},
            np.arange(header_line + 1, header_line + 1 + t.num_rows, dtype=np.int64),
        )
        probe.header = list(probe.columns)
        later = _later_header(probe, mapping)
        if later:
            raise FileProblem(
                "duplicate_column",
                f"two columns of header row {header_line} have the same name (columns "
                f"{_duplicate_positions(header)}) and row {later} looks like the header (title rows "
                f"above it?); set header_row: {later} under file in mappings/{mapping.actor}.yaml",
            )
        raise FileProblem(
            "duplicate_column",
            f"two columns of header row {header_line} have the same name (columns "
            f"{_duplicate_positions(header)}); rename one of them or check file.header_row",
        )
    total = t.num_rows + len(bad)
    rows = np.arange(header_line + 1, header_line + 1 + total, dtype=np.int64)
    if bad:
        rows = np.setdiff1d(rows, np.array([b[0] for b in bad], dtype=np.int64))
    cols = {h: t.column(i).combine_chunks() for i, h in enumerate(header)}
    return RawTable(header, cols, rows[: t.num_rows], bad)


def _title_rows(text: str, header_line: int, mapping: Mapping) -> None:
    """The header row lacks the mapped names but one of the next lines holds them (title rows
    above the header, whatever their number of separators): suggest header_row."""
    wanted = {fold(s.column) for s in mapping.columns.values()}
    need = max(1, len(wanted) // 2)
    lines = text[:200_000].splitlines()[:21]
    found = (
        [{fold(c) for c in cells} & wanted for cells in csv.reader(lines, delimiter=mapping.file.delimiter)]
        if lines
        else []
    )
    if not found or len(found[0]) >= need:
        return
    for i, names in enumerate(found[1:], 1):
        if len(names) >= need:
            raise FileProblem(
                "missing_column",
                f"header row {header_line} does not hold the mapped column names but row "
                f"{header_line + i} does (title rows above it?); set header_row: {header_line + i} "
                f"under file in mappings/{mapping.actor}.yaml",
            )


def _duplicate_positions(header: list[str]) -> str:
    seen: dict[str, int] = {}
    for i, h in enumerate(header, 1):
        if fold(h) in seen:
            return f"{seen[fold(h)]} and {i}"
        seen[fold(h)] = i
    return "?"


def _all_strings(buf: bytes, mapping: Mapping) -> dict[str, pa.DataType]:
    end = buf.find(b"\n")  # a file of one line has no newline: keep it whole
    first = (buf if end < 0 else buf[:end]).decode("utf-8").split("\r", 1)[0]  # lone CR ends it too
    names = next(csv.reader([first], delimiter=mapping.file.delimiter), [])
    return {n: pa.string() for n in names}


def _safe_arrow(e: Exception) -> str:
    """Arrow's message without the row text it sometimes quotes (it may hold identifiers)."""
    msg = str(e).split(":", 1)[0]
    return msg[:120]


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _check_xlsx_size(data: bytes, limits: Limits) -> None:
    """The zip central directory's uncompressed sizes, summed before anything is unpacked (a
    decompression bomb is refused at once)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the parser reports the damaged workbook
    if total > limits.xlsx_max_uncompressed_mb * 1_000_000:
        raise FileProblem(
            "too_large",
            f"the workbook unpacks to {total / 1e6:.0f} MB, above the limit of "
            f"{limits.xlsx_max_uncompressed_mb} MB (setting ingest.xlsx_max_uncompressed_mb); it was "
            "not opened. Save it as CSV, split it or raise the limit",
        )


def _read_xlsx(data: bytes, mapping: Mapping, limits: Limits) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    _check_xlsx_size(data, limits)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as e:
        truncated = isinstance(e, zipfile.BadZipFile) and data[:2] == b"PK"
        raise FileProblem(
            "truncated" if truncated else "not_a_table",
            "the workbook is damaged or truncated; send the complete .xlsx file again"
            if truncated
            else "the file is not an Excel .xlsx workbook; save it as .xlsx or set "
            "file.format in the actor's mapping",
        ) from None
    sheet = mapping.file.sheet
    try:
        ws = wb.worksheets[sheet] if isinstance(sheet, int) else (wb[sheet] if sheet else wb.worksheets[0])
    except (KeyError, IndexError):
        raise FileProblem(
            "missing_sheet", f"sheet {sheet!r} not found; the workbook has {wb.sheetnames}"
        ) from None
    wanted = {fold(s.column) for s in mapping.columns.values()}
    header: list[str] | None = None
    records: list[list[str]] = []
    rows: list[int] = []
    for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if r > limits.xlsx_max_rows:
            wb.close()
            raise FileProblem(
                "too_large",
                f"the sheet has more than {limits.xlsx_max_rows} rows (setting ingest.xlsx_max_rows); "
                "split the file or raise the limit",
            )
        cells = [_cell(v) for v in values]
        if header is None:
            if mapping.file.header_row == r or (
                mapping.file.header_row is None
                and len(wanted & {fold(c) for c in cells if c}) >= max(1, len(wanted) // 2)
            ):
                while cells and not cells[-1]:
                    cells.pop()
                header = cells
            continue
        if not any(cells):
            continue
        records.append(cells[: len(header)] + [""] * (len(header) - len(cells)))
        rows.append(r)
    wb.close()
    if header is None:
        raise FileProblem(
            "missing_column",
            "no header row with the mapped column names was found "
            f"in sheet {ws.title!r}; check the column names in "
            f"mappings/{mapping.actor}.yaml",
        )
    cols = {h: pa.array([rec[i] for rec in records], pa.string()) for i, h in enumerate(header)}
    return RawTable(header, cols, np.array(rows, dtype=np.int64))


def _read_parquet(data: bytes) -> RawTable:
    try:
        t = pq.read_table(io.BytesIO(data))
    except (pa.ArrowInvalid, OSError) as e:
        raise FileProblem(
            "not_a_table",
            f"the file is not a readable Parquet file ({_safe_arrow(e)}); send it again or set file.format",
        ) from None
    cols = {}
    for name in t.column_names:
        col = t.column(name).combine_chunks()
        if pa.types.is_nested(col.type):
            raise FileProblem(
                "column_type",
                f"column {name!r} holds {col.type} values (lists or structures), which no mapping can "
                "take; write one value per cell (several citizenships as text with a separator) and "
                "send the file again",
            )
        if pa.types.is_timestamp(col.type) or pa.types.is_date(col.type):
            col = pc.strftime(col, format="%Y-%m-%d")
        cols[name.strip()] = pc.fill_null(col.cast(pa.string()), "")
    return RawTable(list(cols), cols, np.arange(1, t.num_rows + 1, dtype=np.int64))


def _drop_totals(table: RawTable, mapping: Mapping) -> None:
    if not len(table):
        return
    labels = {fold(x) for x in mapping.file.total_labels}
    n = len(table)
    start = max(0, n - 3)
    tails = [table.columns[h].slice(start).to_pylist() for h in table.header[:2]]
    drop = [start + i for i in range(n - start) if any(fold(t[i]) in labels for t in tails)]
    if not drop:
        return
    keep = np.ones(n, dtype=bool)
    keep[drop] = False
    mask = pa.array(keep)
    table.columns = {k: v.filter(mask) for k, v in table.columns.items()}
    table.rows = table.rows[keep]
    table.total_rows = len(drop)
