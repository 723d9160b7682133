"""Code lists, read from the CSV files in ``codelists/`` (data, not code)."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

LANGS = ("en", "fr", "nl")


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Roumanie ' -> 'roumanie', 'België' -> 'belgie'."""
    text = unicodedata.normalize("NFKD", text.strip())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class CodeList:
    """One code list: ordered codes, their labels in each language and extra attributes."""

    name: str
    rows: tuple[dict[str, str], ...]
    codes: tuple[str, ...] = field(init=False)
    _index: dict[str, dict[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", tuple(r["code"] for r in self.rows))
        object.__setattr__(self, "_index", {r["code"]: r for r in self.rows})

    def __contains__(self, code: object) -> bool:
        return code in self._index

    def label(self, code: str, lang: str = "en") -> str:
        return self._index[code][f"label_{lang}"] if lang in LANGS else code

    def attr(self, code: str, name: str) -> str:
        return self._index[code][name]

    def lookup(self) -> dict[str, str]:
        """Folded code and labels (all languages) -> code, for reading actors' values."""
        out: dict[str, str] = {}
        for r in self.rows:
            for key in ("code", *(f"label_{lang}" for lang in LANGS), *(f"name_{lg}" for lg in LANGS)):
                if r.get(key):
                    out.setdefault(fold(r[key]), r["code"])
        return out


NAMES = (
    "sex",
    "age_group",
    "citizenship",
    "exploitation",
    "eurostat_exploitation",
    "actor_kind",
    "counting_unit",
    "milestone",
    "victim_status",
    "justice_stage",
    "sector",
    "body",
)


@cache
def codelist(name: str) -> CodeList:
    if name not in NAMES:
        raise KeyError(f"unknown code list {name!r}; known: {', '.join(NAMES)}")
    text = resources.files("rapporteur.model").joinpath(f"codelists/{name}.csv").read_text("utf-8")
    rows = tuple(dict(r) for r in csv.DictReader(text.splitlines()))
    return CodeList(name, rows)


def codelists() -> dict[str, CodeList]:
    return {n: codelist(n) for n in NAMES}


def citizenship_group(code: str, reporting_country: str, year: int, composition: str = "EU27_2020") -> str:
    """Eurostat citizenship group of an ISO code: ``NAT``, ``EU_FOR``, ``NEU_FOR`` or ``UNK``.

    ``composition='EU27_2020'`` uses the EU of 1 February 2020 for every year (Eurostat's current
    dissemination); ``'AT_YEAR'`` uses the membership on 1 July of the reference year.
    """
    if not code:
        return "UNK"
    if code == reporting_country:
        return "NAT"
    cl = codelist("citizenship")
    if code not in cl:
        return "UNK"
    start, until = cl.attr(code, "eu_from"), cl.attr(code, "eu_until")
    if not start:
        return "NEU_FOR"
    on = date(2020, 2, 1) if composition == "EU27_2020" else date(year, 7, 1)
    member = date.fromisoformat(start) <= on and (not until or on <= date.fromisoformat(until))
    return "EU_FOR" if member else "NEU_FOR"
