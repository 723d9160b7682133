"""Commands of the linkage stage: link, link evaluate, link-file, encode."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rapporteur.cli import JsonOpt, WorkspaceOpt, _fail, _open, app, out

link_app = typer.Typer(
    help="Link the victim records of a year into persons (see also link-file and encode).",
    invoke_without_command=True,
)
app.add_typer(link_app, name="link")


def _print_summary(s: dict, scores: dict | None = None) -> None:
    cs = s["cluster_size"]
    out.print(
        f"Records: {s['records']:,}   persons: {s['persons']:,}   pairs above threshold: "
        f"{s['pairs_above_threshold']:,}\nRecords per person: median {cs['p50']:g}, 90th percentile "
        f"{cs['p90']:g}, 99th {cs['p99']:g}, largest {cs['max']}"
    )
    actors = list(s["overlap"])
    t = Table(title="Persons registered by both actors (diagonal: persons / registrations)")
    t.add_column("")
    for a in actors:
        t.add_column(a, justify="right")
    for a in actors:
        cells = [
            f"{s['persons_by_actor'][a]} / {s['registrations'][a]}" if a == b else str(s["overlap"][a][b])
            for b in actors
        ]
        t.add_row(a, *cells)
    out.print(t)


@link_app.callback()
def link(
    ctx: typer.Context,
    year: Annotated[int | None, typer.Option(help="Year of the victim records to link.")] = None,
    threshold: Annotated[
        float | None, typer.Option(help="Match probability for a link (default: linkage.threshold).")
    ] = None,
    key_file: Annotated[
        Path | None,
        typer.Option(help="Link on Bloom-filter encodings made with this key, as if the actors had encoded."),
    ] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Link the stored victim records of a year (all actors, within and across) into persons.

    Example: rapporteur link --year 2013
    """
    if ctx.invoked_subcommand is not None:
        return
    if year is None:
        raise _fail("give --year YEAR (or a subcommand: rapporteur link evaluate --help)")
    from rapporteur.link import DuckDBEngine, LinkInputError
    from rapporteur.link.encode import read_key
    from rapporteur.link.run import link_year

    ws = _open(workspace)
    cfg = ws.settings.linkage
    try:
        key = read_key(key_file) if key_file else None
        run = link_year(
            ws, year, threshold or cfg.threshold, key, DuckDBEngine(memory_limit=cfg.memory_limit or None)
        )
    except (LinkInputError, ValueError) as e:
        raise _fail(str(e)) from None
    out.print(f"Linkage run {run.id} of {year} ({'encoded' if key else 'clear'} mode)")
    _print_summary(run.summary)


@link_app.command("evaluate")
def link_evaluate(
    truth: Annotated[Path, typer.Option(help="Ground truth of a synthetic world: truth/records.csv.")],
    year: Annotated[int, typer.Option(help="Year whose latest linkage is scored.")],
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score the latest linkage of a year against a synthetic world's ground truth.

    Example: rapporteur link evaluate --truth out/world/truth/records.csv --year 2013
    """
    import json

    from rapporteur.link.run import evaluate, latest

    ws = _open(workspace)
    run = latest(ws, year)
    if run is None:
        raise _fail(f"no current linkage of {year}: run 'rapporteur link --year {year}' first")
    if not truth.exists():
        raise _fail(f"{truth}: no such file")
    try:
        s = evaluate(ws, run, truth)
    except (ValueError, KeyError) as e:
        raise _fail(f"{truth}: {e}") from None
    if as_json:
        print(json.dumps({"run": run.id, **s.to_dict()}))
        return
    out.print(
        f"Linkage run {run.id}: pairwise precision {s.precision:.4f}, recall {s.recall:.4f}, "
        f"F1 {s.f1:.4f}\nPersons found {s.persons_found:,} (true {s.persons_true:,}); clusters exactly "
        f"right: {s.clusters_exact:,} (precision {s.cluster_precision:.4f}, recall {s.cluster_recall:.4f})"
    )


@app.command("link-file")
def link_file_command(
    input_file: Annotated[
        Path, typer.Argument(help="record_id, source, first_name, last_name, birth_date, sex, citizenship")
    ],
    out_file: Annotated[Path, typer.Option("--out", help="CLUSTERS.csv to write: record_id, person_id.")],
    encoded: Annotated[
        bool, typer.Option("--encoded", help="INPUT was written by 'rapporteur encode'.")
    ] = False,
    threshold: Annotated[float, typer.Option(help="Match probability for a link.")] = 0.8,
) -> None:
    """Link any person file into persons, in clear or on encodings; every record gets a person id.

    Example: rapporteur link-file persons.csv --out clusters.csv
    """
    from rapporteur.link import LinkInputError, link_file

    try:
        r = link_file(input_file, out_file, encoded=encoded, threshold=threshold)
    except LinkInputError as e:
        raise _fail(str(e)) from None
    persons = len(set(r.clusters["person_id"].to_pylist()))
    out.print(f"{r.clusters.num_rows:,} records -> {persons:,} persons; wrote {out_file}")


@app.command("encode")
def encode_command(
    input_file: Annotated[Path, typer.Argument(help="Person file, as for link-file.")],
    key_file: Annotated[
        Path, typer.Option(help="The actors' shared secret key (never sent to the linkage unit).")
    ],
    out_file: Annotated[Path, typer.Option("--out", help="ENCODED.csv to write and send.")],
) -> None:
    """Replace names and birth dates by keyed Bloom-filter encodings, on the actor's own machine.

    Example: rapporteur encode persons.csv --key-file link.key --out persons-encoded.csv
    """
    from rapporteur.link import LinkInputError, encode_file

    try:
        n = encode_file(input_file, key_file, out_file)
    except LinkInputError as e:
        raise _fail(str(e)) from None
    out.print(f"Encoded {n:,} records; wrote {out_file}")
