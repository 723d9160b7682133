"""Extract the per-language strings (the report's interface, the stats tables' titles, units, rules,
notes and labels) and update the fr and nl catalogs (keeps translations).

uv run python tools/i18n.py          # then translate the new empty entries in the .po files

What is extracted is said once, in babel.cfg (files) and KEYWORDS (functions); the completeness test
(tests/report/test_i18n.py) reads both.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from rapporteur.languages import TRANSLATED

ROOT = Path(__file__).parents[1]
LOCALE = ROOT / "src/rapporteur/report/locale"
# the functions whose literal arguments are messages: the report's Translator, and
# rapporteur.languages.translations (one message in every language, for the stats tables)
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "translations": None,
}


def _spec(keyword: str, args: tuple[int, ...] | None) -> str:
    """A keyword as pybabel's -k wants it: ngettext:1,2."""
    return keyword if args is None else f"{keyword}:{','.join(map(str, args))}"


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
            *(a for k, spec in KEYWORDS.items() for a in ("-k", _spec(k, spec))),
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
    for lang in TRANSLATED:
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
