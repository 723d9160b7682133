"""Capture-pattern tables: one 0/1 column per list and a count per pattern."""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rapporteur.errors import BadInput


class TableError(BadInput, ValueError):
    pass


@dataclass(frozen=True)
class CaptureTable:
    lists: tuple[str, ...]
    patterns: np.ndarray  # (rows, K) of 0/1, the rows as given (no duplicates, no all-zero)
    counts: np.ndarray  # (rows,) non-negative integers

    @property
    def k(self) -> int:
        return len(self.lists)

    @property
    def observed(self) -> int:
        return int(self.counts.sum())

    def full(self) -> tuple[np.ndarray, np.ndarray]:
        """All 2^K − 1 observable patterns (fewest lists first) and their counts (0 if unlisted)."""
        pats, rows = _layout(self.k, self.patterns.tobytes(), self.patterns.shape)
        counts = np.zeros(len(pats))
        np.add.at(counts, rows, self.counts)
        return pats, counts

    def with_counts(self, counts: np.ndarray) -> CaptureTable:
        return CaptureTable(self.lists, self.patterns, np.asarray(counts, dtype=float))

    def overlap(self, i: int, j: int) -> float:
        return float((self.patterns[:, i] * self.patterns[:, j] * self.counts).sum())


@cache
def _layout(k: int, raw: bytes, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The full pattern matrix and, for each given row, its index in it (cached per layout)."""
    pats = np.array([p for n in range(1, k + 1) for p in _with_ones(k, n)], dtype=np.int64)
    index = {tuple(int(x) for x in p): i for i, p in enumerate(pats)}
    given = np.frombuffer(raw, dtype=np.int64).reshape(shape)
    rows = np.array([index[tuple(int(x) for x in p)] for p in given], dtype=np.int64)
    pats.setflags(write=False)
    return pats, rows


def _with_ones(k: int, n: int) -> list[list[int]]:
    out = []
    for ones in itertools.combinations(range(k), n):
        out.append([1 if i in ones else 0 for i in range(k)])
    return out


def read_csv(path: Path | str | None = None, text: str | None = None) -> CaptureTable:
    """Read FILE: one 0/1 column per list, the last column holds the counts whatever its name."""
    name = str(path) if path is not None else "<table>"
    if text is None:
        assert path is not None
        try:
            text = Path(path).read_text("utf-8-sig")
        except FileNotFoundError:
            raise TableError(f"{name}: no such file") from None
        except UnicodeDecodeError:
            raise TableError(f"{name}: not a UTF-8 text file") from None
    rows = [r for r in csv.reader(io.StringIO(text)) if any(x.strip() for x in r)]
    if not rows:
        raise TableError(f"{name}: the file is empty; give a header (list names, then count) and rows")
    header = [h.strip() for h in rows[0]]
    if len(header) < 3:
        raise TableError(
            f"{name}: {len(header) - 1} list column(s); multiple systems estimation needs "
            "at least two lists (one 0/1 column per list, then the count column)"
        )
    if len(set(header[:-1])) != len(header) - 1:
        raise TableError(f"{name}: two list columns have the same name: {header[:-1]}")
    pats: list[tuple[int, ...]] = []
    counts: list[float] = []
    seen: dict[tuple[int, ...], int] = {}
    for line, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            raise TableError(f"{name}, row {line}: {len(r)} values where the header has {len(header)}")
        cells = [x.strip() for x in r]
        for col, v in zip(header[:-1], cells[:-1], strict=True):
            if v not in ("0", "1"):
                raise TableError(f"{name}, row {line}, column {col}: {v!r} is not 0 or 1")
        try:
            c = float(cells[-1])
        except ValueError:
            raise TableError(
                f"{name}, row {line}, column {header[-1]}: {cells[-1]!r} is not a count"
            ) from None
        if c < 0 or not c.is_integer():
            raise TableError(
                f"{name}, row {line}, column {header[-1]}: {cells[-1]!r} is not a whole non-negative count"
            )
        p = tuple(int(v) for v in cells[:-1])
        if not any(p):
            if c > 0:
                raise TableError(
                    f"{name}, row {line}: the all-zero pattern (persons on no list) has "
                    f"count {cells[-1]}; it is what the estimation estimates, leave it out"
                )
            continue
        if p in seen:
            raise TableError(
                f"{name}, row {line}: pattern {''.join(map(str, p))} already given on row "
                f"{seen[p]}; give each pattern once"
            )
        seen[p] = line
        pats.append(p)
        counts.append(c)
    if not pats or sum(counts) == 0:
        raise TableError(f"{name}: no person observed on any list")
    return CaptureTable(tuple(header[:-1]), np.array(pats, dtype=np.int64), np.array(counts, dtype=float))
