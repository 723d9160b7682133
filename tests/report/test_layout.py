"""The report's print and web layout, checked on the demonstration report's own files: every word of
the PDFs inside the text block, each table's source note on the table's page, tagged PDFs with their
language, and the HTML's viewport, language switcher, ``lang`` marks and accessibility (axe-core)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent, LTContainer, LTPage, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from rapporteur.languages import LANGUAGES
from rapporteur.report.i18n import Translator

YEAR = 2013
MM = 72 / 25.4
# the @page margins of report.css: top, right, bottom, left
TOP, RIGHT, BOTTOM, LEFT = 22 * MM, 20 * MM, 24 * MM, 22 * MM
TOLERANCE = 1.0  # points
AXE = Path(__file__).parents[1] / "vendor" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def report(demo_world) -> Path:
    out, _ = demo_world
    return out / "report"


@pytest.fixture(scope="module")
def pages(report) -> dict[str, list[LTPage]]:
    return {lang: list(extract_pages(report / f"report-{YEAR}-{lang}.pdf")) for lang in LANGUAGES}


def _walk(item: LTComponent, kind: type) -> Iterator:
    if isinstance(item, kind):
        yield item
    if isinstance(item, LTContainer):
        for child in item:
            yield from _walk(child, kind)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_lies_inside_the_text_block(pages, lang):
    """No table or chart runs into the margin or off the page. The running heads and the page
    number (small type) are the only text in the top and bottom margins."""
    outside = []
    for no, page in enumerate(pages[lang], start=1):
        x0, y0, x1, y1 = page.bbox
        for ch in _walk(page, LTChar):
            if not ch.get_text().strip():
                continue
            horizontal = ch.x0 >= x0 + LEFT - TOLERANCE and ch.x1 <= x1 - RIGHT + TOLERANCE
            body = ch.y0 >= y0 + BOTTOM - TOLERANCE and ch.y1 <= y1 - TOP + TOLERANCE
            margin_box = ch.size <= 9.5 and ch.y0 >= y0 and ch.y1 <= y1
            if not horizontal or not (body or margin_box):
                outside.append((no, ch.get_text(), round(ch.x0), round(ch.y0)))
    assert outside == [], f"{lang}: {len(outside)} characters outside the text block, e.g. {outside[:10]}"


def _lines(page: LTPage) -> list[tuple[float, str]]:
    """The page's text lines, top to bottom, as (top y, text)."""
    lines = [(ln.y1, _spaces(ln.get_text()).strip()) for ln in _walk(page, LTTextLine)]
    return sorted(lines, key=lambda x: -x[0])


def _spaces(text: str) -> str:
    """French typography puts narrow no-break spaces before colons: compare as plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_table_source_note_is_on_the_table_page(pages, lang):
    tr = Translator(lang)
    caption = re.compile(rf"^{re.escape(tr.gettext('Table'))} (\d+)\. ")
    source = _spaces(tr.gettext("Source:"))
    seen: set[int] = set()
    for no, page in enumerate(pages[lang], start=1):
        lines = _lines(page)
        starts = [i for i, (_, text) in enumerate(lines) if caption.match(text)]
        for k, i in enumerate(starts):
            n = int(caption.match(lines[i][1]).group(1))  # type: ignore[union-attr]
            region = lines[i + 1 : starts[k + 1] if k + 1 < len(starts) else len(lines)]
            assert any(text.startswith(source) for _, text in region), (
                f"{lang}: the source note of table {n} is not on its page ({no})"
            )
            seen.add(n)
    assert len(seen) >= 13, f"{lang}: only tables {sorted(seen)} found"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_is_tagged_with_its_language(report, lang):
    with (report / f"report-{YEAR}-{lang}.pdf").open("rb") as f:
        doc = PDFDocument(PDFParser(f))
        cat = doc.catalog
        mark = resolve1(cat.get("MarkInfo"))
        assert mark and resolve1(mark.get("Marked")) is True
        assert resolve1(cat.get("StructTreeRoot")) is not None
        value = resolve1(cat.get("Lang"))
        assert (value.decode() if isinstance(value, bytes) else str(value)).startswith(lang)


class _Page(HTMLParser):
    """What the tests look at in the HTML: meta tags, the language links, lang-marked elements."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.html_lang = ""
        self.links: list[dict[str, str | None]] = []
        self.in_langs = False
        self.marked: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.html_lang = a.get("lang") or ""
        if tag == "meta" and a.get("name"):
            self.meta[str(a["name"])] = a.get("content") or ""
        if tag == "nav" and "langs" in (a.get("class") or ""):
            self.in_langs = True
        if tag == "a" and self.in_langs:
            self.links.append(a)
        if tag != "html" and a.get("lang"):
            self.marked.append(str(a["lang"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self.in_langs = False


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_has_viewport_switcher_and_lang_marks(report, lang):
    text = (report / f"report-{YEAR}-{lang}.html").read_text("utf-8")
    p = _Page()
    p.feed(text)
    assert p.html_lang == lang
    assert "width=device-width" in p.meta.get("viewport", "")
    assert {a["href"] for a in p.links} == {f"report-{YEAR}-{code}.html" for code in LANGUAGES}
    assert all(a["lang"] == a["hreflang"] for a in p.links)
    assert [a["hreflang"] for a in p.links if "aria-current" in a] == [lang]
    # every untranslated case summary is marked with its own language
    tr = Translator(lang)
    marker = tr.gettext("summary in %(language)s, not translated").split("%(language)s")[0]
    untranslated = text.count("[" + marker)
    summaries = re.findall(r'<p><span lang="([a-z]+)">', text)
    assert len(summaries) == untranslated
    assert all(code in LANGUAGES and code != lang for code in summaries)
    assert ".table-wrap" in text and "overflow-x: auto" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_chart_descriptions_are_in_the_page_language(report, lang):
    text = (report / f"report-{YEAR}-{lang}.html").read_text("utf-8")
    svgs = re.findall(r"<svg [^>]*>", text)
    assert svgs
    for tag in svgs:
        assert 'role="img"' in tag and "aria-label=" in tag
    assert "X-axis titled" not in text and "aria-roledescription" not in text


def test_chart_colours_follow_the_category_not_the_language(report):
    def colours(lang: str) -> list[str]:
        text = (report / f"report-{YEAR}-{lang}.html").read_text("utf-8")
        return re.findall(r'fill="(#[0-9a-fA-F]{6})"|stroke="(#[0-9a-fA-F]{6})"', text)

    assert colours("fr") == colours("nl") == colours("en")


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no system Chromium (/usr/bin/chromium)")
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", [1280, 400])
def test_html_has_no_serious_accessibility_violation(report, lang, width):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 1000})
            page.goto((report / f"report-{YEAR}-{lang}.html").as_uri())
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
            if width == 400:
                overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
                assert not overflow, "the page scrolls sideways on a phone (only tables may)"
        finally:
            browser.close()
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], bad


def test_text_in_another_language_carries_its_lang():
    from rapporteur.report.build import _marked

    tx, md_tx = _marked("fr", Translator("fr"))
    assert tx({"fr": "Texte", "nl": "Tekst"}) == "Texte"
    assert tx({"nl": "Tekst <b>"}).startswith('<span lang="nl">Tekst &lt;b&gt;</span> (')
    assert md_tx({"nl": "*Tekst*"}).startswith('<div lang="nl"><p><em>Tekst</em></p>')
    assert str(md_tx({"fr": "*Texte*"})).startswith("<p><em>Texte</em>")
