"""Benchmark and simulation study of multiple systems estimation.

1. Speed: the UK 6-list stepwise fit and a 1,000-resample BCa bootstrap, against the R reference
   (SparseMSE 2.0.1: 0.17 s and 141 s on this kind of machine).
2. Simulation: populations drawn from the synthetic world generator (known N) in three
   scenarios of list dependence (see SCENARIOS), estimated as a rapporteur would: stratified by
   labour exploitation / other forms, lists police, inspection (labour stratum only) and the
   three victim centres as one list (the Immigration Office is left out: it only sees persons
   already in a centre). For each method: bias, RMSE, relative bias and the coverage of the 95%
   intervals (normal; BCa on a subset of populations). The interval of a stratified estimate is
   the sum of the strata's limits (conservative).

Writes bench/results/mse.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from rapporteur.demo import world
from rapporteur.estimate import mse, read_csv
from rapporteur.estimate.table import CaptureTable

HERE = Path(__file__).parent
UK = HERE.parent / "tests" / "fixtures" / "mse" / "uk_2013_6lists.csv"
LISTS = {
    "police": ("police",),
    "inspection": ("inspection",),
    "centres": ("payoke", "pag_asa", "surya"),
    "immigration": ("immigration",),
}


def capture_table(people: list[world.Person], names: list[str]) -> CaptureTable | None:
    counts: dict[tuple[int, ...], int] = {}
    for p in people:
        pat = tuple(int(any(a in p.seen for a in LISTS[n])) for n in names)
        if any(pat):
            counts[pat] = counts.get(pat, 0) + 1
    if not counts:
        return None
    pats = sorted(counts)
    return CaptureTable(
        tuple(names), np.array(pats, dtype=np.int64), np.array([counts[p] for p in pats], dtype=float)
    )


def strata(people: list[world.Person]) -> list[tuple[list[world.Person], list[str]]]:
    """Labour exploitation (the inspection can see it) and the rest (it cannot): the inspection
    list only exists in the first stratum."""
    labour = [p for p in people if "labour" in p.forms]
    other = [p for p in people if "labour" not in p.forms]
    return [(labour, ["police", "inspection", "centres"]), (other, ["police", "centres"])]


def speed(repeats: int, boot: int) -> dict[str, float]:
    t = read_csv(UK)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        mse(t, "stepwise", 0.02)
        times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    res = mse(t, "stepwise", 0.02, bootstrap=boot, seed=1)
    boot_s = time.perf_counter() - t0
    return {
        "uk6_stepwise_fit_seconds": round(statistics.median(times), 4),
        "uk6_bca_bootstrap_seconds": round(boot_s, 2),
        "bootstrap_resamples": boot,
        "bca_interval": [round(res.interval.low), round(res.interval.high)],
        "r_reference_fit_seconds": 0.17,
        "r_reference_bootstrap_seconds": 141,
    }


SCENARIOS = {
    # name: (visibility_sd, referral, description)
    "independent": (0.0, 0.0, "lists independent within each stratum (the model's assumption holds)"),
    "referrals": (0.0, 0.5, "the centres receive referrals from the police and the inspection"),
    "demo_world": (
        0.6,
        1.0,
        "the demo's world: strong referrals and persons unequally visible to every actor",
    ),
}
METHODS = {
    "main": ("main", 0.02),
    "stepwise_0.02": ("stepwise", 0.02),
    "stepwise_0.001": ("stepwise", 0.001),
    "bic": ("bic", 0.02),
}


def _stratified(
    people: list[world.Person], method: str, th: float, boot: int = 0, seed: int | None = None
) -> tuple[float, float, float]:
    est = lo = hi = 0.0
    for group, names in strata(people):
        table = capture_table(group, names)
        if table is None:
            continue
        r = mse(table, method, th, bootstrap=boot, seed=seed)
        est += r.fit.estimate
        lo += r.interval.low  # conservative sum of the strata's limits
        hi += r.interval.high
    return est, lo, hi


def simulate(n_pop: int, persons: int, bca_pop: int, bca_boot: int, seed: int) -> dict[str, object]:
    out: dict[str, object] = {}
    for scen, (sd, ref, text) in SCENARIOS.items():
        est: dict[str, list[float]] = {m: [] for m in METHODS}
        cover: dict[str, list[bool]] = {m: [] for m in METHODS}
        truth, observed, bca_cover = [], [], []
        for k in range(n_pop):
            people = world.world(seed + k, 2013, persons, years=1, visibility_sd=sd, referral=ref)
            true_n = len(people)
            truth.append(true_n)
            observed.append(sum(bool(p.seen) for p in people))
            for m, (method, th) in METHODS.items():
                e, lo, hi = _stratified(people, method, th)
                est[m].append(e)
                cover[m].append(lo <= true_n <= hi)
            if k < bca_pop:
                _e, lo, hi = _stratified(people, "stepwise", 0.02, bca_boot, seed + k)
                bca_cover.append(lo <= true_n <= hi)
        t = np.array(truth, dtype=float)
        res: dict[str, object] = {
            "description": text,
            "visibility_sd": sd,
            "referral": ref,
            "populations": n_pop,
            "true_n_mean": float(t.mean()),
            "observed_mean": float(np.mean(observed)),
        }
        for m in METHODS:
            e = np.array(est[m])
            res[m] = {
                "bias": round(float((e - t).mean()), 1),
                "relative_bias": round(float(((e - t) / t).mean()), 4),
                "rmse": round(float(np.sqrt(((e - t) ** 2).mean())), 1),
                "coverage_95_normal": round(float(np.mean(cover[m])), 3),
            }
        res["stepwise_0.02_coverage_95_bca"] = round(float(np.mean(bca_cover)), 3) if bca_cover else None
        res["bca_populations"], res["bca_resamples"] = len(bca_cover), bca_boot
        out[scen] = res
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--populations", type=int, default=200)
    ap.add_argument("--persons", type=int, default=900)
    ap.add_argument("--bca-populations", type=int, default=30)
    ap.add_argument("--bca-resamples", type=int, default=200)
    ap.add_argument("--bootstrap", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1000)
    a = ap.parse_args()
    t0 = time.perf_counter()
    result = {
        "benchmark": "mse",
        "speed": speed(5, a.bootstrap),
        "simulation": simulate(a.populations, a.persons, a.bca_populations, a.bca_resamples, a.seed),
    }
    result["seconds_total"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result, indent=2))
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "mse.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
