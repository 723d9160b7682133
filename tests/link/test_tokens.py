"""Keyed name-token hashes (encoded mode) and the token-level comparison levels and blocking."""

from __future__ import annotations

import csv
from pathlib import Path

from rapporteur.link import encode_file
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


def _admitted_by(table, rules) -> list[int]:  # type: ignore[no-untyped-def]
    """The pairs each blocking rule admits that no earlier rule did."""
    import splink.blocking_analysis as ba
    from splink import DuckDBAPI

    sdf = DuckDBAPI().register(table, table_name="persons")
    res = ba.count_comparisons_from_blocking_rules(
        sdf, blocking_rules=rules, link_type="dedupe_only", record_sample_proportion=1.0
    )
    return [int(r["marginal_comparison_count"]) for r in res]


# one name word in common (a married name, a dropped second given name), same birth year,
# different dates (one a placeholder): only the token-and-year rule compares them
_PAIR = [
    ["1", "A", "Maria Elena", "Popescu Ionescu", "1990-03-04", "F", "RO"],
    ["2", "B", "Elena", "Dumitrescu", "1990-07-01", "F", "RO"],
]


def test_a_shared_token_and_birth_year_is_compared_clear(tmp_path: Path) -> None:
    from rapporteur.link import model
    from rapporteur.link.files import clear_table

    _write(tmp_path / "p.csv", _PAIR)
    rules = model.clear_blocking()
    counts = _admitted_by(clear_table(tmp_path / "p.csv"), rules)
    assert sum(counts) == 1
    assert "name_tokens" in str(rules[counts.index(1)].get_blocking_rule("duckdb").blocking_rule_sql)
    # another year: no rule compares them
    _write(tmp_path / "q.csv", [_PAIR[0], [*_PAIR[1][:4], "1992-07-01", "F", "RO"]])
    assert sum(_admitted_by(clear_table(tmp_path / "q.csv"), rules)) == 0


def test_a_shared_token_key_and_keyed_year_is_compared_encoded(tmp_path: Path) -> None:
    from rapporteur.link import model

    key = tmp_path / "key"
    key.write_text("a key shared by the actors 0123456789")
    for rows, expected in ((_PAIR, 1), ([_PAIR[0], [*_PAIR[1][:4], "1992-07-01", "F", "RO"]], 0)):
        _write(tmp_path / "p.csv", rows)
        encode_file(tmp_path / "p.csv", key, tmp_path / "e.csv")
        assert sum(_admitted_by(encoded_table(tmp_path / "e.csv"), model.encoded_blocking())) == expected


def test_malformed_token_keys_are_refused_with_row_and_column(tmp_path: Path) -> None:
    import pytest

    from rapporteur.link.prepare import LinkInputError

    src, key, out = tmp_path / "p.csv", tmp_path / "key", tmp_path / "e.csv"
    key.write_text("a key shared by the actors 0123456789")
    _write(src, [["1", "A", "Ana", "Popescu", "", "F", "RO"]])
    encode_file(src, key, out)
    text = out.read_text().splitlines()
    out.write_text("\n".join([text[0], text[1].rsplit(",", 1)[0] + ",popescu"]) + "\n")
    with pytest.raises(LinkInputError, match=r"row 2, column tokens_bf") as e:
        encoded_table(out)
    assert "popescu" not in str(e.value)
