"""Clusters from scored pairs, refusing merges that join records with conflicting birth dates.

Connected components are transitive: a record without a birth date that resembles two namesakes
born years apart joins them into one "person". Here edges are added strongest first (union-find),
and an edge is skipped when the two groups it would join hold birth dates that cannot be the same
person's — neither equal, nor day and month transposed, nor one typo apart (clear mode), or
whose encodings' Dice similarity is below that of a transposition (encoded mode).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

log = logging.getLogger(__name__)

TRANSPOSED_DICE = 0.74


PLACEHOLDERS = ("01-01", "07-01")  # what actors write when they know only the year


def is_placeholder(date: str) -> bool:
    """1 January or 1 July: a date that stands for "born in that year" (or an age converted)."""
    return len(date) == 10 and date[5:] in PLACEHOLDERS


def compatible_dates(a: str, b: str) -> bool:
    """Two birth dates that can be one person's: equal, day and month transposed, one character
    apart, or one of them a placeholder (1 January, 1 July) of the same year or one year apart
    (an age converted to a year is often one year off)."""
    if a == b:
        return True
    if len(a) != 10 or len(b) != 10:
        return False
    placeholder = is_placeholder(a) or is_placeholder(b)
    if placeholder and a[:4].isdigit() and b[:4].isdigit() and abs(int(a[:4]) - int(b[:4])) <= 1:
        return True
    if a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]:
        return True
    return sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def compatible_encodings(a: str, b: str) -> bool:
    """Encoded birth dates, as ``encoding|keyed years|placeholder flag`` (or the encoding alone;
    keyed years: ``Encoder.year``): equal, Dice at least that of a transposition, or one a
    placeholder of the same year or one year apart."""
    if a == b:
        return True
    a, _, rest_a = a.partition("|")
    b, _, rest_b = b.partition("|")
    year_a, _, ph_a = rest_a.partition("|")
    year_b, _, ph_b = rest_b.partition("|")
    if year_a and year_b and (ph_a or ph_b) and year_a[:16] in year_b.split():
        return True
    if a == b:
        return True
    x, y = int(a, 16), int(b, 16)
    common = (x & y).bit_count()
    return 2 * common / (x.bit_count() + y.bit_count()) >= TRANSPOSED_DICE


def constrained(
    ids: Sequence[str],
    births: Sequence[str | None],
    pairs: Sequence[tuple[str, str, float]],
    compatible: Callable[[str, str], bool],
    must_link: Iterable[tuple[str, str]] = (),
    cannot_link: Iterable[tuple[str, str]] = (),
    conflicts: list[tuple[str, str]] | None = None,
) -> dict[str, str]:
    """record id -> cluster id (the smallest record id of the cluster, as text order).

    Clerical decisions constrain the clusters: a ``cannot_link`` pair never ends in one cluster
    (an edge that would join its two groups is skipped, so a cluster holding both is split); a
    ``must_link`` pair is joined first, whatever the birth dates, unless that would join a
    ``cannot_link`` pair: then it is skipped, logged and appended to ``conflicts``. Pairs naming
    a record not in ``ids`` are ignored.
    """
    index = {r: i for i, r in enumerate(ids)}
    parent = list(range(len(ids)))
    dates: list[set[str]] = [{b} if b else set() for b in births]
    cannot: dict[int, set[int]] = {}  # root -> records its group may not join
    for left, right in cannot_link:
        if left in index and right in index and left != right:
            cannot.setdefault(index[left], set()).add(index[right])
            cannot.setdefault(index[right], set()).add(index[left])

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def forbidden(a: int, b: int) -> bool:
        if len(cannot.get(a, ())) > len(cannot.get(b, ())):
            a, b = b, a
        return any(find(x) == b for x in cannot.get(a, ()))

    def join(a: int, b: int) -> None:
        if len(dates[a]) < len(dates[b]):
            a, b = b, a
        parent[b] = a
        dates[a] |= dates[b]
        dates[b] = set()
        if b in cannot:
            cannot.setdefault(a, set()).update(cannot.pop(b))

    for left, right in must_link:
        if left not in index or right not in index:
            continue
        a, b = find(index[left]), find(index[right])
        if a == b:
            continue
        if forbidden(a, b):
            log.warning("a 'same' decision contradicts a 'different' decision; the 'same' one is not applied")
            if conflicts is not None:
                conflicts.append((left, right))
            continue
        join(a, b)
    for left, right, _p in sorted(pairs, key=lambda e: -e[2]):
        a, b = find(index[left]), find(index[right])
        if a == b:
            continue
        if dates[a] and dates[b] and not all(compatible(x, y) for x in dates[a] for y in dates[b]):
            continue
        if forbidden(a, b):
            continue
        join(a, b)
    smallest: dict[int, str] = {}
    for r in ids:
        root = find(index[r])
        if root not in smallest or r < smallest[root]:
            smallest[root] = r
    return {r: smallest[find(index[r])] for r in ids}
