"""Keyed name-token hashes (encoded mode) and the token-level comparison levels and blocking."""

from __future__ import annotations

import csv
from pathlib import Path

from rapporteur.link import encode_file, link_file
from rapporteur.link.encode import Encoder
from rapporteur.link.files import encoded_table


def test_token_keys_ignore_field_order_particles_and_case() -> None:
    e = Encoder(b"k" * 32)
    a = e.tokens("Mohamed Ali", "El Amrani")
    assert a == e.tokens("AMRANI", "mohamed ali")
    assert a == e.tokens("", "Mohamed Ali Elamrani")
    assert len(a.split()) == 3
    # a dropped second name keeps the other token keys
    assert set(e.tokens("Mohamed", "El Amrani").split()) < set(a.split())
    assert e.tokens("", "") == ""
    # the key matters, and no token appears in clear
    assert set(Encoder(b"x" * 32).tokens("Mohamed Ali", "El Amrani").split()).isdisjoint(a.split())
    assert "amrani" not in a


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "source", "first_name", "last_name", "birth_date", "sex", "citizenship"])
        w.writerows(rows)


def test_encoded_table_carries_token_lists(tmp_path: Path) -> None:
    src, key, out = tmp_path / "p.csv", tmp_path / "key", tmp_path / "e.csv"
    key.write_text("a key shared by the actors 0123456789")
    _write(src, [["1", "A", "Ana Maria", "Popescu", "", "F", "RO"], ["2", "B", "", "", "", "F", "RO"]])
    encode_file(src, key, out)
    t = encoded_table(out)
    toks = t["name_toks"].to_pylist()
    assert len(toks[0]) == 3 and toks[1] is None
