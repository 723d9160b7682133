"""Cells that a spreadsheet would run as a formula are neutralised in every file we write.

OWASP's advice for CSV injection: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is prefixed with a single quote. Numbers (also negative ones written as
text, such as ``-3`` or ``-0.5``) are left as they are.
"""

from __future__ import annotations

import re

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def safe_cell(value: object) -> object:
    """The value as a spreadsheet should receive it (text cells only are changed)."""
    if not isinstance(value, str) or not value.startswith(_TRIGGERS) or _NUMBER.match(value):
        return value
    return "'" + value
