"""`actor draft` and `actor check`: a commented mapping drafted from a sample file, and a dry run
of a mapping on a file that stores nothing (decision 0024)."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapporteur.ingest import mapping as mp
from rapporteur.ingest.draft_match import (
    SEPARATORS,
    match_columns,
    match_dates,
    match_values,
    total_label,
    vocabulary,
)
from rapporteur.ingest.draft_sniff import read_sample
from rapporteur.model.codelists import fold
from rapporteur.model.fields import field_map

KIND_WORDS = {
    "police": ["police", "politie", "polizei", "pol"],
    "inspection": ["inspect", "inspectie", "sociale", "sirs", "ecosoc", "arbeid"],
    "immigration": ["immigr", "vreemdelingen", "etrangers", "dvz", "oe", "auslaender"],
    "victim_centre": ["centre", "centrum", "payoke", "surya", "pag", "asa", "opvang", "accueil"],
    "prosecution": ["parquet", "parket", "prosecut", "procureur", "staatsanwalt", "college"],
    "court": ["court", "tribunal", "rechtbank", "gericht", "condamn", "veroordel", "spc", "dsb"],
    "ngo": ["ngo", "asbl", "vzw"],
}


def _q(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


@dataclass
class Draft:
    text: str
    columns: dict[str, str] = field(default_factory=dict)  # field -> header
    unmatched: list[str] = field(default_factory=list)
    unmapped_values: dict[str, list[str]] = field(default_factory=dict)


def _actor_id(path: Path, actor: str | None) -> str:
    if actor:
        return actor
    stem = re.sub(r"[^a-z0-9]+", "_", fold(path.stem))
    stem = re.sub(r"_?(19|20)\d\d.*$", "", stem).strip("_") or "actor"
    stem = re.sub(r"_?synthetic$", "", stem)
    if not stem[0].isalpha() or len(stem) < 2:
        stem = "actor_" + stem
    return stem[:63]


def _kind(actor: str, records: str, header: list[str]) -> str:
    words = norm_words(actor)
    for kind, keys in KIND_WORDS.items():
        if any(k in words or (len(k) > 3 and k in actor) for k in keys):
            return kind
    return "court" if records == "justice" else "other"


def norm_words(text: str) -> set[str]:
    return set(re.split(r"[^a-z0-9]+", fold(text)))


def _records(header: list[str]) -> str:
    jf, vf = field_map("justice"), field_map("victim")
    j, _ = match_columns(header, {k: jf[k] for k in ("stage", "count")})
    v, _ = match_columns(header, {k: vf[k] for k in ("local_id", "birth_date", "last_name", "status")})
    return "justice" if len(j) == 2 or (j and j[0].field == "stage" and len(v) < 2) else "victim"


def draft(path: Path, actor: str | None = None) -> Draft:
    s = read_sample(path)
    tot = total_label(s.rows)
    if tot:
        s.rows = [r for r in s.rows if not any(fold(c) == fold(tot) for c in r[:2])]
    records = _records(s.header)
    fields = field_map(records)
    guesses, unmatched = match_columns(s.header, fields)
    actor_id = _actor_id(path, actor)
    kind = _kind(actor_id, records, s.header)
    unit = "person" if records == "victim" else ("decision" if kind == "court" else "person")
    missing = {fold(x) for x in mp.FileSpec().missing}
    unknown_words = {fold(str(x)) for x in vocabulary()["missing_values"]} - missing
    seen_unknown: set[str] = set()  # the actor's spellings of 'not known' beyond the defaults
    idx = {h: i for i, h in enumerate(s.header)}
    d = Draft("", {g.field: g.header for g in guesses}, unmatched)
    col_lines: list[str] = []
    file_dates: Counter = Counter()
    per_col_dates: dict[str, list[str]] = {}
    notes = list(s.notes)
    for g in guesses:
        f = fields[g.field]
        cells = [r[idx[g.header]] if idx[g.header] < len(r) else "" for r in s.rows]
        conf = f"# guessed from header {_q(g.header)} ({g.score:.2f})"
        spec: dict[str, Any] = {}
        extra: list[str] = []
        if f.kind in ("date", "flag_or_date"):
            dg = match_dates(cells)
            if dg:
                per_col_dates[g.field] = dg.formats
                file_dates[dg.formats[0]] += 1
                extra.append(f"#   dates look like {dg.formats[0]} ({dg.parsed:.0%} of the distinct values)")
                if dg.two_digit_year:
                    extra.append(
                        "#   CHECK: two-digit years (%y): 01/01/90 is read as 1990, 01/01/30 as 2030"
                    )
        if f.codelist:
            distinct = Counter(c.strip() for c in cells if c.strip())
            seen_unknown |= {v for v in distinct if fold(v) in unknown_words}
            vg = match_values(distinct, f.codelist, f.multi, missing | unknown_words)
            if vg.separator and f.multi:
                spec["separator"] = vg.separator
                others = sorted(
                    {x for v, _ in vg.unmapped for x in SEPARATORS if x != vg.separator and x in v}
                )
                if others:
                    extra.append(
                        f"#   CHECK: separator {_q(vg.separator)} (most cells); cells using "
                        f"{', '.join(map(_q, others))} stay not mapped: one separator per column"
                    )
            if vg.values:
                spec["values"] = vg.values
            if vg.unmapped:
                d.unmapped_values[g.field] = [v for v, _ in vg.unmapped]
                shown = ", ".join(_q(v) + (f" (close to {c}?)" if c else "") for v, c in vg.unmapped[:15])
                more = f" and {len(vg.unmapped) - 15} more" if len(vg.unmapped) > 15 else ""
                extra.append(f"#   values not mapped (rejected as they are): {shown}{more}")
        col_lines.append(f"  {conf}")
        col_lines += [f"  {e}" for e in extra]
        if spec:
            parts = [f"column: {_q(g.header)}"]
            if "separator" in spec:
                parts.append(f"separator: {_q(spec['separator'])}")
            col_lines.append(f"  {g.field}: {{{', '.join(parts)}" + ("," if "values" in spec else "}"))
            if "values" in spec:
                items = [f"{_q(k)}: {_q(v)}" for k, v in spec["values"].items()]
                col_lines.append(f"    values: {{{', '.join(items)}}}}}")
            d.columns[g.field] = g.header
        else:
            col_lines.append(f"  {g.field}: {_q(g.header)}")
    file_fmt = file_dates.most_common(1)[0][0] if file_dates else "%d/%m/%Y"
    # a column whose dates differ from the file's gets its own date_formats
    for i, line in enumerate(col_lines):
        m = re.match(r"  ([\w.]+): (\".*\")$", line)
        if m and m.group(1) in per_col_dates and per_col_dates[m.group(1)][0] not in (file_fmt, "%Y-%m-%d"):
            col_lines[i] = (
                f"  {m.group(1)}: {{column: {m.group(2)}, date_formats: {_q(per_col_dates[m.group(1)])}}}"
            )
    constants: list[str] = []
    for f in fields.values():
        if f.required and f.name not in d.columns:
            value = {"status": "identified", "stage": "conviction" if kind == "court" else "suspect"}.get(
                f.name
            )
            if value is None:
                col_lines.append(f"  # CHECK: required field {f.name} has no column; name one here")
                col_lines.append(f"  {f.name}: {_q(s.header[0] if s.header else '?')}")
                continue
            constants += [f"  # no column found for {f.name}: CHECK this constant", f"  {f.name}: {value}"]
    lines = [
        f"# Draft mapping written by 'rapporteur actor draft' from {path.name}.",
        "# Every guess says where it came from and how sure it is (1.00 = exact name).",
        "# Check it with 'rapporteur actor check MAPPING FILE', then 'rapporteur actor add MAPPING'.",
        *[f"# note: {n}" for n in notes],
        f"actor: {actor_id}",
        f"kind: {kind}  # guessed; one of the actor_kind codes",
        f"counting_unit: {unit}",
        f"records: {records}  # guessed from the columns",
        f"label: {{en: {_q(actor_id)}, fr: {_q(actor_id)}, nl: {_q(actor_id)}}}  # CHECK: the actor's names",
        "file:",
        f"  format: {s.format}",
    ]
    if s.format == "csv":
        lines += [f"  encoding: {s.encoding}  # detected", f"  delimiter: {_q(s.delimiter)}  # detected"]
    if s.header_row > 1:
        lines.append(f"  header_row: {s.header_row}  # title rows above it")
    lines.append(f"  date_formats: [{_q(file_fmt)}]")
    if seen_unknown:
        lines.append("  # values that mean 'not known' beyond the defaults: read as missing")
        lines.append(f"  missing: {_q([*mp.FileSpec().missing, *sorted(seen_unknown)])}")
    if tot:
        default = {fold(x) for x in mp.FileSpec().total_labels}
        if fold(tot) in default:
            lines.append(f"  # a {_q(tot)} row at the end is dropped (default total_labels)")
        else:
            lines.append(f"  total_labels: {_q(sorted({*mp.FileSpec().total_labels, fold(tot)}))}")
    lines.append("columns:")
    lines += col_lines
    if unmatched:
        lines.append("# columns not mapped (no model field recognised): " + ", ".join(map(_q, unmatched)))
    if constants:
        lines += ["constants:", *constants]
    d.text = "\n".join(lines) + "\n"
    return d


@dataclass
class CheckResult:
    rows: int
    accepted: int
    rejected: int
    total_rows_skipped: int
    rejects: list[dict[str, Any]]
    problem: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def check(mapping_path: Path, file: Path, year: int, limit: int = 20) -> CheckResult:
    """Read and validate FILE with the mapping, as ingest would; nothing is stored anywhere."""
    from rapporteur.ingest import readers, validate

    m = mp.load(mapping_path)
    try:
        table = readers.read(file.read_bytes(), m)
    except readers.FileProblem as e:
        return CheckResult(0, 0, 0, 0, [], f"{e.rule}: {file.name}: {e}")
    h = validate.harmonise(table, m, year)
    bad = h.bad_mask()
    rej = [
        {
            "row": int(table.rows[p.index]),
            "column": p.column,
            "value": p.value,
            "rule": p.rule,
            "message": p.message,
        }
        for p in sorted(h.problems, key=lambda p: p.index)
    ]
    rej += [
        {"row": r, "column": "*", "value": "", "rule": "column_count", "message": msg}
        for r, msg in table.malformed
    ]
    rej.sort(key=lambda r: r["row"])
    n_bad = int(bad.sum()) + len(table.malformed)
    return CheckResult(
        len(table) + len(table.malformed), int((~bad).sum()), n_bad, table.total_rows, rej[:limit]
    )
