"""Extract the report's interface strings and update the fr and nl catalogs (keeps translations).

uv run python tools/i18n.py          # then translate the new empty entries in the .po files
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).parents[1]
LOCALE = ROOT / "src/rapporteur/report/locale"


def extract() -> Path:
    pot = ROOT / "build" / "messages.pot"
    pot.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_",
            "-k",
            "gettext",
            "-k",
            "ngettext:1,2",
            "--no-location",
            "--omit-header",
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    return pot


def update(pot: Path) -> None:
    with pot.open("rb") as f:
        template = read_po(f)
    for lang in ("fr", "nl"):
        po = LOCALE / lang / "LC_MESSAGES" / "messages.po"
        with po.open("rb") as f:
            cat = read_po(f, locale=lang)
        cat.update(template, no_fuzzy_matching=True)
        with po.open("wb") as f:
            write_po(f, cat, omit_header=False, no_location=True, width=100)
        missing = [m.id for m in cat if m.id and not m.string]
        print(f"{lang}: {len(cat)} messages, {len(missing)} untranslated")


if __name__ == "__main__":
    update(extract())
