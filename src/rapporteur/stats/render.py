"""Published tables as JSON, CSV or Markdown (``rapporteur stats``)."""

from __future__ import annotations

import csv
import io
import json

from rapporteur.safe import safe_row
from rapporteur.stats.models import PublishedTable
from rapporteur.stats.table import StatTable, shown


def render(tables: list[StatTable], fmt: str, lang: str, threshold: int) -> str:
    if fmt == "json":
        published = [PublishedTable.of(t, lang).model_dump(mode="json") for t in tables]
        return json.dumps(published, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["table_id", "row", "column", "value", "state"])  # cells: safe_row
        for t in tables:
            for r in t.rows:
                for c in t.columns:
                    cell = t.cells[(r, c)]
                    w.writerow(safe_row([t.id, r, c, "" if cell.value is None else cell.value, cell.state]))
        return buf.getvalue()
    out = []
    for t in tables:
        out += [
            f"### {t.title[lang]} (`{t.id}`)",
            "",
            "| | " + " | ".join(t.label("col", c, lang) for c in t.columns) + " |",
            "|---" + "|---:" * len(t.columns) + "|",
        ]
        for r in t.rows:
            out.append(
                f"| {t.label('row', r, lang)} | "
                + " | ".join(shown(t.cells[(r, c)], threshold) for c in t.columns)
                + " |"
            )
        out += ["", f"Unit: {t.unit[lang]}. {t.counting_rule[lang]}", ""]
    return "\n".join(out)
