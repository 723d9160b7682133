"""Benchmark: import, index and classify 10,000 generated judgments; search latency p50/p95.

Targets (issue 6): import + index under 2 minutes; search p95 under 50 ms. Writes
bench/results/caselaw.json.

    uv run python bench/caselaw.py [--n 10000]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
QUERIES = [
    ("exploités", {}),
    ("exploitation économique", {"lang": "fr"}),
    ('"seksuele uitbuiting"', {}),
    ("slachtoffers", {"lang": "nl"}),
    ("carwash", {"form": "labour"}),
    ("prostitution vitrines", {"year": 2013}),
    ("bedelen stations", {}),
    ("rein greffe", {"form": "organs"}),
    ("vols cambriolages", {"court": "Bruxelles"}),
    ('"gevangenisstraf van 36 maanden"', {}),
    ("dette de voyage", {"lang": "fr", "form": "sexual"}),
    ("verbeurdverklaring", {"court": "Antwerpen"}),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=20, help="times each query is run")
    a = ap.parse_args()
    from rapporteur import workspace as wsp
    from rapporteur.caselaw import Searcher, import_paths
    from rapporteur.caselaw.classify import classify
    from rapporteur.demo.judgments import judgments

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        js = judgments(11, 2013, n=a.n)
        folder = root / "judgments"
        folder.mkdir()
        for j in js:
            (folder / f"{j.id}.md").write_text(j.markdown(), "utf-8")
        generate = time.perf_counter() - t
        ws = wsp.init(root / "ws")
        t = time.perf_counter()
        r = import_paths(ws, [folder])  # parse, validate, store, classify, index
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        for j in js:
            classify(j.id, j.text)
        classify_s = time.perf_counter() - t
        s = Searcher(ws)
        times: list[float] = []
        counts = {}
        for q, f in QUERIES:
            for _ in range(a.repeat):
                t = time.perf_counter()
                hits = s.search(q, **f)
                times.append((time.perf_counter() - t) * 1000)
            counts[q] = len(hits)
        times.sort()
        res = {
            "machine": platform.platform(),
            "python": platform.python_version(),
            "judgments": len(r.added),
            "generate_s": round(generate, 2),
            "import_index_classify_s": round(import_s, 2),
            "classify_only_s": round(classify_s, 2),
            "search_ms": {
                "p50": round(statistics.median(times), 2),
                "p95": round(times[int(0.95 * (len(times) - 1))], 2),
                "max": round(times[-1], 2),
                "queries": len(times),
            },
            "hits_top10": counts,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "targets": {"import_index_s": 120, "search_p95_ms": 50},
        }
        ws.close()
    print(json.dumps(res, indent=2, ensure_ascii=False))
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "caselaw.json").write_text(json.dumps(res, indent=2, ensure_ascii=False))
    sys.exit(0)


if __name__ == "__main__":
    main()
