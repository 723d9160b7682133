"""Commands of the case-law register: caselaw import, classify, search, history."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from rapporteur.cli import JsonOpt, WorkspaceOpt, _fail, _open, app, out

caselaw_app = typer.Typer(help="The case-law register: import, classify, search.", no_args_is_help=True)
app.add_typer(caselaw_app, name="caselaw")


@caselaw_app.command("import")
def caselaw_import(
    paths: Annotated[
        list[Path], typer.Argument(help="Markdown files (YAML front matter + text) or folders.")
    ],
    workspace: WorkspaceOpt = None,
) -> None:
    """Import judgments; a changed file makes a new version. All or nothing.

    Example: rapporteur caselaw import judgments/
    """
    from rapporteur.caselaw import CaseLawError, import_paths

    try:
        r = import_paths(_open(workspace), paths)
    except CaseLawError as e:
        raise _fail(escape(str(e))) from None
    out.print(f"{len(r.added)} added, {len(r.updated)} updated, {len(r.unchanged)} unchanged")


@caselaw_app.command("classify")
def caselaw_classify(
    ids: Annotated[list[str] | None, typer.Argument(help="Judgment ids (default: all).")] = None,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Suggest forms of exploitation, sector, verdict and sentences from each judgment's text,
    with the supporting sentence and a confidence. What the analyst entered is never changed.

    Example: rapporteur caselaw classify FICT-2013-FR-001 --json
    """
    from rapporteur.caselaw import CaseLawError, classify, load, save_suggestions

    ws = _open(workspace)
    try:
        stored = load(ws, ids or None)
    except CaseLawError as e:
        raise _fail(str(e)) from None
    results = {s.judgment.id: classify(s.judgment.id, s.text) for s in stored}
    save_suggestions(ws, results)
    if as_json:
        print(json.dumps(list(results.values()), ensure_ascii=False))
        return
    t = Table(title="Suggestions (the analyst's entries, where given, prevail)")
    for c in ("id", "forms (confidence)", "confirmed forms", "sector", "verdict"):
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


@caselaw_app.command("search")
def caselaw_search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", AND/OR/NOT; stemmed in each language.')],
    lang: Annotated[str | None, typer.Option(help="fr, nl or en: search that language only.")] = None,
    form: Annotated[str | None, typer.Option(help="sexual, begging, labour, organs or crime.")] = None,
    court: Annotated[str | None, typer.Option(help="Words of the court's name, e.g. Antwerpen.")] = None,
    year: Annotated[int | None, typer.Option(help="Year of the judgment.")] = None,
    limit: Annotated[int, typer.Option(help="Most results shown.")] = 10,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search of the judgments (BM25), with filters and highlighted snippets.

    Example: rapporteur caselaw search "exploités" --lang fr --form labour --year 2013
    """
    from rapporteur.caselaw import search

    if lang and lang not in ("fr", "nl", "en"):
        raise _fail(f"--lang {lang!r}: use fr, nl or en")
    try:
        hits = search(_open(workspace), query, lang=lang, form=form, court=court, year=year, limit=limit)
    except ValueError as e:
        raise _fail(str(e)) from None
    if as_json:
        print(json.dumps([h.to_json() for h in hits], ensure_ascii=False))
        return
    if not hits:
        out.print("No judgment matches.")
    for h in hits:
        text = escape(html.unescape(h.snippet))
        snippet = re.sub(r"</?b>", lambda m: "[/bold]" if m.group(0) == "</b>" else "[bold]", text)
        out.print(f"[bold]{h.id}[/] {h.court} {h.date} ({h.lang}; {', '.join(h.forms)}) score {h.score:.2f}")
        out.print(f"  {snippet}")


@caselaw_app.command("history")
def caselaw_history(
    jid: Annotated[str, typer.Argument(help="Judgment id.")], workspace: WorkspaceOpt = None
) -> None:
    """The imported versions of a judgment: version, checksum, file, date of import.

    Example: rapporteur caselaw history FICT-2013-FR-001
    """
    from rapporteur.caselaw import history

    rows = history(_open(workspace), jid)
    if not rows:
        raise _fail(f"no judgment with id {jid!r} in the register")
    for r in rows:
        out.print(f"v{r['version']}  {r['imported_at']}  {r['sha256'][:12]}  {r['source']}")
