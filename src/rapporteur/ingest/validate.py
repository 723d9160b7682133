"""Map an actor's raw columns to the harmonised model and validate them, column by column.

Work is vectorised: each column is dictionary-encoded and every distinct value is parsed once, so
a million rows cost little more than their distinct values. Every problem names the row, the
actor's column, the value (masked for identifiers), the rule and how to fix it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from rapporteur.ingest.mapping import Mapping
from rapporteur.ingest.readers import RawTable
from rapporteur.model.codelists import fold
from rapporteur.model.fields import Field, field_map

Result = tuple[Any, tuple[str, str] | None]  # (value, (rule, message) or None)


@dataclass
class Problem:
    index: int  # record index in the RawTable
    column: str
    value: str
    rule: str
    message: str


@dataclass
class Harmonised:
    n: int
    values: dict[str, pa.Array] = field(default_factory=dict)
    multi: dict[str, tuple[np.ndarray, list[str], list[str]]] = field(default_factory=dict)
    milestones: dict[str, tuple[np.ndarray, pa.Array]] = field(default_factory=dict)
    identifiers: dict[str, pa.Array] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # the row is kept

    def bad_mask(self) -> np.ndarray:
        mask = np.zeros(self.n, dtype=bool)
        if self.problems:
            mask[[p.index for p in self.problems]] = True
        return mask


def mask(value: str) -> str:
    return f"[identifier masked, {len(value)} characters]"


class _Column:
    """One mapped column: its raw values, trimmed, with the mapping's 'missing' tokens as null."""

    def __init__(self, table: RawTable, mapping: Mapping, f: Field) -> None:
        spec = mapping.columns[f.name]
        self.field = f
        self.spec = spec
        self.name = next(h for h in table.header if fold(h) == fold(spec.column))
        raw = pc.utf8_trim_whitespace(table.columns[self.name])
        is_missing = pc.is_in(raw, value_set=_missing_set(tuple(mapping.file.missing)))
        self.values: pa.Array = pc.if_else(is_missing, pa.scalar(None, pa.string()), raw)


@cache
def _missing_set(tokens: tuple[str, ...]) -> pa.Array:
    """The 'missing' tokens in the casings people type (lower, UPPER, Title, Capitalised)."""
    forms = {f(t) for t in tokens for f in (str.lower, str.upper, str.title, str.capitalize, str)}
    return pa.array(sorted(forms), pa.string())


def harmonise(table: RawTable, mapping: Mapping, year: int, out_of_year: str = "warn") -> Harmonised:
    fields = field_map(mapping.records)
    out = Harmonised(len(table))
    cols = {name: _Column(table, mapping, fields[name]) for name in mapping.columns}
    for name, value in mapping.constants.items():
        out.values[name] = pa.array([value] * len(table), pa.string())
    today = dt.date.today()
    for name, col in cols.items():
        f = col.field
        if f.required:
            _required(col, out)
        if f.kind == "text":
            target = out.identifiers if f.identifier else out.values
            target[name] = col.values
        elif f.kind == "date":
            parsed = _per_unique(
                col, _date_parser(col.spec.date_formats or mapping.file.date_formats, today), pa.date32(), out
            )
            (out.identifiers if f.identifier else out.values)[name] = parsed
        elif f.kind == "integer":
            out.values[name] = _per_unique(col, _int_parser(f), pa.int32(), out)
        elif f.kind == "code" and f.multi:
            out.multi[name] = _multi(col, mapping, out)
        elif f.kind == "code":
            out.values[name] = _per_unique(col, _code_parser(col, mapping), pa.string(), out)
        elif f.kind == "count":
            parsed = _per_unique(
                col, _count_parser(mapping), pa.struct([("count", pa.int64()), ("state", pa.string())]), out
            )
            out.values["count"] = pc.struct_field(parsed, [0])
            out.values["state"] = pc.fill_null(pc.struct_field(parsed, [1]), "na")
        elif f.kind == "flag_or_date":
            parsed = _per_unique(
                col,
                _milestone_parser(mapping, today),
                pa.struct([("flag", pa.bool_()), ("date", pa.date32())]),
                out,
            )
            flag = pc.fill_null(pc.struct_field(parsed, [0]), False).to_numpy(zero_copy_only=False)
            out.milestones[name.split(".", 1)[1]] = (flag, pc.struct_field(parsed, [1]))
    if mapping.records == "justice" and "count" not in out.values:
        out.values["count"] = pa.array(np.ones(len(table), dtype=np.int64))
        out.values["state"] = pa.array(["count"] * len(table), pa.string())
    _duplicates(cols.get("local_id"), out, table.rows)
    if mapping.records == "victim":
        _ages(cols, out, year)
        _out_of_year(cols, out, year, out_of_year)
    return out


