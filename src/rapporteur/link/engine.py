"""The linkage engine behind a small interface: a table of persons in, clusters out.

``DuckDBEngine`` runs Splink on DuckDB on this machine. A Spark engine would implement the same
``Engine`` protocol (register the table with ``SparkAPI`` instead); the model, the input table and
the result do not depend on the backend.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass, field
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from rapporteur.link import model
from rapporteur.link.cluster import compatible_dates, compatible_encodings, constrained

DEFAULT_THRESHOLD = 0.8
log = logging.getLogger(__name__)


@dataclass
class LinkResult:
    clusters: pa.Table  # unique_id, person_id (the smallest unique_id of the cluster)
    # pairs at or above the threshold; clusters join them strongest first, except where two
    # groups hold incompatible birth dates (link/cluster.py)
    pairs: pa.Table  # unique_id_l, unique_id_r, match_probability (pairs at or above threshold)
    model: dict[str, Any]
    threshold: float
    candidates: int  # pairs scored at least min(threshold, 0.5)
    timings: dict[str, float] = field(default_factory=dict)


class Engine(Protocol):
    name: str

    def link(self, table: pa.Table, encoded: bool, threshold: float, seed: int) -> LinkResult: ...


class DuckDBEngine:
    """Splink on an in-process DuckDB; spills to a private temporary folder for large inputs."""

    name = "duckdb"

    def __init__(self, memory_limit: str | None = None, threads: int | None = None) -> None:
        self.memory_limit = memory_limit or default_memory_limit()
        self.threads = threads

    def link(self, table: pa.Table, encoded: bool, threshold: float, seed: int) -> LinkResult:
        import time

        from splink import DuckDBAPI, Linker

        logging.getLogger("splink").setLevel(logging.ERROR)
        times: dict[str, float] = {}
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="rapporteur-link-") as tmp:
            os.chmod(tmp, 0o700)
            con = duckdb.connect()
            con.execute(f"SET temp_directory = '{tmp}'")
            con.execute("SET preserve_insertion_order = false")
            if self.memory_limit:
                con.execute(f"SET memory_limit = '{self.memory_limit}'")
            if self.threads:
                con.execute(f"SET threads = {int(self.threads)}")
            db = DuckDBAPI(connection=con)
            sdf = db.register(table, table_name="persons")
            documents = ("document_bf" if encoded else "document") in table.column_names
            linker = Linker(sdf, model.settings(encoded, documents), log_level=None)
            n = table.num_rows
            rules = model.deterministic_rules(encoded)
            linker.training.estimate_probability_two_random_records_match(rules, recall=0.8)
            linker.training.estimate_u_using_random_sampling(
                max_pairs=min(2e6, max(1e5, n * 20.0)), seed=seed
            )
            # Large inputs: EM on a sample of about 5 million blocked pairs (enough for a dozen m values).
            sample: dict[str, Any] = (
                {} if n < 200_000 else {"max_pairs": 5e6, "record_sample_proportion": 0.05}
            )
            for rule in model.training_blocks(encoded):
                linker.training.estimate_parameters_using_expectation_maximisation(
                    rule,
                    estimate_without_term_frequencies=True,
                    **sample,
                )
            times["train"] = time.perf_counter() - t0
            t1 = time.perf_counter()
            floor = min(threshold, 0.5)
            predictions = linker.inference.predict(threshold_match_probability=floor)
            candidates = int(
                con.execute(f"select count(*) from {predictions.physical_name}").fetchall()[0][0]
            )
            times["predict"] = time.perf_counter() - t1
            t2 = time.perf_counter()
            pairs = con.sql(
                "select cast(unique_id_l as varchar) as unique_id_l, "
                "cast(unique_id_r as varchar) as unique_id_r, "
                f"match_probability from {predictions.physical_name} "
                f"where match_probability >= {threshold} order by unique_id_l, unique_id_r"
            ).to_arrow_table()
            saved = linker.misc.save_model_to_json()
            con.close()
        ids = table["unique_id"].to_pylist()
        births = table["birth_bf" if encoded else "birth_date"].to_pylist()
        edges = list(
            zip(
                pairs["unique_id_l"].to_pylist(),
                pairs["unique_id_r"].to_pylist(),
                pairs["match_probability"].to_pylist(),
                strict=True,
            )
        )
        person = constrained(ids, births, edges, compatible_encodings if encoded else compatible_dates)
        clusters = pa.table({"unique_id": ids, "person_id": [person[i] for i in ids]})
        times["cluster"] = time.perf_counter() - t2
        return LinkResult(clusters, pairs, saved, threshold, candidates, times)


def default_memory_limit() -> str:
    """Half the machine's memory, at most 6 GB: DuckDB spills to disk beyond it."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "4GB"
    return f"{max(1, min(6, total // 2 // 1024**3))}GB"


def default_engine() -> Engine:
    return DuckDBEngine()
