"""How well `rapporteur actor draft` reads files it has never seen (eval/onboarding, written blind).

For each sample file: draft a mapping with the CLI, load it with the mapping loader, and score it
against the folder's `truth.yaml` as eval/onboarding/README.md says — columns right / abstained /
wrong (headline), values of the coded columns whose field is right, and the file facts. Writes
bench/results/onboarding.json. Held-out: nobody tunes the draft on this set.

    uv run python bench/onboarding.py [-v]
"""

from __future__ import annotations

import argparse
import codecs
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from rapporteur.ingest.mapping import Mapping, load
from rapporteur.model.codelists import fold
from rapporteur.model.fields import field_map

HERE = Path(__file__).parent
EVAL = HERE.parent / "eval" / "onboarding"


def draft(sample: Path, out: Path) -> Mapping:
    cmd = [
        sys.executable,
        "-m",
        "rapporteur.cli",
        "actor",
        "draft",
        str(sample),
        "--actor",
        "sample",
        "--out",
        str(out),
    ]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise SystemExit(f"actor draft failed on {sample.name}:\n{r.stdout}\n{r.stderr}")
    return load(out)


def proposed_fields(m: Mapping) -> dict[str, str]:
    """The actor's column (folded) -> the field the draft gave it."""
    return {fold(spec.column): name for name, spec in m.columns.items()}


def codes_of(m: Mapping, name: str, raw: str) -> set[str] | None:
    """The codes the draft's mapping gives a raw cell, as ingest would read it (None = no code)."""
    spec = m.columns[name]
    if fold(raw) in {fold(t) for t in m.file.missing}:
        return None
    f = field_map(m.records).get(name)
    if f is None or not f.codelist:
        return None
    table = m.code_table(name)
    parts = [p.strip() for p in raw.split(spec.separator)] if spec.separator else [raw.strip()]
    got = {table.get(fold(p)) for p in parts if p}
    if None in got or not got:
        return None
    return {str(c) for c in got}


def same_codec(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return fold(a) == fold(b)


def score(folder: Path, verbose: bool) -> dict[str, Any]:
    truth = yaml.safe_load((folder / "truth.yaml").read_text("utf-8"))
    sample = folder / truth["file"]
    with tempfile.TemporaryDirectory() as tmp:
        m = draft(sample, Path(tmp) / "draft.yaml")
    got = proposed_fields(m)
    cols = {"right": 0, "abstained": 0, "wrong": 0}
    vals = {"right": 0, "abstained": 0, "wrong": 0}
    for header, want in truth["columns"].items():
        have = got.get(fold(header))
        if have == want:
            cols["right"] += 1
        elif have is None:
            cols["abstained"] += 1
        else:
            cols["wrong"] += 1
        if verbose and have != want:
            print(f"  {folder.name}: column {header!r}: drafted {have}, truth {want}")
        if have != want or want is None or header not in (truth.get("values") or {}):
            continue
        f = field_map(m.records).get(want)
        if f is None or not f.codelist:
            continue  # milestone yes/no flags are not code lists
        for raw, code in truth["values"][header].items():
            want_codes = None if code is None else set(code if isinstance(code, list) else [code])
            have_codes = codes_of(m, want, str(raw))
            if have_codes == want_codes:
                vals["right"] += 1
            elif have_codes is None:
                vals["abstained"] += 1
            else:
                vals["wrong"] += 1
            if verbose and have_codes != want_codes:
                print(f"  {folder.name}: {header!r} value {raw!r}: drafted {have_codes}, truth {want_codes}")
    facts = truth["file_facts"]
    fact_ok: dict[str, bool] = {}
    if facts.get("header_row") is not None:
        fact_ok["header_row"] = (m.file.header_row or 1) == facts["header_row"]
    if facts.get("encoding") not in (None, "xlsx", "parquet"):
        fact_ok["encoding"] = same_codec(m.file.encoding, facts["encoding"])
    if facts.get("delimiter") is not None:
        fact_ok["delimiter"] = m.file.delimiter == facts["delimiter"]
    if facts.get("date_format") is not None:
        formats = list(m.file.date_formats) + [f for s in m.columns.values() for f in (s.date_formats or [])]
        # ISO yyyy-mm-dd is always accepted by a mapping, written or not
        fact_ok["date_format"] = facts["date_format"] in [*formats, "%Y-%m-%d"]
    if truth.get("sheet"):
        import openpyxl

        names = openpyxl.load_workbook(sample, read_only=True).sheetnames
        chosen = m.file.sheet if m.file.sheet is not None else 0
        fact_ok["sheet"] = (names[chosen] if isinstance(chosen, int) else chosen) == truth["sheet"]
    n = sum(cols.values())
    return {
        "file": truth["file"],
        "columns": {**cols, "n": n, "share_right": round(cols["right"] / n, 3)},
        "values": {**vals, "n": sum(vals.values())},
        "file_facts": fact_ok,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--set", default="onboarding", help="folder under eval/ (onboarding, onboarding2)")
    a = ap.parse_args()
    folder = EVAL.parent / a.set
    out = {p.name: score(p, a.verbose) for p in sorted(folder.iterdir()) if (p / "truth.yaml").exists()}
    for name, r in out.items():
        c, v = r["columns"], r["values"]
        print(
            f"{name}: columns {c['right']}/{c['n']} right ({c['share_right']:.0%}), "
            f"{c['abstained']} abstained, {c['wrong']} wrong; "
            f"values {v['right']}/{v['n']} right, {v['abstained']} abstained, {v['wrong']} wrong; "
            f"facts {sum(r['file_facts'].values())}/{len(r['file_facts'])}"
        )
    res = HERE / "results" / f"{a.set}.json"
    doc = {"set": f"eval/{a.set} (held-out, written blind)", "files": out}
    res.write_text(json.dumps(doc, indent=2) + "\n")
    print(f"wrote {res}")


if __name__ == "__main__":
    main()
