"""Mappings of aggregate victim files (``aggregate: true``): the actor sends counts, not records.

Such a file has one row per combination of categories (citizenship x sex x form, …) and a count
column mapped to the ``count`` field. It needs no record number and may carry no identifier: its
rows are never linked (docs/decisions/0021-aggregate-submissions-and-feedback.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapporteur.model.fields import field_map

if TYPE_CHECKING:
    from rapporteur.ingest.mapping import Mapping

# required fields of victim records that an aggregate file does not need
AGGREGATE_OPTIONAL = frozenset({"local_id"})


def check_aggregate(m: Mapping) -> None:
    """Raise ValueError when the mapping's aggregate declaration and its columns disagree."""
    if m.records != "victim":
        return
    fields = field_map("victim")
    if not m.aggregate:
        if "count" in m.columns or "count" in m.constants:
            raise ValueError(
                "count is mapped but the file is not declared aggregate; add 'aggregate: true' "
                "if each row counts several victims, or remove the count column"
            )
        return
    if "count" not in m.columns:
        raise ValueError("aggregate: true needs a count column: map it under columns.count")
    idents = [n for n in m.columns if fields[n].identifier]
    if idents:
        raise ValueError(
            f"an aggregate file carries no identifiers; remove {', '.join(idents)} from columns "
            "(aggregate rows are never linked)"
        )
    dated = [n for n in m.columns if n.startswith("milestone.")]
    if dated:
        raise ValueError(
            f"an aggregate file cannot map protection milestones ({', '.join(dated)}); "
            "send them as records or leave them out"
        )
