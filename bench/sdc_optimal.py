"""Secondary suppression, integer program vs greedy, on the seeded random tables of
tests/stats/test_sdc_optimal.py: total value hidden by secondary suppression and time.

    .venv/bin/python bench/sdc_optimal.py [n]
"""

from __future__ import annotations

import sys
import time

from tests.stats.test_sdc_optimal import cases, hidden_value

from rapporteur.stats.sdc import Policy, protect


def main(n: int = 200) -> None:
    total = {"optimal": 0, "greedy": 0}
    spent = {"optimal": 0.0, "greedy": 0.0}
    better = 0
    for raw in cases(n):
        got = {}
        for m in total:
            t0 = time.perf_counter()
            pub = protect(raw, Policy(threshold=5, secondary=m))
            spent[m] += time.perf_counter() - t0
            got[m] = hidden_value(raw, pub)
            total[m] += got[m]
        better += got["optimal"] < got["greedy"]
    print(f"{n} cases; tables where the optimum hides less: {better}")
    for m in total:
        print(f"{m:8} hidden value {total[m]:7d}  time {spent[m]:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
