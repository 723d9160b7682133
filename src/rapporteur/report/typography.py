"""French typography for the French edition, applied to the rendered HTML (text only).

- a narrow no-break space (U+202F) before ``; : ! ?`` and inside ``« »``, and before ``%``;
- one apostrophe, the typographic ``’``;
- the ordinal ``1er`` in superscript (``1<sup>er</sup>``), in dates (``1er janvier``) and in
  paragraph references (``§ 1er``).

Only text between tags is changed: tag names and attributes (URLs, ``aria-label``, ``data-*``),
``<style>``, ``<script>``, ``<code>`` and ``<pre>`` are left alone, and inside ``<svg>`` only the
apostrophe is changed (the chart's layout was measured on its text). A colon between digits
(``10:30``) or before anything but a space (``https://``) is not a punctuation mark and is kept.
"""

from __future__ import annotations

import html as _html
import re

NNBSP = "\u202f"
NBSP = "\u00a0"
_SKIP = {"style", "script", "code", "pre"}
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w:-]*)")
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_SUP = "\x00"  # placeholder for 1<sup>er</sup> until the text is escaped again

_RULES: list[tuple[re.Pattern[str], str]] = [
    # punctuation that takes a space before it: ; : ! ? followed by a space or the end of the text
    (re.compile(rf"(?<=[^\s(\[{NNBSP}])[ {NBSP}]?([;:!?])(?=\s|$)"), NNBSP + r"\1"),
    (re.compile(rf"(?<=[^\s(\[])[ {NBSP}]+([;:!?])(?=\s|$)"), NNBSP + r"\1"),
    (re.compile(rf"«[ {NBSP}{NNBSP}]*"), "«" + NNBSP),
    (re.compile(rf"[ {NBSP}{NNBSP}]*»"), NNBSP + "»"),
    (re.compile(rf"(?<=\d)[ {NBSP}]?%"), NNBSP + "%"),
    # ordinals: 1 janvier -> 1er janvier; § 1 -> § 1er; 1er -> superscript
    (re.compile(rf"\b1(?:er)?[ {NBSP}]({_MONTHS})\b"), _SUP + NBSP + r"\1"),
    (re.compile(rf"§[ {NBSP}]*1(?:er(?!\w)|(?=[\s,;:.)\]]))"), "§" + NBSP + _SUP),
    (re.compile(r"\b1er\b"), _SUP),
]
_APOSTROPHE = re.compile(r"(?<=\w)'")


def _rules(plain: str, full: bool = True) -> str:
    plain = _APOSTROPHE.sub("’", plain)
    if full:
        for pattern, repl in _RULES:
            plain = pattern.sub(repl, plain)
    return plain


def french_text(plain: str) -> str:
    """The same rules on plain text (an attribute's value such as a chart's ``aria-label``), the
    ordinal without its superscript."""
    return _rules(plain).replace(_SUP, "1er")


def _text(text: str, full: bool) -> str:
    out = _html.escape(_rules(_html.unescape(text), full), quote=False)
    return out.replace(_SUP, "1<sup>er</sup>")


def french(page: str) -> str:
    """The page with French typography in its text (see the module's docstring)."""
    parts = _TAG.split(page)
    skip = 0  # depth inside elements whose text is never changed
    svg = 0
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a tag or comment
            m = _NAME.match(part)
            if m and not part.endswith("/>"):
                closing, name = m.group(1) == "/", m.group(2).lower()
                delta = -1 if closing else 1
                if name in _SKIP:
                    skip = max(0, skip + delta)
                elif name == "svg":
                    svg = max(0, svg + delta)
            out.append(part)
        elif part and not skip:
            out.append(_text(part, full=not svg))
        else:
            out.append(part)
    return "".join(out)
