"""Edit the user's register file in place: ruamel.yaml's round-trip mode keeps comments, key
order, quoting and flow or block style; only the entries that change are written anew."""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

WIDTH = 100  # as the register's own dump (register._dump); wider when the file has longer lines


_BROKEN = object()


def _yaml(text: str) -> YAML:
    """A round-trip YAML whose block-list indentation is the file's own (``key:\n- a`` or
    ``key:\n  - a``; ruamel applies one indentation to the whole file), and whose width folds no
    line of the file that was not folded."""
    y = YAML(typ="rt")
    y.width = max([WIDTH, *(len(line) + 8 for line in text.splitlines())])  # 8: an indented entry
    y.preserve_quotes = True
    m = re.search(
        r"^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*( *)- ", text, re.MULTILINE
    )
    offset = max(0, len(m.group(2)) - len(m.group(1))) if m else 0
    y.indent(mapping=2, sequence=offset + 2, offset=offset)
    return y


def _dump(y: YAML, data: Any) -> str:
    out = io.StringIO()
    y.dump(data, out)
    return out.getvalue()


def _plain(text: str) -> Any:
    try:
        return YAML(typ="safe", pure=True).load(text)
    except YAMLError:
        return _BROKEN


def _new(data: dict[str, Any], like: Any) -> CommentedMap:
    """``data`` as a mapping in the style of its sibling ``like`` (flow ``{...}`` or block)."""
    out = CommentedMap()
    for k, v in data.items():
        out[k] = CommentedMap(v) if isinstance(v, dict) else v
    if isinstance(like, CommentedMap) and like.fa.flow_style():
        out.fa.set_flow_style()
    return out


def _set(rec: CommentedMap, entry: dict[str, Any]) -> None:
    """Put ``entry`` in the recommendation's follow-up: in place of the entry of its year, else
    in year order."""
    items = rec.get("followup")
    if not isinstance(items, list):
        rec["followup"] = CommentedSeq([_new(entry, None)])
        return
    same = next((f for f in items if isinstance(f, dict) and f.get("year") == entry["year"]), None)
    if same is not None:
        for k in [k for k in same if k not in entry]:
            del same[k]
        for k, v in entry.items():
            same[k] = CommentedMap(v) if isinstance(v, dict) else v
        return
    at = next(
        (i for i, f in enumerate(items) if isinstance(f, dict) and f.get("year", 0) > entry["year"]),
        len(items),
    )
    items.insert(at, _new(entry, items[at - 1] if at else (items[0] if items else None)))


def _spacing(line: str) -> str:
    """A line without its end and with one space before a comment, to compare lines."""
    return re.sub(r"[ \t]+#", " #", line.rstrip("\r\n")).rstrip()


def _splice(text: str, doc: list[Any], i: int, y: YAML) -> str:
    """The text with the lines of entry ``i`` (up to the next entry: its trailing comments are
    its own in ruamel) replaced by that entry dumped alone; every other line stays as it was."""
    lines = text.splitlines(keepends=True)
    start = doc[i].lc.line
    end = doc[i + 1].lc.line if i + 1 < len(doc) else len(lines)
    new = _dump(y, CommentedSeq([doc[i]])).splitlines(keepends=True)
    # ruamel indents a top-level list like the nested ones: the file's own column is kept
    extra = len(new[0]) - len(new[0].lstrip(" ")) - doc[i].lc.col + 2
    if extra > 0:
        # an end-of-line comment keeps its column: ruamel wrote it at the file's own column
        new = [re.sub(r"([ \t]+)#", rf"\1{' ' * extra}#", x, count=1) for x in new]
        new = [x[extra:] if x.startswith(" " * extra) else x for x in new]
    # ruamel may move an end-of-line comment (its column, the spaces before it): a line that
    # differs from one of the entry's own lines only there is that line as the user wrote it
    own = {_spacing(x): x for x in reversed(lines[start:end])}
    new = [own.get(_spacing(x), x) for x in new]
    if end == len(lines) and lines and not lines[-1].endswith("\n"):
        new[-1] = new[-1].rstrip("\n")
    return "".join([*lines[:start], *new, *lines[end:]])


def set_follow_up(text: str, rec_id: str, entry: dict[str, Any]) -> str | None:
    """The register text with ``entry`` (``year``, ``status``, optional ``evidence``) as the
    follow-up of ``rec_id`` for its year. Only that recommendation's lines are written anew,
    from ruamel's round-trip model of them (its comments, key order, quoting and flow style
    kept); when that splice would not read back as the edited register, the whole file is
    dumped in round-trip mode instead (comments still kept). None when the file has no such
    recommendation (the caller writes the file anew)."""
    y = _yaml(text)
    doc = y.load(text)
    if not isinstance(doc, list):
        return None
    i = next((k for k, r in enumerate(doc) if isinstance(r, dict) and r.get("id") == rec_id), None)
    if i is None:
        return None
    _set(doc[i], entry)
    whole = _dump(y, doc)
    spliced = _splice(text, doc, i, y)
    expected = _plain(whole)
    return spliced if expected is not _BROKEN and _plain(spliced) == expected else whole
