"""Constrained clustering: strongest pairs first, never two incompatible birth dates."""

from __future__ import annotations

from rapporteur.link.cluster import compatible_dates, compatible_encodings, constrained
from rapporteur.link.encode import Encoder


def test_compatible_dates() -> None:
    assert compatible_dates("1990-05-07", "1990-05-07")
    assert compatible_dates("1990-05-07", "1990-07-05")  # day and month transposed
    assert compatible_dates("1990-05-07", "1990-05-08")  # one typo
    assert not compatible_dates("1990-05-07", "1974-09-12")
    assert not compatible_dates("1990-05-07", "1991-05-08")  # two characters apart


def test_compatible_encodings_follow_the_dates() -> None:
    e = Encoder(b"k" * 32)
    enc = lambda d: e.encode("birth", d)  # noqa: E731
    assert compatible_encodings(enc("1990-05-07"), enc("1990-05-07"))
    assert compatible_encodings(enc("1990-05-07"), enc("1990-05-08"))
    assert not compatible_encodings(enc("1990-05-07"), enc("1974-09-12"))


def test_a_record_without_birth_date_does_not_chain_two_namesakes() -> None:
    ids = ["a1", "a2", "b1", "x"]
    births = ["1974-09-12", "1974-09-12", "1989-01-23", None]
    pairs = [
        ("a1", "a2", 0.999),  # same person, same date
        ("x", "a1", 0.95),  # same name, no birth date: joins the stronger side
        ("x", "b1", 0.90),  # would merge 1974 and 1989 into one person: refused
    ]
    got = constrained(ids, births, pairs, compatible_dates)
    assert got["a1"] == got["a2"] == got["x"] == "a1"
    assert got["b1"] == "b1"
    # plain connected components would have made one person of all four
    unconstrained = constrained(ids, births, pairs, lambda a, b: True)
    assert len(set(unconstrained.values())) == 1


def test_every_record_gets_a_person_and_ids_are_stable() -> None:
    ids = ["r3", "r1", "r2", "r9"]
    got = constrained(ids, [None] * 4, [("r3", "r2", 0.99)], compatible_dates)
    assert set(got) == set(ids)
    assert got["r3"] == got["r2"] == "r2" and got["r1"] == "r1" and got["r9"] == "r9"
