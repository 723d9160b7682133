"""Charts as vector SVG (Vega-Altair specs rendered offline by vl-convert), in the report's
language and locale. Only published values are drawn; suppressed or unavailable values are left
out and the caption says so."""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

import altair as alt
import vl_convert as vlc
from markupsafe import escape

from rapporteur.report import typography
from rapporteur.report.i18n import Translator
from rapporteur.stats.table import TOTAL, StatTable

VL_LOCALE: dict[str, Any] = {"fr": "fr-FR", "nl": "nl-NL", "en": "en-GB"}
FONT = "DejaVu Sans"
# Okabe & Ito (2008), distinguishable with the common colour-vision deficiencies. A category keeps
# its colour in every language and every chart: the colour is keyed by the category's code, never
# by the position of its translated label.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
GREY = "#999999"
COLOURS: dict[str, str] = {
    # Eurostat groups of forms of exploitation
    "sexual": "#0072B2",
    "labour": "#E69F00",
    "other": "#009E73",
    "unknown": GREY,
    # victim status
    "identified": "#0072B2",
    "presumed": "#E69F00",
    # the two margins of the sex x age chart
    "sex": "#0072B2",
    "age": "#009E73",
}
PALETTE = OKABE_ITO  # single-colour marks use PALETTE[0]


def colour(code: str, codes: list[str]) -> str:
    """The colour of a category: its own if it has one, else by its place in the (language
    independent) list of codes."""
    return COLOURS.get(code) or OKABE_ITO[codes.index(code) % len(OKABE_ITO)]


def _scale(codes: list[str], label: Any) -> alt.Scale:
    """A nominal colour scale whose domain is the translated labels in code order, each with the
    colour of its code: same colours and legend order in every language."""
    return alt.Scale(domain=[label(c) for c in codes], range=[colour(c, codes) for c in codes])


def _drawable(t: StatTable, r: str, c: str) -> int | None:
    cell = t.cells[(r, c)]
    return cell.value if cell.state in ("count", "zero", "rounded") else None


def _svg(chart: alt.Chart, lang: str, description: str) -> str:
    """The chart as inline SVG. Vega's own ARIA labels are English ("X-axis titled ..."), so they
    are switched off and the SVG is one image with the given (translated) description."""
    spec = chart.configure(font=FONT, aria=False).configure_view(stroke=None).to_dict()
    svg = vlc.vegalite_to_svg(spec, format_locale=VL_LOCALE[lang], time_format_locale=VL_LOCALE[lang])
    svg = re.sub(r"<\?xml[^>]*>", "", svg)
    if lang == "fr":
        description = typography.french_text(description)
    label = html.escape(description, quote=True)
    # what Vega still labels itself (facet headers' "Title text ..."): the image's description covers it
    svg = re.sub(r'\s+(?:aria-roledescription|aria-label|role)="[^"]*"', "", svg)
    svg = re.sub(r"<svg\b", f'<svg role="img" aria-label="{label}"', svg, count=1)

    # vl-convert numbers gradients per process (gradient_0, _1, ...): name them after the chart so
    # that a rebuild gives the same bytes and two charts in one page never share an id
    tag = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:10]
    ids: dict[str, str] = {}
    svg = re.sub(r"gradient_\d+", lambda m: ids.setdefault(m.group(0), f"g{tag}_{len(ids)}"), svg)
    svg = re.sub(r"\s(?:role|aria-[a-z]+)=\"[^\"]*\"", "", svg)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(description)}" ', 1)
    return svg.strip()


def _hidden(t: StatTable, rows: list[str], cols: list[str]) -> int:
    return sum(_drawable(t, r, c) is None for r in rows for c in cols)


def _count_title(t: StatTable, tr: Translator) -> str:
    """The count axis says what the table counts: linked persons, or registrations when unlinked."""
    persons = t.unit.get("en", "").startswith("persons")
    return tr.gettext("Persons") if persons else tr.gettext("Registrations")


