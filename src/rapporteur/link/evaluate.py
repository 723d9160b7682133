"""Linkage quality against a ground truth: pairwise and cluster-level scores."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from rapporteur.errors import BadInput


@dataclass(frozen=True)
class Scores:
    records: int
    persons_true: int
    persons_found: int
    pairs_true: int
    pairs_found: int
    pairs_correct: int
    precision: float
    recall: float
    f1: float
    clusters_exact: int  # true persons whose records form exactly one found cluster
    cluster_precision: float  # exact clusters / found clusters
    cluster_recall: float  # exact clusters / true persons

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score(found: Mapping[str, str], truth: Mapping[str, str]) -> Scores:
    """Scores of ``found`` (record -> person) against ``truth`` on the records both know."""
    common = [r for r in found if r in truth]
    if not common:
        raise BadInput("no record of the linkage is in the ground truth: are the ids the same?")
    f_size = Counter(found[r] for r in common)
    t_size = Counter(truth[r] for r in common)
    both = Counter((found[r], truth[r]) for r in common)
    tp = sum(_pairs(n) for n in both.values())
    pf = sum(_pairs(n) for n in f_size.values())
    pt = sum(_pairs(n) for n in t_size.values())
    precision = tp / pf if pf else 1.0
    recall = tp / pt if pt else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = sum(1 for (f, t), n in both.items() if n == f_size[f] == t_size[t])
    return Scores(
        records=len(common),
        persons_true=len(t_size),
        persons_found=len(f_size),
        pairs_true=pt,
        pairs_found=pf,
        pairs_correct=tp,
        precision=precision,
        recall=recall,
        f1=f1,
        clusters_exact=exact,
        cluster_precision=exact / len(f_size),
        cluster_recall=exact / len(t_size),
    )
