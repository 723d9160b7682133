"""Add (or update) French and Dutch translations in the catalogs from a Python data file.

    uv run python tools/add_translations.py tools/translations/summary.py

The data file defines ``MESSAGES``: a list of entries, each
``{"id": msgid, "fr": ..., "nl": ...}`` or, for plurals,
``{"id": (singular, plural), "fr": (one, many), "nl": (one, many)}``. Entries are written through
Babel (so the .po syntax stays valid) and the catalogs are checked by tests/report/test_i18n.py.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parents[1] / "src" / "rapporteur" / "report" / "locale"


def add(messages: list[dict[str, object]]) -> None:
    for lang in ("fr", "nl"):
        path = LOCALE / lang / "LC_MESSAGES" / "messages.po"
        with path.open("rb") as f:
            cat = read_po(f, locale=lang)
        for m in messages:
            msgid = m["id"]
            key = msgid[0] if isinstance(msgid, tuple) else msgid
            if key in cat:
                del cat[key]
            text = m[lang]
            if isinstance(text, tuple) and len(text) < cat.num_plurals:
                # e.g. French in CLDR has three forms (one, many, other): the plural serves both
                text = (text[0], *[text[-1]] * (cat.num_plurals - 1))
            cat.add(msgid, text)  # type: ignore[arg-type]
        with path.open("wb") as f:
            write_po(f, cat, omit_header=False, no_location=True, width=100)
        print(f"{path}: {len(messages)} entries")


if __name__ == "__main__":
    add(runpy.run_path(sys.argv[1])["MESSAGES"])
