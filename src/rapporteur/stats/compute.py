"""Indicator tables computed in DuckDB over the stored records of the current submissions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import duckdb

from rapporteur.model import codelist
from rapporteur.model.codelists import citizenship_group
from rapporteur.stats.table import TOTAL, Cell, StatTable, additive

LANGS = ("en", "fr", "nl")
UNKNOWN = "unknown"
UNKNOWN_LABEL = {"en": "Not recorded", "fr": "Non enregistré", "nl": "Niet geregistreerd"}
TOTAL_LABEL = {"en": "Total", "fr": "Total", "nl": "Totaal"}
REGISTRATIONS = {
    "en": "registrations of victims",
    "fr": "enregistrements de victimes",
    "nl": "registraties van slachtoffers",
}
REG_RULE = {
    "en": "Victims (identified and presumed) registered in the year by the actors that send "
    "victim records; a person registered by several actors is counted once per actor.",
    "fr": "Victimes (identifiées et présumées) enregistrées dans l'année par les acteurs qui "
    "transmettent des données individuelles ; une personne enregistrée par plusieurs "
    "acteurs est comptée une fois par acteur.",
    "nl": "Slachtoffers (geïdentificeerd en vermoedelijk) die in het jaar geregistreerd werden "
    "door de actoren die individuele gegevens bezorgen; een persoon die door meerdere "
    "actoren geregistreerd werd, telt eenmaal per actor.",
}
PER_FORM = {
    "en": "A victim with several forms of exploitation is counted once per form.",
    "fr": "Une victime soumise à plusieurs formes d'exploitation est comptée une fois par forme.",
    "nl": "Een slachtoffer met meerdere uitbuitingsvormen telt eenmaal per vorm.",
}
PER_CITIZENSHIP = {
    "en": "A victim with several citizenships is counted once per citizenship.",
    "fr": "Une victime ayant plusieurs nationalités est comptée une fois par nationalité.",
    "nl": "Een slachtoffer met meerdere nationaliteiten telt eenmaal per nationaliteit.",
}


def _labels(name: str, codes: list[str]) -> dict[str, dict[str, str]]:
    cl = codelist(name)
    out = {c: {lg: cl.label(c, lg) for lg in LANGS} for c in codes if c in cl}
    out[UNKNOWN] = UNKNOWN_LABEL
    out[TOTAL] = TOTAL_LABEL
    return out


def _t(en: str, fr: str, nl: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "nl": nl}


class Context:
    """The records of one reference year, loaded once into DuckDB."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        year: int,
        country: str,
        composition: str,
        actors: list[dict[str, Any]],
    ) -> None:
        self.con, self.year, self.country, self.composition = con, year, country, composition
        self.actors = {a["id"]: a for a in actors}
        self.victim_actors = [a["id"] for a in actors if a["record_type"] == "victim"]
        self._meta: dict[str, dict[str, list[Any]]] = {}
        self.forms: dict[tuple[str, str], int] | None = None
        self.linked = False  # a current linkage of the year is registered as view person_link

    def use_linkage(self, clusters: Any) -> None:
        """Register a linkage run's clusters (record_id, actor_id, person_id) for the person tables."""
        self.con.register("person_link", clusters)
        self.linked = True

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


def _sex(v: str | None) -> str:
    return v if v in ("F", "M", "X") else UNKNOWN


def _sexes(keys: Iterable[tuple[str, str]], pos: int) -> list[str]:
    """The sex categories of a table: F, M, X only when some record has it, not recorded."""
    return ["F", "M", *(["X"] if any(k[pos] == "X" for k in keys) else []), UNKNOWN]


def _victims_by_sex(
    ctx: Context,
    table_id: str,
    counts: dict[tuple[str, str], int],
    rows: list[str],
    row_labels: dict[str, dict[str, str]],
    title: dict[str, str],
    **extra: Any,
) -> StatTable:
    """A table of registered victims with ``rows`` down and sex across, with its totals."""
    cols = _sexes(counts, 1)
    return additive(
        table_id,
        counts,
        rows,
        cols,
        title=title,
        unit=REGISTRATIONS,
        counting_rule=REG_RULE,
        row_labels=row_labels,
        col_labels=_labels("sex", cols),
        **extra,
        **ctx.meta("victim"),
    )


