"""Accuracy of the form classifier on the hand-written case-law sets (exact form set per judgment).

Dev (eval/caselaw/dev) is for tuning; held-out (eval/caselaw/heldout) is measured, never tuned on.
Writes bench/results/caselaw-eval.json.

    uv run python bench/caselaw_eval.py [--dev-only]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from rapporteur.caselaw.classify import forms

HERE = Path(__file__).parent
EVAL = HERE.parent / "eval" / "caselaw"


def load(path: Path) -> tuple[dict[str, Any], str]:
    """Front matter (YAML between the first two `---` lines) and the text after it."""
    raw = path.read_text("utf-8")
    _, front, text = raw.split("---\n", 2)
    return yaml.safe_load(front), text


def evaluate(folder: Path, verbose: bool = False) -> dict[str, Any]:
    ok: dict[str, int] = defaultdict(int)
    n: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    for p in sorted(folder.glob("*.md")):
        meta, text = load(p)
        lang = str(meta["language"])
        got = {f["code"] for f in forms(text)}
        want = set(meta.get("forms") or [])
        n[lang] += 1
        if got == want:
            ok[lang] += 1
        else:
            misses.append(str(meta["id"]))
            if verbose:
                print(f"  miss {meta['id']}: got {sorted(got)} want {sorted(want)}")
    acc = {lang: round(ok[lang] / n[lang], 3) for lang in sorted(n)}
    return {"n": dict(sorted(n.items())), "accuracy": acc, "misses": misses}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev-only", action="store_true")
    a = ap.parse_args()
    dev = evaluate(EVAL / "dev", verbose=True)
    print("dev", dev["accuracy"])
    out: dict[str, Any] = {"dev": {"n": dev["n"], "accuracy": dev["accuracy"]}}
    if not a.dev_only:
        held = evaluate(EVAL / "heldout")
        print("heldout", held["accuracy"], "misses", held["misses"])
        out["heldout"] = held
        (HERE / "results").mkdir(exist_ok=True)
        (HERE / "results" / "caselaw-eval.json").write_text(json.dumps(out, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
