"""The written summary that opens chapter 1, built from the published tables in each language.

Every sentence is a catalog message with named placeholders (never machine translation and never
text glued from pieces), so that a French or Dutch reader reads a sentence written in their
language. Only published cells are used: a hidden cell is quoted as published ("<5", "c") or
its sentence is left out; "not available" is never written as 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapporteur.report.i18n import Translator
from rapporteur.stats.table import TOTAL, Cell, StatTable, shown

# A change of less than this share of the previous year is "about the same"; from the second
# value on it is "a marked" change (the wording is chosen from these bands, not the exact %).
STABLE, MARKED = 0.05, 0.15
FORM_ORDER = ("sexual", "labour", "other")


@dataclass(frozen=True)
class _Figures:
    tables: dict[str, StatTable]
    tr: Translator
    threshold: int

    def cell(self, table: str, row: str, col: str) -> Cell | None:
        t = self.tables.get(table)
        if t is None or (row, col) not in t.cells:
            return None
        return t.cells[(row, col)]

    def value(self, table: str, row: str, col: str) -> int | None:
        """The published value when it is a number (None when hidden or not available)."""
        c = self.cell(table, row, col)
        return c.value if c is not None and c.state in ("count", "zero", "rounded") else None

    def text(self, table: str, row: str, col: str) -> str | None:
        """The published cell in words ('fewer than 5', a number); None when not available or
        hidden by secondary suppression (a sentence is then left out rather than say 'c')."""
        c = self.cell(table, row, col)
        if c is None or c.state == "na":
            return None
        if c.state == "suppressed":
            if c.reason != "threshold":
                return None
            return self.tr.gettext("fewer than %(n)s") % {"n": self.threshold}
        return shown(c, self.threshold, number=self.tr.number)

    def label(self, table: str, row: str) -> str:
        """A category's label inside a sentence (its first letter in lower case)."""
        text = self.tables[table].label("row", row, self.tr.lang)
        return text[:1].lower() + text[1:]


def _headline(f: _Figures, year: int, linked: bool) -> str | None:
    tr = f.tr
    if linked:
        persons = f.value("persons_by_actor", "all_actors", "persons")
        registrations = f.text("persons_by_actor", "all_actors", "registrations")
        if persons is None or registrations is None:
            return None
        return tr.ngettext(
            "In %(year)s, the actors registered %(n)s person as a victim of trafficking in human "
            "beings (%(registrations)s registrations, as some persons were registered by several "
            "actors).",
            "In %(year)s, the actors registered %(n)s different persons as victims of trafficking in "
            "human beings (%(registrations)s registrations, as some persons were registered by "
            "several actors).",
            persons,
        ) % {"year": year, "n": tr.number(persons), "registrations": registrations}
    n = f.value("victims_sex_age", TOTAL, TOTAL)
    if n is None:
        return None
    return tr.ngettext(
        "In %(year)s, the actors made %(n)s registration of a victim of trafficking in human beings; "
        "a person registered by several actors is counted once by each of them.",
        "In %(year)s, the actors made %(n)s registrations of victims of trafficking in human beings; "
        "a person registered by several actors is counted once by each of them.",
        n,
    ) % {"year": year, "n": tr.number(n)}


def _estimate(tr: Translator, mse: dict[str, Any] | None) -> str | None:
    if not mse:
        return None
    return tr.gettext(
        "Counting also the victims that no actor saw, their number is estimated at about "
        "%(estimate)s (95 %% interval %(low)s to %(high)s); the estimate rests on assumptions set "
        "out at the end of this chapter."
    ) % {"estimate": mse["estimate"], "low": mse["low"], "high": mse["high"]}


def _change(f: _Figures, year: int) -> str | None:
    """The change in registrations (the unit of the trend table) from the year before."""
    now = f.value("trend_form", str(year), TOTAL)
    before = f.value("trend_form", str(year - 1), TOTAL)
    if now is None or not before:
        return None
    share = (now - before) / before
    args = {"prev": year - 1, "n": f.tr.number(before), "pct": f.tr.number(abs(round(100 * share)))}
    tr = f.tr
    if abs(share) < STABLE:
        return tr.gettext("Registrations were about as many as in %(prev)s (%(n)s).") % args
    if share > 0:
        if share >= MARKED:
            return tr.gettext("Registrations rose markedly, by %(pct)s %%, from %(prev)s (%(n)s).") % args
        return tr.gettext("Registrations rose slightly, by %(pct)s %%, from %(prev)s (%(n)s).") % args
    if share <= -MARKED:
        return tr.gettext("Registrations fell markedly, by %(pct)s %%, from %(prev)s (%(n)s).") % args
    return tr.gettext("Registrations fell slightly, by %(pct)s %%, from %(prev)s (%(n)s).") % args


def _forms(f: _Figures) -> str | None:
    t = "victims_form_eurostat"
    found = [(r, f.value(t, r, TOTAL)) for r in FORM_ORDER]
    ranked = sorted(((v, r) for r, v in found if v), reverse=True)
    if len(ranked) < 2:
        return None
    (n1, r1), (n2, r2) = ranked[:2]
    return f.tr.gettext("The most frequent form was %(first)s (%(n1)s), followed by %(second)s (%(n2)s).") % {
        "first": f.label(t, r1),
        "n1": f.tr.number(n1),
        "second": f.label(t, r2),
        "n2": f.tr.number(n2),
    }


def _nationalities(f: _Figures) -> str | None:
    t = f.tables.get("victims_nationality")
    if t is None:
        return None
    rows = [r for r in t.rows if r not in (TOTAL, "other", "unknown") and f.value(t.id, r, TOTAL)]
    if len(rows) < 3:
        return None
    names = [f"{t.label('row', r, f.tr.lang)} ({f.tr.number(f.value(t.id, r, TOTAL))})" for r in rows[:3]]
    return f.tr.gettext("The most frequent nationalities were %(a)s, %(b)s and %(c)s.") % dict(
        zip("abc", names, strict=True)
    )


def _children(f: _Figures) -> str | None:
    n = f.text("victims_sex_age", TOTAL, "child")
    if n is None:
        return None
    value = f.value("victims_sex_age", TOTAL, "child")
    return f.tr.ngettext(
        "%(n)s victim was a child (under 18) when identified.",
        "%(n)s victims were children (under 18) when identified.",
        value if value is not None else 2,
    ) % {"n": n}


def _protection(f: _Figures) -> str | None:
    t = "protection_milestones"
    steps = {m: f.text(t, m, TOTAL) for m in ("reflection_period", "victim_status", "permanent_permit")}
    if any(v is None for v in steps.values()):
        return None
    return f.tr.gettext(
        "In the victim procedure, %(reflection)s persons received a reflection period, %(status)s "
        "were granted victim status and %(permanent)s a permanent residence permit."
    ) % {
        "reflection": steps["reflection_period"],
        "status": steps["victim_status"],
        "permanent": steps["permanent_permit"],
    }


def paragraphs(
    tables: list[StatTable],
    tr: Translator,
    threshold: int,
    year: int,
    linked: bool,
    mse: dict[str, Any] | None,
) -> list[str]:
    """Two short paragraphs: how many, and how many more we estimate; then who they were."""
    f = _Figures({t.id: t for t in tables}, tr, threshold)
    first = [s for s in (_headline(f, year, linked), _change(f, year), _estimate(tr, mse)) if s]
    second = [s for s in (_forms(f), _nationalities(f), _children(f), _protection(f)) if s]
    return [" ".join(p) for p in (first, second) if p]
