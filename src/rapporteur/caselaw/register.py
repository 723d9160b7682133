"""The register: import Markdown judgments (YAML front matter + text), keep every version.

A file is ``---``, the front matter (any field of ``Judgment`` may be missing but ``id``),
``---``, then the text of the judgment. A folder is read recursively (``*.md``). A batch is
imported whole or not at all: every problem is reported with its file and line first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from sqlalchemy import select

from rapporteur.caselaw.model import Judgment
from rapporteur.caselaw.search import index
from rapporteur.caselaw.stored import CaseLawError, Stored, history, load, save_suggestions
from rapporteur.store import schema
from rapporteur.workspace import Workspace

FENCE = re.compile(r"^---\s*$", re.M)


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 10x faster


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """YAML without implicit timestamps: dates stay text and are checked (with their line) later."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}


@dataclass
class Parsed:
    path: Path
    judgment: Judgment
    text: str
    sha256: str


def _line_of(front: str, loc: tuple[Any, ...]) -> int:
    """Line (1-based, in the front matter) of the deepest key of ``loc`` that can be found."""
    keys = [k for k in loc if isinstance(k, str)]
    for key in reversed(keys):
        m = re.search(rf"^\s*-?\s*{re.escape(key)}\s*:", front, re.M)
        if m:
            return front[: m.start()].count("\n") + 1
    return 1


def parse(path: Path) -> Parsed:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CaseLawError(f"{path}: byte {e.start} is not UTF-8; save the file as UTF-8.") from None
    fences = list(FENCE.finditer(content))
    if not fences or fences[0].start() != 0 or len(fences) < 2:
        raise CaseLawError(f"{path}:1: no front matter: the file must start with '---', the fields, '---'.")
    front = content[fences[0].end() : fences[1].start()]
    offset = content[: fences[0].end()].count("\n")  # file lines before the front matter's first
    text = content[fences[1].end() :].strip("\n")
    try:
        data = yaml.load(front, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        # where the broken construct starts (an unclosed bracket) is where to fix it
        mark = e.context_mark or e.problem_mark
        line = offset + mark.line + 1 if mark else 1
        context = f" ({e.context})" if e.context else ""
        raise CaseLawError(f"{path}:{line}: malformed front matter{context}: {e.problem}.") from None
    if not isinstance(data, dict):
        raise CaseLawError(f"{path}:2: the front matter must be a mapping of fields (key: value).")
    try:
        j = Judgment.model_validate(data)
    except ValidationError as e:
        msgs = []
        for err in e.errors():
            line = offset + _line_of(front, err["loc"])
            where = ".".join(str(x) for x in err["loc"])
            msgs.append(f"{path}:{line}: {where}: {err['msg'].removeprefix('Value error, ')}")
        raise CaseLawError("\n".join(msgs)) from None
    if not text.strip():
        raise CaseLawError(
            f"{path}:{content[: fences[1].end()].count(chr(10)) + 1}: the judgment has no text."
        )
    return Parsed(path, j, text, hashlib.sha256(raw).hexdigest())


def files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.rglob("*.md")))
        elif p.exists():
            out.append(p)
        else:
            raise CaseLawError(f"{p}: no such file or folder.")
    return out


@dataclass
class ImportResult:
    added: list[str]
    updated: list[str]
    unchanged: list[str]


def import_paths(ws: Workspace, paths: list[Path]) -> ImportResult:
    """Import judgments; all or nothing. Changed files make a new version (history kept)."""
    found = files(paths)
    if not found:
        raise CaseLawError("no judgment files (*.md) found in " + ", ".join(map(str, paths)))
    parsed: list[Parsed] = []
    errors: list[str] = []
    seen: dict[str, Path] = {}
    for f in found:
        try:
            p = parse(f)
        except CaseLawError as e:
            errors.append(str(e))
            continue
        if p.judgment.id in seen:
            errors.append(f"{f}:2: id {p.judgment.id!r} is already used by {seen[p.judgment.id]}.")
            continue
        seen[p.judgment.id] = f
        parsed.append(p)
    if errors:
        raise CaseLawError(f"{len(errors)} problem(s); nothing was imported:\n" + "\n".join(errors))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    res = ImportResult([], [], [])
    j, v = schema.judgment, schema.judgment_version
    with ws.engine.begin() as conn:
        current = {r.id: (r.version, r.sha256) for r in conn.execute(select(j.c.id, j.c.version, j.c.sha256))}
        for p in parsed:
            jid = p.judgment.id
            data = p.judgment.model_dump_json(exclude_defaults=True)
            if jid in current and current[jid][1] == p.sha256:
                res.unchanged.append(jid)
                continue
            version = current[jid][0] + 1 if jid in current else 1
            row = {
                "version": version,
                "year": p.judgment.year,
                "language": p.judgment.language,
                "sha256": p.sha256,
                "source": str(p.path),
                "imported_at": now,
                "data": data,
                "text": p.text,
            }
            if jid in current:
                conn.execute(j.update().where(j.c.id == jid).values(**row, suggestions=None))
                res.updated.append(jid)
            else:
                conn.execute(j.insert().values(id=jid, **row))
                res.added.append(jid)
            conn.execute(
                v.insert().values(
                    judgment_id=jid,
                    version=version,
                    sha256=p.sha256,
                    source=str(p.path),
                    imported_at=now,
                    data=data,
                    text=p.text,
                )
            )
    changed = res.added + res.updated
    if changed:
        from rapporteur.caselaw.classify import classify

        save_suggestions(
            ws, {p.judgment.id: classify(p.judgment.id, p.text) for p in parsed if p.judgment.id in changed}
        )
        index(ws, changed)
    return res


__all__ = ["CaseLawError", "Stored", "files", "history", "import_paths", "load", "parse", "save_suggestions"]
