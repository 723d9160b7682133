"""Every word in its language: the French and Dutch editions carry no English outside proper names
and codes, and the French edition follows French typography."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from rapporteur.model import codelist
from rapporteur.report.i18n import Translator
from rapporteur.report.labels import body, workspace_name
from rapporteur.report.typography import NBSP, NNBSP, french, french_text

# Common English words that are not also French or Dutch words: "in", "is", "was", "of", "or",
# "on", "over", "table", "source", "status", "police", "total", "model", "actor", "data",
# "impact", "sessions", "report" ... are left out (see ENGLISH_PHRASES).
_WORDS = """
    the and with for from by this that these those which who whose what when where while than then
    there their they them its are were being has have not no yet only also should must will would
    could can each every any some none without within between before after under into onto upon
    about against through during such same other others more less
    victims registered registrations registration persons person estimate estimated estimates
    year years number children child identified presumed annual trafficking human beings granted
    permit permits residence ministry government federal employment affairs prosecutors
    interdepartmental unit axis scale values titled discrete linear legend synthetic demonstration
    shown written chapter text forms form labour forced sexual begging removal organs criminal
    recorded method list lists actors law judgments judgment courts appeal recommendation
    recommendations implemented partly responsible since outcomes follow followed issued submitted
    submissions checksum rows accepted rejected unknown sex age citizenship citizenships nationality
    country countries reporting centers specialised specialized prosecution partnership prevention
    measures measure see below suppressed available
"""
ENGLISH = frozenset(_WORDS.split())
# English phrases of words that are also French or Dutch ("table", "source", "of", "data")
ENGLISH_PHRASES = ("table id", "not available", "no data", "data source", "title text", "source:")
# proper names and codes that may appear in any edition
ALLOWED = frozenset({"Rapporteur", "Eurostat", "SHA", "BIC", "PAG", "ASA", "Payoke", "Sürya"})
# commands and identifiers quoted in the text
ALLOWED_PHRASES = ("rapporteur link --year", "rapporteur link", "rapporteur estimate")
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?")


class _Visible(HTMLParser):
    """The text a reader sees or hears: text nodes outside style, script and code (identifiers),
    and the attributes screen readers read (aria-label, alt, title)."""

    SKIP = frozenset({"style", "script", "code"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        self.parts.extend(v for k, v in attrs if k in ("aria-label", "alt", "title") and v)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    p = _Visible()
    p.feed(html)
    return "\n".join(p.parts)


def english_words(html: str) -> dict[str, str]:
    """English words of the page's visible text, each with one context where it appears."""
    text = visible_text(html)
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    found: dict[str, str] = {}
    for m in WORD.finditer(text):
        w = m.group(0)
        if w in ALLOWED:
            continue
        if w.lower() in ENGLISH:
            found.setdefault(w.lower(), text[max(0, m.start() - 60) : m.end() + 60].replace("\n", " "))
    flat = " ".join(text.lower().split())
    for phrase in ENGLISH_PHRASES:
        at = flat.find(phrase)
        if at >= 0:
            found.setdefault(phrase, flat[max(0, at - 60) : at + 60])
    return found


@pytest.fixture(scope="module")
def editions(demo_world) -> dict[str, str]:
    out, _ = demo_world
    pages = {}
    for lang in ("fr", "nl", "en"):
        found = sorted((out / "report").glob(f"report-*-{lang}.html"))
        assert found, f"no {lang} edition in {out / 'report'}"
        pages[lang] = found[-1].read_text("utf-8")
    return pages


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_no_english_in_the_french_and_dutch_editions(editions, lang):
    assert english_words(editions[lang]) == {}


def test_the_word_list_finds_english(editions):
    """The check is not vacuous: the English edition is full of the listed words."""
    found = english_words(editions["en"])
    assert {"the", "victims", "registered", "table id", "source:"} <= set(found)


def test_french_edition_typography(editions):
    text = visible_text(editions["fr"])
    assert "'" not in text  # one apostrophe, the typographic one
    assert re.search(r"\S[;:!?](?=\s)", text) is None  # no ; : ! ? glued to the word before
    assert f"Source{NNBSP}:" in text
    assert "1<sup>er</sup>" in editions["fr"]  # the data's date or the Criminal Code's § 1er


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_key_figures_read_as_number_and_noun(editions, lang):
    """'577 victimes identifiées', not '577 de victimes identifiées'; '55 kinderen', not '55 van
    kinderen'."""
    block = re.search(r'<div class="keyfigures">(.*?)</div>\s*<p', editions[lang], re.S)
    assert block
    labels = re.findall(r'<span class="n">[^<]*</span>([^<]*)</div>', block.group(1))
    assert len(labels) == 7  # the demo is linked: persons, and the registrations beside them
    for label in labels:
        assert not re.match(r"(de |d’|d'|van )", label), label


# -- the French typography filter ------------------------------------------------------------------


