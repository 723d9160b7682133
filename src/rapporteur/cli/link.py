"""Commands of the linkage stage: link, link evaluate, link-file, encode."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from rapporteur.cli.common import (
    JsonOpt,
    OutFileOpt,
    WorkspaceOpt,
    choice,
    fail,
    in_file,
    open_ws,
    out,
    print_json,
    sub_app,
    year,
)
from rapporteur.errors import UnknownId

if TYPE_CHECKING:
    from rapporteur.link.run import LinkRun

ThresholdOpt = Annotated[
    float | None,
    typer.Option(min=0.0, max=1.0, help="Match probability for a link (default: linkage.threshold)."),
]


def register(app: typer.Typer) -> None:
    link_app = sub_app(
        "Link the victim records of a year into persons (see also link-file and encode).",
        invoke_without_command=True,
        no_args_is_help=False,
    )
    link_app.callback()(link)
    link_app.command("evaluate")(link_evaluate)
    link_app.command("review")(link_review)
    link_app.command("decide")(link_decide)
    app.add_typer(link_app, name="link")
    app.command("link-file")(link_file_command)
    app.command("encode")(encode_command)


def _print_summary(run: LinkRun) -> None:
    s = run.summary
    cs = s.cluster_size
    out.print(
        f"Records: {s.records:,}   persons: {s.persons:,}   pairs above threshold: "
        f"{s.pairs_above_threshold:,}\nRecords per person: median {cs.p50:g}, 90th percentile "
        f"{cs.p90:g}, 99th {cs.p99:g}, largest {cs.max}"
    )
    q = s.quality
    if q is not None:
        basis = (
            "model probabilities" if q.method == "model" else f"model and {q.decisions} clerical decisions"
        )
        out.print(
            f"Estimated pairwise precision {q.precision:.3f}, recall {q.recall:.3f} (from the {basis}: "
            f"{q.expected_false_links:g} false links expected of {q.links:,}, "
            f"{q.expected_missed_links:g} missed)"
        )
    actors = list(s.overlap)
    t = Table(title="Persons registered by both actors (diagonal: persons / registrations)")
    t.add_column("")
    for a in actors:
        t.add_column(a, justify="right")
    for a in actors:
        cells = [
            f"{s.persons_by_actor[a]} / {s.registrations[a]}" if a == b else str(s.overlap[a][b])
            for b in actors
        ]
        t.add_row(a, *cells)
    out.print(t)


def link(
    ctx: typer.Context,
    year_: Annotated[
        int | None, typer.Option("--year", help="Year of the victim records to link.", callback=year)
    ] = None,
    threshold: ThresholdOpt = None,
    key_file: Annotated[
        Path | None,
        typer.Option(
            help="Link on Bloom-filter encodings made with this key, as if the actors had encoded.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Link the stored victim records of a year (all actors, within and across) into persons.

    Example: rapporteur link --year 2013
    """
    if ctx.invoked_subcommand is not None:
        return
    if year_ is None:
        raise fail("give --year YEAR (or a subcommand: rapporteur link evaluate --help)")
    from rapporteur.link import engine_from_settings
    from rapporteur.link.encode import read_key
    from rapporteur.link.run import link_year

    ws = open_ws(workspace)
    cfg = ws.settings.linkage
    key = read_key(key_file) if key_file else None
    run = link_year(ws, year_, threshold or cfg.threshold, key, engine_from_settings(cfg))
    if as_json:
        print_json(run)
        return
    out.print(f"Linkage run {run.run_id} of {year_} ({run.mode} mode)")
    _print_summary(run)


