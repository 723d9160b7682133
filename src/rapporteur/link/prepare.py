"""Linkage input: read and check a person file, and standardise its values for comparison.

The file format (``link-file`` and ``encode``): ``record_id, source, first_name, last_name,
birth_date, sex, citizenship`` and, optionally, ``document_number`` (passport or identity
document, compared when present); other columns are ignored. Errors name the file, the row (as a
spreadsheet shows it: the header is row 1), the column and how to fix the problem, but never the
value of a name or a birth date.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import jellyfish
import pyarrow as pa

from rapporteur.errors import BadInput

REQUIRED = ("record_id", "source", "first_name", "last_name", "birth_date", "sex", "citizenship")
ENCODED_REQUIRED = ("record_id", "source", "first_bf", "last_bf", "birth_bf", "sex", "citizenship")
# written by this version's ``encode``: the name-token key, the keyed birth year, placeholder flag,
# the keyed hashes of each name token
ENCODED_OPTIONAL = ("name_bf", "year_bf", "birth_ph", "tokens_bf")
SEXES = {"F", "M"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_NOT_LETTER = re.compile(r"[^a-z ]+")


class LinkInputError(BadInput, ValueError):
    """A person file that cannot be linked, with where and how to fix it."""


def read_rows(path: Path, required: tuple[str, ...]) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a UTF-8 CSV; checks the file is readable and has the columns."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise LinkInputError(f"{path}: cannot read the file ({e.strerror}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise LinkInputError(
            f"{path}: byte {e.start} is not UTF-8. Save the file as UTF-8 (CSV UTF-8 in a spreadsheet)."
        ) from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise LinkInputError(f"{path}: the file is empty; it needs a header row and at least one record.")
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise LinkInputError(
            f"{path}: missing column(s) {', '.join(missing)} in the header (row 1). "
            f"Required: {', '.join(required)}."
        )
    if len(rows) == 1:
        raise LinkInputError(f"{path}: the file has a header but no records.")
    width = len(header)
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != width:
            raise LinkInputError(
                f"{path}: row {i} has {len(r)} fields, the header has {width} "
                "(a truncated file or an unquoted comma?). Fix or remove the row."
            )
    return header, rows[1:]


def check_rows(
    path: Path, header: list[str], rows: list[list[str]], dates: bool = True
) -> dict[str, list[str]]:
    """Columns as lists of stripped strings, after the checks shared by clear and encoded files."""
    cols = {name: [r[header.index(name)].strip() for r in rows] for name in header if name in _WANTED}
    seen: dict[str, int] = {}
    for i, rid in enumerate(cols["record_id"], start=2):
        if not rid:
            raise LinkInputError(f"{path}: row {i}, column record_id is empty. Give every record an id.")
        if rid in seen:
            raise LinkInputError(
                f"{path}: row {i}, column record_id: value {rid!r} already used in row {seen[rid]}. "
                "Record ids must be unique in the file."
            )
        seen[rid] = i
    for i, s in enumerate(cols["sex"], start=2):
        if s and s.upper() not in SEXES:
            raise LinkInputError(f"{path}: row {i}, column sex: value {s!r} is not F, M or empty.")
    for i, c in enumerate(cols["citizenship"], start=2):
        if c and not _COUNTRY.match(c.upper()):
            raise LinkInputError(
                f"{path}: row {i}, column citizenship: value {c!r} is not an ISO 3166 alpha-2 code "
                "(or empty)."
            )
    if dates:
        # a year alone ('1987': the actor knows only the year) is the placeholder 1 January
        cols["birth_date"] = [f"{d}-01-01" if _YEAR.match(d) else d for d in cols["birth_date"]]
        # a calendar date outside 1900..today (a typing slip in a register) is kept but not
        # compared, like a missing one (files.py reads it through parse_date); only text that is
        # no date at all stops the file
        for i, d in enumerate(cols["birth_date"], start=2):
            if d and not _is_calendar_date(d):
                raise LinkInputError(
                    f"{path}: row {i}, column birth_date: not a date in the form YYYY-MM-DD (or YYYY) "
                    "(the value is withheld: it is personal data). Correct it or leave it empty."
                )
    return cols


_WANTED = set(REQUIRED) | set(ENCODED_REQUIRED) | set(ENCODED_OPTIONAL) | {"document_number", "document_bf"}
_NOT_ALNUM = re.compile(r"[^A-Z0-9]+")


def document(text: str | None) -> str:
    """A document number as compared: upper case letters and digits only."""
    return _NOT_ALNUM.sub("", (text or "").upper())


def _is_calendar_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def parse_date(text: str) -> dt.date | None:
    """The date if it is a calendar date within 1900..today (a plausible birth date), else None."""
    if not _is_calendar_date(text):
        return None
    d = dt.date.fromisoformat(text)
    return d if dt.date(1900, 1, 1) <= d <= dt.date.today() else None


# Cyrillic to Latin (Ukrainian, Bulgarian and Russian letters; the common passport spellings)
_CYRILLIC_LATIN = (
    "а a|б b|в v|г g|ґ g|д d|е e|є ie|ж zh|з z|и i|і i|ї i|й i|к k|л l|м m|н n|о o|п p|р r|с s|"
    "т t|у u|ф f|х kh|ц ts|ч ch|ш sh|щ shch|ъ a|ы y|ь |э e|ю iu|я ia|ё e|ў u"
)
_CYRILLIC = {pair[0]: pair[2:] for pair in _CYRILLIC_LATIN.split("|")}


def transliterate(text: str) -> str:
    """Cyrillic letters to Latin ('Олександр Іванова' -> 'oleksandr ivanova'), others unchanged."""
    if not any("\u0400" <= c <= "\u04ff" for c in text):
        return text
    return "".join(_CYRILLIC.get(c, c) if c.islower() else _CYRILLIC.get(c.lower(), c) for c in text)


def fold(name: str | None) -> str:
    """Lower case, accents and punctuation removed, Cyrillic transliterated, spaces collapsed:
    'Cătălin-Ionuț' -> 'catalin ionut'."""
    if not name:
        return ""
    name = transliterate(name)
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss").replace("ø", "o").replace("ł", "l"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(_NOT_LETTER.sub(" ", text).split())


def phonetic(folded: str) -> str:
    """A sound code of a folded name (metaphone of its letters), '' for no name."""
    letters = folded.replace(" ", "")
    return jellyfish.metaphone(letters) if letters else ""


# Surname particles: dropped as tokens, and split off when written joined ('Elamrani', 'Dasilva').
PARTICLES = frozenset(
    [
        "el",
        "al",
        "ben",
        "bin",
        "ait",
        "van",
        "de",
        "den",
        "der",
        "da",
        "dos",
        "das",
        "do",
        "di",
        "le",
        "la",
        "du",
        "des",
        "del",
        "della",
        "von",
    ]
)
_JOINED = ("vanden", "vander", "el", "ben", "ait", "van", "da", "dos", "de")


def name_tokens(first: str, last: str) -> list[str]:
    """The name tokens of both folded fields pooled and sorted, particles left out: the same
    person's name whichever field holds which part, in which order, with or without particles."""
    out = []
    for t in f"{first} {last}".split():
        if t in PARTICLES:
            continue
        for p in _JOINED:
            if t.startswith(p) and len(t) - len(p) >= 5:
                t = t[len(p) :]
                break
        out.append(t)
    return sorted(out)


