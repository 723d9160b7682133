"""``link-file`` and ``encode`` on person files: read, check, link or encode, write atomically."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import numpy as np
import pyarrow as pa

from rapporteur.link import encode as enc
from rapporteur.link.cluster import is_placeholder
from rapporteur.link.engine import DEFAULT_THRESHOLD, Engine, LinkResult, default_engine
from rapporteur.link.prepare import (
    ENCODED_OPTIONAL,
    ENCODED_REQUIRED,
    REQUIRED,
    LinkInputError,
    check_rows,
    parse_date,
    read_rows,
    standardise,
)
from rapporteur.safe import safe_row


def write_atomic(path: Path, text: str) -> None:
    """Write the whole file or nothing: a temporary file in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(text, encoding="utf-8", newline="")
    os.replace(tmp, path)


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(safe_row(header))
    w.writerows(safe_row(r) for r in rows)
    return buf.getvalue()


def clear_table(path: Path) -> pa.Table:
    header, rows = read_rows(path, REQUIRED)
    c = check_rows(path, header, rows)
    return standardise(
        c["record_id"],
        c["source"],
        c["first_name"],
        c["last_name"],
        [parse_date(d) if d else None for d in c["birth_date"]],
        c["sex"],
        c["citizenship"],
        c.get("document_number"),
    )


def encoded_columns(
    first: list[str],
    last: list[str],
    birth: list[str],
    documents: list[str] | None = None,
    name: list[str] | None = None,
    year: list[str] | None = None,
    placeholder: list[str] | None = None,
    tokens: list[str] | None = None,
) -> dict[str, object]:
    """Columns the encoded model compares: the hex encodings, their 64-bit words and popcounts.

    ``name`` (the token-key encoding), ``year`` (keyed hashes of the birth year and the years
    before and after, ``Encoder.year``) and
    ``placeholder`` ('1' for a 1 January or 1 July date) come from files encoded by this version;
    without them those columns are empty and the model falls back on the other levels."""
    n = len(first)
    out: dict[str, object] = {}
    fields = [("first", first), ("last", last), ("birth", birth), ("name", name or [""] * n)]
    if documents and any(documents):
        fields.append(("document", documents))
    for field, values in fields:
        words, null = enc.chunks(list(values), enc.FIELD_BITS[field])
        out[f"{field}_bf"] = pa.array([v or None for v in values], pa.string())
        pop = np.zeros(len(values), dtype=np.int64)
        for i in range(words.shape[1]):
            col = np.ascontiguousarray(words[:, i])
            out[f"{field}_w{i}"] = pa.array(col, mask=null)
            pop += np.unpackbits(col.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1, dtype=np.int64)
        out[f"{field}_pop"] = pa.array(pop, mask=null)
    out["year_bf"] = pa.array([v or None for v in (year or [""] * n)], pa.string())
    # the same keyed year under another name, to block the EM session that learns the birth date
    # (Splink leaves untrained a comparison whose columns the session's blocking rule uses)
    out["year_block"] = pa.array([v[:16] or None for v in (year or [""] * n)], pa.string())
    # and the keyed years before and after: the session also sees years one apart (an age
    # converted to a year), so it learns that level too
    out["year_near"] = pa.array([v[17:] or None for v in (year or [""] * n)], pa.string())
    out["birth_ph"] = pa.array([v == "1" for v in (placeholder or [""] * n)], pa.bool_())
    # keyed hashes of each name token (Encoder.tokens): token-set overlap without the tokens
    out["name_toks"] = pa.array([v.split() or None for v in (tokens or [""] * n)], pa.list_(pa.string()))
    return out