@pytest.mark.parametrize(
    "before, after",
    [
        ("<p>Source : Office</p>", f"<p>Source{NNBSP}: Office</p>"),
        ("<p>Sexe: Femme</p>", f"<p>Sexe{NNBSP}: Femme</p>"),
        ("<p>a; b ! c ? d</p>", f"<p>a{NNBSP}; b{NNBSP}! c{NNBSP}? d</p>"),
        ("<p>2010: Non mise en œuvre</p>", f"<p>2010{NNBSP}: Non mise en œuvre</p>"),
        ("<p>« Texte »</p>", f"<p>«{NNBSP}Texte{NNBSP}»</p>"),
        ("<p>«Texte»</p>", f"<p>«{NNBSP}Texte{NNBSP}»</p>"),
        ("<p>intervalle à 95 %</p>", f"<p>intervalle à 95{NNBSP}%</p>"),
        ("<p>l&#39;UE, d'un acteur</p>", "<p>l’UE, d’un acteur</p>"),
        ("<p>le 1 janvier 2013</p>", f"<p>le 1<sup>er</sup>{NBSP}janvier 2013</p>"),
        ("<p>1er décembre</p>", f"<p>1<sup>er</sup>{NBSP}décembre</p>"),
        ("<p>art. 433quinquies, § 1er, du</p>", f"<p>art. 433quinquies, §{NBSP}1<sup>er</sup>, du</p>"),
        ("<p>11 janvier, 21 mars, § 10, § 12</p>", "<p>11 janvier, 21 mars, § 10, § 12</p>"),
    ],
)
def test_french_typography(before, after):
    assert french(before) == after
    assert french(after) == after  # applying it twice changes nothing


@pytest.mark.parametrize(
    "page",
    [
        '<a href="https://example.org/a?b=1">https://example.org/x</a>',  # URLs, in and out of attributes
        "<p>à 10:30 ou 9:05</p>",  # times
        '<p title="Sexe: Femme" data-x="a;b" aria-label="l\'UE : x">x</p>',  # attributes
        "<code>a: b; c</code><pre>d ? e</pre>",
        "<style>p:first-child{color:red;} a:hover{x:y}</style>",
        "<script>var a = {b: 1}; if (a) { c(); }</script>",
        "<!-- a: b ; c -->",
    ],
)
def test_french_typography_leaves_urls_attributes_code_and_times(page):
    assert french(page) == page


def test_french_typography_in_charts_changes_only_the_apostrophe():
    svg = "<svg><text>Forme d&#39;exploitation: x</text></svg>"
    assert french(svg) == "<svg><text>Forme d’exploitation: x</text></svg>"


def test_french_text_for_attributes():
    assert french_text("Sessions organisées. 2009: 12; 2010: 40") == (
        f"Sessions organisées. 2009{NNBSP}: 12{NNBSP}; 2010{NNBSP}: 40"
    )


def test_dates_are_ordinal_in_french_only():
    import datetime as dt

    d = Translator("fr").date(dt.date(2013, 1, 1))
    assert french(f"<p>{d}</p>") == f"<p>1<sup>er</sup>{NBSP}janvier 2013</p>"
    assert Translator("nl").date(dt.date(2013, 1, 1)) == "1 januari 2013"


# -- labels of the registers' bodies ---------------------------------------------------------------


PROPER_NAMES = {"fedasil"}


def test_bodies_have_labels_in_every_language():
    cl = codelist("body")
    assert body("Federal government", "fr") == "Gouvernement fédéral"
    assert body("federal_government", "nl") == "Federale regering"
    assert body("College of Prosecutors-General", "nl") == "College van procureurs-generaal"
    assert body("Ministry of Employment", "fr").startswith("SPF Emploi")
    assert body("Gouvernement fédéral", "en") == "Federal government"  # any label is a key
    assert body("Myria", "fr") == "Myria"  # a name the list lacks is a proper name, kept
    assert body(None, "fr") == ""
    for code in cl.codes:
        if code in PROPER_NAMES:  # an agency's name, the same in every language
            continue
        assert len({cl.label(code, lang) for lang in ("en", "fr", "nl")}) >= 2, code


def test_demo_bodies_are_all_in_the_code_list():
    import yaml

    from rapporteur.demo.register import build
    from rapporteur.report.labels import body_code

    measures_text, recs_text = build(2013, 2013)
    measures, recs = yaml.safe_load(measures_text), yaml.safe_load(recs_text)
    names = {m["body"] for m in measures} | {r["addressee"] for r in recs}
    for m in measures:
        for y in m["years"].values():
            names |= {i["source"] for i in y.get("indicators", []) if i.get("source")}
    missing = sorted(n for n in names if not body_code(n))
    assert not missing, missing


def test_the_demo_cover_name_is_translated():
    from rapporteur.demo.run import DEMO_NAME
    from rapporteur.report import labels

    assert labels.DEMO_NAME == DEMO_NAME
    assert "démonstration" in workspace_name(DEMO_NAME, Translator("fr"))
    assert "demonstratie" in workspace_name(DEMO_NAME, Translator("nl"))
    assert workspace_name("Myria — rapport 2013", Translator("nl")) == "Myria — rapport 2013"


def test_visible_text_helper():
    html = '<p title="t">a <code>id_x</code> b</p><style>p{}</style><svg aria-label="s"></svg>'
    assert visible_text(html).split() == ["t", "a", "b", "s"]


def test_the_word_list_is_not_french_or_dutch():
    """A word of the list that is also a common French or Dutch word would make false alarms."""
    common_fr_nl = {"in", "is", "was", "over", "or", "on", "of", "police", "total", "model", "actor", "data"}
    common_fr_nl |= {"table", "source", "status", "interval", "had", "held", "case", "court", "report"}
    assert not ENGLISH & common_fr_nl


def test_chart_count_axis_names_what_the_table_counts():
    from types import SimpleNamespace

    from rapporteur.report.charts import _count_title
    from rapporteur.stats.context import REGISTRATIONS, VICTIM_PERSONS

    nl = Translator("nl")
    assert _count_title(SimpleNamespace(unit=dict(VICTIM_PERSONS)), nl) == "Personen"
    assert _count_title(SimpleNamespace(unit=dict(REGISTRATIONS)), nl) == "Registraties"
