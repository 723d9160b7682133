"""The published form of an indicator table, in one language: what ``rapporteur stats --format json``
prints, one object per table (field names as in docs/naming.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from rapporteur.stats.table import Cell, StatTable

State = Literal["count", "zero", "na", "suppressed", "rounded"]  # as table.STATES


class PublishedCell(BaseModel):
    """One cell as published: its value is null whenever it is not available or hidden."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    row: str
    column: str
    value: int | None
    state: State

    @classmethod
    def of(cls, row: str, column: str, cell: Cell) -> PublishedCell:
        return cls(row=row, column=column, value=cell.value, state=cell.state)


class PublishedTable(BaseModel):
    """One table as published, its title and unit in one language; cells row by row."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    table_id: str
    title: str
    unit: str
    rows: list[str]
    columns: list[str]
    cells: list[PublishedCell]

    @classmethod
    def of(cls, table: StatTable, lang: str) -> PublishedTable:
        return cls(
            table_id=table.id,
            title=table.title[lang],
            unit=table.unit[lang],
            rows=list(table.rows),
            columns=list(table.columns),
            cells=[PublishedCell.of(r, c, table.cells[(r, c)]) for r in table.rows for c in table.columns],
        )
