"""The linkage recipe, written once against a Splink ``DatabaseAPI``: persons in, clusters out.

λ from deterministic rules, ``u`` on random pairs, ``m`` by expectation maximisation in the
sessions of ``model.training_blocks``, prediction, then the constrained clustering of
``link/cluster.py``. Nothing here depends on the backend: the few things that do (registering
the input table, counting the rows of a Splink table, fetching the pairs above the threshold)
are the ``Hooks`` an engine provides (``link/engine.py``). Only Splink's generic API is used on
``db``, so the same recipe runs on DuckDB and, through ``SparkAPI``, on Spark.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pyarrow as pa

from rapporteur.link import model
from rapporteur.link.cluster import compatible_dates, compatible_encodings, constrained

if TYPE_CHECKING:
    from splink.internals.database_api import DatabaseAPI
    from splink.internals.splink_dataframe import SplinkDataFrame

DEFAULT_THRESHOLD = 0.8
# Large inputs: EM on a sample of about 5 million blocked pairs (enough for a dozen m values).
EM_SAMPLE_FROM = 200_000
EM_SAMPLE: dict[str, Any] = {"max_pairs": 5e6, "record_sample_proportion": 0.05}
# Scored pairs kept with the run (for review, quality estimates and re-clustering): at least this.
PAIRS_FLOOR = 0.01


@dataclass(frozen=True)
class Constraints:
    """Clerical decisions on pairs of ``unique_id``: joined (``must_link``) or kept apart."""

    must_link: tuple[tuple[str, str], ...] = ()
    cannot_link: tuple[tuple[str, str], ...] = ()


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
    # every scored pair at or above PAIRS_FLOOR: unique_id_l, unique_id_r (text),
    # match_probability, match_weight and one ``mw_<comparison>`` weight per comparison (with
    # its term-frequency adjustment); no compared values
    scored: pa.Table | None = None
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # 'same' decisions not applied


class Hooks(Protocol):
    """What the recipe asks of a backend beyond Splink's ``DatabaseAPI`` (see ``engine.Engine``)."""

    def register(self, db: DatabaseAPI[Any], table: pa.Table) -> SplinkDataFrame: ...

    def count_rows(self, sdf: SplinkDataFrame) -> int: ...

    def pairs_at_least(self, sdf: SplinkDataFrame, threshold: float) -> pa.Table: ...

    def scored_pairs(self, sdf: SplinkDataFrame, floor: float) -> pa.Table: ...


def link(
    db: DatabaseAPI[Any],
    hooks: Hooks,
    table: pa.Table,
    encoded: bool,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 1,
    constraints: Constraints | None = None,
) -> LinkResult:
    """Train the model on ``table``, score its pairs and cluster them, all in ``db``.

    ``table`` has ``unique_id`` (text), ``source`` and the compared columns of ``model.settings``
    (clear, or the Bloom-filter columns when ``encoded``). The pairs come back sorted by
    ``unique_id_l, unique_id_r`` whatever the backend, so the clusters do not depend on it.
    ``constraints`` (clerical decisions) are applied by the clustering.
    """
    from splink import Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    sdf = hooks.register(db, table)
    documents = ("document_bf" if encoded else "document") in table.column_names
    tokens = not encoded or ("name_bf" in table.column_names and table["name_bf"].null_count < table.num_rows)
    # the per-comparison weights are kept for clerical review (link/review.py)
    settings = dataclasses.replace(
        model.settings(encoded, documents), retain_intermediate_calculation_columns=True
    )
    linker = Linker(sdf, settings, log_level=None)
    n = table.num_rows
    linker.training.estimate_probability_two_random_records_match(
        model.deterministic_rules(encoded), recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=min(2e6, max(1e5, n * 20.0)), seed=seed)
    sample = EM_SAMPLE if n >= EM_SAMPLE_FROM else {}
    for rule in model.training_blocks(encoded, tokens):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, **sample
        )
    times["train"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    floor = min(threshold, PAIRS_FLOOR)
    predictions = linker.inference.predict(threshold_match_probability=floor)
    scored = hooks.scored_pairs(predictions, floor)
    p = scored["match_probability"].to_numpy(zero_copy_only=False)
    candidates = int((p >= min(threshold, 0.5)).sum())
    times["predict"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    pairs = hooks.pairs_at_least(predictions, threshold)
    saved = linker.misc.save_model_to_json()
    saved["retain_intermediate_calculation_columns"] = False  # the model, not how it was run
    conflicts: list[tuple[str, str]] = []
    clusters = cluster(table, pairs, encoded, constraints, conflicts)
    times["cluster"] = time.perf_counter() - t2
    return LinkResult(clusters, pairs, saved, threshold, candidates, times, scored, conflicts)


def cluster(
    table: pa.Table,
    pairs: pa.Table,
    encoded: bool,
    constraints: Constraints | None = None,
    conflicts: list[tuple[str, str]] | None = None,
) -> pa.Table:
    """``unique_id, person_id`` of every record of ``table`` from the scored ``pairs``."""
    ids = table["unique_id"].to_pylist()
    births = table["birth_bf" if encoded else "birth_date"].to_pylist()
    if encoded:  # the encoding, the keyed year and the placeholder flag (cluster.compatible_encodings)
        years = table["year_bf"].to_pylist()
        ph = table["birth_ph"].to_pylist()
        births = [
            f"{b}|{y or ''}|{'1' if p else ''}" if b else None
            for b, y, p in zip(births, years, ph, strict=True)
        ]
    edges = list(
        zip(
            pairs["unique_id_l"].to_pylist(),
            pairs["unique_id_r"].to_pylist(),
            pairs["match_probability"].to_pylist(),
            strict=True,
        )
    )
    c = constraints or Constraints()
    person = constrained(
        ids,
        births,
        edges,
        compatible_encodings if encoded else compatible_dates,
        must_link=c.must_link,
        cannot_link=c.cannot_link,
        conflicts=conflicts,
    )
    return pa.table({"unique_id": ids, "person_id": [person[i] for i in ids]})
