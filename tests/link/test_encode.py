"""Keyed balanced Bloom filters: deterministic with a key, useless without it."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from rapporteur.demo.persons import COLUMNS, person_file
from rapporteur.link import encode_file, link_file
from rapporteur.link.encode import FIELD_BITS, Encoder


def _bits(h: str) -> np.ndarray:
    return np.unpackbits(np.frombuffer(bytes.fromhex(h), dtype=np.uint8))


def _dice(a: str, b: str) -> float:
    x, y = _bits(a), _bits(b)
    return float(2 * (x & y).sum() / (x.sum() + y.sum()))


def test_same_key_same_encoding_and_balanced_weight() -> None:
    e1, e2 = Encoder(b"k" * 32), Encoder(b"k" * 32)
    names = ["Maria", "Popescu", "Nguyen Thi Lan", "Ionuț", "Ó"]
    for n in names:
        assert e1.encode("last", n) == e2.encode("last", n)
        # balanced: every encoding has exactly half of its bits set, whatever the name's length
        assert _bits(e1.encode("last", n)).sum() == FIELD_BITS["last"]
    assert e1.encode("first", "") == ""
    assert e1.encode("birth", "1990-05-07") != e1.encode("birth", "1990-05-08")


def test_similar_names_are_closer_than_unrelated_ones() -> None:
    e = Encoder(b"k" * 32)
    assert _dice(e.encode("last", "Popescu"), e.encode("last", "Popescru")) > 0.85
    assert _dice(e.encode("last", "Popescu"), e.encode("last", "Nguyen")) < 0.75
    # first and last names share a key: a swapped name encodes identically
    assert e.encode("first", "Popescu") == e.encode("last", "Popescu")
    # a transposed birth date is closer than another date of the same year
    t = _dice(e.encode("birth", "1990-05-07"), e.encode("birth", "1990-07-05"))
    o = _dice(e.encode("birth", "1990-05-07"), e.encode("birth", "1990-11-23"))
    assert t > o


def test_another_key_gives_unrelated_encodings() -> None:
    a, b = Encoder(b"a" * 32), Encoder(b"b" * 32)
    assert a.encode("last", "Popescu") != b.encode("last", "Popescu")
    assert _dice(a.encode("last", "Popescu"), b.encode("last", "Popescu")) < 0.75


def test_wrong_key_gives_no_matches_not_an_error(tmp_path: Path) -> None:
    pf = person_file(3, 300, name_variety=4)
    half = len(pf.rows) // 2
    for name, rows in (("a.csv", pf.rows[:half]), ("b.csv", pf.rows[half:])):
        with (tmp_path / name).open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS)
            w.writerows(rows)
    (tmp_path / "k1").write_text("first actors' key 0123456789")
    (tmp_path / "k2").write_text("somebody else's key 98765432")
    encode_file(tmp_path / "a.csv", tmp_path / "k1", tmp_path / "ea.csv")
    encode_file(tmp_path / "b.csv", tmp_path / "k2", tmp_path / "eb.csv")
    with (tmp_path / "mixed.csv").open("w", encoding="utf-8") as f:
        f.write((tmp_path / "ea.csv").read_text())
        f.write("".join((tmp_path / "eb.csv").read_text().splitlines(keepends=True)[1:]))
    link_file(tmp_path / "mixed.csv", tmp_path / "c.csv", encoded=True)
    side = {r[0]: i < half for i, r in enumerate(pf.rows)}
    persons: dict[str, set[bool]] = {}
    with (tmp_path / "c.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            persons.setdefault(row["person_id"], set()).add(side[row["record_id"]])
    assert all(len(s) == 1 for s in persons.values()), "records encoded with different keys were linked"
    # and the truth has persons on both sides, so a shared key would have linked some
    both = {
        p for p in set(pf.truth.values()) if {side[r] for r, q in pf.truth.items() if q == p} == {True, False}
    }
    assert both
