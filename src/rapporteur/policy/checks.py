"""Whether a register makes sense to a reader: what ``policy import`` warns about (the register is
loaded all the same; the rules are in docs/policy.md).

- ``same_outcome``: two measures give the same outcome text (in one language, in any years);
- ``same_indicator``: two measures give the same indicator (the same statistics cell, or the
  same label in one language);
- ``impact_national_total``: an impact indicator that is only a national total
  (``national_total``);
- ``conflicting_status``: the same recommendation text issued twice (two ids) and given
  different statuses for one year.

Texts are compared case-insensitively, with runs of white space and a final full stop ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from rapporteur.policy import indicators

if TYPE_CHECKING:
    from rapporteur.policy.register import Indicator, Measure, Recommendation

SHOWN = 6  # measures named in a warning, then "and N more"
Code = Literal["same_outcome", "same_indicator", "impact_national_total", "conflicting_status"]


class RegisterWarning(BaseModel):
    """Something in the register a reader would find odd; ``ids``: the measures or
    recommendations concerned."""

    model_config = ConfigDict(frozen=True)

    code: Code
    ids: list[str]
    message: str

    def __str__(self) -> str:
        return self.message


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").strip().casefold()


def _first(texts: Mapping[Any, str]) -> str:
    return texts.get("en") or next(iter(texts.values()), "")


def _years(where: Iterable[tuple[str, int]]) -> str:
    by: dict[str, list[int]] = defaultdict(list)
    for mid, y in where:
        by[mid].append(y)
    named = [f"{m} ({', '.join(map(str, sorted(set(ys))))})" for m, ys in by.items()]
    more = f" and {len(named) - SHOWN} more" if len(named) > SHOWN else ""
    return ", ".join(named[:SHOWN]) + more


def _shared(
    items: Iterable[tuple[str, int, Iterable[str]]], code: Code, what: str, shown: dict[str, str]
) -> list[RegisterWarning]:
    """One warning per group of two or more measures sharing a key (``items``: measure id, year,
    keys); ``shown``: the text to quote for a key."""
    where: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for mid, y, keys in items:
        for k in dict.fromkeys(keys):
            where[k].append((mid, y))
    out, seen = [], set()
    for k, places in where.items():
        ids = tuple(dict.fromkeys(m for m, _ in places))
        if len(ids) < 2 or ids in seen:
            continue
        seen.add(ids)
        out.append(
            RegisterWarning(
                code=code,
                ids=list(ids),
                message=f"measures {_years(places)} give the same {what}: {shown[k]!r}",
            )
        )
    return out


def _indicator_keys(ind: Indicator) -> list[str]:
    keys = [f"label:{lang}:{_norm(t)}" for lang, t in ind.label.items() if t.strip()]
    if ind.table is not None:
        keys.append(f"cell:{ind.table.id}/{ind.table.row}/{ind.table.column}")
    return keys


def national_total(ind: Indicator) -> bool:
    """An impact indicator that is only a national total: none of a breakdown (a ``breakdown``
    text, or a table cell that is a category other than total or unknown on one of its table's
    breakdown axes, ``indicators.BREAKDOWN``), a rate (``unit: rate``) or a change over time
    (``unit: change``)."""
    if ind.unit != "count" or any(t.strip() for t in ind.breakdown.values()):
        return False
    t = ind.table
    return not (t is not None and indicators.is_breakdown(t.id, t.row, t.column))


def measures(items: list[Measure]) -> list[RegisterWarning]:
    """The warnings about the measures, in the order: same outcomes, same indicators, national totals."""
    outcomes: list[tuple[str, int, list[str]]] = []
    shown: dict[str, str] = {}
    for m in items:
        for y, my in m.years.items():
            keys: list[str] = []
            for lang, t in my.outcomes.items():
                if t.strip():
                    keys.append(f"{lang}:{_norm(t)}")
                    shown.setdefault(keys[-1], t)
            outcomes.append((m.id, y, keys))
    out = _shared(outcomes, "same_outcome", "outcome", shown)
    inds: list[tuple[str, int, list[str]]] = []
    shown = {}
    for m in items:
        for y, my in m.years.items():
            for ind in my.indicators:
                keys = _indicator_keys(ind)
                label = _first(ind.label)
                ref = f"{ind.table.id}/{ind.table.row}/{ind.table.column}" if ind.table else ""
                for k in keys:
                    shown.setdefault(k, f"{label} [{ref}]" if ref else label)
                inds.append((m.id, y, keys))
    out += _shared(inds, "same_indicator", "indicator", shown)
    for m in items:
        totals: dict[str, list[int]] = defaultdict(list)
        for y, my in m.years.items():
            for ind in my.indicators:
                if national_total(ind):
                    totals[_first(ind.label)].append(y)
        for label, ys in totals.items():
            out.append(
                RegisterWarning(
                    code="impact_national_total",
                    ids=[m.id],
                    message=(
                        f"measure {m.id} ({', '.join(map(str, ys))}): impact indicator {label!r} is only "
                        "a national total; give a breakdown, a rate or a change over time"
                    ),
                )
            )
    return out


def recommendations(items: list[Recommendation]) -> list[RegisterWarning]:
    """A warning for each pair of recommendations with the same text (in one language) whose
    statuses differ in a year where both have one (the latest status up to that year)."""
    by_text: dict[str, list[Recommendation]] = defaultdict(list)
    for r in items:
        for key in {f"{lang}:{_norm(t)}" for lang, t in r.text.items() if t.strip()}:
            by_text[key].append(r)
    out, seen = [], set()
    for same in by_text.values():
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                pair = (a.id, b.id)
                if pair in seen:
                    continue
                years = sorted({f.year for f in (*a.followup, *b.followup)})
                conflict = next(
                    (
                        (y, sa, sb)
                        for y in years
                        if (sa := a.status_in(y)) and (sb := b.status_in(y)) and sa != sb
                    ),
                    None,
                )
                if conflict is None:
                    continue
                seen.add(pair)
                y, sa, sb = conflict
                out.append(
                    RegisterWarning(
                        code="conflicting_status",
                        ids=[a.id, b.id],
                        message=(
                            f"recommendations {a.id} ({a.year}) and {b.id} ({b.year}) have the same text "
                            f"{_first(a.text)!r} but conflicting statuses in {y}: {sa} and {sb}"
                        ),
                    )
                )
    return out