def link_evaluate(
    truth: Annotated[
        Path,
        typer.Option(
            help="Ground truth of a synthetic world: truth/records.csv.", exists=True, dir_okay=False
        ),
    ],
    year_: Annotated[int, typer.Option("--year", help="Year whose latest linkage is scored.", callback=year)],
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score the latest linkage of a year against a synthetic world's ground truth.

    Example: rapporteur link evaluate --truth out/world/truth/records.csv --year 2013
    """
    from rapporteur.link.run import evaluate, latest

    ws = open_ws(workspace)
    run = latest(ws, year_)
    if run is None:
        raise UnknownId(f"no current linkage of {year_}: run 'rapporteur link --year {year_}' first")
    s = evaluate(ws, run, truth)
    if as_json:
        print_json({"run_id": run.run_id, **s.to_dict()})
        return
    out.print(
        f"Linkage run {run.run_id}: pairwise precision {s.precision:.4f}, recall {s.recall:.4f}, "
        f"F1 {s.f1:.4f}\nPersons found {s.persons_found:,} (true {s.persons_true:,}); clusters exactly "
        f"right: {s.clusters_exact:,} (precision {s.cluster_precision:.4f}, recall {s.cluster_recall:.4f})"
    )


def link_file_command(
    input_file: Annotated[
        Path, in_file("record_id, source, first_name, last_name, birth_date, sex, citizenship")
    ],
    out_file: OutFileOpt,
    encoded: Annotated[
        bool, typer.Option("--encoded", help="INPUT was written by 'rapporteur encode'.")
    ] = False,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="Match probability for a link.")] = 0.8,
) -> None:
    """Link any person file into persons, in clear or on encodings; every record gets a person id.

    Example: rapporteur link-file persons.csv --out clusters.csv
    """
    from rapporteur.link import link_file

    r = link_file(input_file, out_file, encoded=encoded, threshold=threshold)
    persons = len(set(r.clusters["person_id"].to_pylist()))
    out.print(f"{r.clusters.num_rows:,} records -> {persons:,} persons; wrote {out_file}")


def encode_command(
    input_file: Annotated[Path, in_file("Person file, as for link-file.")],
    key_file: Annotated[
        Path,
        typer.Option(
            help="The actors' shared secret key (never sent to the linkage unit).",
            exists=True,
            dir_okay=False,
        ),
    ],
    out_file: OutFileOpt,
) -> None:
    """Replace names and birth dates by keyed Bloom-filter encodings, on the actor's own machine.

    Example: rapporteur encode persons.csv --key-file link.key --out persons-encoded.csv
    """
    from rapporteur.link import encode_file

    n = encode_file(input_file, key_file, out_file)
    out.print(f"Encoded {n:,} records; wrote {out_file}")


def link_review(
    year_: Annotated[
        int, typer.Option("--year", help="Year whose current linkage is reviewed.", callback=year)
    ],
    band: Annotated[
        str, typer.Option(help="Match probabilities of the pairs to review, LOW-HIGH.")
    ] = "0.5-0.9",
    limit: Annotated[int, typer.Option(min=1, help="At most this many pairs.")] = 50,
    decided: Annotated[bool, typer.Option("--decided", help="Also list the pairs already decided.")] = False,
    show_identifiers: Annotated[
        bool,
        typer.Option(
            "--show-identifiers",
            help="With --json: include the decrypted identifiers (the screen always shows them).",
        ),
    ] = False,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the uncertain pairs of a year's linkage, with what each field weighed, to decide.

    The two records' names, birth dates and document numbers are decrypted for this screen only:
    never logged, and in --json only with --show-identifiers.

    Example: rapporteur link review --year 2013 --band 0.5-0.9 --limit 20
    """
    from rapporteur.link.review import pairs, parse_band

    ws = open_ws(workspace)
    found = pairs(
        ws, year_, parse_band(band), limit, identifiers=show_identifiers or not as_json, decided=decided
    )
    if as_json:
        print_json(found)
        return
    if not found:
        out.print(f"No pairs to review in {band} for {year_}.")
        return
    for p in found:
        now = "one person" if p.linked else "two persons"
        done = f", decided: {p.decision}" if p.decision else ""
        t = Table(
            title=f"Pair {p.pair_id}: p = {p.match_probability:.3f} ({now}{done})", title_justify="left"
        )
        for col in ("", p.actor_l, p.actor_r):
            t.add_column(col)
        for field in ("first_name", "last_name", "birth_date", "document_number"):
            a = getattr(p.identifiers_l, field, None) if p.identifiers_l else None
            b = getattr(p.identifiers_r, field, None) if p.identifiers_r else None
            t.add_row(field.replace("_", " "), Text(a or "-"), Text(b or "-"))
        out.print(t)
        weights = ", ".join(f"{w.comparison} {w.match_weight:+.2f}" for w in p.weights)
        out.print(f"  match weight {p.match_weight:+.2f} = prior {p.prior_weight:+.2f}, {weights}")
    out.print("Decide with: rapporteur link decide PAIR same|different [--note TEXT]")


def link_decide(
    pair: Annotated[str, typer.Argument(help="The pair, RECORD-RECORD, as 'link review' lists it.")],
    decision: Annotated[
        str, typer.Argument(help="same or different.", callback=choice(("same", "different")))
    ],
    note: Annotated[str | None, typer.Option(help="Why (kept with the decision; no identifiers).")] = None,
    workspace: WorkspaceOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a clerical decision on a pair: every later linkage of its records follows it.

    "different" keeps the two records in two persons; "same" joins them (unless it contradicts a
    "different" decision). Run 'rapporteur link --year Y' again to apply it.

    Example: rapporteur link decide 8589934592-12884901889 different --note "other mother"
    """
    from rapporteur.link.review import decide

    ws = open_ws(workspace)
    d = decide(ws, pair, "same" if decision == "same" else "different", note)
    if as_json:
        print_json(d)
        return
    out.print(f"Pair {d.pair_id}: {d.decision}. Run 'rapporteur link --year YEAR' again to apply it.")
