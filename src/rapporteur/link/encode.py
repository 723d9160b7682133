"""Privacy-preserving encodings: keyed, balanced Bloom filters of names and birth dates.

An actor runs ``rapporteur encode`` on its own machine with a key shared only among the actors
(never with the linkage unit). Each kind of field gets its own key (HMAC of the shared key and the
kind); first and last names share one, so that swapped names can be recognised. A token (padded
bigram, the name's sound code, or a part of the birth date) sets ``HASHES`` bits chosen by HMAC-SHA256 of
the token (random hashing, not double hashing, which is attackable). The filter is then
*balanced*: concatenated with its complement and permuted by a keyed permutation, so every
encoding of a field has exactly the same number of ones and the weight of a filter says nothing
about the length or frequency of the name. See docs/methodology/linkage.md.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from rapporteur.errors import BadInput
from rapporteur.link.prepare import LinkInputError, document, fold, phonetic
from rapporteur.link.prepare import name_tokens as _tokens

NAME_BITS = 256  # before balancing; the encoding has twice as many bits
BIRTH_BITS = 256
HASHES = 10
VERSION = b"rapporteur-bf-v1"
FIELD_BITS = {
    "first": NAME_BITS,
    "last": NAME_BITS,
    "birth": BIRTH_BITS,
    "document": NAME_BITS,
    "name": NAME_BITS,
}
# First and last names share a key, so that swapped names are recognised; the others have their own.
# "name" is the sorted token key of both names (prepare.name_tokens), also under the name key.
SALT = {
    "first": "name",
    "last": "name",
    "birth": "birth",
    "document": "document",
    "name": "name",
    "year": "year",
    "token": "token",
}


def read_key(path: Path) -> bytes:
    try:
        key = path.read_bytes().strip()
    except OSError as e:
        raise LinkInputError(
            f"{path}: cannot read the key file ({e.strerror}). Create one with "
            "'head -c 32 /dev/urandom | base64 > link.key' and share it only among the actors."
        ) from None
    if len(key) < 16:
        raise LinkInputError(f"{path}: the key is shorter than 16 bytes; use at least 32 random bytes.")
    return key


def name_tokens(name: str) -> list[str]:
    folded = fold(name).replace(" ", "")
    if not folded:
        return []
    padded = f"_{folded}_"
    grams = [padded[i : i + 2] for i in range(len(padded) - 1)]
    return [*grams, "#" + phonetic(folded)]


def document_tokens(text: str) -> list[str]:
    d = document(text)
    return [f"_{d}_"[i : i + 2] for i in range(len(d) + 1)] if d else []


def date_tokens(iso: str) -> list[str]:
    """Year, month, day, month-day, year-month and the unordered day/month pair (for transpositions)."""
    y, m, d = iso[:4], iso[5:7], iso[8:10]
    return [f"y{y}", f"m{m}", f"d{d}", f"md{m}{d}", f"ym{y}{m}", "p" + "".join(sorted((m, d)))]


class Encoder:
    """Keyed balanced Bloom filters; the same key always gives the same encodings."""

    def __init__(self, key: bytes) -> None:
        self._keys = {
            f: hmac.new(key, VERSION + b":" + SALT[f].encode(), hashlib.sha256).digest() for f in SALT
        }
        self._perm = {
            f: np.random.default_rng(int.from_bytes(self._keys[f][:16], "big")).permutation(2 * bits)
            for f, bits in FIELD_BITS.items()
        }
        self._cache: dict[tuple[str, str], str] = {}

    def filter(self, field: str, tokens: Iterable[str]) -> str:
        bits = FIELD_BITS[field]
        bloom = np.zeros(bits, dtype=bool)
        key = self._keys[field]
        for t in tokens:
            digest = hmac.new(key, t.encode(), hashlib.sha256).digest()
            idx = np.frombuffer(digest[: 2 * HASHES], dtype=">u2") % bits
            bloom[idx] = True
        balanced = np.concatenate([bloom, ~bloom])[self._perm[field]]
        return np.packbits(balanced).tobytes().hex()

    def name_key(self, first: str, last: str) -> str:
        """Encoding of the sorted name tokens of both fields (particles left out), '' for no name."""
        return self.encode("name", " ".join(_tokens(fold(first), fold(last))))

    def tokens(self, first: str, last: str) -> str:
        """Keyed hashes of each name token (folded, particles left out; space-separated, sorted by
        hash), '' for no name: the linkage unit sees which tokens two names share, not the tokens."""
        toks = set(_tokens(fold(first), fold(last)))
        key = self._keys["token"]
        return " ".join(sorted(hmac.new(key, t.encode(), hashlib.sha256).hexdigest()[:16] for t in toks))

    def year(self, iso: str) -> str:
        """Keyed hashes of the birth year, the year before and the year after (space-separated),
        '' for no date: the linkage unit sees whether two years are equal or one apart (an age
        converted to a year is often one off), nothing else."""
        if not iso:
            return ""
        y = int(iso[:4])
        return " ".join(
            hmac.new(self._keys["year"], str(v).encode(), hashlib.sha256).hexdigest()[:16]
            for v in (y, y - 1, y + 1)
        )

    def encode(self, field: str, value: str) -> str:
        """Hex encoding of one value; '' for an empty value (missing stays missing)."""
        if not value:
            return ""
        hit = self._cache.get((field, value))
        if hit is None:
            if field == "birth":
                tokens = date_tokens(value)
            elif field == "document":
                tokens = document_tokens(value)
            else:
                tokens = name_tokens(value)
            hit = self.filter(field, tokens) if tokens else ""
            self._cache[(field, value)] = hit
        return hit


def chunks(hex_values: list[str | None], bits: int) -> tuple[np.ndarray, np.ndarray]:
    """64-bit signed words (n × bits/64) and a null mask from hex encodings, for SQL bit_count."""
    words = 2 * bits // 64
    n = len(hex_values)
    out = np.zeros((n, words), dtype=np.int64)
    null = np.ones(n, dtype=bool)
    width = 2 * bits // 4
    for i, h in enumerate(hex_values):
        if h:
            if len(h) != width:
                raise BadInput(f"an encoding of {len(h) * 4} bits where {2 * bits} are expected")
            out[i] = np.frombuffer(bytes.fromhex(h), dtype=">i8")
            null[i] = False
    return out, null
