"""Stage contracts: no traceback for bad invocations, one error model with documented exit codes,
no import cycles, small files, a thin CLI, JSON Schemas and docs that match the code."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rapporteur.cli import app
from tests.conftest import FIXTURES, GOOD_ROWS, police_csv

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "rapporteur"
runner = CliRunner()


@pytest.fixture(scope="module")
def cli_ws(tmp_path_factory):
    d = tmp_path_factory.mktemp("contracts") / "w"
    assert runner.invoke(app, ["init", str(d)]).exit_code == 0
    for a in ("police", "court"):
        assert runner.invoke(app, ["actor", "add", str(FIXTURES / f"{a}.yaml"), "-w", str(d)]).exit_code == 0
    return d


def _files(tmp: Path) -> dict[str, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp.mkdir(exist_ok=True)
    lists = tmp / "lists.parquet"
    pq.write_table(pa.table({"N° dossier": [["P1", "P2"]], "Prénom": ["A"]}), lists)
    date_constant = tmp / "date-constant.yaml"
    date_constant.write_text(
        (FIXTURES / "police.yaml")
        .read_text("utf-8")
        .replace("constants:", "constants:\n  identified_on: 2013")
        if "constants:" in (FIXTURES / "police.yaml").read_text("utf-8")
        else (FIXTURES / "police.yaml").read_text("utf-8") + "constants:\n  identified_on: 2013\n",
        "utf-8",
    )
    good = tmp / "good.csv"
    good.write_bytes(police_csv([*GOOD_ROWS, "P9;A;B;;F;Atlantis;1°;01/01/2013"]))
    not_a_return = tmp / "x.csv"
    not_a_return.write_bytes(b"\xff\xfe\x00garbage")
    return {"lists": lists, "date_constant": date_constant, "good": good, "garbage": not_a_return}


# (arguments, expected exit code, words the message must contain)
BAD = [
    (["export", "diff", "nope.csv", "x.csv"], 2, ["nope.csv", "does not exist"]),
    (["stats", "--year", "2013", "--lang", "de", "-w", "{ws}"], 2, ["'de'", "fr, nl, en"]),
    (["export", "eurostat", "--year", "2013", "--out", "/proc/x/y.csv", "-w", "{ws}"], 2, ["/proc/x"]),
    (["ingest", "{lists}", "--actor", "police", "--year", "2013", "-w", "{ws}"], 2, ["list"]),
    (["actor", "add", "{date_constant}", "-w", "{ws}"], 2, ["identified_on"]),
    (["stats", "--year", "2013", "--format", "xml", "-w", "{ws}"], 2, ["'xml'", "json, csv, md"]),
    (["report", "--year", "2013", "--out", "{tmp}/r", "--lang", "fr,de", "-w", "{ws}"], 2, ["'de'"]),
    (["report", "--year", "2013", "--out", "{tmp}/r", "--format", "docx", "-w", "{ws}"], 2, ["'docx'"]),
    (["rejects", "999", "-w", "{ws}"], 2, ["no submission 999"]),
    (["rejects", "1", "--format", "xlsx", "-w", "{ws}"], 2, ["'xlsx'"]),
    (["ingest", "{good}", "--actor", "nobody", "--year", "2013", "-w", "{ws}"], 2, ["unknown actor"]),
    (["ingest", "{good}", "--actor", "police", "--year", "1700", "-w", "{ws}"], 2, ["1700"]),
    (["caselaw", "search", "x", "--lang", "xx", "-w", "{ws}"], 2, ["'xx'"]),
    (["caselaw", "search", "x", "--form", "fishing", "-w", "{ws}"], 2, ["'fishing'"]),
    (["caselaw", "history", "NOPE", "-w", "{ws}"], 2, ["NOPE"]),
    (["link", "evaluate", "--truth", "{good}", "--year", "2013", "-w", "{ws}"], 2, ["no current linkage"]),
    (["estimate", "--year", "2013", "-w", "{ws}"], 2, ["no current linkage"]),
    (["export", "diff", "{garbage}", "{garbage}"], 2, ["cannot be read"]),
    (
        ["recommendations", "follow-up", "R-NONE", "--year", "2014", "--status", "done", "-w", "{ws}"],
        2,
        ["'done'"],
    ),
    (["mse", "{good}"], 2, ["good.csv"]),
    (["submissions", "-w", "{tmp}/nowhere"], 2, ["not a Rapporteur workspace"]),
]


@pytest.mark.parametrize(("args", "code", "words"), BAD, ids=[" ".join(a[:3]) for a, _, _ in BAD])
def test_bad_invocations_exit_with_a_message_and_no_traceback(cli_ws, tmp_path, args, code, words):
    files = _files(tmp_path)
    argv = [a.format(ws=cli_ws, tmp=tmp_path, **files) for a in args]
    r = runner.invoke(app, argv)
    text = r.output + (r.stderr if r.stderr_bytes is not None else "")
    assert r.exit_code == code, text
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in text
    flat = " ".join(text.split())
    for w in words:
        assert w in flat, (w, text)


def test_strict_rejection_exits_1_also_with_json(cli_ws, tmp_path):
    f = tmp_path / "strict.csv"
    f.write_bytes(police_csv([*GOOD_ROWS, "P8;A;B;;F;Atlantis;1°;02/01/2013"]))
    r = runner.invoke(
        app,
        ["ingest", str(f), "--actor", "police", "--year", "2012", "--strict", "--json", "-w", str(cli_ws)],
    )
    assert r.exit_code == 1, r.output
    assert json.loads(r.stdout)["status"] == "rejected"


def test_an_unexpected_error_is_exit_3_with_a_reference_and_no_traceback(cli_ws, monkeypatch):
    from rapporteur import ingest

    def boom(*_a, **_k):
        raise ZeroDivisionError("a value that must not be shown")

    monkeypatch.setattr(ingest, "submissions", boom)
    r = runner.invoke(app, ["submissions", "-w", str(cli_ws)])
    assert r.exit_code == 3
    assert "internal error" in r.stderr and "ZeroDivisionError" in r.stderr
    assert "must not be shown" not in r.stderr and "Traceback" not in r.stderr
    ref = re.search(r"internal error ([0-9a-f]{8})", r.stderr)
    assert ref is not None
    log = (cli_ws / "logs" / "rapporteur.log").read_text("utf-8")
    assert ref.group(1) in log and "must not be shown" not in log


def test_same_field_same_name_in_ingest_and_submissions(cli_ws, tmp_path):
    f = tmp_path / "same.csv"
    f.write_bytes(police_csv(GOOD_ROWS))
    one = json.loads(
        runner.invoke(
            app, ["ingest", str(f), "--actor", "police", "--year", "2011", "--json", "-w", str(cli_ws)]
        ).stdout
    )
    listed = json.loads(runner.invoke(app, ["submissions", "--json", "-w", str(cli_ws)]).stdout)
    assert one in listed
    schema = json.loads((ROOT / "docs" / "schemas" / "submission.schema.json").read_text("utf-8"))
    assert set(one) == set(schema["properties"])


def test_json_schemas_match_the_models():
    from rapporteur.schemas import schemas

    folder = ROOT / "docs" / "schemas"
    generated = schemas()
    assert sorted(p.name for p in folder.glob("*.schema.json")) == sorted(generated)
    for name, text in generated.items():
        assert (folder / name).read_text("utf-8") == text, f"{name} drifted: run python tools/gen_schemas.py"


def test_cli_docs_are_generated_from_the_commands():
    from rapporteur.cli.docs import markdown

    assert (ROOT / "docs" / "cli.md").read_text("utf-8") == markdown(), "run python tools/gen_cli_docs.py"


# Architecture


def _module(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """Modules imported at run time (TYPE_CHECKING blocks excluded), resolved to our modules."""
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for b in node.body for n in ast.walk(b))
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base])
            for a in node.names:  # a submodule imported by name is an edge to it, not to the package
                found.add(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base)
    return {m for m in found if m.startswith("rapporteur")}


def test_no_import_cycles():
    modules = {_module(p): p for p in SRC.rglob("*.py") if "migrations" not in p.parts}
    graph = {
        m: {i for i in _imports(p, m, set(modules)) if i in modules and i != m} for m, p in modules.items()
    }
    # a submodule importing its own package's __init__ is the package importing itself
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                cycles.append([*stack[stack.index(n) :], n])
            elif n not in state:
                visit(n, [*stack, n])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_no_source_file_over_600_lines():
    long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > 600
    }
    assert not long, long


def test_cli_modules_hold_no_sql_and_no_storage():
    for p in (SRC / "cli").glob("*.py"):
        text = p.read_text("utf-8")
        for banned in ("sqlalchemy", "duckdb", "pyarrow", ".execute(", "select(", "schema."):
            assert banned not in text, f"{p.name} uses {banned}"
        assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE)\s", text), p.name


def test_only_the_workspace_builds_workspace_paths():
    for p in SRC.rglob("*.py"):
        if p.name == "workspace.py" and p.parent == SRC:
            continue
        text = p.read_text("utf-8")
        assert not re.search(r"\bws\.path\s*/", text), f"{p.relative_to(SRC)} builds a workspace path by hand"