def encoded_table(path: Path) -> pa.Table:
    header, rows = read_rows(path, ENCODED_REQUIRED)
    c = check_rows(path, header, rows, dates=False)
    for col, field in (
        ("first_bf", "first"),
        ("last_bf", "last"),
        ("birth_bf", "birth"),
        ("document_bf", "document"),
        ("name_bf", "name"),
    ):
        if col not in c:
            continue
        width = 2 * enc.FIELD_BITS[field] // 4
        for i, v in enumerate(c[col], start=2):
            if v and (len(v) != width or any(ch not in "0123456789abcdef" for ch in v)):
                raise LinkInputError(
                    f"{path}: row {i}, column {col}: not an encoding made by 'rapporteur encode' "
                    f"({width} hexadecimal digits). Re-encode the file with the current version."
                )
    for i, v in enumerate(c.get("tokens_bf", []), start=2):
        if any(len(t) != 16 or any(ch not in "0123456789abcdef" for ch in t) for t in v.split()):
            raise LinkInputError(
                f"{path}: row {i}, column tokens_bf: not token keys made by 'rapporteur encode' "
                "(16 hexadecimal digits each, space-separated). Re-encode the file with the current version."
            )
    cols: dict[str, object] = {"unique_id": c["record_id"], "source": c["source"]}
    cols.update(
        encoded_columns(
            c["first_bf"],
            c["last_bf"],
            c["birth_bf"],
            c.get("document_bf"),
            c.get("name_bf"),
            c.get("year_bf"),
            c.get("birth_ph"),
            c.get("tokens_bf"),
        )
    )
    cols["sex"] = [s.upper() or None for s in c["sex"]]
    cols["citizenship"] = [s.upper() or None for s in c["citizenship"]]
    return pa.table(cols)


def link_file(
    path: Path,
    out: Path,
    encoded: bool = False,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 1,
    engine: Engine | None = None,
) -> LinkResult:
    """Link a person file into persons; writes ``record_id, person_id`` for every record, or nothing."""
    if out.resolve() == path.resolve():
        raise LinkInputError(f"{out}: the output would overwrite the input; choose another --out.")
    table = encoded_table(path) if encoded else clear_table(path)
    result = (engine or default_engine()).link(table, encoded, threshold, seed)
    person = dict(
        zip(result.clusters["unique_id"].to_pylist(), result.clusters["person_id"].to_pylist(), strict=True)
    )
    ids = table["unique_id"].to_pylist()
    missing = [i for i in ids if i not in person]
    if missing:  # a record the engine lost: an error, never a silent gap
        raise RuntimeError(f"the linkage returned no person for {len(missing)} record(s)")
    write_atomic(out, _csv(["record_id", "person_id"], [[i, person[i]] for i in ids]))
    return result


def encode_file(path: Path, key_file: Path, out: Path) -> int:
    """Encode names and birth dates of a person file with the actors' key; returns the record count."""
    if out.resolve() == path.resolve():
        raise LinkInputError(f"{out}: the output would overwrite the input; choose another --out.")
    key = enc.read_key(key_file)
    header, rows = read_rows(path, REQUIRED)
    c = check_rows(path, header, rows)
    # a calendar date outside 1900..today is not compared in clear mode: encode it as missing
    c["birth_date"] = [d if d and parse_date(d) else "" for d in c["birth_date"]]
    e = enc.Encoder(key)
    docs = c.get("document_number")
    body = [
        [
            c["record_id"][i],
            c["source"][i],
            e.encode("first", c["first_name"][i]),
            e.encode("last", c["last_name"][i]),
            e.encode("birth", c["birth_date"][i]),
            c["sex"][i].upper(),
            c["citizenship"][i].upper(),
            e.name_key(c["first_name"][i], c["last_name"][i]),
            e.year(c["birth_date"][i]),
            "1" if is_placeholder(c["birth_date"][i]) else "",
            e.tokens(c["first_name"][i], c["last_name"][i]),
        ]
        + ([e.encode("document", docs[i])] if docs else [])
        for i in range(len(rows))
    ]
    header = [*ENCODED_REQUIRED, *ENCODED_OPTIONAL] + (["document_bf"] if docs else [])
    write_atomic(out, _csv(header, body))
    return len(body)