def _out_of_year(cols: dict[str, _Column], out: Harmonised, year: int, policy: str) -> None:
    """Identification dates outside the reference year, milestone dates after it (an earlier step
    of the same person's procedure may rightly be older): a warning, or a reject by setting."""
    checks: list[tuple[str, pa.Array, bool]] = []
    if "identified_on" in cols and "identified_on" in out.values:
        checks.append(("identified_on", out.values["identified_on"], True))
    for code, (_flag, dates) in out.milestones.items():
        checks.append((f"milestone.{code}", dates, False))
    target = out.problems if policy == "reject" else out.warnings
    for name, dates, both_sides in checks:
        years = pc.fill_null(pc.year(dates), year).to_numpy(zero_copy_only=False)
        bad = (years != year) if both_sides else (years > year)
        column = cols[name].name
        where = "outside" if both_sides else "after"
        fix = (
            "correct the date, or send the row with the file of its own year"
            if both_sides
            else "correct the date, or leave it for next year's file"
        )
        for i in np.flatnonzero(bad):
            target.append(
                Problem(
                    int(i),
                    column,
                    "",
                    "out_of_year",
                    f"the date in {column} is {where} the reference year {year}; {fix}"
                    + (
                        ""
                        if policy == "reject"
                        else " (setting ingest.out_of_year: reject refuses such rows)"
                    ),
                )
            )


def _required(col: _Column, out: Harmonised) -> None:
    for i in np.flatnonzero(pc.is_null(col.values).to_numpy(zero_copy_only=False)):
        out.problems.append(
            Problem(
                int(i), col.name, "", "required", f"{col.field.name} is required; fill in column {col.name!r}"
            )
        )


def _per_unique(col: _Column, parse: Callable[[str], Result], typ: pa.DataType, out: Harmonised) -> pa.Array:
    enc = col.values.dictionary_encode()
    uniq = enc.dictionary.to_pylist()
    results = [parse(u) for u in uniq]
    values = pa.array([r[0] for r in results], typ)
    errors = np.array([r[1] is not None for r in results], dtype=bool)
    if errors.any():
        idx = pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False)
        bad_u = np.flatnonzero(errors)
        for i in np.flatnonzero(np.isin(idx, bad_u)):
            u = uniq[idx[i]]
            rule, msg = results[idx[i]][1]
            shown = mask(u) if col.field.identifier else u
            out.problems.append(
                Problem(int(i), col.name, shown, rule, msg.format(column=col.name, value=shown))
            )
    return pc.take(values, enc.indices)


def _date_parser(formats: list[str], today: dt.date) -> Callable[[str], Result]:
    fmts = [*formats, "%Y-%m-%d"]
    fmt_text = " or ".join(
        f.replace("%d", "dd").replace("%m", "mm").replace("%Y", "yyyy").replace("%y", "yy") for f in fmts
    )

    def parse(v: str) -> Result:
        for f in fmts:
            try:
                d = dt.datetime.strptime(v, f).date()
            except ValueError:
                continue
            if not dt.date(1900, 1, 1) <= d <= today:
                return None, (
                    "impossible_date",
                    "{value} in {column} is before 1900 or in the future; correct the date",
                )
            return d, None
        if "%Y" in "".join(formats) and re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", v):
            return None, (
                "two_digit_year",
                "two-digit year: {value} in {column}; use %y instead of %Y in file.date_formats "
                "or write the year in four digits",
            )
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}", v):
            return None, (
                "impossible_date",
                "{value} in {column} is not a calendar date (check day and month); correct the date",
            )
        return None, ("invalid_date", f"{{value}} in {{column}} is not a date; write dates as {fmt_text}")

    return parse