def trend_by_form(t: StatTable, tr: Translator) -> dict[str, Any]:
    cols = [c for c in t.columns if c != TOTAL]
    data = [
        {"year": r, "form": t.label("col", c, tr.lang), "n": _drawable(t, r, c)}
        for r in t.rows
        for c in cols
        if _drawable(t, r, c) is not None
    ]
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=tr.gettext("Year"), axis=alt.Axis(labelAngle=0)),
            y=alt.Y("n:Q", title=_count_title(t, tr), axis=alt.Axis(format=",d")),
            color=alt.Color(
                "form:N",
                title=tr.gettext("Form of exploitation"),
                scale=_scale(cols, lambda c: t.label("col", c, tr.lang)),
                legend=alt.Legend(orient="bottom", columns=2, labelLimit=320),
            ),
        )
        .properties(width=420, height=220)
    )
    title = tr.gettext("Registered victims by year and form of exploitation")
    desc = tr.gettext(
        "Line chart of the registered victims by year, one line per form of exploitation. "
        "The values are in the table that follows."
    )
    return {
        "svg": _svg(chart, tr.lang, desc),
        "hidden": _hidden(t, t.rows, cols),
        "title": title,
    }


def sex_age(t: StatTable, tr: Translator) -> dict[str, Any]:
    """The two margins of the sex × age table: they are rarely suppressed and read at a glance."""
    rows = [r for r in t.rows if r != TOTAL]
    cols = [c for c in t.columns if c != TOTAL]
    sex, age = tr.gettext("Sex"), tr.gettext("Age group")
    data = [
        {"dim": sex, "cat": t.label("row", r, tr.lang), "n": _drawable(t, r, TOTAL)}
        for r in rows
        if _drawable(t, r, TOTAL) is not None
    ]
    data += [
        {"dim": age, "cat": t.label("col", c, tr.lang), "n": _drawable(t, TOTAL, c)}
        for c in cols
        if _drawable(t, TOTAL, c) is not None
    ]
    order = [t.label("row", r, tr.lang) for r in rows] + [t.label("col", c, tr.lang) for c in cols]
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            y=alt.Y("cat:N", title=None, sort=order),
            x=alt.X("n:Q", title=_count_title(t, tr), axis=alt.Axis(format=",d")),
            color=alt.Color(
                "dim:N",
                title=None,
                scale=alt.Scale(domain=[sex, age], range=[COLOURS["sex"], COLOURS["age"]]),
                legend=None,
            ),
            row=alt.Row(
                "dim:N", title=None, sort=[sex, age], header=alt.Header(labelAngle=0, labelAlign="left")
            ),
        )
        .resolve_scale(y="independent")
        .properties(width=360, height=alt.Step(16))
    )
    title = tr.gettext("Registered victims by sex and by age group")
    desc = tr.gettext(
        "Bar chart of the registered victims by sex and by age group. "
        "The values are in the table that follows."
    )
    return {
        "svg": _svg(chart, tr.lang, desc),
        "hidden": _hidden(t, rows, [TOTAL]) + _hidden(t, [TOTAL], cols),
        "title": title,
    }


def nationalities(t: StatTable, tr: Translator) -> dict[str, Any]:
    rows = [r for r in t.rows if r not in (TOTAL, "other", "unknown")]
    data = [
        {"nat": t.label("row", r, tr.lang), "n": _drawable(t, r, TOTAL)}
        for r in rows
        if _drawable(t, r, TOTAL) is not None
    ]
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_bar(color=PALETTE[0])
        .encode(
            y=alt.Y("nat:N", title=None, sort="-x"),
            x=alt.X("n:Q", title=_count_title(t, tr), axis=alt.Axis(format=",d")),
        )
        .properties(width=420, height=18 * max(1, len(data)))
    )
    title = tr.gettext("Main citizenships of registered victims")
    desc = tr.gettext(
        "Bar chart of the registered victims of the main citizenships, largest first. "
        "The values are in the table that follows."
    )
    return {
        "svg": _svg(chart, tr.lang, desc),
        "hidden": _hidden(t, rows, [TOTAL]),
        "title": title,
    }


