"""The records of one reference year in DuckDB, and what every indicator table shares: the codes
for a missing value and the total, label helpers, the counting rule of registrations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb

from rapporteur.languages import LANGUAGES, translations
from rapporteur.model import codelist
from rapporteur.stats import aggregates, units
from rapporteur.stats.table import TOTAL

UNKNOWN = "unknown"
UNKNOWN_LABEL = translations("Not recorded")
TOTAL_LABEL = translations("Total")
REGISTRATIONS = translations("registrations of victims")
REG_RULE = translations(
    "Registrations: victims (identified and presumed) registered in the year by the actors that "
    "send victim records, in each actor's own counting unit; the records of the year have not been "
    "linked, so a person registered by several actors is counted once per actor and may be double "
    "counted."
)
PERSON_RULE = translations(
    "Unique persons: the year's records of all actors are linked into persons and each person is "
    "counted once, with the attributes of the precedence rule (the identifying authority's record "
    "first, then the most complete record; see the methodology annex)."
)
CONFLICTS = translations(
    "Records of one person that disagree, resolved by the precedence rule: on sex, %(sex)s "
    "persons; on age group, %(age_group)s; on status, %(status)s; on citizenship, %(citizenship)s."
)
FEWER_THAN = translations("fewer than %(n)s")
PER_FORM = translations("A victim with several forms of exploitation is counted once per form.")
PER_CITIZENSHIP = translations("A victim with several citizenships is counted once per citizenship.")
PERSONS = translations("persons")
VICTIM_PERSONS = translations("persons (victims counted once)")


def note(text: dict[str, str]) -> dict[str, list[str]]:
    """A table's notes: this one text in every language."""
    return {lg: [text[lg]] for lg in LANGUAGES}


def labels(name: str, codes: list[str]) -> dict[str, dict[str, str]]:
    """The codes' labels from code list ``name`` in every language, with 'not recorded' and 'total'."""
    cl = codelist(name)
    out: dict[str, dict[str, str]] = {c: {lg: cl.label(c, lg) for lg in LANGUAGES} for c in codes if c in cl}
    out[UNKNOWN] = UNKNOWN_LABEL
    out[TOTAL] = TOTAL_LABEL
    return out


def sex_of(v: str | None) -> str:
    return v if v in ("F", "M", "X") else UNKNOWN


def sexes(keys: Iterable[tuple[str, str]], pos: int) -> list[str]:
    """The sex categories of a table: F, M, X only when some record has it, not recorded."""
    return ["F", "M", *(["X"] if any(k[pos] == "X" for k in keys) else []), UNKNOWN]


def eurostat_group(form: str) -> str:
    """The Eurostat group of a national form of exploitation (unknown for no or an unknown form)."""
    cl = codelist("exploitation")
    return cl.attr(form, "eurostat") if form in cl else UNKNOWN


class Context:
    """The records of one reference year, loaded once into DuckDB."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        year: int,
        country: str,
        composition: str,
        actors: list[dict[str, Any]],
        threshold: int = 5,
    ) -> None:
        self.con, self.year, self.country, self.composition = con, year, country, composition
        self.actors = {a["id"]: a for a in actors}
        self.victim_actors = [a["id"] for a in actors if a["record_type"] == "victim"]
        self._meta: dict[str, dict[str, list[Any]]] = {}
        self.forms: dict[tuple[str, str], int] | None = None
        self.linked = False  # a current linkage of the year is registered as view person_link
        self.linked_years: set[int] = set()  # the years whose records count as persons
        self.threshold = threshold
        self._conflicts: units.Conflicts | None = None
        units.build(con, self.actors, None)

    def use_linkage(self, clusters: Any, others: dict[int, Any] | None = None) -> None:
        """Register a linkage run's clusters (record_id, actor_id, person_id) for the person tables;
        the victim tables then count persons. ``others``: the current linkages of earlier years,
        for the trend."""
        import pyarrow as pa

        self.con.register("person_link", clusters)
        self.linked = True
        self.linked_years = {self.year, *(others or {})}
        parts = [clusters.select(["record_id", "person_id"])]
        parts += [c.select(["record_id", "person_id"]) for c in (others or {}).values()]
        units.build(self.con, self.actors, pa.concat_tables(parts))
        self._conflicts = None

    @property
    def unit(self) -> str:
        """What the year's victim tables count: persons or registrations."""
        return "persons" if self.linked else "registrations"

    def conflicts(self) -> units.Conflicts:
        if self._conflicts is None:
            self._conflicts = units.conflicts(self.con, self.year, self.unit)
        return self._conflicts

    def victim_unit(self) -> dict[str, str]:
        return dict(VICTIM_PERSONS if self.linked else REGISTRATIONS)

    def victim_rule(self) -> dict[str, str]:
        return dict(PERSON_RULE if self.linked else REG_RULE)

    def victim_notes(self, *texts: dict[str, str]) -> dict[str, list[str]]:
        """A victim table's notes: ``texts``, then, for persons, the records that disagree."""
        out: dict[str, list[str]] = {lg: [t[lg] for t in texts] for lg in LANGUAGES}
        agg = aggregates.note(self.con, self.year, self.linked, self.actor_labels(list(self.actors)))
        for lg in LANGUAGES:
            out[lg] += agg[lg]
        if self.linked:
            c = self.conflicts()
            for lg in LANGUAGES:
                out[lg].append(CONFLICTS[lg] % {a: self.small(getattr(c, a), lg) for a in units.ATTRIBUTES})
        return out if any(out.values()) else {}

    def small(self, n: int, lang: str) -> str:
        """A count for a note: below the disclosure threshold, only 'fewer than' it."""
        return FEWER_THAN[lang] % {"n": self.threshold} if 0 < n < self.threshold else str(n)

    def q(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def meta(self, record_type: str) -> dict[str, Any]:
        """Source actors and submissions of the year's records of one type (queried once)."""
        if record_type not in self._meta:
            tbl = "victim_record" if record_type == "victim" else "justice_record"
            srcs = self.q(f"select distinct actor_id from {tbl} where year = ? order by 1", self.year)
            subs = self.q(f"select distinct submission_id from {tbl} where year = ? order by 1", self.year)
            self._meta[record_type] = {"sources": [r[0] for r in srcs], "submissions": [r[0] for r in subs]}
        m = self._meta[record_type]
        return {"sources": list(m["sources"]), "submissions": list(m["submissions"])}

    def actor_labels(self, actors: list[str]) -> dict[str, dict[str, str]]:
        """The actors' registered names in every language."""
        out: dict[str, dict[str, str]] = {
            a: {lg: self.actors[a]["label_" + lg] for lg in LANGUAGES} for a in actors
        }
        return out
