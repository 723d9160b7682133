"""Property-based tests of the readers: random, truncated or mutated files never raise anything
but FileProblem (turned into a BadInput at submission), always with a message."""

from __future__ import annotations

import io

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapporteur.ingest import mapping, readers
from tests.conftest import FIXTURES, GOOD_ROWS, HEADER, police_csv

POLICE = mapping.load(FIXTURES / "police.yaml")
LIMITS = readers.Limits(5, 10_000)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _as(fmt: str, **file: object) -> mapping.Mapping:
    return POLICE.model_copy(update={"file": POLICE.file.model_copy(update={"format": fmt, **file})})


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    sheet = wb.active
    for line in [HEADER, *GOOD_ROWS]:
        sheet.append(line.split(";"))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _parquet() -> bytes:
    cols = HEADER.split(";")
    rows = [r.split(";") for r in GOOD_ROWS]
    buf = io.BytesIO()
    pq.write_table(pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)}), buf)
    return buf.getvalue()


VALID = {"csv": police_csv(GOOD_ROWS), "xlsx": _xlsx(), "parquet": _parquet()}


def _read_or_file_problem(data: bytes, m: mapping.Mapping) -> None:
    try:
        readers.read(data, m, LIMITS)
    except readers.FileProblem as e:
        assert str(e) and e.rule  # a message and a rule, nothing else escapes


@FUZZ
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(sorted(VALID)))
def test_random_bytes(data, fmt):
    _read_or_file_problem(data, _as(fmt))


@FUZZ
@given(
    fmt=st.sampled_from(sorted(VALID)), cut=st.floats(0, 1), flips=st.lists(st.integers(0, 10**6), max_size=4)
)
def test_truncated_or_mutated_valid_files(fmt, cut, flips):
    data = bytearray(VALID[fmt][: int(len(VALID[fmt]) * cut)])
    for f in flips:
        if data:
            data[f % len(data)] ^= 0x5A
    _read_or_file_problem(bytes(data), _as(fmt))


@FUZZ
@given(
    text=st.text(max_size=300),
    encoding=st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16"]),
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    header_row=st.one_of(st.none(), st.integers(1, 5)),
)
def test_random_text_encodings_and_file_settings(text, encoding, delimiter, header_row):
    data = (HEADER + "\r\n" + text).encode(encoding, errors="replace")
    m = _as(
        "csv",
        encoding=encoding if encoding != "utf-16" else "utf-8",
        delimiter=delimiter,
        header_row=header_row,
    )
    _read_or_file_problem(data, m)
