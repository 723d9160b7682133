"""Benchmark: ingest a 1,000,000-row submission; compare with DuckDB's read_csv + insert.

Prints rows/s, peak memory of the ingesting process, and the ratio to the DuckDB baseline on the
same file in the same run; writes bench/results/ingest.json. Targets (issue 2): at least 50,000
rows/s and within 10x of the DuckDB baseline.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
MAPPING = """actor: bench
kind: police
counting_unit: person
records: victim
label: {en: Bench (synthetic), fr: Banc (synthétique), nl: Bank (synthetisch)}
file: {format: csv, encoding: utf-8, delimiter: ";", date_formats: ["%d/%m/%Y"]}
columns:
  local_id: id
  first_name: prenom
  last_name: nom
  birth_date: naissance
  sex: {column: sexe, values: {H: M, F: F}}
  citizenship: {column: nationalite, separator: "/"}
  exploitation: {column: forme, separator: ",", values: {"1": sexual, "2": begging, "3": labour,
                                                          "4": organs, "5": crime}}
  identified_on: constat
constants: {status: identified}
"""


def make_file(path: Path, n: int, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    firsts = np.array([f"Prenom{i}" for i in range(2000)])
    lasts = np.array([f"Nom{i}" for i in range(5000)])
    nats = np.array(["RO", "BG", "NG", "MA", "BE", "Roumanie", "RO/BG", "NA", "CN", "VN"])
    forms = np.array(["1", "3", "1,3", "5", "2"])
    born = np.datetime64("1950-01-01") + rng.integers(0, 365 * 55, n).astype("timedelta64[D]")
    seen = np.datetime64("2013-01-01") + rng.integers(0, 365, n).astype("timedelta64[D]")

    def ddmmyyyy(d: np.ndarray) -> np.ndarray:
        s = d.astype(str)
        return np.char.add(
            np.char.add(
                np.char.add(np.char.add(np.array([x[8:10] for x in s]), "/"), np.array([x[5:7] for x in s])),
                "/",
            ),
            np.array([x[0:4] for x in s]),
        )

    cols = [
        np.char.add("B", np.arange(n).astype(str)),
        firsts[rng.integers(0, 2000, n)],
        lasts[rng.integers(0, 5000, n)],
        ddmmyyyy(born),
        np.where(rng.random(n) < 0.5, "F", "H"),
        nats[rng.integers(0, len(nats), n)],
        forms[rng.integers(0, len(forms), n)],
        ddmmyyyy(seen),
    ]
    with path.open("w", encoding="utf-8") as f:
        f.write("id;prenom;nom;naissance;sexe;nationalite;forme;constat\n")
        chunk = 100_000
        for s in range(0, n, chunk):
            rows = zip(*(c[s : s + chunk] for c in cols), strict=True)
            f.write("".join(";".join(r) + "\n" for r in rows))


CHILD = """
import json, resource, sys, time
from pathlib import Path
from rapporteur import workspace, ingest
from rapporteur.ingest import actors
d, f, m = map(Path, sys.argv[1:4])
ws = workspace.init(d)
actors.add(ws, m)
t = time.perf_counter()
r = ingest.submit(ws, f, "bench", 2013)
el = time.perf_counter() - t
print(json.dumps({"seconds": el, "accepted": r.accepted, "rejected": r.rejected,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def duckdb_baseline(path: Path) -> float:
    import duckdb

    con = duckdb.connect()
    t = time.perf_counter()
    con.execute(
        "create table t as select * from read_csv(?, delim=';', header=true, all_varchar=true)", [str(path)]
    )
    con.execute("create table v as select * from t where false")
    con.execute("insert into v select * from t")
    el = time.perf_counter() - t
    con.close()
    return el


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; medians are reported")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        f, m = d / "bench.csv", d / "bench.yaml"
        m.write_text(MAPPING, "utf-8")
        make_file(f, args.rows)
        size_mb = f.stat().st_size / 1e6
        baselines, runs = [], []
        for k in range(args.repeat):
            baselines.append(duckdb_baseline(f))
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(d / f"ws{k}"), str(f), str(m)],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        baseline = statistics.median(baselines)
        child = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    rate = args.rows / child["seconds"]
    result = {
        "benchmark": "ingest",
        "rows": args.rows,
        "file_mb": round(size_mb, 1),
        "seconds": round(child["seconds"], 2),
        "rows_per_second": round(rate),
        "peak_rss_mb": round(child["peak_rss_mb"]),
        "accepted": child["accepted"],
        "rejected": child["rejected"],
        "duckdb_read_insert_seconds": round(baseline, 2),
        "repeats": args.repeat,
        "all_seconds": [round(r["seconds"], 2) for r in runs],
        "all_duckdb_seconds": [round(b, 2) for b in baselines],
        "ratio_to_duckdb": round(child["seconds"] / baseline, 1),
        "targets": {"rows_per_second": 50_000, "ratio_to_duckdb": 10},
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "max_rss_this_process_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result, indent=2))
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "ingest.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