def _int_parser(f: Field) -> Callable[[str], Result]:
    def parse(v: str) -> Result:
        try:
            n = int(float(v.replace(",", "."))) if re.fullmatch(r"\d+([.,]0+)?", v) else None
        except ValueError:
            n = None
        if n is None:
            return None, ("invalid_number", "{value} in {column} is not a whole number")
        if (f.minimum is not None and n < f.minimum) or (f.maximum is not None and n > f.maximum):
            return None, (
                "out_of_range",
                f"{{value}} in {{column}} is outside {f.minimum}–{f.maximum}; correct the value",
            )
        return n, None

    return parse


def _lookup(col: _Column, mapping: Mapping) -> dict[str, str]:
    assert col.field.codelist
    return mapping.code_table(col.field.name)


def _unknown(col: _Column, mapping: Mapping) -> tuple[str, str]:
    return (
        "unknown_code",
        f"{{value}} in {{column}} is not a known {col.field.codelist} code; "
        f"correct it or add it under columns.{col.field.name}.values in "
        f"mappings/{mapping.actor}.yaml",
    )


def _code_parser(col: _Column, mapping: Mapping) -> Callable[[str], Result]:
    table = _lookup(col, mapping)
    unknown = _unknown(col, mapping)

    def parse(v: str) -> Result:
        code = table.get(fold(v))
        return (code, None) if code else (None, unknown)

    return parse


def _multi(col: _Column, mapping: Mapping, out: Harmonised) -> tuple[np.ndarray, list[str], list[str]]:
    values = col.values
    if col.spec.separator:
        lists = pc.split_pattern(values, col.spec.separator)
        parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)
        flat = pc.utf8_trim_whitespace(pc.list_flatten(lists))
    else:
        parents = np.flatnonzero(pc.is_valid(values).to_numpy(zero_copy_only=False))
        flat = values.drop_null()
    keep = pc.not_equal(flat, "").to_numpy(zero_copy_only=False)
    flat, parents = flat.filter(pa.array(keep)), parents[keep]
    enc = flat.dictionary_encode()
    uniq = enc.dictionary.to_pylist()
    table = _lookup(col, mapping)
    codes_u = [table.get(fold(u)) for u in uniq]
    idx = enc.indices.to_numpy(zero_copy_only=False)
    unknown = _unknown(col, mapping)
    for u, code in enumerate(codes_u):
        if code is None:
            for i in np.flatnonzero(idx == u):
                out.problems.append(
                    Problem(
                        int(parents[i]),
                        col.name,
                        uniq[u],
                        unknown[0],
                        unknown[1].format(column=col.name, value=uniq[u]),
                    )
                )
    ok = np.array([c is not None for c in codes_u], dtype=bool)[idx] if len(idx) else idx.astype(bool)
    parents, idx = parents[ok], idx[ok]
    code_id = {c: i for i, c in enumerate(sorted({c for c in codes_u if c}))}
    cid = (
        np.array([code_id.get(c, -1) if c else -1 for c in codes_u], dtype=np.int64)[idx] if len(idx) else idx
    )
    _, first = np.unique(parents.astype(np.int64) * (len(code_id) + 1) + cid, return_index=True)
    first.sort()
    return (parents[first], [codes_u[u] or "" for u in idx[first]], [uniq[u] for u in idx[first]])


def _count_parser(mapping: Mapping) -> Callable[[str], Result]:
    conf = {c.casefold() for c in mapping.file.confidential}

    def parse(v: str) -> Result:
        if v.casefold() in conf or re.fullmatch(r"<\s*\d+", v):
            return {"count": None, "state": "confidential"}, None
        if re.fullmatch(r"\d+", v):
            n = int(v)
            return {"count": n, "state": "count" if n else "zero"}, None
        return None, (
            "invalid_number",
            "{value} in {column} is not a count; write a whole number, "
            "'<5' for a masked small count, or leave it blank when not available",
        )

    return parse


