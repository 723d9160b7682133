"""How sure a linkage is: its pairwise precision and recall estimated from its own scores.

The links of a linkage are the pairs of records in one cluster. Each scored pair carries the
model's match probability ``p``: a link is wrong with probability ``1 - p`` and a scored pair
left in two clusters is a missed link with probability ``p``. So the expected false links are
Σ(1 − p) over the links, the expected missed links Σ p over the scored pairs kept apart, and

    precision = 1 − false / links,   recall = (links − false) / (links − false + missed).

A link the model did not score itself (made by transitivity, A–B and B–C giving A–C) counts with
the probability of the weakest scored link of its cluster. Where the analyst decided a pair
(``link decide``), the decision replaces the model: 1 for "same", 0 for "different"
(``method`` is then ``model+clerical``). Pairs below the stored floor (``recipe.PAIRS_FLOOR``)
and pairs no blocking rule proposed are not counted, so recall is an upper bound.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Literal

import pyarrow as pa
from pydantic import BaseModel


class LinkQuality(BaseModel):
    """Estimated pairwise precision and recall of a linkage run, and how they were estimated."""

    precision: float
    recall: float
    method: Literal["model", "model+clerical"]
    decisions: int  # clerical decisions on pairs of this run's records that were used
    links: int  # pairs of records in one cluster
    expected_false_links: float
    expected_missed_links: float


def estimate(
    scored: pa.Table,
    person: Mapping[int, int],
    decisions: Mapping[tuple[int, int], str] | None = None,
) -> LinkQuality:
    """Quality of the clusters ``person`` (record id -> person id) from the ``scored`` pairs
    (``record_id_l, record_id_r, match_probability``) and the clerical ``decisions``."""
    decisions = decisions or {}
    left = scored["record_id_l"].to_pylist()
    right = scored["record_id_r"].to_pylist()
    prob = scored["match_probability"].to_pylist()
    p_of: dict[tuple[int, int], float] = {}
    for a, b, p in zip(left, right, prob, strict=True):
        p_of[(min(a, b), max(a, b))] = float(p)
    used = 0
    for pair, d in decisions.items():
        if pair[0] in person and pair[1] in person:
            p_of[pair] = 1.0 if d == "same" else 0.0
            used += 1
    sizes = Counter(person.values())
    links = sum(n * (n - 1) // 2 for n in sizes.values())
    false = missed = 0.0
    scored_in: Counter[int] = Counter()
    weakest: dict[int, float] = defaultdict(lambda: 1.0)
    for (a, b), p in p_of.items():
        if a not in person or b not in person:
            continue
        c = person[a]
        if c == person[b]:
            false += 1.0 - p
            scored_in[c] += 1
            weakest[c] = min(weakest[c], p) if p > 0 else weakest[c]
        else:
            missed += p
    for c, n in sizes.items():
        rest = n * (n - 1) // 2 - scored_in[c]
        if rest > 0:
            false += rest * (1.0 - weakest[c])
    true = links - false
    return LinkQuality(
        precision=round(1.0 - false / links, 4) if links else 1.0,
        recall=round(true / (true + missed), 4) if true + missed > 0 else 1.0,
        method="model+clerical" if used else "model",
        decisions=used,
        links=links,
        expected_false_links=round(false, 2),
        expected_missed_links=round(missed, 2),
    )
