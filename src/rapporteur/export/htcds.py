"""Case-level export in IOM's Human Trafficking Case Data Standard 2.0, k-anonymous over every
released column: generalise (age bands, citizenship to continent, then coarser) before
suppressing, as CTDC does (k = 11 by default)."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapporteur.export.core import codes, write_manifest
from rapporteur.model import codelist
from rapporteur.safe import safe_row
from rapporteur.store import records
from rapporteur.store.aggregate import records_only
from rapporteur.workspace import Workspace

COLUMNS = [
    "YearOfRegistration",
    "Gender",
    "AgeWhenTrafficked",
    "Citizenship",
    "TypeOfExploitation",
    "ForcedLabourIndustry",
    "TraffickingStatus",
    "DataSourceType",
]
UNKNOWN = "Unknown"
MAX_SUPPRESSED = 0.05


@dataclass
class Outcome:
    path: Path
    records: int
    released: int
    generalised: int
    suppressed: int
    level: int


def _band(age: int | None, bands: list[list[object]]) -> str:
    if age is None:
        return UNKNOWN
    for lo, hi, label in bands:
        if int(lo) <= age <= int(hi):  # type: ignore[call-overload]
            return str(label)
    return UNKNOWN


def _rows(ws: Workspace) -> list[dict[str, object]]:
    con = records.connect(ws)
    first = "(select {v} from {t} x where x.record_id = r.record_id order by position limit 1)"
    q = f"""
      select r.record_id, r.year, r.sex, r.age, r.status, r.sector, a.kind,
             {first.format(v="code", t="victim_citizenship")} cit,
             {first.format(v="form", t="victim_exploitation")} form
      from victim_record r join actors a on a.id = r.actor_id where {records_only("r")}
      order by r.record_id"""
    import pyarrow as pa

    from rapporteur.ingest.actors import listing

    con.register("actors", pa.Table.from_pylist([{"id": a["id"], "kind": a["kind"]} for a in listing(ws)]))
    cols = ["record_id", "year", "sex", "age", "status", "sector", "kind", "cit", "form"]
    return [dict(zip(cols, r, strict=True)) for r in con.execute(q).fetchall()]


# generalisation steps, applied cumulatively until at most 5 % of records need suppressing
STEPS = [
    "age_coarse",
    "citizenship_continent",
    "industry_dropped",
    "citizenship_eu",
    "exploitation_grouped",
    "source_grouped",
    "year_dropped",
]
AUTHORITIES = {"police", "prosecution", "court", "inspection", "immigration"}


def _release(rows: list[dict[str, object]], level: int) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    c = codes("htcds")
    cit = codelist("citizenship")
    forms = codelist("exploitation")
    on = set(STEPS[:level])
    for r in rows:
        age = r["age"] if isinstance(r["age"], int) else None
        band = _band(age, c["age_coarse"] if "age_coarse" in on else c["age_bands"])
        code = str(r["cit"] or "")
        if code not in cit:
            country = UNKNOWN
        elif "citizenship_eu" in on:
            country = "EU" if cit.attr(code, "eu_from") else "non-EU"
        elif "citizenship_continent" in on:
            country = cit.attr(code, "continent")
        else:
            country = code
        form = str(r["form"] or "")
        typ = forms.attr(form, "htcds") if form in forms else UNKNOWN
        industry = str(r["sector"] or "") if typ == "ForcedLabour" and "industry_dropped" not in on else ""
        if "exploitation_grouped" in on and typ not in ("SexualExploitation", "ForcedLabour", UNKNOWN):
            typ = "Other"
        source = str(r["kind"])
        if "source_grouped" in on:
            source = "authority" if source in AUTHORITIES else "support_service"
        year = "all" if "year_dropped" in on else str(r["year"])
        out.append(
            (
                year,
                c["gender"].get(r["sex"], UNKNOWN),
                band,
                country,
                typ,
                industry,
                c["status"].get(r["status"], UNKNOWN),
                source,
            )
        )
    return out


def export(ws: Workspace, out: Path, k: int = 11) -> Outcome:
    rows = _rows(ws)
    base = _release(rows, 0)
    tried = []
    for level in range(len(STEPS) + 1):
        rel = _release(rows, level)
        sizes = Counter(rel)
        small = sum(1 for x in rel if sizes[x] < k)
        tried.append((level, rel, sizes, small))
        if small <= MAX_SUPPRESSED * max(1, len(rel)):
            break
    # the first level that suppresses at most 5 %, else the one that suppresses least
    level, rel, sizes, small = (
        tried[-1]
        if tried[-1][3] <= MAX_SUPPRESSED * max(1, len(rows))
        else min(tried, key=lambda x: (x[3], x[0]))
    )
    kept = [x for x in rel if sizes[x] >= k]
    generalised = sum(1 for a, b in zip(base, rel, strict=True) if a != b and sizes[b] >= k)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(safe_row(x) for x in sorted(kept))
    tmp.replace(out)
    subs = sorted({int(r["record_id"]) >> 32 for r in rows})  # type: ignore[call-overload]
    write_manifest(
        ws,
        out,
        "htcds",
        None,
        None,
        {
            "k": k,
            "generalisation": STEPS[:level],
            "records": len(rows),
            "released": len(kept),
            "generalised": generalised,
            "suppressed": small,
        },
        [],
        submissions=subs,
        unit="registrations",  # one case row per record, as the standard's case data
    )
    return Outcome(out, len(rows), len(kept), generalised, small, level)
