"""Command-line interface: thin commands over the library."""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from rapporteur import config
from rapporteur import workspace as wsp

app = typer.Typer(
    help="Rapporteur: data, linkage, estimation and reports for national "
    "rapporteurs on trafficking in human beings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
actor_app = typer.Typer(help="Register and list the actors that send data.", no_args_is_help=True)
app.add_typer(actor_app, name="actor")
export_app = typer.Typer(help="Returns to Eurostat, UNODC, GRETA and HTCDS.", no_args_is_help=True)
app.add_typer(export_app, name="export")
policy_app = typer.Typer(help="The register of policy measures.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")
recs_app = typer.Typer(help="Recommendations and their follow-up.", no_args_is_help=True)
app.add_typer(recs_app, name="recommendations")
out = Console()
err = Console(stderr=True)

WorkspaceOpt = Annotated[
    Path | None,
    typer.Option(
        "--workspace",
        "-w",
        help="Workspace folder (default: $RAPPORTEUR_WORKSPACE, else the current folder).",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _finite(v: Any) -> Any:
    """JSON has no infinity: an unbounded limit is written as null."""
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {k: _finite(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_finite(x) for x in v]
    return v


def _open(path: Path | None) -> wsp.Workspace:
    try:
        return wsp.find(path)
    except (wsp.WorkspaceError, config.SettingsError) as e:
        raise _fail(str(e)) from None


def _table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    t = Table(title=title)
    for c in columns:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
    out.print(t)


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")],
    country: Annotated[str, typer.Option(help="Reporting country (ISO alpha-2).")] = "BE",
) -> None:
    """Create a workspace: settings, database, archive and identity key.

    Example: rapporteur init ~/thb-2024 --country BE
    """
    try:
        ws = wsp.init(directory, country)
    except (wsp.WorkspaceError, ValueError) as e:
        raise _fail(str(e)) from None
    out.print(f"Created workspace {ws.path} (settings: {config.SETTINGS_FILE}).")


@app.command("config")
def show_config(workspace: WorkspaceOpt = None) -> None:
    """Show every setting with its value, default and help.

    Example: rapporteur config --workspace ~/thb-2024
    """
    ws = _open(workspace)
    rows = [
        {
            "setting": f"{s}.{k}",
            "value": json.dumps(getattr(getattr(ws.settings, s), k)),
            "default": json.dumps(d),
            "help": h,
        }
        for s, k, d, h in config.describe()
    ]
    _table(rows, ["setting", "value", "default", "help"])


@actor_app.command("add")
def actor_add(
    mapping_file: Annotated[Path, typer.Argument(help="The actor's mapping (YAML).")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Register an actor (or update it) from its mapping file.

    Example: rapporteur actor add mappings/police.yaml
    """
    from rapporteur.ingest import actors
    from rapporteur.ingest.mapping import MappingError

    ws = _open(workspace)
    try:
        m = actors.add(ws, mapping_file)
    except (MappingError, OSError) as e:
        raise _fail(str(e)) from None
    out.print(f"Registered actor {m.actor} ({m.kind}, counts {m.counting_unit}).")


@actor_app.command("list")
def actor_list(workspace: WorkspaceOpt = None, as_json: JsonOpt = False) -> None:
    """List registered actors.

    Example: rapporteur actor list --json
    """
    from rapporteur.ingest import actors

    rows = actors.listing(_open(workspace))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        _table(rows, ["id", "kind", "counting_unit", "record_type", "label_en"])


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="The actor's file (CSV, XLSX or Parquet).")],
    actor: Annotated[str, typer.Option(help="Registered actor id.")],
    year: Annotated[int, typer.Option(help="Reference year of the data.")],
    strict: Annotated[bool, typer.Option(help="Reject the whole submission if any row fails.")] = False,
    as_json: JsonOpt = False,
    workspace: WorkspaceOpt = None,
) -> None:
    """Archive, validate and store one actor's yearly file. Exit 2 on a file-level problem.

    Example: rapporteur ingest police-2013.csv --actor police --year 2013 --json
    """
    from rapporteur import ingest as ing

    ws = _open(workspace)
    try:
        r = ing.submit(ws, file, actor, year, strict=strict)
    except ing.IngestError as e:
        if as_json and e.result is not None:
            print(json.dumps({**e.result.public(), "error": str(e)}, ensure_ascii=False))
        raise _fail(str(e)) from None
    if as_json:
        print(json.dumps(r.public(), ensure_ascii=False))
        return
    note = f", {r.total_rows_skipped} total row(s) skipped" if r.total_rows_skipped else ""
    if r.status == "duplicate":
        out.print(
            f"Submission {r.submission_id}: same file as submission {r.duplicate_of}; nothing stored again."
        )
    else:
        out.print(
            f"Submission {r.submission_id} {r.status}: {r.rows} rows, {r.accepted} accepted, "
            f"{r.rejected} rejected{note}."
        )
        if r.rejected:
            out.print(f"See the reasons with: rapporteur rejects {r.submission_id}")
    if r.status == "rejected":
        raise typer.Exit(1)


@app.command("submissions")
def list_submissions(as_json: JsonOpt = False, workspace: WorkspaceOpt = None) -> None:
    """List submissions with their status and counts.

    Example: rapporteur submissions --json
    """
    from rapporteur import ingest as ing

    rows = ing.submissions(_open(workspace))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        _table(
            rows,
            [
                "id",
                "actor_id",
                "year",
                "filename",
                "status",
                "rows_read",
                "accepted",
                "rejected",
                "duplicate_of",
                "superseded_by",
            ],
        )


@app.command("rejects")
def list_rejects(
    submission_id: Annotated[int, typer.Argument(help="Submission id.")],
    fmt: Annotated[str, typer.Option("--format", help="csv or json.")] = "csv",
    workspace: WorkspaceOpt = None,
) -> None:
    """List the rejected rows of a submission: row, column, value, rule, message.

    Example: rapporteur rejects 3 --format json
    """
    from rapporteur import ingest as ing

    try:
        rows = ing.rejects(_open(workspace), submission_id)
    except ing.IngestError as e:
        raise _fail(str(e)) from None
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, ["row", "column", "value", "rule", "message"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        raise _fail(f"--format {fmt!r}: use csv or json")


@app.command("stats")
def show_stats(
    year: Annotated[int, typer.Option(help="Reference year.")],
    table: Annotated[str | None, typer.Option(help="Only this table id.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json, csv or md.")] = "json",
    lang: Annotated[str, typer.Option(help="Language of titles and labels (en, fr, nl).")] = "en",
    workspace: WorkspaceOpt = None,
) -> None:
    """Print the indicator tables as published (after disclosure control).

    Example: rapporteur stats --year 2013 --table victims_sex_age --format md
    """
    from rapporteur import stats
    from rapporteur.stats import render

    ws = _open(workspace)
    tables = stats.published(ws, year)
    if table:
        tables = [t for t in tables if t.id == table]
        if not tables:
            known = ", ".join(t.id for t in stats.published(ws, year))
            raise _fail(f"no table {table!r}; tables: {known}")
    if fmt not in ("json", "csv", "md"):
        raise _fail(f"--format {fmt!r}: use json, csv or md")
    print(render.render(tables, fmt, lang, ws.settings.disclosure.threshold), end="")


@app.command()
def report(
    year: Annotated[int, typer.Option(help="Reference year.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the report files.")],
    lang: Annotated[str, typer.Option(help="Languages, comma-separated.")] = "fr,nl,en",
    fmt: Annotated[str, typer.Option("--format", help="Formats, comma-separated: html, pdf.")] = "html,pdf",
    workspace: WorkspaceOpt = None,
) -> None:
    """Build the annual report in each language as HTML and PDF.

    Example: rapporteur report --year 2013 --lang fr,nl,en --format html,pdf --out out/report
    """
    from rapporteur.report import build

    ws = _open(workspace)
    try:
        built = build(
            ws,
            year,
            out_dir,
            [x.strip() for x in lang.split(",") if x.strip()],
            [x.strip() for x in fmt.split(",") if x.strip()],
        )
    except ValueError as e:
        raise _fail(str(e)) from None
    for b in built:
        for p in (b.html, b.pdf):
            if p is not None:
                out.print(f"wrote {p}")


@app.command("mse")
def mse_command(
    file: Annotated[
        Path, typer.Argument(help="Capture-pattern table: one 0/1 column per list, counts last.")
    ],
    method: Annotated[str, typer.Option(help="stepwise, main or bic.")] = "stepwise",
    threshold: Annotated[float, typer.Option(help="p-value threshold of the stepwise method.")] = 0.02,
    max_order: Annotated[int, typer.Option(help="Highest interaction order searched by bic.")] = 2,
    bootstrap: Annotated[int, typer.Option(help="BCa bootstrap resamples (0: normal interval).")] = 0,
    seed: Annotated[int | None, typer.Option(help="Random seed of the bootstrap.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Multiple systems estimation of the hidden population from a capture-pattern table.

    Example: rapporteur mse uk_2013_6lists.csv --method stepwise --bootstrap 1000 --seed 1 --json
    """
    from rapporteur import estimate

    if method not in ("stepwise", "main", "bic"):
        raise _fail(f"--method {method!r}: use stepwise, main or bic")
    try:
        table = estimate.read_csv(file)
        res = estimate.mse(table, method, threshold, max_order, bootstrap, seed)
    except (estimate.TableError, estimate.FitError, ValueError) as e:
        raise _fail(str(e)) from None
    d = res.to_json()
    if as_json:
        print(
            json.dumps(
                _finite(
                    {k: d[k] for k in ("observed", "estimate", "interval", "model", "lists", "warnings")}
                ),
                ensure_ascii=False,
                allow_nan=False,
            )
        )
        return
    iv = d["interval"]
    out.print(f"Observed persons: {d['observed']:,}")
    out.print(
        f"Estimated total:  {d['estimate']:,.0f}  ({iv['level']:.0%} interval "
        f"{iv['low']:,.0f} – {iv['high']:,.0f}, {iv['method']})"
    )
    terms = ", ".join(":".join(t) for t in d["model"]["interactions"]) or "none (main effects)"
    out.print(f"Interactions:     {terms}")
    if d["model"]["minus_infinity"]:
        out.print("Minus infinity:   " + ", ".join(":".join(t) for t in d["model"]["minus_infinity"]))
    for w in d["warnings"]:
        out.print(f"[yellow]warning:[/] {w}")


def _export(kind: str, year: int, out_file: Path, workspace: Path | None) -> None:
    from rapporteur import export

    ws = _open(workspace)
    module = {"eurostat": export.eurostat, "unodc": export.unodc, "greta": export.greta}[kind]
    path, warnings = module.export(ws, year, out_file)
    out.print(f"wrote {path} (manifest {path.name}.manifest.json)")
    for w in warnings:
        out.print(f"[yellow]warning:[/] {w}")


YearOpt = Annotated[int, typer.Option(help="Reference year.")]
OutFileOpt = Annotated[Path, typer.Option("--out", help="File to write.")]


@export_app.command("eurostat")
def export_eurostat(year: YearOpt, out_file: OutFileOpt, workspace: WorkspaceOpt = None) -> None:
    """Eurostat THB data collection as SDMX-CSV.

    Example: rapporteur export eurostat --year 2013 --out returns/eurostat-2013.csv
    """
    _export("eurostat", year, out_file, workspace)


@export_app.command("unodc")
def export_unodc(year: YearOpt, out_file: OutFileOpt, workspace: WorkspaceOpt = None) -> None:
    """UNODC GLOTIP questionnaire (long layout, XLSX).

    Example: rapporteur export unodc --year 2013 --out returns/unodc-2013.xlsx
    """
    _export("unodc", year, out_file, workspace)


@export_app.command("greta")
def export_greta(year: YearOpt, out_file: OutFileOpt, workspace: WorkspaceOpt = None) -> None:
    """GRETA questionnaire statistics (XLSX, one sheet per table, English and French titles).

    Example: rapporteur export greta --year 2013 --out returns/greta-2013.xlsx
    """
    _export("greta", year, out_file, workspace)


@export_app.command("htcds")
def export_htcds(
    out_file: OutFileOpt,
    k: Annotated[int, typer.Option(help="Minimum size of every combination of released values.")] = 11,
    workspace: WorkspaceOpt = None,
) -> None:
    """Victim records in HTCDS 2.0 fields, k-anonymous, without identifiers.

    Example: rapporteur export htcds --out returns/htcds.csv --k 11
    """
    from rapporteur.export import htcds

    r = htcds.export(_open(workspace), out_file, k)
    out.print(
        f"wrote {r.path}: {r.released} of {r.records} records released, {r.generalised} "
        f"generalised, {r.suppressed} suppressed (k = {k}, generalisation level {r.level})"
    )


@export_app.command("diff")
def export_diff(
    old: Annotated[Path, typer.Argument(help="Earlier return.")],
    new: Annotated[Path, typer.Argument(help="Later return.")],
    as_json: JsonOpt = False,
) -> None:
    """List the figures that changed between two returns (revisions).

    Example: rapporteur export diff returns-2024/eurostat-2013.csv returns/eurostat-2013.csv
    """
    from rapporteur.export.diff import diff

    rows = diff(old, new)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        out.print("No figure changed.")
        return
    _table(rows, ["key", "old", "new"], title=f"{len(rows)} revised figure(s)")


@policy_app.command("import")
def policy_import(
    path: Annotated[Path, typer.Argument(help="measures.yaml, recommendations.yaml or a folder.")],
    workspace: WorkspaceOpt = None,
) -> None:
    """Validate and load the policy register (measures and/or recommendations) from YAML.

    Example: rapporteur policy import policy/
    """
    from rapporteur.policy import PolicyError, import_path

    try:
        n_m, n_r = import_path(_open(workspace), path)
    except (PolicyError, OSError) as e:
        raise _fail(str(e)) from None
    out.print(f"Loaded {n_m} measure(s) and {n_r} recommendation(s).")


@recs_app.command("list")
def recommendations_list(
    year: Annotated[int | None, typer.Option(help="Only those issued in this year.")] = None,
    status: Annotated[str | None, typer.Option(help="Only those whose latest status is this.")] = None,
    as_json: JsonOpt = False,
    workspace: WorkspaceOpt = None,
) -> None:
    """List recommendations with their latest follow-up status.

    Example: rapporteur recommendations list --status partly_implemented --json
    """
    from rapporteur.policy import load_recommendations

    rows = []
    for r in load_recommendations(_open(workspace)):
        latest = r.followup[-1].status if r.followup else None
        if (year is None or r.year == year) and (status is None or latest == status):
            rows.append(
                {
                    "id": r.id,
                    "year": r.year,
                    "status": latest,
                    "addressee": r.addressee,
                    "theme": r.theme,
                    "text": r.text.get("en") or next(iter(r.text.values()), ""),
                    "followup": [f.model_dump(mode="json") for f in r.followup],
                }
            )
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        _table(rows, ["id", "year", "status", "theme", "text"])


@recs_app.command("follow-up")
def recommendations_follow_up(
    rec_id: Annotated[str, typer.Argument(help="Recommendation id.")],
    year: Annotated[int, typer.Option(help="Year of the follow-up.")],
    status: Annotated[
        str, typer.Option(help="implemented, partly_implemented, not_implemented or no_longer_relevant.")
    ],
    evidence: Annotated[str | None, typer.Option(help="Evidence text (English).")] = None,
    evidence_fr: Annotated[str | None, typer.Option(help="Evidence text (French).")] = None,
    evidence_nl: Annotated[str | None, typer.Option(help="Evidence text (Dutch).")] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Record the follow-up of a recommendation for a year (the YAML file is updated too).

    Example: rapporteur recommendations follow-up R2012-3 --year 2014 --status implemented
    """
    from rapporteur.policy import PolicyError, follow_up

    texts = {k: v for k, v in (("en", evidence), ("fr", evidence_fr), ("nl", evidence_nl)) if v}
    try:
        r = follow_up(_open(workspace), rec_id, year, status, texts)
    except PolicyError as e:
        raise _fail(str(e)) from None
    out.print(f"{r.id}: {', '.join(f'{f.year} {f.status}' for f in r.followup)}")


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the synthetic world.")] = Path("out"),
    year: Annotated[int, typer.Option(help="Reference year of the report.")] = 2013,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 2013,
    persons: Annotated[int, typer.Option(help="True victims in the reference year.")] = 900,
) -> None:
    """Generate the synthetic world, its actors' files and a workspace, and ingest everything.

    Example: rapporteur demo --out out --year 2013 --seed 7
    """
    from rapporteur.demo import run

    run.main(out_dir, year=year, seed=seed, persons=persons, console=out)


def main() -> None:
    app()


# Commands of other stages register themselves on ``app``.
from rapporteur import cli_caselaw, cli_estimate, cli_link  # noqa: E402, F401

if __name__ == "__main__":
    main()