def _cached(values: Iterable[str], fn: Callable[[str], str]) -> list[str]:
    cache: dict[str, str] = {}
    out = []
    for v in values:
        r = cache.get(v)
        if r is None:
            r = cache[v] = fn(v)
        out.append(r)
    return out


def standardise(
    record_id: Sequence[str],
    source: Sequence[str],
    first: Sequence[str | None],
    last: Sequence[str | None],
    birth: Sequence[dt.date | None],
    sex: Sequence[str | None],
    citizenship: Sequence[str | None],
    documents: Sequence[str | None] | None = None,
) -> pa.Table:
    """The comparison table for clear-mode linkage (names folded, sound codes, birth date as text).

    ``documents``: document numbers, if any record has one; the column is left out otherwise."""
    f = _cached((x or "" for x in first), fold)
    la = _cached((x or "" for x in last), fold)
    fp = _cached(f, phonetic)
    lp = _cached(la, phonetic)
    b = [d.isoformat() if d else None for d in birth]
    toks = [name_tokens(a, c) for a, c in zip(f, la, strict=True)]
    keys = [" ".join(t) for t in toks]
    sound = _cached(keys, lambda k: " ".join(sorted(phonetic(t) for t in k.split())))

    def none(v: list[str]) -> list[str | None]:
        return [x or None for x in v]

    cols = {
        "unique_id": record_id,
        "source": source,
        "first_name": none(f),
        "last_name": none(la),
        "full_name": [f"{a} {c}" if a and c else None for a, c in zip(f, la, strict=True)],
        "name_key": none(keys),
        "name_tokens": [t or None for t in toks],
        "name_ph": none(sound),
        # the longest token (ties: the first in order): a blocking key that survives a dropped
        # second name, swapped fields and the whole name in one field
        "name_long": [max(t, key=len) if t else None for t in toks],
        "first_ph": none(fp),
        "last_ph": none(lp),
        "birth_date": b,
        "birth_year": [x[:4] if x else None for x in b],
        "sex": [(s or "").upper() or None for s in sex],
        "citizenship": [(c or "").upper() or None for c in citizenship],
    }
    docs = [document(d) or None for d in documents or []]
    if any(docs):
        cols["document"] = docs
    return pa.table(cols)