def actors(t: StatTable, tr: Translator) -> dict[str, Any]:
    cols = [c for c in t.columns if c != TOTAL]
    data = [
        {
            "actor": t.label("row", r, tr.lang).split(" — ")[0],
            "status": t.label("col", c, tr.lang),
            "o": cols.index(c),
            "n": _drawable(t, r, c),
        }
        for r in t.rows
        for c in cols
        if _drawable(t, r, c) is not None
    ]
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            y=alt.Y("actor:N", title=None, sort=[t.label("row", r, tr.lang).split(" — ")[0] for r in t.rows]),
            order=alt.Order("o:Q"),
            x=alt.X("n:Q", title=_count_title(t, tr), axis=alt.Axis(format=",d")),
            color=alt.Color(
                "status:N",
                title=tr.gettext("Status"),
                scale=_scale(cols, lambda c: t.label("col", c, tr.lang)),
                legend=alt.Legend(orient="bottom"),
            ),
        )
        .properties(width=420, height=20 * max(1, len(t.rows)))
    )
    title = tr.gettext("Victims registered by each actor")
    desc = tr.gettext(
        "Stacked bar chart of the victims registered by each actor, identified and presumed. "
        "The values are in the table that follows."
    )
    return {
        "svg": _svg(chart, tr.lang, desc),
        "hidden": _hidden(t, t.rows, cols),
        "title": title,
    }


def overlap(t: StatTable, tr: Translator) -> dict[str, Any]:
    """Heat map of the persons two actors have in common (published cells only)."""
    name = {r: t.label("row", r, tr.lang).split(" — ")[0] for r in t.rows}
    data = [
        {"a": name[r], "b": name[c], "n": _drawable(t, r, c), "same": r == c}
        for r in t.rows
        for c in t.columns
        if _drawable(t, r, c) is not None
    ]
    order = [name[r] for r in t.rows]
    base = alt.Chart(alt.Data(values=data)).encode(
        x=alt.X("b:N", title=None, sort=order, axis=alt.Axis(labelAngle=-30, labelLimit=160)),
        y=alt.Y("a:N", title=None, sort=order, axis=alt.Axis(labelLimit=200)),
    )
    cells = base.mark_rect().encode(
        color=alt.Color(
            "n:Q",
            title=tr.gettext("Persons"),
            scale=alt.Scale(scheme="blues"),
            legend=alt.Legend(orient="right", format=",d"),
        )
    )
    dark = 0.55 * max((int(d["n"] or 0) for d in data), default=0)
    labels = base.mark_text(fontSize=10).encode(
        text=alt.Text("n:Q", format=",d"),
        color=alt.condition(f"datum.n > {dark}", alt.value("white"), alt.value("#222222")),
    )
    size = 34 * max(1, len(t.rows))
    chart = (cells + labels).properties(width=size, height=size)
    title = tr.gettext("Persons registered by both actors")
    desc = tr.gettext(
        "Heat map of the persons registered by both actors of each pair, darker for more persons. "
        "The values are in the table that follows."
    )
    return {
        "svg": _svg(chart, tr.lang, desc),
        "hidden": _hidden(t, t.rows, t.columns),
        "title": title,
    }


def series(points: list[tuple[int, float]], label: str, tr: Translator) -> dict[str, Any]:
    """A small line chart of one indicator over the years (chapter 2)."""
    data = [{"year": str(y), "v": v} for y, v in points]
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_line(point=True, color=PALETTE[0])
        .encode(
            x=alt.X("year:O", title=tr.gettext("Year"), axis=alt.Axis(labelAngle=0)),
            y=alt.Y("v:Q", title=None, axis=alt.Axis(format=",d")),
        )
        .properties(width=300, height=110)
    )
    values = "; ".join(f"{y}: {tr.number(v)}" for y, v in points)
    return {"svg": _svg(chart, tr.lang, f"{label}. {values}"), "hidden": 0, "title": label}
