"""Per-language labels of names the registers store as plain strings: the bodies responsible for
policy measures and addressed by recommendations (code list ``body``), and the workspace's name on
the cover when it is one the project writes itself (the demonstration's).

A register names a body by its code or by any of its labels (``Federal government``,
``federal_government``, ``Gouvernement fédéral``); the report shows the label in its own language.
A name the code list does not know is a proper name the user wrote: it is shown as written.
"""

from __future__ import annotations

from functools import cache

from rapporteur.model import codelist
from rapporteur.model.codelists import fold
from rapporteur.report.i18n import Translator


@cache
def _bodies() -> dict[str, str]:
    return codelist("body").lookup()


def body_code(name: str) -> str | None:
    """The ``body`` code of a name as a register writes it, or None if the code list lacks it."""
    return _bodies().get(fold(name)) if name else None


def body(name: str | None, lang: str) -> str:
    """A body's label in ``lang``, or the name unchanged when it is not in the code list."""
    if not name:
        return ""
    code = body_code(name)
    return codelist("body").label(code, lang) if code else name


# the workspace name the demonstration writes (rapporteur.demo.run.DEMO_NAME; the demo imports
# the report, so the name is repeated here rather than imported, and a test compares the two)
DEMO_NAME = "Rapporteur — synthetic demonstration (SYNTHETIC DATA)"


def workspace_name(name: str, tr: Translator) -> str:
    """The workspace's name for the cover: the demonstration's name is translated, any other name
    is the user's and shown as written."""
    if name == DEMO_NAME:
        return tr.gettext("Rapporteur — synthetic demonstration (SYNTHETIC DATA)")
    return name
