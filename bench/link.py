"""Benchmark: linkage of 10k, 100k and 1M records from the world generator, clear and encoded;
FEBRL 3 and 4 with Rapporteur and with the `recordlinkage` toolkit side by side.

Each run is a separate process, so its peak memory (max RSS) is its own. Prints a table and
writes bench/results/link.json. Targets (issue 4) on this machine: 100k records under 30 s, 1M
under 8 min, memory under 8 GB; demo F1 >= 0.97 clear, encoded within 0.03; FEBRL F1 >= 0.95.

    uv run python bench/link.py                 # 10k, 100k, 1M and FEBRL
    uv run python bench/link.py --sizes 10000   # a quick look
    uv run python bench/link.py --sizes '' --no-febrl --eval dev,a,b --eval-seed 7 \
        --out bench/results/link-eval.json
        # the evaluation generators of eval/linkage (dev: development; a, b: held out, measure
        # them once, with a seed not used before); persons: dev 1500, a 1500, b 2000
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _read(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {r["record_id"]: r["person_id"] for r in csv.DictReader(f)}


def one_world(records: int, mode: str, tmp: Path) -> dict[str, object]:
    """Generate a world with about ``records`` records, link it; runs in its own process."""
    from rapporteur.demo.persons import COLUMNS, person_file
    from rapporteur.link import encode_file, link_file, score

    t0 = time.perf_counter()
    variety = max(4, min(40, int(math.sqrt(records / 1000))))
    pf = person_file(17, int(records / 0.8), name_variety=variety)
    src = tmp / "persons.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(pf.rows)
    generate = time.perf_counter() - t0
    out: dict[str, object] = {"records": len(pf.rows), "name_variety": variety, "generate_s": generate}
    if mode == "encoded":
        (tmp / "key").write_text("benchmark key shared by the actors 0123456789")
        t = time.perf_counter()
        encode_file(src, tmp / "key", tmp / "encoded.csv")
        out["encode_s"] = time.perf_counter() - t
        src = tmp / "encoded.csv"
    del pf.rows
    t = time.perf_counter()
    r = link_file(src, tmp / "clusters.csv", encoded=mode == "encoded")
    out["link_s"] = time.perf_counter() - t
    out["stages_s"] = r.timings
    out["candidate_pairs"] = r.candidates
    s = score(_read(tmp / "clusters.csv"), pf.truth)
    out.update(precision=s.precision, recall=s.recall, f1=s.f1, persons_found=s.persons_found)
    out["persons_true"] = s.persons_true
    out["peak_rss_mb"] = _rss_mb()
    return out


EVAL_PERSONS = {"dev": 1500, "a": 1500, "b": 2000}


def one_eval(name: str, seed: int, mode: str, tmp: Path) -> dict[str, object]:
    """Generate ``eval/linkage/<name>`` (records.csv, truth.csv) and link it; own process."""
    from rapporteur.link import encode_file, link_file, score

    gen = HERE.parent / "eval" / "linkage" / name / "generate.py"
    persons = EVAL_PERSONS[name]
    subprocess.run(
        [sys.executable, str(gen), "--persons", str(persons), "--seed", str(seed), "--out", str(tmp)],
        check=True,
        capture_output=True,
    )
    src = tmp / "records.csv"
    out: dict[str, object] = {"persons": persons, "seed": seed}
    if mode == "encoded":
        (tmp / "key").write_text("benchmark key shared by the actors 0123456789")
        encode_file(src, tmp / "key", tmp / "encoded.csv")
        src = tmp / "encoded.csv"
    t = time.perf_counter()
    r = link_file(src, tmp / "clusters.csv", encoded=mode == "encoded")
    out["link_s"] = time.perf_counter() - t
    out["records"] = r.clusters.num_rows
    s = score(_read(tmp / "clusters.csv"), _read(tmp / "truth.csv"))
    out.update(precision=s.precision, recall=s.recall, f1=s.f1, peak_rss_mb=_rss_mb())
    return out


def one_febrl(name: str, tool: str, documents: bool, tmp: Path) -> dict[str, object]:
    import febrl
    from rapporteur.link import link_file, score

    src = tmp / f"{name}.csv"
    truth = getattr(febrl, name)(src, documents=documents)
    t = time.perf_counter()
    if tool == "rapporteur":
        link_file(src, tmp / "c.csv")
        found = _read(tmp / "c.csv")
    else:
        found = recordlinkage_clusters(src, documents)
    elapsed = time.perf_counter() - t
    s = score(found, truth)
    return {
        "seconds": elapsed,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "peak_rss_mb": _rss_mb(),
    }


def recordlinkage_clusters(src: Path, documents: bool) -> dict[str, str]:
    """The toolkit's documented unsupervised pipeline on the same fields: blocking on given name
    plus sorted neighbourhood on surname and on birth date, Jaro-Winkler >= 0.85 on names, exact
    birth date (and identity number), ECM classifier; matched pairs joined into clusters."""
    import pandas as pd
    import recordlinkage as rl

    df = pd.read_csv(src, dtype=str, keep_default_na=False).set_index("record_id")
    df = df.replace("", None)
    idx = rl.Index()
    idx.block("first_name")
    idx.sortedneighbourhood("last_name", window=5)
    idx.block("birth_date")
    pairs = idx.index(df)
    pairs = pairs[pairs.get_level_values(0) < pairs.get_level_values(1)]
    c = rl.Compare()
    c.string("first_name", "first_name", method="jarowinkler", threshold=0.85, label="first")
    c.string("last_name", "last_name", method="jarowinkler", threshold=0.85, label="last")
    c.exact("birth_date", "birth_date", label="birth")
    if documents:
        c.exact("document_number", "document_number", label="document")
    features = c.compute(pairs, df)
    matches = rl.ECMClassifier(binarize=0.5).fit_predict(features)
    parent = {r: r for r in df.index}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in matches:
        parent[find(a)] = find(b)
    return {r: find(r) for r in df.index}


def _child(args: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(
            [sys.executable, __file__, "--child", *args, "--tmp", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
    if r.returncode != 0:
        return {"error": r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"}
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--no-febrl", action="store_true")
    ap.add_argument("--eval", default="", help="comma list of eval/linkage generators: dev, a, b")
    ap.add_argument("--eval-seed", type=int, default=1)
    ap.add_argument("--out", default=str(HERE / "results" / "link.json"))
    ap.add_argument("--child", nargs="*")
    ap.add_argument("--tmp")
    a = ap.parse_args()
    if a.child:
        tmp = Path(a.tmp)
        if a.child[0] == "world":
            res = one_world(int(a.child[1]), a.child[2], tmp)
        elif a.child[0] == "eval":
            res = one_eval(a.child[1], int(a.child[2]), a.child[3], tmp)
        else:
            res = one_febrl(a.child[1], a.child[2], a.child[3] == "documents", tmp)
        print(json.dumps(res))
        return
    results: dict[str, object] = {"machine": platform.platform(), "python": platform.python_version()}
    worlds = []
    for n in (int(x) for x in a.sizes.split(",") if x):
        for mode in ("clear", "encoded"):
            r = _child(["world", str(n), mode])
            r.update(size=n, mode=mode)
            worlds.append(r)
            print(json.dumps(r), flush=True)
    results["worlds"] = worlds
    evals = []
    for name in (x for x in a.eval.split(",") if x):
        for mode in ("clear", "encoded"):
            r = _child(["eval", name, str(a.eval_seed), mode])
            r.update(data=name, mode=mode, held_out=name != "dev")
            evals.append(r)
            print(json.dumps(r), flush=True)
    if evals:
        results["eval"] = evals
    if not a.no_febrl:
        rows = []
        for name in ("febrl4", "febrl3"):
            for documents in ("names_dob", "documents"):
                for tool in ("rapporteur", "recordlinkage"):
                    r = _child(["febrl", name, tool, documents])
                    r.update(data=name, fields=documents, tool=tool)
                    rows.append(r)
                    print(json.dumps(r), flush=True)
        results["febrl"] = rows
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
