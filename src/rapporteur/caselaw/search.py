"""Full-text search of the register with tantivy: BM25, French/Dutch/English stemming, accents
folded, phrase queries, filters on the structured fields, highlighted snippets.

Each judgment's text and summaries go into the field of their language (``body_fr``,
``body_nl``, ``body_en``), each analysed by its own stemmer, so that "exploités" finds
"exploitation" and "slachtoffers" finds "slachtoffer". The index lives in the workspace
(``caselaw-index/``) and is rebuilt from the database whenever it is missing.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Any

import tantivy

from rapporteur.caselaw.stored import load
from rapporteur.workspace import Workspace

LANGS = {"fr": "french", "nl": "dutch", "en": "english"}
FOLDER = "caselaw-index"


def _analyzer(stemmer: str | None) -> tantivy.TextAnalyzer:
    b = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
    b = b.filter(tantivy.Filter.ascii_fold())
    if stemmer:
        b = b.filter(tantivy.Filter.stemmer(stemmer))
    return b.build()


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    for lang in LANGS:
        sb.add_text_field(f"body_{lang}", stored=True, tokenizer_name=f"stem_{lang}", index_option="position")
    sb.add_text_field("court", stored=True, tokenizer_name="folded", index_option="position")
    sb.add_text_field("lang", stored=True, tokenizer_name="raw")
    sb.add_text_field("form", stored=True, tokenizer_name="raw")
    sb.add_integer_field("year", stored=True, indexed=True, fast=True)
    sb.add_text_field("date", stored=True, tokenizer_name="raw")
    return sb.build()


def _exists(ws: Workspace) -> bool:
    path = ws.caselaw_index_dir
    return path.is_dir() and tantivy.Index.exists(str(path))


def _open(ws: Workspace, create: bool = False) -> tantivy.Index:
    path = ws.caselaw_index_dir
    if create:
        shutil.rmtree(path, ignore_errors=True)
    path.mkdir(exist_ok=True)
    ix = tantivy.Index(_schema(), path=str(path), reuse=tantivy.Index.exists(str(path)))
    for lang, stemmer in LANGS.items():
        ix.register_tokenizer(f"stem_{lang}", _analyzer(stemmer))
    ix.register_tokenizer("folded", _analyzer(None))
    return ix


def _document(stored: Any) -> tantivy.Document:
    from rapporteur.caselaw.classify import effective_forms

    j = stored.judgment
    bodies: dict[str, list[str]] = {lang: [] for lang in LANGS}
    lang = j.language if j.language in LANGS else "fr"
    bodies[lang].append(stored.text)
    for lg, s in j.summary.items():
        if lg in LANGS:
            bodies[lg].append(s)
    doc = tantivy.Document(
        id=j.id, lang=j.language or "", court=j.court or "", date=j.date.isoformat() if j.date else ""
    )
    for lg, parts in bodies.items():
        if parts:
            doc.add_text(f"body_{lg}", "\n\n".join(parts))
    for f in effective_forms(stored)[0]:
        doc.add_text("form", f)
    if j.year:
        doc.add_integer("year", j.year)
    return doc


def index(ws: Workspace, ids: list[str] | None = None) -> int:
    """(Re)index the given judgments, or all of them when the index is missing or ``ids`` is None."""
    rebuild = ids is None or not _exists(ws)
    ix = _open(ws, create=rebuild)
    stored = load(ws) if rebuild else load(ws, ids)
    w = ix.writer(heap_size=128_000_000, num_threads=1)
    for s in stored:
        if not rebuild:
            w.delete_documents_by_term("id", s.judgment.id)
        w.add_document(_document(s))
    w.commit()
    w.wait_merging_threads()
    return len(stored)


@dataclass
class Hit:
    id: str
    score: float
    court: str
    date: str
    lang: str
    forms: list[str]
    snippet: str  # HTML with <b> around the matched terms

    def to_json(self) -> dict[str, Any]:
        d = self.__dict__.copy()
        return {"judgment_id": d.pop("id"), **d}


class Searcher:
    """An open index for many queries (the command opens one per call)."""

    def __init__(self, ws: Workspace) -> None:
        if not _exists(ws):
            index(ws)
        self.ix = _open(ws)
        self.ix.reload()
        self.schema = _schema()
        self.searcher = self.ix.searcher()

    def search(
        self,
        text: str,
        lang: str | None = None,
        form: str | None = None,
        court: str | None = None,
        year: int | None = None,
        limit: int = 10,
    ) -> list[Hit]:
        fields = [f"body_{lang}"] if lang else [f"body_{lg}" for lg in LANGS]
        must: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if text.strip():
            try:
                q = self.ix.parse_query(text, fields)
            except ValueError as e:
                raise ValueError(f"cannot read the query {text!r}: {e}") from None
            must.append((tantivy.Occur.Must, q))
        if lang:
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "lang", lang)))
        if form:
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "form", form)))
        if court:
            must.append((tantivy.Occur.Must, self.ix.parse_query(f'"{court}"', ["court"])))
        if year is not None:
            must.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "year", year)))
        query = tantivy.Query.boolean_query(must) if must else tantivy.Query.all_query()
        hits = self.searcher.search(query, limit).hits
        gens = {
            f: tantivy.SnippetGenerator.create(self.searcher, query, self.schema, f)
            for f in fields
            if text.strip()
        }
        out = []
        for score, addr in hits:
            doc = self.searcher.doc(addr)
            snippet = ""
            for f, g in gens.items():
                if doc.get_first(f):
                    g.set_max_num_chars(220)
                    snippet = g.snippet_from_doc(doc).to_html()
                    if "<b>" in snippet:
                        break
            out.append(
                Hit(
                    id=doc.get_first("id") or "",
                    score=float(score),
                    court=doc.get_first("court") or "",
                    date=doc.get_first("date") or "",
                    lang=doc.get_first("lang") or "",
                    forms=list(doc.get_all("form")),
                    snippet=snippet,
                )
            )
        return out


def search(ws: Workspace, text: str, **filters: Any) -> list[Hit]:
    return Searcher(ws).search(text, **filters)
