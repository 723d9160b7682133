"""Linkage engines: where the recipe (``link/recipe.py``) runs.

An ``Engine`` opens a Splink ``DatabaseAPI`` for one linkage and provides the recipe's hooks.
The hooks have generic implementations here, on Splink's own ``SplinkDataFrame`` methods, so an
engine fills in one method, ``database()``, and overrides a hook only where its backend needs
it, as Splink's own ``DatabaseAPI`` subclasses do. ``DuckDBEngine`` runs Splink on an
in-process DuckDB; a Spark engine would open a ``splink.backends.spark.SparkAPI`` instead.
``engine_from_settings`` chooses one from ``[linkage] engine``.
"""

from __future__ import annotations

import os
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, ClassVar

import pyarrow as pa
import pyarrow.compute as pc

from rapporteur.errors import BadOption
from rapporteur.link import recipe
from rapporteur.link.recipe import DEFAULT_THRESHOLD, LinkResult

if TYPE_CHECKING:
    from splink.internals.database_api import DatabaseAPI
    from splink.internals.splink_dataframe import SplinkDataFrame

    from rapporteur.config import LinkageSettings

__all__ = [
    "DEFAULT_THRESHOLD",
    "DuckDBEngine",
    "Engine",
    "LinkResult",
    "default_engine",
    "default_memory_limit",
    "engine_from_settings",
]

INPUT_TABLE = "persons"


class Engine(ABC):
    """A backend for the recipe: a fresh Splink ``DatabaseAPI`` per linkage, and the hooks."""

    name: ClassVar[str]

    @abstractmethod
    def database(self) -> AbstractContextManager[DatabaseAPI[Any]]:
        """A ``DatabaseAPI`` for one linkage; everything it holds is released on exit."""

    def register(self, db: DatabaseAPI[Any], table: pa.Table) -> SplinkDataFrame:
        """The input table as a Splink table."""
        return db.register(table, table_name=INPUT_TABLE)

    def count_rows(self, sdf: SplinkDataFrame) -> int:
        rows = sdf.query_sql("select count(*) as n from {this}").as_record_list()
        return int(rows[0]["n"])

    def pairs_at_least(self, sdf: SplinkDataFrame, threshold: float) -> pa.Table:
        """``unique_id_l, unique_id_r`` (text) and ``match_probability`` of the predictions at or
        above ``threshold``, sorted by the two ids (here, not in SQL: a backend need not keep
        the order of a query's rows once they are stored in a table)."""
        found = sdf.query_sql(
            "select cast(unique_id_l as string) as unique_id_l, "
            "cast(unique_id_r as string) as unique_id_r, "
            f"match_probability from {{this}} where match_probability >= {float(threshold)!r}"
        )
        pairs = found.as_pyarrow_table()
        found.drop_table_from_database_and_remove_from_cache()
        return pairs.sort_by([("unique_id_l", "ascending"), ("unique_id_r", "ascending")])

    def scored_pairs(self, sdf: SplinkDataFrame, floor: float) -> pa.Table:
        """Every prediction at or above ``floor``: the two ids (text), ``match_probability``,
        ``match_weight`` and one ``mw_<comparison>`` weight per comparison (term-frequency
        adjustment included), sorted by the two ids; never the compared values."""
        found = sdf.query_sql(f"select * from {{this}} where match_probability >= {float(floor)!r}")
        t = found.as_pyarrow_table()
        found.drop_table_from_database_and_remove_from_cache()
        cols: dict[str, pa.Array | pa.ChunkedArray] = {
            "unique_id_l": t["unique_id_l"].cast(pa.string()),
            "unique_id_r": t["unique_id_r"].cast(pa.string()),
            "match_probability": t["match_probability"].cast(pa.float64()),
            "match_weight": t["match_weight"].cast(pa.float64()),
        }
        for name in t.column_names:
            if name.startswith("mw_") and not name.startswith("mw_tf_adj_"):
                w = pc.fill_null(t[name].cast(pa.float64()), 0.0)
                adj = f"mw_tf_adj_{name[3:]}"
                if adj in t.column_names:
                    w = pc.add(w, pc.fill_null(t[adj].cast(pa.float64()), 0.0))
                cols[name] = w
        return pa.table(cols).sort_by([("unique_id_l", "ascending"), ("unique_id_r", "ascending")])

    def link(
        self,
        table: pa.Table,
        encoded: bool,
        threshold: float = DEFAULT_THRESHOLD,
        seed: int = 1,
        constraints: recipe.Constraints | None = None,
    ) -> LinkResult:
        with self.database() as db:
            return recipe.link(db, self, table, encoded, threshold, seed, constraints)


class DuckDBEngine(Engine):
    """Splink on an in-process DuckDB; spills to a private temporary folder for large inputs."""

    name = "duckdb"

    def __init__(self, memory_limit: str | None = None, threads: int | None = None) -> None:
        self.memory_limit = memory_limit or default_memory_limit()
        self.threads = threads

    @contextmanager
    def database(self) -> Iterator[DatabaseAPI[Any]]:
        import duckdb
        from splink import DuckDBAPI

        with tempfile.TemporaryDirectory(prefix="rapporteur-link-") as tmp:
            os.chmod(tmp, 0o700)
            con = duckdb.connect()
            try:
                con.execute(f"SET temp_directory = '{tmp}'")
                con.execute("SET preserve_insertion_order = false")
                if self.memory_limit:
                    con.execute(f"SET memory_limit = '{self.memory_limit}'")
                if self.threads:
                    con.execute(f"SET threads = {int(self.threads)}")
                yield DuckDBAPI(connection=con)
            finally:
                con.close()


def default_memory_limit() -> str:
    """Half the machine's memory, at most 6 GB: DuckDB spills to disk beyond it."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "4GB"
    return f"{max(1, min(6, total // 2 // 1024**3))}GB"


def default_engine() -> Engine:
    return DuckDBEngine()


def engine_from_settings(settings: LinkageSettings) -> Engine:
    """The engine ``[linkage] engine`` names, configured from the other ``[linkage]`` settings."""
    if settings.engine == "duckdb":
        return DuckDBEngine(memory_limit=settings.memory_limit or None)
    if settings.engine == "spark":
        raise BadOption(
            "[linkage] engine = 'spark': the Spark engine is not available in this version "
            "(it will come with the 'spark' extra); set [linkage] engine = 'duckdb'."
        )
    raise BadOption(f"[linkage] engine = {settings.engine!r}: unknown engine; use 'duckdb'.")