def sex_age(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for sex, ag, n in ctx.q(
        "select sex, age_group, count(*) from victim_record where year = ? group by 1, 2", ctx.year
    ):
        counts[(_sex(sex), ag or UNKNOWN)] += n
    rows = _sexes(counts, 0)
    cols = ["child", "adult", UNKNOWN]
    return additive(
        "victims_sex_age",
        counts,
        rows,
        cols,
        title=_t(
            "Registered victims by sex and age group",
            "Victimes enregistrées par sexe et groupe d'âge",
            "Geregistreerde slachtoffers naar geslacht en leeftijdsgroep",
        ),
        unit=REGISTRATIONS,
        counting_rule=REG_RULE,
        row_labels=_labels("sex", rows),
        col_labels=_labels("age_group", cols),
        row_margin="reg:sex",
        col_margin="reg:age",
        **ctx.meta("victim"),
    )


def status_sex(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for st, sex, n in ctx.q(
        "select status, sex, count(*) from victim_record where year = ? group by 1, 2", ctx.year
    ):
        counts[(st, _sex(sex))] += n
    return _victims_by_sex(
        ctx,
        "victims_status_sex",
        counts,
        ["identified", "presumed"],
        _labels("victim_status", ["identified", "presumed"]),
        _t(
            "Registered victims: identified and presumed, by sex",
            "Victimes enregistrées : identifiées et présumées, par sexe",
            "Geregistreerde slachtoffers: geïdentificeerd en vermoedelijk, naar geslacht",
        ),
        row_margin="reg:status",
        col_margin="reg:sex",
    )


def _person_groups(ctx: Context) -> dict[int, str]:
    """One citizenship group per record: national first, then other EU, then non-EU."""
    order = {"NAT": 0, "EU_FOR": 1, "NEU_FOR": 2, "UNK": 3}
    best: dict[int, str] = {}
    for rid, code in ctx.q(
        "select r.record_id, c.code from victim_record r left join "
        "victim_citizenship c using (record_id) where r.year = ?",
        ctx.year,
    ):
        g = citizenship_group(code or "", ctx.country, ctx.year, ctx.composition)
        if rid not in best or order[g] < order[best[rid]]:
            best[rid] = g
    return best


def citizenship_groups(ctx: Context) -> StatTable:
    groups = _person_groups(ctx)
    sex = dict(ctx.q("select record_id, sex from victim_record where year = ?", ctx.year))
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for rid, g in groups.items():
        counts[(g, _sex(sex.get(rid)))] += 1
    rows = ["NAT", "EU_FOR", "NEU_FOR", "UNK"]
    country = codelist("citizenship")
    nat = (
        {lg: country.attr(ctx.country, f"name_{lg}") for lg in LANGS}
        if ctx.country in country
        else {lg: ctx.country for lg in LANGS}
    )
    labels = {
        "NAT": nat,
        "EU_FOR": _t("Other EU country", "Autre pays de l'UE", "Ander EU-land"),
        "NEU_FOR": _t("Non-EU country", "Pays hors UE", "Land buiten de EU"),
        "UNK": UNKNOWN_LABEL,
        TOTAL: TOTAL_LABEL,
    }
    return _victims_by_sex(
        ctx,
        "victims_citizenship_group",
        counts,
        rows,
        labels,
        _t(
            "Registered victims by citizenship group and sex",
            "Victimes enregistrées par groupe de nationalité et sexe",
            "Geregistreerde slachtoffers naar nationaliteitsgroep en geslacht",
        ),
        row_margin="reg:citgroup",
        col_margin="reg:sex",
        notes={
            lg: [
                _t(
                    "A victim with several citizenships counts in one group: the reporting "
                    "country first, then another EU country.",
                    "Une victime ayant plusieurs nationalités compte dans un seul groupe : le "
                    "pays déclarant d'abord, puis un autre pays de l'UE.",
                    "Een slachtoffer met meerdere nationaliteiten telt in één groep: eerst het "
                    "rapporterende land, dan een ander EU-land.",
                )[lg]
            ]
            for lg in LANGS
        },
    )


def nationalities(ctx: Context, top: int = 10) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for code, sex, n in ctx.q(
        "select coalesce(c.code, 'unknown'), r.sex, count(*) from "
        "victim_record r left join victim_citizenship c using (record_id) "
        "where r.year = ? group by 1, 2",
        ctx.year,
    ):
        counts[(code, _sex(sex))] += n
    totals: dict[str, int] = defaultdict(int)
    for (code, _), n in counts.items():
        if code != UNKNOWN:
            totals[code] += n
    main = sorted(totals, key=lambda c: (-totals[c], c))[:top]
    merged: dict[tuple[str, str], int] = defaultdict(int)
    for (code, sex), n in counts.items():
        key = code if code in main or code == UNKNOWN else "other"
        merged[(key, sex)] += n
    rows = [*main, "other", UNKNOWN]
    cl = codelist("citizenship")
    labels = {c: {lg: cl.attr(c, f"name_{lg}") for lg in LANGS} for c in main}
    labels.update(
        {
            "other": _t("Other citizenships", "Autres nationalités", "Andere nationaliteiten"),
            UNKNOWN: UNKNOWN_LABEL,
            TOTAL: TOTAL_LABEL,
        }
    )
    return _victims_by_sex(
        ctx,
        "victims_nationality",
        merged,
        rows,
        labels,
        _t(
            f"Registered victims: the {top} main citizenships, by sex",
            f"Victimes enregistrées : les {top} principales nationalités, par sexe",
            f"Geregistreerde slachtoffers: de {top} voornaamste nationaliteiten, naar geslacht",
        ),
        col_margin="reg:sex:citizenships",
        notes={lg: [PER_CITIZENSHIP[lg]] for lg in LANGS},
    )


def _forms(ctx: Context) -> dict[tuple[str, str], int]:
    """Registrations by form (national code) and sex; both form tables start from it."""
    if ctx.forms is not None:
        return dict(ctx.forms)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for form, sex, n in ctx.q(
        "select coalesce(e.form, 'unknown'), r.sex, count(*) from "
        "victim_record r left join victim_exploitation e using (record_id) "
        "where r.year = ? group by 1, 2",
        ctx.year,
    ):
        counts[(form, _sex(sex))] += n
    ctx.forms = dict(counts)
    return dict(counts)


def forms_eurostat(ctx: Context) -> StatTable:
    cl = codelist("exploitation")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for (form, sex), n in _forms(ctx).items():
        counts[(cl.attr(form, "eurostat") if form in cl else UNKNOWN, sex)] += n
    rows = ["sexual", "labour", "other", UNKNOWN]
    return _victims_by_sex(
        ctx,
        "victims_form_eurostat",
        counts,
        rows,
        _labels("eurostat_exploitation", rows),
        _t(
            "Registered victims by form of exploitation (Eurostat groups) and sex",
            "Victimes enregistrées par forme d'exploitation (groupes Eurostat) et sexe",
            "Geregistreerde slachtoffers naar uitbuitingsvorm (Eurostat-groepen) en geslacht",
        ),
        col_margin="reg:sex:forms",
        notes={lg: [PER_FORM[lg]] for lg in LANGS},
    )


def forms_detail(ctx: Context) -> StatTable:
    counts = _forms(ctx)
    present = {k[0] for k in counts}
    rows = [
        c
        for c in codelist("exploitation").codes
        if c in present or c in ("sexual", "labour", "begging", "crime")
    ] + [UNKNOWN]
    return _victims_by_sex(
        ctx,
        "victims_form_national",
        counts,
        rows,
        _labels("exploitation", rows),
        _t(
            "Registered victims by form of exploitation (national detail) and sex",
            "Victimes enregistrées par forme d'exploitation (détail national) et sexe",
            "Geregistreerde slachtoffers naar uitbuitingsvorm (nationaal detail) en geslacht",
        ),
        col_margin="reg:sex:forms",
        notes={lg: [PER_FORM[lg]] for lg in LANGS},
    )


def by_actor(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for actor, st, n in ctx.q(
        "select actor_id, status, count(*) from victim_record where year = ? group by 1, 2", ctx.year
    ):
        counts[(actor, st)] += n
    rows = ctx.victim_actors
    units = codelist("counting_unit")
    labels = {
        a: {
            lg: f"{ctx.actors[a]['label_' + lg]} — {units.label(ctx.actors[a]['counting_unit'], lg).lower()}"
            for lg in LANGS
        }
        for a in rows
    }
    t = additive(
        "registrations_by_actor",
        counts,
        rows,
        ["identified", "presumed"],
        row_total=False,
        title=_t(
            "Victims registered by each actor",
            "Victimes enregistrées par chaque acteur",
            "Slachtoffers geregistreerd door elke actor",
        ),
        unit=_t(
            "each actor's own counting unit",
            "l'unité de comptage propre à chaque acteur",
            "de eigen telleenheid van elke actor",
        ),
        counting_rule=_t(
            "Records of the year in each actor's current submission, in the actor's own "
            "counting unit (persons or files); the rows are not added up.",
            "Enregistrements de l'année dans la transmission en vigueur de chaque acteur, "
            "dans son unité de comptage (personnes ou dossiers) ; les lignes ne "
            "s'additionnent pas.",
            "Registraties van het jaar in de geldende aanlevering van elke actor, in diens "
            "eigen telleenheid (personen of dossiers); de rijen worden niet opgeteld.",
        ),
        row_labels=labels,
        col_labels=_labels("victim_status", ["identified", "presumed"]),
        **ctx.meta("victim"),
    )
    for a in rows:
        if not any(k[0] == a for k in counts):
            for c in t.columns:
                t.cells[(a, c)] = Cell(None, "na")
    return t


LINK_RULE = {
    "en": "Records linked into persons across and within actors (probabilistic linkage on names, "
    "birth date, sex and citizenship; see the methodology annex). Persons are unique within each "
    "row; the last row counts each person once whatever the number of actors that registered them.",
    "fr": "Enregistrements reliés en personnes entre acteurs et au sein de chacun (couplage "
    "probabiliste sur les noms, la date de naissance, le sexe et la nationalité ; voir l'annexe "
    "méthodologique). Les personnes sont uniques dans chaque ligne ; la dernière ligne compte chaque "
    "personne une seule fois, quel que soit le nombre d'acteurs qui l'ont enregistrée.",
    "nl": "Registraties gekoppeld tot personen tussen en binnen actoren (probabilistische koppeling op "
    "namen, geboortedatum, geslacht en nationaliteit; zie de methodologische bijlage). Personen zijn "
    "uniek binnen elke rij; de laatste rij telt elke persoon eenmaal, ongeacht het aantal actoren dat "
    "hem of haar registreerde.",
}
NOT_LINKED = {
    "en": "Not available: the records of this year have not been linked (rapporteur link --year).",
    "fr": "Non disponible : les enregistrements de l'année n'ont pas été reliés (rapporteur link --year).",
    "nl": "Niet beschikbaar: de registraties van dit jaar werden niet gekoppeld (rapporteur link --year).",
}
ALL_ACTORS = "all_actors"


def _actor_labels(ctx: Context, actors: list[str]) -> dict[str, dict[str, str]]:
    return {a: {lg: ctx.actors[a]["label_" + lg] for lg in LANGS} for a in actors}


def _linkage_provenance(ctx: Context) -> dict[str, Any]:
    """Sources of a table of linked persons, or its 'not linked' note (the table is then all na)."""
    if ctx.linked:
        return {"notes": {}, **ctx.meta("victim")}
    return {"notes": {lg: [NOT_LINKED[lg]] for lg in LANGS}, "sources": [], "submissions": []}


def persons_by_actor(ctx: Context) -> StatTable:
    """Registrations next to the unique persons behind them, by actor and for all actors."""
    rows = [*ctx.victim_actors, ALL_ACTORS]
    cols = ["registrations", "persons"]
    cells: dict[tuple[str, str], Cell] = {(r, c): Cell(None, "na") for r in rows for c in cols}
    if ctx.linked:
        got = ctx.q(
            "select actor_id, count(*), count(distinct person_id) from person_link group by 1 order by 1"
        )
        for actor, regs, persons in got:
            if actor in ctx.victim_actors:
                cells[(actor, "registrations")] = Cell.of(regs)
                cells[(actor, "persons")] = Cell.of(persons)
        total = ctx.q("select count(*), count(distinct person_id) from person_link")[0]
        cells[(ALL_ACTORS, "registrations")] = Cell.of(total[0])
        cells[(ALL_ACTORS, "persons")] = Cell.of(total[1])
    labels = _actor_labels(ctx, ctx.victim_actors)
    labels[ALL_ACTORS] = _t("All actors", "Tous les acteurs", "Alle actoren")
    return StatTable(
        id="persons_by_actor",
        title=_t(
            "Registrations and unique persons, by actor",
            "Enregistrements et personnes uniques, par acteur",
            "Registraties en unieke personen, per actor",
        ),
        unit=_t("registrations; persons", "enregistrements ; personnes", "registraties; personen"),
        counting_rule={lg: LINK_RULE[lg] for lg in LANGS},
        rows=rows,
        columns=cols,
        row_labels=labels,
        col_labels={
            "registrations": _t("Registrations", "Enregistrements", "Registraties"),
            "persons": _t("Unique persons", "Personnes uniques", "Unieke personen"),
        },
        cells=cells,
        **_linkage_provenance(ctx),
    )


def actor_overlap(ctx: Context) -> StatTable:
    """Persons registered by both actors of each pair (the diagonal: by the actor at all)."""
    actors = ctx.victim_actors
    cells: dict[tuple[str, str], Cell] = {(a, b): Cell(None, "na") for a in actors for b in actors}
    if ctx.linked:
        got = ctx.q(
            """
            with p as (select distinct actor_id, person_id from person_link)
            select a.actor_id, b.actor_id, count(*) from p a join p b using (person_id) group by 1, 2
            """
        )
        for a in actors:
            for b in actors:
                cells[(a, b)] = Cell.of(0)
        for a, b, n in got:
            if a in actors and b in actors:
                cells[(a, b)] = Cell.of(n)
    labels = _actor_labels(ctx, actors)
    return StatTable(
        id="actor_overlap",
        title=_t(
            "Persons registered by both actors",
            "Personnes enregistrées par les deux acteurs",
            "Personen geregistreerd door beide actoren",
        ),
        unit=_t("persons", "personnes", "personen"),
        counting_rule=_t(
            "Linked persons registered in the year by the actor of the row and by the actor of the "
            "column; on the diagonal, the persons registered by the actor. Cells do not add up.",
            "Personnes reliées enregistrées dans l'année par l'acteur de la ligne et par celui de la "
            "colonne ; sur la diagonale, les personnes enregistrées par l'acteur. Les cellules ne "
            "s'additionnent pas.",
            "Gekoppelde personen die in het jaar geregistreerd werden door de actor van de rij en door "
            "die van de kolom; op de diagonaal, de personen geregistreerd door de actor. De cellen "
            "worden niet opgeteld.",
        ),
        rows=list(actors),
        columns=list(actors),
        row_labels=labels,
        col_labels=labels,
        cells=cells,
        **_linkage_provenance(ctx),
    )


def milestones(ctx: Context) -> StatTable:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for m, sex, n in ctx.q(
        "select m.milestone, r.sex, count(distinct r.record_id) from victim_record r "
        "join victim_milestone m using (record_id) where r.year = ? and "
        "(m.date is null or year(m.date) = ?) group by 1, 2",
        ctx.year,
        ctx.year,
    ):
        counts[(m, _sex(sex))] += n
    rows = list(codelist("milestone").codes)
    cols = _sexes(counts, 1)
    have = bool(
        ctx.q(
            "select 1 from victim_milestone m join victim_record r using (record_id) "
            "where r.year = ? limit 1",
            ctx.year,
        )
    )
    t = additive(
        "protection_milestones",
        counts,
        rows,
        cols,
        row_total=False,
        title=_t(
            "Protection of victims: reflection periods, victim status and residence permits",
            "Protection des victimes : périodes de réflexion, statut de victime et titres de séjour",
            "Bescherming van slachtoffers: reflectieperiodes, slachtofferstatuut en verblijfsvergunningen",
        ),
        unit=_t("persons", "personnes", "personen"),
        counting_rule=_t(
            "Persons for whom the step was taken in the year (Law of 15 December 1980, "
            "arts 61/2–61/5); a person can take several steps, so rows are not added.",
            "Personnes pour lesquelles l'étape a été franchie dans l'année (loi du 15 "
            "décembre 1980, art. 61/2–61/5) ; une personne peut franchir plusieurs "
            "étapes, les lignes ne s'additionnent pas.",
            "Personen voor wie de stap in het jaar gezet werd (wet van 15 december 1980, "
            "art. 61/2–61/5); een persoon kan meerdere stappen zetten, de rijen worden "
            "niet opgeteld.",
        ),
        row_labels=_labels("milestone", rows),
        col_labels=_labels("sex", cols),
        **ctx.meta("victim"),
    )
    if not have:
        for k in t.cells:
            t.cells[k] = Cell(None, "na")
    return t


def _justice(ctx: Context, dim: str) -> dict[tuple[str, str], list[tuple[int | None, str]]]:
    out: dict[tuple[str, str], list[tuple[int | None, str]]] = defaultdict(list)
    cl = codelist("exploitation")
    for stage, key, count, state in ctx.q(
        f"select stage, {dim}, count, state from justice_record where year = ?", ctx.year
    ):
        key = (cl.attr(key, "eurostat") if key in cl else UNKNOWN) if dim == "exploitation" else _sex(key)
        out[(stage, key)].append((count, state))
    return out


def _combine(parts: list[tuple[int | None, str]]) -> Cell:
    if not parts:
        return Cell.of(0)
    if any(s == "na" for _, s in parts):
        return Cell(None, "na")
    if any(s == "confidential" for _, s in parts):
        return Cell(None, "suppressed", "source")
    return Cell.of(sum(c or 0 for c, _ in parts))


def justice(ctx: Context, dim: str) -> StatTable:
    raw = _justice(ctx, dim)
    stages = [s for s in codelist("justice_stage").codes if any(k[0] == s for k in raw)] or [
        "suspect",
        "prosecution",
        "conviction",
    ]
    if dim == "exploitation":
        cols, clname = ["sexual", "labour", "other", UNKNOWN], "eurostat_exploitation"
    else:
        cols, clname = ["F", "M", UNKNOWN], "sex"
    cells = {(s, c): _combine(raw.get((s, c), [])) for s in stages for c in cols}
    for s in stages:
        cells[(s, TOTAL)] = _combine([p for c in cols for p in raw.get((s, c), [])])
        if not any(k[0] == s for k in raw):
            for c in [*cols, TOTAL]:
                cells[(s, c)] = Cell(None, "na")
    units = {
        s: sorted(
            {
                ctx.actors[a]["counting_unit"]
                for (a,) in ctx.q(
                    "select distinct actor_id from justice_record where year = ? and stage = ?", ctx.year, s
                )
            }
        )
        for s in stages
    }
    cu = codelist("counting_unit")
    stage_cl = codelist("justice_stage")
    labels = {
        s: {
            lg: stage_cl.label(s, lg)
            + (f" ({', '.join(cu.label(u, lg).lower() for u in units[s])})" if units[s] else "")
            for lg in LANGS
        }
        for s in stages
    }
    what = (
        _t("form of exploitation", "forme d'exploitation", "uitbuitingsvorm")
        if dim == "exploitation"
        else _t("sex", "sexe", "geslacht")
    )
    return StatTable(
        id=f"justice_by_{'form' if dim == 'exploitation' else 'sex'}",
        title={
            lg: {
                "en": "Criminal justice: suspects, prosecutions and convictions by ",
                "fr": "Justice pénale : suspects, poursuites et condamnations par ",
                "nl": "Strafrechtsketen: verdachten, vervolgingen en veroordelingen naar ",
            }[lg]
            + what[lg]
            for lg in LANGS
        },
        unit=_t(
            "persons or decisions, as each actor counts",
            "personnes ou décisions, selon l'acteur",
            "personen of beslissingen, naargelang de actor",
        ),
        counting_rule=_t(
            "Counts sent by the prosecution service and the courts for the year; a "
            "stage is not a subset of the one before it in the same year.",
            "Nombres transmis par le ministère public et les tribunaux pour l'année ; "
            "une étape n'est pas un sous-ensemble de la précédente la même année.",
            "Aantallen bezorgd door het openbaar ministerie en de rechtbanken voor het "
            "jaar; een stap is geen deelverzameling van de vorige in hetzelfde jaar.",
        ),
        rows=stages,
        columns=[*cols, TOTAL],
        row_labels=labels,
        col_labels=_labels(clname, cols),
        cells=cells,
        **ctx.meta("justice"),
    )


def trend(ctx: Context) -> StatTable:
    cl = codelist("exploitation")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    years = [
        y for (y,) in ctx.q("select distinct year from victim_record where year <= ? order by 1", ctx.year)
    ]
    for y, form, n in ctx.q(
        "select r.year, coalesce(e.form, 'unknown'), count(*) from victim_record r "
        "left join victim_exploitation e using (record_id) where r.year <= ? "
        "group by 1, 2",
        ctx.year,
    ):
        counts[(str(y), cl.attr(form, "eurostat") if form in cl else UNKNOWN)] += n
    rows = [str(y) for y in years]
    cols = ["sexual", "labour", "other", UNKNOWN]
    t = additive(
        "trend_form",
        counts,
        rows,
        cols,
        row_total=False,
        title=_t(
            "Registered victims by year and form of exploitation (Eurostat groups)",
            "Victimes enregistrées par année et forme d'exploitation (groupes Eurostat)",
            "Geregistreerde slachtoffers naar jaar en uitbuitingsvorm (Eurostat-groepen)",
        ),
        unit=REGISTRATIONS,
        counting_rule=REG_RULE,
        row_labels={r: {lg: r for lg in LANGS} for r in rows},
        col_labels=_labels("eurostat_exploitation", cols),
        notes={lg: [PER_FORM[lg]] for lg in LANGS},
    )
    subs = ctx.q(
        "select distinct actor_id, submission_id from victim_record where year <= ? order by 2", ctx.year
    )
    t.sources = sorted({a for a, _ in subs})
    t.submissions = [s for _, s in subs]
    return t


def _link(tables: dict[str, StatTable]) -> None:
    """Declare what one table reveals about another, so disclosure control sees it too."""
    eu, nat, tr = tables["victims_form_eurostat"], tables["victims_form_national"], tables["trend_form"]
    cl = codelist("exploitation")
    for col in eu.columns:
        for group in eu.rows:
            if group == TOTAL:
                continue
            detail = [
                r
                for r in nat.rows
                if r != TOTAL and ((cl.attr(r, "eurostat") if r in cl else UNKNOWN) == group)
            ]
            if detail:
                eu.links.append(([(nat.id, r, col) for r in detail], (eu.id, group, col)))
    # the trend's row for the reference year repeats the Eurostat table's total column
    year = str(tables["_year"])
    if year in tr.rows:
        for group in eu.rows:
            if group in tr.columns:
                eu.links.append(([(tr.id, year, group)], (eu.id, group, TOTAL)))
    tables["justice_by_form"].row_margin = tables["justice_by_sex"].row_margin = "justice:stage"


def all_tables(ctx: Context) -> list[StatTable]:
    # in the order of the report, which numbers them
    out = [
        trend(ctx),
        sex_age(ctx),
        status_sex(ctx),
        citizenship_groups(ctx),
        nationalities(ctx),
        forms_eurostat(ctx),
        forms_detail(ctx),
        by_actor(ctx),
        persons_by_actor(ctx),
        actor_overlap(ctx),
        milestones(ctx),
        justice(ctx, "exploitation"),
        justice(ctx, "sex"),
    ]
    for t in out:
        if not t.sources:  # no actor sent anything for this table: not available, never 0
            for k in t.cells:
                t.cells[k] = Cell(None, "na")
    by_id: dict = {t.id: t for t in out}
    by_id["_year"] = ctx.year
    _link(by_id)
    return out