def _milestone_parser(mapping: Mapping, today: dt.date) -> Callable[[str], Result]:
    yes, no = {fold(x) for x in mapping.file.yes}, {fold(x) for x in mapping.file.no}
    as_date = _date_parser(mapping.file.date_formats, today)

    def parse(v: str) -> Result:
        f = fold(v)
        if f in yes:
            return {"flag": True, "date": None}, None
        if f in no:
            return {"flag": False, "date": None}, None
        d, err = as_date(v)
        if err:
            return None, (err[0], err[1] + " (or yes/no)")
        return {"flag": True, "date": d}, None

    return parse


def _duplicates(col: _Column | None, out: Harmonised, rows: np.ndarray) -> None:
    if col is None:
        return
    enc = col.values.dictionary_encode()
    if len(enc.dictionary) == len(col.values) - col.values.null_count:
        return
    idx = pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False)
    _, first, inverse = np.unique(idx, return_index=True, return_inverse=True)
    dup = np.flatnonzero((np.arange(len(idx)) != first[inverse]) & (idx >= 0))
    uniq = enc.dictionary.to_pylist()
    for i in dup:
        out.problems.append(
            Problem(
                int(i),
                col.name,
                uniq[idx[i]],
                "duplicate_id",
                f"{uniq[idx[i]]} in {col.name} is used by an earlier row "
                f"(row {int(rows[first[inverse[i]]])}); give every record its own "
                "id, or remove the repeated row",
            )
        )


def _years_between(born: pa.Array, on: pa.Array) -> np.ndarray:
    """Completed years from each birth date to each reference date (null where either is)."""
    by, bm, bd = (pc.year(born), pc.month(born), pc.day(born))
    oy, om, od = (pc.year(on), pc.month(on), pc.day(on))
    before = pc.or_(pc.less(om, bm), pc.and_(pc.equal(om, bm), pc.less(od, bd)))
    years = pc.subtract(pc.subtract(oy, by), pc.cast(before, pa.int64()))
    return years.to_numpy(zero_copy_only=False)


def _ages(cols: dict[str, _Column], out: Harmonised, year: int) -> None:
    n = out.n
    midyear = pa.array(np.full(n, (dt.date(year, 7, 1) - dt.date(1970, 1, 1)).days, np.int32), pa.date32())
    identified = out.values.get("identified_on", pa.nulls(n, pa.date32()))
    ref = pc.coalesce(identified, midyear)
    age = np.full(n, np.nan)
    born = out.identifiers.get("birth_date")
    if "age" in out.values:
        age = pc.cast(out.values["age"], pa.float64()).to_numpy(zero_copy_only=False)
    if born is not None:
        from_birth = pa.array(_years_between(born, ref), pa.float64())
        age = np.where(np.isnan(age), from_birth.to_numpy(zero_copy_only=False), age)
        negative = np.flatnonzero(np.nan_to_num(from_birth.to_numpy(zero_copy_only=False), nan=0) < 0)
        name = cols["birth_date"].name
        for i in negative:
            out.problems.append(
                Problem(
                    int(i),
                    name,
                    mask("x" * 10),
                    "date_order",
                    f"the date of birth in {name} is after the date of identification; correct one of them",
                )
            )
    child = np.where(np.isnan(age), np.nan, age < 18)
    if born is not None and "exploited_from" in out.values:
        at_expl = pa.array(_years_between(born, out.values["exploited_from"]), pa.float64())
        ae = pc.fill_null(at_expl, 99.0).to_numpy(zero_copy_only=False)
        start = at_expl.to_numpy(zero_copy_only=False)  # kept so birth dates need not be
        out.values["age_at_start"] = pa.array(np.nan_to_num(start).astype(np.int32), mask=np.isnan(start))
        child = np.where(ae < 18, 1.0, child)
    known = ~np.isnan(age)
    out.values["age"] = pa.array(np.nan_to_num(age).astype(np.int32), mask=~known)
    is_child = np.nan_to_num(child) == 1
    labels = pa.array(np.where(is_child, "child", "adult"), pa.string())
    out.values["age_group"] = pc.if_else(pa.array(np.isnan(child)), pa.scalar(None, pa.string()), labels)
