"""Commands of the case-law register: caselaw import, classify, search, history."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from rapporteur.cli.common import JsonOpt, WorkspaceOpt, choice, open_ws, out, print_json, sub_app, year
from rapporteur.errors import UnknownId
from rapporteur.languages import LANGUAGES

FORMS = ("sexual", "begging", "labour", "organs", "crime")


def register(app: typer.Typer) -> None:
    caselaw_app = sub_app("The case-law register: import, classify, search.")
    caselaw_app.command("import")(caselaw_import)
    caselaw_app.command("classify")(caselaw_classify)
    caselaw_app.command("search")(caselaw_search)
    caselaw_app.command("history")(caselaw_history)
    app.add_typer(caselaw_app, name="caselaw")


def caselaw_import(
    paths: Annotated[
        list[Path], typer.Argument(help="Markdown files (YAML front matter + text) or folders.", exists=True)
    ],
    workspace: WorkspaceOpt = None,
) -> None:
    """Import judgments; a changed file makes a new version. All or nothing.

    Example: rapporteur caselaw import judgments/
    """
    from rapporteur.caselaw import import_paths

    r = import_paths(open_ws(workspace), paths)
    out.print(f"{len(r.added)} added, {len(r.updated)} updated, {len(r.unchanged)} unchanged")


def caselaw_classify(
    ids: Annotated[list[str] | None, typer.Argument(help="Judgment ids (default: all).")] = None,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Suggest forms of exploitation, sector, verdict and sentences from each judgment's text,
    with the supporting sentence and a confidence. What the analyst entered is never changed.

    Example: rapporteur caselaw classify FICT-2013-FR-001 --json
    """
    from rapporteur.caselaw import classify, load, save_suggestions

    ws = open_ws(workspace)
    stored = load(ws, ids or None)
    results = {s.judgment.id: classify(s.judgment.id, s.text) for s in stored}
    save_suggestions(ws, results)
    if as_json:
        print_json(list(results.values()))
        return
    t = Table(title="Suggestions (the analyst's entries, where given, prevail)")
    for c in ("judgment_id", "forms (confidence)", "confirmed forms", "sector", "verdict"):
        t.add_column(c)
    for s in stored:
        r = results[s.judgment.id]
        t.add_row(
            s.judgment.id,
            ", ".join(f"{f['code']} ({f['confidence']:.2f})" for f in r["forms"]) or "—",
            ", ".join(s.judgment.forms) if s.judgment.forms is not None else "",
            (r["sector"] or {}).get("code", ""),
            (r["verdict"] or {}).get("code", ""),
        )
    out.print(t)


def caselaw_search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", AND/OR/NOT; stemmed in each language.')],
    lang: Annotated[
        str | None, typer.Option(help="fr, nl or en: search that language only.", callback=choice(LANGUAGES))
    ] = None,
    form: Annotated[
        str | None, typer.Option(help="sexual, begging, labour, organs or crime.", callback=choice(FORMS))
    ] = None,
    court: Annotated[str | None, typer.Option(help="Words of the court's name, e.g. Antwerpen.")] = None,
    year_: Annotated[int | None, typer.Option("--year", help="Year of the judgment.", callback=year)] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Most results shown.")] = 10,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search of the judgments (BM25), with filters and highlighted snippets.

    Example: rapporteur caselaw search "exploités" --lang fr --form labour --year 2013
    """
    from rapporteur.caselaw import search

    hits = search(open_ws(workspace), query, lang=lang, form=form, court=court, year=year_, limit=limit)
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    if not hits:
        out.print("No judgment matches.")
    for h in hits:
        text = escape(html.unescape(h.snippet))
        snippet = re.sub(r"</?b>", lambda m: "[/bold]" if m.group(0) == "</b>" else "[bold]", text)
        out.print(f"[bold]{h.id}[/] {h.court} {h.date} ({h.lang}; {', '.join(h.forms)}) score {h.score:.2f}")
        out.print(f"  {snippet}")


def caselaw_history(
    jid: Annotated[str, typer.Argument(help="Judgment id.")],
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The imported versions of a judgment: version, checksum, file, date of import.

    Example: rapporteur caselaw history FICT-2013-FR-001
    """
    from rapporteur.caselaw import history

    rows = history(open_ws(workspace), jid)
    if not rows:
        raise UnknownId(f"no judgment with id {jid!r} in the register")
    if as_json:
        print_json(rows)
        return
    for r in rows:
        out.print(f"v{r['version']}  {r['imported_at']}  {r['sha256'][:12]}  {r['source']}")
