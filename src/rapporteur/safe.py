"""Cells that a spreadsheet would run as a formula are neutralised in every file we write.

OWASP's advice for CSV injection: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is prefixed with a single quote. Numbers (also negative ones written as
text, such as ``-3`` or ``-0.5``) are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def safe_cell(value: object) -> object:
    """The value as a spreadsheet should receive it (text cells only are changed)."""
    if not isinstance(value, str) or not value.startswith(_TRIGGERS) or _NUMBER.match(value):
        return value
    return "'" + value


def safe_row(row: Iterable[object]) -> list[object]:
    """A CSV row with every cell neutralised."""
    return [safe_cell(v) for v in row]


def safe_workbook(wb: Workbook) -> None:
    """Neutralise every text cell of a workbook in place (formulas we write are not text)."""
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "s":
                    cell.value = safe_cell(cell.value)
