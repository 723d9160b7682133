"""The linkage seam: one recipe on a Splink DatabaseAPI, engines chosen by ``[linkage] engine``.

The frozen digests below were first computed with the code before the seam (``DuckDBEngine.link``
running Splink and DuckDB SQL itself) on the same generated file: a change of the seam that
changes a cluster or a pair above the threshold fails here. The encoded digests were
recomputed when the encoded model gained the name-token key and keyed birth years (the clear
clusters of this file did not change).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from pydantic import ValidationError

from rapporteur.config import LinkageSettings
from rapporteur.demo.persons import COLUMNS, person_file
from rapporteur.errors import BadOption
from rapporteur.link import DuckDBEngine, Engine, LinkResult, encode_file, engine_from_settings, score
from rapporteur.link.files import clear_table, encoded_table

# mode -> (records, persons, sha256 of sorted "record,person" lines, pairs, sha256 of pair ids)
FROZEN = {
    "clear": (527, 296, "de8ee39676d9a9cd", 336, "806cfb987898dd87"),
    "encoded": (527, 300, "fe9b3a60039d2edb", 328, "a79b51f6ebf7d969"),
}


def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def _persons(result: LinkResult) -> dict[str, str]:
    c = result.clusters
    return dict(zip(c["unique_id"].to_pylist(), c["person_id"].to_pylist(), strict=True))


def _model(result: LinkResult) -> dict[str, Any]:
    return {k: v for k, v in result.model.items() if k != "linker_uid"}  # a random id per run


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, pa.Table], dict[str, str]]:
    tmp = tmp_path_factory.mktemp("engine")
    pf = person_file(11, 600, name_variety=4)
    src = tmp / "persons.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(pf.rows)
    (tmp / "key").write_text("a key shared by the actors only, 32+ bytes")
    encode_file(src, tmp / "key", tmp / "enc.csv")
    return {"clear": clear_table(src), "encoded": encoded_table(tmp / "enc.csv")}, pf.truth


@pytest.fixture(scope="module")
def linked(world: tuple[dict[str, pa.Table], dict[str, str]]) -> dict[str, LinkResult]:
    tables, _ = world
    return {mode: DuckDBEngine().link(t, mode == "encoded", 0.8, 1) for mode, t in tables.items()}


@pytest.mark.parametrize("mode", ["clear", "encoded"])
def test_results_equal_those_before_the_seam(
    world: tuple[dict[str, pa.Table], dict[str, str]], linked: dict[str, LinkResult], mode: str
) -> None:
    _, truth = world
    r = linked[mode]
    person = _persons(r)
    records, persons, clusters_sha, pairs, pairs_sha = FROZEN[mode]
    assert (len(person), len(set(person.values()))) == (records, persons)
    assert _digest(sorted(f"{k},{v}" for k, v in person.items())) == clusters_sha
    ids = list(zip(r.pairs["unique_id_l"].to_pylist(), r.pairs["unique_id_r"].to_pylist(), strict=True))
    assert ids == sorted(ids)
    assert (r.pairs.num_rows, _digest([f"{a},{b}" for a, b in ids])) == (pairs, pairs_sha)
    assert r.candidates >= r.pairs.num_rows
    assert min(r.pairs["match_probability"].to_pylist()) >= 0.8
    assert r.pairs.schema.types == [pa.string(), pa.string(), pa.float64()]
    assert score(person, truth).f1 >= (0.99 if mode == "clear" else 0.97)


def test_two_runs_give_the_same_clusters_pairs_and_model(
    world: tuple[dict[str, pa.Table], dict[str, str]], linked: dict[str, LinkResult]
) -> None:
    again = DuckDBEngine(threads=1).link(world[0]["clear"], False, 0.8, 1)
    first = linked["clear"]
    assert again.clusters.equals(first.clusters)
    assert again.pairs.equals(first.pairs)
    assert _model(again) == _model(first)
    assert again.candidates == first.candidates
    assert set(again.timings) == {"train", "predict", "cluster"}


class PlainDuckDB(Engine):
    """An engine that fills in only ``database()``, as a Spark engine would with ``SparkAPI``:
    Splink's default DuckDB connection, none of DuckDBEngine's settings."""

    name = "plain"

    @contextmanager
    def database(self) -> Iterator[Any]:
        from splink import DuckDBAPI

        yield DuckDBAPI()


def test_an_engine_that_only_opens_a_database_runs_the_same_recipe(
    world: tuple[dict[str, pa.Table], dict[str, str]], linked: dict[str, LinkResult]
) -> None:
    r = PlainDuckDB().link(world[0]["encoded"], True, 0.8, 1)
    assert r.clusters.equals(linked["encoded"].clusters)
    assert r.pairs.equals(linked["encoded"].pairs)
    assert _model(r) == _model(linked["encoded"])


def test_a_different_seed_or_threshold_reaches_the_recipe(
    world: tuple[dict[str, pa.Table], dict[str, str]], linked: dict[str, LinkResult]
) -> None:
    strict = DuckDBEngine().link(world[0]["clear"], False, 0.99, 1)
    assert strict.threshold == 0.99
    assert 0 < strict.pairs.num_rows < linked["clear"].pairs.num_rows
    assert min(strict.pairs["match_probability"].to_pylist()) >= 0.99


def test_hooks_count_and_fetch_sorted_pairs_whatever_the_stored_order() -> None:
    from splink import DuckDBAPI

    db = DuckDBAPI()
    stored = pa.table(
        {
            "unique_id_l": [9, 10, 2, 2, 1],  # numbers: fetched as text, sorted as text
            "unique_id_r": [12, 11, 7, 3, 5],
            "match_probability": [0.95, 0.9, 0.81, 0.8, 0.79],
        }
    )
    sdf = db.register(stored, table_name="predictions")
    engine = DuckDBEngine()
    assert engine.count_rows(sdf) == 5
    pairs = engine.pairs_at_least(sdf, 0.8)
    assert pairs.column_names == ["unique_id_l", "unique_id_r", "match_probability"]
    assert pairs.to_pylist() == [
        {"unique_id_l": "10", "unique_id_r": "11", "match_probability": 0.9},
        {"unique_id_l": "2", "unique_id_r": "3", "match_probability": 0.8},
        {"unique_id_l": "2", "unique_id_r": "7", "match_probability": 0.81},
        {"unique_id_l": "9", "unique_id_r": "12", "match_probability": 0.95},
    ]
    assert engine.pairs_at_least(sdf, 0.99).num_rows == 0


def test_engine_from_settings_reads_the_engine_setting() -> None:
    default = engine_from_settings(LinkageSettings())
    assert isinstance(default, DuckDBEngine) and default.name == "duckdb"
    chosen = engine_from_settings(LinkageSettings(engine="duckdb", memory_limit="3GB"))
    assert isinstance(chosen, DuckDBEngine) and chosen.memory_limit == "3GB"


def test_spark_is_refused_with_the_setting_named() -> None:
    with pytest.raises(BadOption) as e:
        engine_from_settings(LinkageSettings(engine="spark"))
    assert "[linkage] engine" in str(e.value) and "Spark engine is not available" in str(e.value)
    assert e.value.exit_code == 2


def test_an_unknown_engine_is_a_settings_error() -> None:
    with pytest.raises(ValidationError):
        LinkageSettings(engine="oracle")  # type: ignore[arg-type]


def test_the_recipe_does_not_touch_duckdb() -> None:
    import ast

    source = (Path(__file__).parents[2] / "src/rapporteur/link/recipe.py").read_text("utf-8")
    tree = ast.parse(source)
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not [m for m in imported if "duckdb" in m.lower()]
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert not names & {"DuckDBAPI", "execute", "sql", "to_arrow_table", "physical_name"}
