"""report.build: the annual report in each language, as HTML and PDF, from one template."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup

from rapporteur import __version__, faults, stats
from rapporteur.errors import BadOption
from rapporteur.ingest import Submission, submissions
from rapporteur.ingest.actors import listing
from rapporteur.languages import SOURCE, TRANSLATED
from rapporteur.model import codelist
from rapporteur.report import charts, data, glossary, labels, linkage, summary, typography
from rapporteur.report.i18n import Translator
from rapporteur.stats.table import TOTAL, Cell, StatTable, hidden_cells, shown, withheld
from rapporteur.workspace import Workspace

log = logging.getLogger("rapporteur.report")
NARRATIVE = ("policy", "caselaw", "recommendations")
FORMATS = ("html", "pdf", "xlsx", "csv")


@dataclass
class Built:
    lang: str
    html: Path | None
    pdf: Path | None
    xlsx: Path | None = None  # the tables as data: one sheet per table
    csv: Path | None = None  # ... and a folder of one CSV per table

    def files(self) -> list[Path]:
        """Every file written for this edition (the CSV folder's files one by one)."""
        out = [p for p in (self.html, self.pdf, self.xlsx) if p is not None]
        return out + (sorted(self.csv.iterdir()) if self.csv is not None else [])


def _cell_text(c: Cell, tr: Translator, threshold: int) -> str:
    return shown(c, threshold, number=tr.number, na="–")


def _plural_n(c: Cell) -> int:
    """The number that chooses a key figure's singular or plural: the count when it is published;
    for a suppressed or unavailable figure always the plural, so that the grammar never tells a
    hidden 1 from a hidden 3."""
    return c.value if c.state in ("count", "zero", "rounded") and c.value is not None else 2


def _inputs(ws: Workspace, tables: list[StatTable]) -> list[Submission]:
    """The submissions the tables were computed from."""
    return submissions(ws, sorted({s for t in tables for s in t.submissions}))


def _markdown(text: str) -> Markup:
    return Markup(MarkdownIt("commonmark", {"html": False}).enable("table").render(text))


def _in_lang(texts: Mapping[Any, str], lang: str, tr: Translator) -> str:
    """The text in the report's language, else in the first language that has it, marked so (never
    machine-translated)."""
    if texts.get(lang):
        return texts[lang]
    for other in (SOURCE, *TRANSLATED):
        if texts.get(other):
            return f"{texts[other]} " + tr.gettext("(text available in %(lang)s only)") % {
                "lang": other.upper()
            }
    return ""


def _as_of(subs: list[Submission], year: int) -> dt.date:
    """The date of the data: the latest submission the tables use (never the clock)."""
    return max((dt.date.fromisoformat(s.received_at[:10]) for s in subs), default=dt.date(year + 1, 1, 1))


def _narrative(ws: Workspace, chapter: str, lang: str) -> Markup | None:
    path = ws.narrative_file(chapter, lang)
    if not path.exists():
        return None
    return _markdown(path.read_text("utf-8"))


def context(ws: Workspace, year: int, tables: list[StatTable], lang: str) -> dict[str, Any]:
    tr = Translator(lang)
    by_id = {t.id: t for t in tables}
    threshold = ws.settings.disclosure.threshold
    subs = _inputs(ws, tables)
    as_of = _as_of(subs, year)
    numbered = {t.id: i for i, t in enumerate(tables, start=1)}

    def cell(table_id: str, row: str, col: str) -> str:
        return _cell_text(by_id[table_id].cells[(row, col)], tr, threshold)

    # The headline counts what the victim tables count: unique persons when the year is linked
    # (then "registrations" is the actors' records added up, shown only beside the persons).
    persons = (
        "persons_by_actor" in by_id
        and by_id["persons_by_actor"].cells[("all_actors", "persons")].state != "na"
    )
    where = {
        "victims": ("victims_sex_age", TOTAL, TOTAL),
        "registrations": (
            ("persons_by_actor", "all_actors", "registrations")
            if persons
            else ("victims_sex_age", TOTAL, TOTAL)
        ),
        "identified": ("victims_status_sex", "identified", TOTAL),
        "presumed": ("victims_status_sex", "presumed", TOTAL),
        "children": ("victims_sex_age", TOTAL, "child"),
        "victim_status": ("protection_milestones", "victim_status", TOTAL),
        "permanent": ("protection_milestones", "permanent_permit", TOTAL),
    }
    figures: dict[str, Any] = {k: cell(*w) for k, w in where.items()}
    figures["unit"] = "persons" if persons else "registrations"
    # the grammatical number of each key figure's noun (ngettext)
    figures_n = {k: _plural_n(by_id[w[0]].cells[(w[1], w[2])]) for k, w in where.items()}
    ch = {
        "trend": charts.trend_by_form(by_id["trend_form"], tr),
        "sex_age": charts.sex_age(by_id["victims_sex_age"], tr),
        "nationalities": charts.nationalities(by_id["victims_nationality"], tr),
        "actors": charts.actors(by_id["registrations_by_actor"], tr),
        "overlap": charts.overlap(by_id["actor_overlap"], tr),
    }
    actors = {a["id"]: a for a in listing(ws)}
    policy = _policy(ws, year, by_id, tr, threshold)
    mse = _estimate(ws, year, tr, actors, threshold)
    return {
        "summary": summary.paragraphs(tables, tr, threshold, year, persons, mse),
        "glossary": glossary.glossary(tr),
        "abbreviations": glossary.abbreviations(tr),
        "publication": ws.settings.publication,
        "policy": policy,
        "mse": mse,
        "linkage": linkage.annex(ws, year, tr),
        "caselaw": _caselaw(ws, year, tr),
        "_": tr.gettext,
        "ngettext": tr.ngettext,
        "num": tr.number,
        "date": tr.date,
        "lang": lang,
        "year": year,
        "as_of": as_of,
        "workspace": labels.workspace_name(ws.settings.workspace.name, tr),
        "country": ws.settings.workspace.country,
        "t": by_id,
        "tables": tables,
        "numbered": numbered,
        "cell": lambda t, r, c: _cell_text(t.cells[(r, c)], tr, threshold),
        "is_total": lambda k: k == TOTAL,
        "withheld": lambda t: withheld(t, ws.settings.disclosure.withhold_share),
        "hidden_cells": hidden_cells,
        "figures": figures,
        "figures_n": figures_n,
        "charts": ch,
        "narrative": {c: _narrative(ws, c, lang) for c in NARRATIVE},
        "submissions": subs,
        "actors": actors,
        "threshold": threshold,
        "disclosure": ws.settings.disclosure,
        "version": __version__,
        "synthetic": "SYNTHETIC" in ws.settings.workspace.name.upper(),
        "unit_label": lambda code: codelist("counting_unit").label(code, lang),
        "md": _markdown,
        "body": lambda name: labels.body(name, lang),
    }


MIN_STRATUM = 20  # persons on the lists, below which a stratum's estimate is not published


def _caselaw(ws: Workspace, year: int, tr: Translator) -> dict[str, Any] | None:
    """Chapter 4 from the case-law register: the year's judgments by form and the statistics the
    case-law stage computed for them (``caselaw.stats``), in the report's language."""
    from rapporteur.caselaw import load
    from rapporteur.caselaw.model import FORMS
    from rapporteur.caselaw.stats import UNCLASSIFIED, compute

    stored = load(ws, year=year)
    if not stored:
        return None
    s = compute(stored, year)
    lang = tr.lang
    forms_cl, sector_cl = codelist("exploitation"), codelist("sector")
    instance = {
        "first_instance": tr.gettext("First instance"),
        "appeal": tr.gettext("Appeal"),
        "cassation": tr.gettext("Cassation"),
    }
    verdict = {
        "convicted": tr.gettext("Convicted"),
        "acquitted": tr.gettext("Acquitted"),
        "suspended_sentence_pronouncement": tr.gettext("Suspension of the pronouncement"),
        "other": tr.gettext("Other"),
        None: tr.gettext("Not recorded"),
    }
    by_id = {st.judgment.id: st.judgment for st in stored}
    items: dict[str, dict[str, Any]] = {}
    for c in s.classified:
        j = by_id[c.judgment_id]
        summaries: dict[str, str] = {str(k): v for k, v in j.summary.items()}
        if summaries.get(lang):
            summary, original = summaries[lang], None
        else:
            orig = j.language if j.language in summaries else next(iter(summaries), None)
            summary = summaries.get(orig, "") if orig else ""
            original = Locale.parse(lang).languages.get(orig, orig) if orig else None
        items[j.id] = {
            "id": j.id,
            "court": j.court or "",
            "instance": instance.get(j.instance or "", ""),
            "date": tr.date(j.date) if j.date else "",
            "final": j.final,
            "summary": summary,
            "original": original,
            "confirmed": c.confirmed,
            "forms": [forms_cl.label(f, lang) for f in c.forms],
            "sector": sector_cl.label(j.sector, lang) if j.sector else "",
            "fictional": j.fictional,
            "defendants": len(j.defendants),
            "convicted": sum(d.verdict == "convicted" for d in j.defendants),
        }
    label = {f: forms_cl.label(f, lang) for f in FORMS} | {UNCLASSIFIED: tr.gettext("Not classified")}
    eur = lambda x: tr.number(round(x))  # noqa: E731
    kinds = {
        "victim": tr.gettext("Victims"),
        "victim_centre": tr.gettext("Specialised victim centres"),
        "association": tr.gettext("Associations"),
        "state": tr.gettext("The State"),
        "other": tr.gettext("Other"),
    }
    bi, pr = s.by_instance, s.prison
    return {
        "n": s.judgments,
        "fictional": s.fictional,
        "groups": [(label[f], [items[i] for i in ids]) for f, ids in s.by_form],
        "by_instance": {
            "rows": [(label[f], counts) for f, counts in zip(bi.rows, bi.counts, strict=True)],
            "cols": [instance.get(c, tr.gettext("Not recorded")) for c in bi.columns],
        },
        "verdicts": [(verdict[v.verdict], v.defendants) for v in s.verdicts],
        "prison": {
            "n": pr.n,
            "median": tr.number(pr.median_months, 1) if pr.median_months is not None else "–",
            "suspended_share": tr.number(pr.suspended_pct) if pr.suspended_pct is not None else "–",
        },
        "fines": {
            "n": s.fines.n,
            "total": eur(s.fines.total_eur),
            "median": eur(s.fines.median_eur) if s.fines.median_eur is not None else "–",
        },
        "confiscations": {"n": s.confiscations.n, "total": eur(s.confiscations.total_eur)},
        "civil": [(kinds[c.kind], c.parties) for c in s.civil_parties],
        "damages": {"n": s.damages.n, "total": eur(s.damages.total_eur)},
    }


def _estimate(
    ws: Workspace, year: int, tr: Translator, actors: dict[str, Any], threshold: int
) -> dict[str, Any] | None:
    """The year's current estimate for chapter 1, estimates rounded to tens (they are not counts)."""
    from rapporteur.estimate.run import latest

    run = latest(ws, year)
    if run is None or "estimate" not in run.summary["total"]:
        return None
    s, t = run.summary, run.summary["total"]

    def r10(x: float) -> str:
        return tr.number(round(x / 10.0) * 10) if math.isfinite(x) else "∞"

    def terms(ts: list[list[str]]) -> str:
        return ", ".join(" × ".join(x) for x in ts) or tr.gettext("none")

    method = {
        "main": tr.gettext("independent lists (main effects only)"),
        "stepwise": tr.gettext("stepwise selection of pairwise interactions"),
        "bic": tr.gettext("all pairwise models compared by BIC"),
    }
    sens = [
        {
            "method": method[r["method"]],
            "threshold": tr.number(r["threshold"], 3) if r["threshold"] else "",
            "estimate": r10(r["estimate"]),
            "interval": f"{r10(r['low'])} – {r10(r['high'])}",
            "terms": terms(r["interactions"]),
        }
        for r in t.get("sensitivity", [])
        if "estimate" in r
    ]
    ests = [r["estimate"] for r in t.get("sensitivity", []) if "estimate" in r]
    dims = {
        "sex": ("sex", tr.gettext("Sex")),
        "age_group": ("age_group", tr.gettext("Age group")),
        "form": ("exploitation", tr.gettext("Form of exploitation")),
    }

    def level_label(dim: str, code: str) -> str:
        cl = codelist(dims[dim][0])
        return cl.label(code, tr.lang) if code in cl else tr.gettext("Not recorded")

    strata = []
    for dim, st in s["strata"].items():
        for level, d in st["levels"].items():
            # a stratum's estimate is shown only when it stands on enough persons and is bounded
            ok = (
                "estimate" in d
                and d["observed"] >= max(threshold, MIN_STRATUM)
                and math.isfinite(d["interval"]["high"])
                and d["estimate"] <= 10 * d["observed"]
            )
            strata.append(
                {
                    "dim": dims[dim][1],
                    "level": level_label(dim, level),
                    "observed": tr.number(d["observed"]) if d["observed"] >= threshold else f"<{threshold}",
                    "estimate": r10(d["estimate"]) if ok else "–",
                    "interval": f"{r10(d['interval']['low'])} – {r10(d['interval']['high'])}" if ok else "–",
                }
            )
    return {
        "observed": tr.number(t["observed"]),
        "observed_n": int(t["observed"]),
        "estimate": r10(t["estimate"]),
        "low": r10(t["interval"]["low"]),
        "high": r10(t["interval"]["high"]),
        "bootstrap": t["interval"]["method"].startswith("bca"),
        "method": method[t["method"]],
        "terms": terms(t["model"]["interactions"]),
        "minus_infinity": terms(t["model"]["minus_infinity"]) if t["model"]["minus_infinity"] else "",
        "lists": [
            (name, ", ".join(actors[a]["label_" + tr.lang] for a in ids if a in actors))
            for name, ids in s["lists"].items()
        ],
        "sensitivity": sens,
        "range": (r10(min(ests)), r10(max(ests))) if ests else None,
        "strata": strata,
        "outside": s["persons_outside_lists"],
        "min_stratum": MIN_STRATUM,
        "run": run.run_id,
        "link_run": run.link_run_id,
    }


def _policy(
    ws: Workspace, year: int, by_id: dict[str, StatTable], tr: Translator, threshold: int
) -> dict[str, Any]:
    """Chapters 2 and 5 from the policy stage's ``chapter`` (the year's measures by area, their
    indicator series, the year's recommendations and the open ones' follow-up), rendered: an
    indicator with a table reference shows that published (disclosure-controlled) cell."""
    from rapporteur.policy import chapter

    def value(ind: Any) -> str:
        if ind.table is None:
            return tr.number(ind.value)
        t = by_id.get(ind.table.id)
        if t is None or (ind.table.row, ind.table.column) not in t.cells:
            return "–"
        return _cell_text(t.cells[(ind.table.row, ind.table.column)], tr, threshold)

    ch = chapter(ws, year)
    return {
        "by_area": ch.by_area,
        "series": {
            m: [
                charts.series(list[tuple[int, float]](s.points), _in_lang(s.label, tr.lang, tr), tr)
                for s in ss
            ]
            for m, ss in ch.series.items()
        },
        "value": value,
        "issued": ch.issued,
        "open": ch.open,
        "any": ch.any,
    }


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("rapporteur.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _symbols(tr: Translator, threshold: int) -> Any:
    """For a table, the symbols its cells show, each with its explanation (as in the annex)."""
    explain = dict(data.symbols(tr, threshold))

    def used(t: StatTable | list[str]) -> list[tuple[str, str]]:
        """``t`` a table (all its cells) or the texts of the cells a table of the report shows."""
        if isinstance(t, StatTable):
            shown_ = {_cell_text(c, tr, threshold) for c in t.cells.values()}
        else:
            shown_ = {str(x) for x in t}
        return [(sym, text) for sym, text in explain.items() if sym in shown_]

    return used


def _editions(ws: Workspace, year: int) -> list[tuple[str, str, str]]:
    """The language editions of the report: code, the language's own name, file name."""
    return [
        (code, Locale.parse(code).get_display_name(code) or code, f"report-{year}-{code}.html")
        for code in ws.settings.workspace.languages
    ]


def _lang_code(lang: str) -> Any:
    """The code of a language from its name in ``lang`` (the case-law chapter names the language
    of an untranslated summary), for the ``lang`` attribute; ``und`` if unknown."""
    names = {Locale.parse(lang).languages.get(c, c): c for c in (SOURCE, *TRANSLATED)}
    return lambda name: names.get(name, "und")


def _marked(lang: str, tr: Translator) -> tuple[Any, Any]:
    """``tx`` and ``md_tx`` of the template: a text in the report's language, else in the first
    language that has it inside an element carrying that language's ``lang`` (and the note that it
    is not translated, in the report's language)."""

    def pick(texts: Mapping[Any, str]) -> tuple[str, str | None]:
        if texts.get(lang):
            return texts[lang], None
        for other in (SOURCE, *TRANSLATED):
            if texts.get(other):
                return texts[other], str(other)
        return "", None

    def note(other: str) -> str:
        return tr.gettext("(text available in %(lang)s only)") % {"lang": other.upper()}

    def tx(texts: Mapping[Any, str]) -> Markup:
        text, other = pick(texts)
        if other is None:
            return Markup.escape(text)
        return Markup('<span lang="{}">{}</span> {}').format(other, text, note(other))

    def md_tx(texts: Mapping[Any, str]) -> Markup:
        text, other = pick(texts)
        if other is None:
            return _markdown(text)
        return Markup('<div lang="{}">{}</div><p class="tnote">{}</p>').format(
            other, _markdown(text), note(other)
        )

    return tx, md_tx


def render_html(ws: Workspace, year: int, tables: list[StatTable], lang: str) -> str:
    ctx = context(ws, year, tables, lang)
    tx, md_tx = _marked(lang, Translator(lang))
    ctx |= {
        "symbols": _symbols(Translator(lang), ws.settings.disclosure.threshold),
        "editions": _editions(ws, year),
        "lang_code": _lang_code(lang),
        "tx": tx,
        "md_tx": md_tx,
    }
    html = _env().get_template("report.html.j2").render(**ctx)
    return typography.french(html) if lang == "fr" else html


def write_pdf(html: str, path: Path, base: Path, created: dt.date) -> None:
    """PDF from the same HTML. Byte-identical for the same HTML: the identifier is the HTML's hash
    and embedded font subsets take their timestamp from SOURCE_DATE_EPOCH (fontTools), set here
    from the data's date rather than the clock."""
    from weasyprint import HTML

    ident = hashlib.sha256(html.encode()).hexdigest()[:32].encode()
    epoch = str(int(dt.datetime.combine(created, dt.time(), dt.UTC).timestamp()))
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        # PDF/UA-1: tagged (structure tree, /MarkInfo), with the document's language and title
        HTML(string=html, base_url=str(base)).write_pdf(
            str(path), pdf_identifier=ident, pdf_variant="pdf/ua-1"
        )
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def build(
    ws: Workspace, year: int, out: Path, langs: list[str] | None = None, formats: list[str] | None = None
) -> list[Built]:
    langs = langs or list(ws.settings.workspace.languages)
    formats = formats or list(FORMATS)
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise BadOption(f"unknown format(s) {bad}; use {', '.join(FORMATS)}")
    tables = stats.published(ws, year)
    out.mkdir(parents=True, exist_ok=True)
    built = []
    subs = _inputs(ws, tables)
    as_of = _as_of(subs, year)
    threshold = ws.settings.disclosure.threshold
    actors = {a["id"]: a for a in listing(ws)}

    def sources(lang: str) -> Callable[[StatTable], str]:
        return lambda t: "; ".join(actors[a][f"label_{lang}"] if a in actors else a for a in t.sources) or "–"

    for lang in langs:
        html = render_html(ws, year, tables, lang)
        h = p = None
        if "html" in formats:
            h = out / f"report-{year}-{lang}.html"
            h.write_text(html, "utf-8")
        if "pdf" in formats:
            p = out / f"report-{year}-{lang}.pdf"
            write_pdf(html, p, out, as_of)
        tr = Translator(lang)
        x = c = None
        if "xlsx" in formats:
            x = data.workbook(tables, tr, threshold, sources(lang), out / f"report-{year}-{lang}-tables.xlsx")
        if "csv" in formats:
            c = data.csv_folder(tables, tr, threshold, out / f"report-{year}-{lang}-tables")
        built.append(Built(lang, h, p, x, c))
    _record_run(ws, year, tables, subs, langs, formats, built)
    return built


def _record_run(
    ws: Workspace,
    year: int,
    tables: list[StatTable],
    subs: list[Submission],
    langs: list[str],
    formats: list[str],
    built: list[Built],
) -> None:
    outputs = {
        str(p.relative_to(p.parents[1] if p.parent.name.endswith("-tables") else p.parent)): hashlib.sha256(
            p.read_bytes()
        ).hexdigest()
        for b in built
        for p in b.files()
    }
    parameters = {"languages": langs, "formats": formats, "disclosure": ws.settings.disclosure.model_dump()}
    inputs = [s.input_ref() for s in subs]
    faults.point("report.before_record")
    with ws.engine.begin() as conn:
        ws.runs.record(
            conn, "report", year, parameters, inputs, {"outputs": outputs, "tables": [t.id for t in tables]}
        )
    log.info("report %s built: %s", year, ", ".join(sorted(outputs)))
