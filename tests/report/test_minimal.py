"""A workspace with only two actors, no linkage, no case law and no policy register still gives
a report in the three languages, which says plainly what is missing."""

from __future__ import annotations

import html
import re

import pytest

from rapporteur import ingest
from rapporteur.languages import LANGUAGES
from rapporteur.report import build
from rapporteur.report.i18n import Translator
from tests.conftest import GOOD_ROWS, police_csv

YEAR = 2013


def _plain(text: str) -> str:
    """Text with French typography undone (narrow spaces, typographic apostrophe)."""
    return " ".join(text.replace("\u2019", "'").replace("\u202f", " ").replace("\xa0", " ").split())


def _text(path) -> str:
    body = re.sub(r"<(style|script|svg)\b.*?</\1>", " ", path.read_text("utf-8"), flags=re.S)
    return _plain(html.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.mark.slow
def test_report_of_a_bare_workspace_says_what_is_missing(ws, write, tmp_path):
    ingest.submit(ws, write("p.csv", police_csv(GOOD_ROWS)), "police", YEAR)
    built = build(ws, YEAR, tmp_path / "r", list(LANGUAGES), ["html", "pdf"])
    assert {b.lang for b in built} == set(LANGUAGES)
    for b in built:
        assert b.pdf is not None and b.pdf.stat().st_size > 10_000
        assert b.html is not None
        text = _text(b.html)
        tr = Translator(b.lang)
        no_estimate = _plain(
            tr.gettext(
                "No estimate of the number of unregistered victims was made for this year "
                "(rapporteur link and rapporteur estimate)."
            )
        )
        assert no_estimate in text, b.lang
        not_linked = tr.gettext(
            "The records of this year have not been linked into persons: the victim tables count "
            "registrations, and no precision or recall of a linkage can be given."
        )
        assert _plain(not_linked) in text, b.lang  # the methodology annex says there is no linkage
        # chapters 2, 4 and 5 have neither a register nor a narrative: each says so
        missing = (
            tr.gettext(
                "No text has been written for this chapter yet. Write it in the workspace file %(file)s."
            )
            .split("%(file)s")[0]
            .strip()
        )
        assert text.count(missing) == 3, b.lang
        # nothing is made up: no judgment, no recommendation, and the victims are registrations
        assert tr.gettext("Judgments in figures") not in text
