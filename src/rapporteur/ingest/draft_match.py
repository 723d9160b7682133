"""Guesses for `actor draft`: column names to model fields, code values to code lists, date
formats and total rows. The words come from vocabulary.yaml (data) and the code lists' labels."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

import yaml

from rapporteur.model import codelist
from rapporteur.model.codelists import fold
from rapporteur.model.fields import Field

# formats the mapping language takes (strptime), most usual in Belgium first
DATE_FORMATS = [
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d/%m/%y",
    "%d.%m.%y",
    "%d-%m-%y",
    "%m/%d/%Y",
    "%Y%m%d",
    "%d %m %Y",
]
SEPARATORS = ["/", ",", ";", "+", "|", "&"]


@cache
def vocabulary() -> dict:
    text = resources.files("rapporteur.ingest").joinpath("vocabulary.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def norm(text: str) -> str:
    """Folded, with punctuation and underscores as spaces: 'Né(e)_le' -> 'ne e le'."""
    t = fold(str(text)).replace("°", " no ")
    t = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", t)
    return " ".join(re.sub(r"[^\w]+|_", " ", t).split())


@dataclass
class ColumnGuess:
    field: str
    header: str
    score: float
    via: str  # the synonym it matched


def _score(header: str, synonym: str) -> float:
    h, s = norm(header), norm(synonym)
    if not h or not s:
        return 0.0
    if h == s:
        return 1.0
    if h.replace(" ", "") == s.replace(" ", ""):
        return 0.97
    ht, st = set(h.split()), set(s.split())
    jacc = len(ht & st) / len(ht | st)
    ratio = SequenceMatcher(None, h, s).ratio()
    contained = 0.0
    if st <= ht and len(s) >= 3:  # 'finalite' in 'finalite art 433quinquies'
        share = len(s) / len(h)
        contained = 0.8 + 0.15 * share if h.startswith(s + " ") else 0.6 + 0.3 * share
    return max(ratio * 0.92, jacc * 0.9, contained)


def match_columns(
    header: list[str], fields: dict[str, Field], threshold: float = 0.78
) -> tuple[list[ColumnGuess], list[str]]:
    """Best field per column, greedy by score, one column per field."""
    syn = vocabulary()["fields"]
    cands: list[ColumnGuess] = []
    for h in header:
        if not h.strip():
            continue
        for name in fields:
            words = [name, name.split(".")[-1].replace("_", " "), *syn.get(name, [])]
            best = max(((_score(h, w), w) for w in words), key=lambda x: x[0])
            if best[0] >= threshold:
                cands.append(ColumnGuess(name, h, round(best[0], 2), best[1]))
    cands.sort(key=lambda c: (-c.score, header.index(c.header)))
    used_f: set[str] = set()
    used_h: set[str] = set()
    out = []
    for c in cands:
        if c.field in used_f or c.header in used_h:
            continue
        used_f.add(c.field)
        used_h.add(c.header)
        out.append(c)
    out.sort(key=lambda c: header.index(c.header))
    unmatched = [h for h in header if h.strip() and h not in used_h]
    return out, unmatched


@cache
def value_table(listname: str) -> dict[str, str]:
    """Folded spelling -> code: the code list's own labels, then the vocabulary's spellings."""
    table = dict(codelist(listname).lookup())
    extra = vocabulary()["values"].get(listname, {})
    for code, words in extra.items():
        for w in words:
            table.setdefault(fold(str(w)), code)
    if listname == "exploitation":  # Belgian law numbering: art. 433quinquies §1 1° … 5°
        cl = codelist("exploitation")
        for code in cl.codes:
            m = re.search(r"(\d)°$", cl.attr(code, "national_be") or "")
            if m:
                table.setdefault(f"{m.group(1)}°", code)
    return table


@dataclass
class ValueGuess:
    values: dict[str, str] = field(default_factory=dict)  # actor's spelling -> code
    unmapped: list[tuple[str, str | None]] = field(default_factory=list)  # (value, close code)
    separator: str | None = None
    known: int = 0


def match_values(distinct: Counter, listname: str, multi: bool, missing: set[str]) -> ValueGuess:
    """Codes for an actor's distinct values; a separator for multi-valued fields."""
    table = value_table(listname)
    builtin = codelist(listname).lookup()
    sep = _separator(distinct, table) if multi else None
    tokens: Counter = Counter()
    for v, n in distinct.items():
        for t in v.split(sep) if sep else [v]:
            t = t.strip()
            if t and fold(t) not in missing:
                tokens[t] += n
    g = ValueGuess(separator=sep)
    for t, _n in tokens.most_common():
        f = fold(t)
        if f in builtin:
            g.known += 1
        elif f in table:
            g.values[t] = table[f]
            g.known += 1
        else:
            close = max(table, key=lambda k: SequenceMatcher(None, f, k).ratio(), default="")
            near = table[close] if close and SequenceMatcher(None, f, close).ratio() > 0.8 else None
            g.unmapped.append((t, near))
    return g


def _separator(distinct: Counter, table: dict[str, str]) -> str | None:
    """The separator whose pieces are known codes most often, among those found in the values."""

    def known(sep: str | None) -> int:
        return sum(n for v, n in distinct.items() for t in (v.split(sep) if sep else [v]) if fold(t) in table)

    base = known(None)
    best, best_n = None, base
    for s in SEPARATORS:
        if any(s in v for v in distinct):
            k = known(s)
            if k > best_n:
                best, best_n = s, k
    return best


@dataclass
class DateGuess:
    formats: list[str]
    parsed: float  # share of the distinct values one of the formats reads
    two_digit_year: bool = False


def match_dates(values: list[str]) -> DateGuess | None:
    vals = [v.strip() for v in values if v.strip()][:2000]
    vals = [v for v in vals if re.search(r"\d", v)]
    if not vals:
        return None
    uniq = sorted(set(vals))
    counts = {}
    for f in DATE_FORMATS:
        ok = 0
        for v in uniq:
            try:
                dt.datetime.strptime(v, f)
                ok += 1
            except ValueError:
                pass
        counts[f] = ok
    best = max(DATE_FORMATS, key=lambda f: (counts[f], -DATE_FORMATS.index(f)))
    if counts[best] == 0:
        return None
    return DateGuess([best], counts[best] / len(uniq), best.endswith("%y"))


def total_label(rows: list[list[str]]) -> str | None:
    """A 'Total' label in the first two cells of one of the last three rows."""
    labels = {fold(x) for x in vocabulary()["total_labels"]}
    for r in rows[-3:]:
        for c in r[:2]:
            if fold(c) in labels:
                return c.strip()
    return None
