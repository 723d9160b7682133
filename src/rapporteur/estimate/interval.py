"""Confidence intervals: normal on the log of the dark figure, and the bias-corrected and
accelerated (BCa) bootstrap that redoes the model selection on every resample."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

from rapporteur.estimate.model import Fit
from rapporteur.estimate.select import select
from rapporteur.estimate.table import CaptureTable


@dataclass
class Interval:
    level: float
    low: float
    high: float
    method: str


def normal(f: Fit, level: float = 0.95) -> Interval:
    """observed + exp(intercept ± z·se): normal on the log of the dark figure."""
    z = norm.ppf(0.5 + level / 2)
    with np.errstate(over="ignore"):  # a barely identified model: the upper limit is infinite
        lo, hi = f.observed + np.exp(f.beta[0] + np.array([-z, z]) * f.log_dark_se)
    return Interval(level, float(lo), float(hi), "normal-log-dark-figure")


def _estimate(args: tuple[CaptureTable, np.ndarray, str, float, int]) -> float:
    table, counts, method, threshold, max_order = args
    try:
        return select(table.with_counts(counts), method, threshold, max_order).estimate
    except Exception:
        return float("nan")


def _map(jobs: list[tuple[CaptureTable, np.ndarray, str, float, int]], workers: int) -> list[float]:
    if workers <= 1 or len(jobs) < 50:
        return [_estimate(j) for j in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_estimate, jobs, chunksize=max(1, len(jobs) // (4 * workers))))


@dataclass
class Bootstrap:
    interval: Interval
    replicates: np.ndarray
    acceleration: float
    bias_z0: float
    failed: int


def bca(
    table: CaptureTable,
    point: float,
    method: str,
    threshold: float,
    max_order: int,
    n: int = 1000,
    seed: int | None = None,
    level: float = 0.95,
    workers: int | None = None,
) -> Bootstrap:
    """Multinomial resamples of the observed persons over the given patterns (SparseMSE's
    scheme); jackknife (one person removed from each observed pattern) for the acceleration."""
    rng = np.random.default_rng(seed)
    probs = table.counts / table.counts.sum()
    draws = rng.multinomial(int(table.observed), probs, size=n)
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    reps = np.array(_map([(table, d, method, threshold, max_order) for d in draws], workers))
    observed = table.counts
    jack = np.zeros(len(observed))
    rows = [j for j in range(len(observed)) if observed[j] > 0]
    jobs = []
    for j in rows:
        c = observed.copy()
        c[j] -= 1
        jobs.append((table, c, method, threshold, max_order))
    jack[rows] = _map(jobs, workers)
    w = observed
    jr = (w * jack).sum() / w.sum() - jack
    accel = float((w * jr**3).sum() / (6 * ((w * jr**2).sum()) ** 1.5)) if (w * jr**2).sum() > 0 else 0.0
    ok = reps[np.isfinite(reps)]
    z0 = float(norm.ppf(np.mean(ok < point))) if len(ok) else 0.0
    alpha = np.array([(1 - level) / 2, (1 + level) / 2])
    za = norm.ppf(alpha) + z0
    q = norm.cdf(z0 + za / (1 - accel * za))
    lo, hi = np.quantile(ok, q, method="median_unbiased")  # R's type 8, as SparseMSE
    return Bootstrap(
        Interval(level, float(lo), float(hi), "bca-bootstrap"), reps, accel, z0, int(n - len(ok))
    )
