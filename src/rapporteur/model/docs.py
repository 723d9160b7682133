"""Render the data-model reference (docs/data-model.md) from the code; a test keeps them equal.

Run ``python -m rapporteur.model.docs`` to refresh the generated part of the file.
"""

from __future__ import annotations

from pathlib import Path

from rapporteur.model.codelists import NAMES, codelist
from rapporteur.model.fields import FIELDS, VALUE_STATES

START, END = "<!-- generated:start -->", "<!-- generated:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    out: list[str] = []
    for record, fields in FIELDS.items():
        out += [
            f"### Fields of {record} records",
            "",
            "| field | kind | code list | several | identifier | required | description |",
            "|---|---|---|---|---|---|---|",
        ]
        for f in fields:
            out.append(
                f"| `{f.name}` | {f.kind} | {f.codelist or ''} | {'yes' if f.multi else ''} | "
                f"{'yes' if f.identifier else ''} | {'yes' if f.required else ''} | "
                f"{_cell(f.description)} |"
            )
        out.append("")
    out += ["### Value states", "", "| state | meaning |", "|---|---|"]
    out += [f"| `{k}` | {v} |" for k, v in VALUE_STATES.items()]
    out.append("")
    for name in NAMES:
        cl = codelist(name)
        cols = [c for c in cl.rows[0] if c != "code"]
        out += [
            f"### Code list `{name}` ({len(cl.codes)} codes)",
            "",
            "| code | " + " | ".join(cols) + " |",
            "|---" * (len(cols) + 1) + "|",
        ]
        out += ["| `" + r["code"] + "` | " + " | ".join(_cell(r[c]) for c in cols) + " |" for r in cl.rows]
        out.append("")
    return "\n".join(out)


def update(path: Path) -> None:
    text = path.read_text("utf-8")
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    path.write_text(f"{head}{START}\n\n{render()}\n{END}{tail}", "utf-8")


if __name__ == "__main__":
    update(Path(__file__).parents[3] / "docs" / "data-model.md")
