"""Benchmark: the full report build (3 languages x HTML and PDF) from the demo world.

Prints and writes bench/results/report.json: wall time of the build (tables with disclosure
control, charts, HTML, PDF) and peak memory of the building process. Target (issue 3): under 60 s
and 1.5 GB on this machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
CHILD = """
import json, resource, sys, time
from pathlib import Path
from rapporteur import workspace
from rapporteur.report import build
ws = workspace.open_workspace(Path(sys.argv[1]))
t = time.perf_counter()
built = build(ws, 2013, Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - t,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "files": sorted(str(p.name) for b in built for p in (b.html, b.pdf))}))
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "demo"
        subprocess.run(
            [sys.executable, "-m", "rapporteur.cli", "demo", "--out", str(out)],
            check=True,
            capture_output=True,
        )
        res = subprocess.run(
            [sys.executable, "-c", CHILD, str(out / "workspace"), str(out / "rebuild")],
            check=True,
            capture_output=True,
            text=True,
        )
        child = json.loads(res.stdout.strip().splitlines()[-1])
    result = {
        "benchmark": "report",
        "languages": 3,
        "formats": ["html", "pdf"],
        "seconds": round(child["seconds"], 1),
        "peak_rss_mb": round(child["peak_rss_mb"]),
        "files": child["files"],
        "targets": {"seconds": 60, "peak_rss_mb": 1536},
    }
    print(json.dumps(result, indent=2))
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "report.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
