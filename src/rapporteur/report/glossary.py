"""The glossary (beside the annex's definitions) and the list of abbreviations of the report.

Terms and definitions are catalog messages (English msgids, French and Dutch in the .po files):
``_`` below only marks them for extraction; the report translates them when it renders. An
abbreviation is translated too, since each language has its own (THB, TEH, MH).
"""

from __future__ import annotations

import unicodedata

from rapporteur.report.i18n import Translator


def _(message: str) -> str:
    """Marks a message for extraction; translated at render time."""
    return message


TERMS: tuple[tuple[str, str], ...] = (
    (
        _("Presumed victim"),
        _(
            "A person who shows indications of trafficking but whom no competent authority has "
            "formally identified (yet)."
        ),
    ),
    (
        _("Victim status"),
        _(
            "The protection of the Law of 15 December 1980 (arts 61/2 to 61/5) for a victim who "
            "breaks off contact with the exploiters, is supported by a specialised centre and "
            "cooperates with the justice system: reflection period, then residence documents."
        ),
    ),
    (
        _("Reflection period"),
        _(
            "45 days in which a possible victim, supported by a specialised centre, decides "
            "whether to make statements or file a complaint."
        ),
    ),
    (
        _("Linkage"),
        _(
            "Finding the records of the same person in the registers of several actors, so that "
            "each person is counted once."
        ),
    ),
    (
        _("Multiple systems estimation"),
        _(
            "A statistical method that estimates how many victims no actor registered, from how "
            "often the same persons appear in several registers."
        ),
    ),
    (
        _("Counting unit"),
        _(
            "What an actor counts: persons, files, offences or decisions. Figures in different "
            "units are shown side by side and never added."
        ),
    ),
    (
        _("Statistical confidentiality"),
        _(
            "The rules that keep a published table from revealing figures about a few persons: "
            "small counts are hidden, and so are the cells that would let them be worked out."
        ),
    ),
)

ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (_("THB"), _("trafficking in human beings")),
    (_("GRETA"), _("Group of Experts on Action against Trafficking in Human Beings (Council of Europe)")),
    (_("UNODC"), _("United Nations Office on Drugs and Crime")),
    (_("IOM"), _("International Organization for Migration")),
    (_("HTCDS"), _("Human Trafficking Case Data Standard (IOM)")),
    (_("NACE"), _("statistical classification of economic activities in the European Union")),
    (_("MSE"), _("multiple systems estimation")),
)


def _order(text: str) -> str:
    """Dictionary order: accents and case do not count (É with E)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def glossary(tr: Translator) -> list[tuple[str, str]]:
    """The terms and their definitions in the report's language, in dictionary order."""
    return sorted(((tr.gettext(t), tr.gettext(d)) for t, d in TERMS), key=lambda x: _order(x[0]))


def abbreviations(tr: Translator) -> list[tuple[str, str]]:
    return sorted(((tr.gettext(a), tr.gettext(m)) for a, m in ABBREVIATIONS), key=lambda x: _order(x[0]))
