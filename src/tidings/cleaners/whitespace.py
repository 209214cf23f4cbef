"""Whitespace damage: odd spaces, invisible characters, CRLF, trailing spaces, runs."""

from __future__ import annotations

from collections.abc import Iterator

import re

from .._engine import Replacement
from ._base import cleaner

__all__ = ["normalize_whitespace"]

# Invisible characters that carry nothing in article text: zero-width space,
# word joiner, BOM, soft hyphen. ZWJ/ZWNJ are kept: they shape Persian, Indic
# scripts and emoji sequences.
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
# Spaces that scraping leaves where a plain space was meant (NBSP, the
# typographic spaces). Narrow NBSP (French typography) and the ideographic space
# (CJK) are correct text and are kept.
_ODD_SPACES = "\u00a0\u2000-\u200a\u205f"
_H = f"[ \\t{_ODD_SPACES}{_INVISIBLE}]"
_BREAK = r"(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])"

# A run of line breaks with the horizontal whitespace around them (the
# classes are disjoint, so this cannot backtrack); or a horizontal run that is
# not one plain space. Each match is one edit at most. The patterns use no
# feature beyond the standard library's engine, which runs them faster.
_WHITESPACE_RE = re.compile(
    rf"(?P<breaks>{_H}*{_BREAK}(?:{_H}*{_BREAK})*(?:{_H}+\Z)?)"
    rf"|(?P<run>{_H}{{2,}}|[\t{_ODD_SPACES}{_INVISIBLE}])"
)
_BREAK_RE = re.compile(_BREAK)
# A character only this cleaner changes: tabs, odd spaces, invisibles, and
# every line break but `\n`. With none of these, no `  `, no ` \n`, no `\n\n\n`
# and no whitespace at either end, the text has nothing to normalize.
_SPECIAL_RE = re.compile(f"[\\t\\r\\x0b\\x0c\\x85\\u2028\\u2029{_ODD_SPACES}{_INVISIBLE}]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_ODD_SPACE_RE = re.compile(f"[{_ODD_SPACES}]")


def _replacement(text: str, m: re.Match[str]) -> str:
    start, end = m.span()
    if m.group("breaks") is not None:
        if start == 0 or end == len(text):
            return ""  # blank lines before the text or whitespace after it
        # U+2029 is a paragraph separator on its own.
        single = len(_BREAK_RE.findall(m.group())) == 1 and "\u2029" not in m.group()
        return "\n" if single else "\n\n"
    run = m.group()
    if end == len(text):
        return ""
    if start == 0 or text[start - 1] == "\n":
        # Indentation is kept (it may be code or a nested list); only its
        # invisible and odd characters are normalized.
        return _ODD_SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", run))
    return " " if _INVISIBLE_RE.sub("", run) else ""


def _may_change(text: str) -> bool:
    """False only if no match of ``_WHITESPACE_RE`` in ``text`` could change it (substring tests run at C speed)."""
    if not text:
        return False
    if text[0].isspace() or text[-1].isspace():
        return True
    return "  " in text or " \n" in text or "\n\n\n" in text or _SPECIAL_RE.search(text) is not None


@cleaner()
def normalize_whitespace(text: str) -> Iterator[Replacement]:
    """Normalize odd spaces, invisible characters, line breaks and runs of spaces.

    NBSP and typographic spaces become a space, zero-width characters and soft
    hyphens go, ``\\r\\n`` becomes ``\\n``, trailing spaces and runs of spaces go,
    and any run of blank lines becomes one paragraph break. Indentation at the
    start of a line is kept.

    >>> normalize_whitespace("Hello\\u00a0 world  \\r\\nnext\\u200bline\\n\\n\\n\\nNew para.  ")
    'Hello world\\nnextline\\n\\nNew para.'
    >>> normalize_whitespace("One.\\n\\nTwo:\\n    indented code\\n- a list")
    'One.\\n\\nTwo:\\n    indented code\\n- a list'
    """
    if not _may_change(text):
        return
    last = len(text)
    for m in _WHITESPACE_RE.finditer(text):
        start, end = m.span()
        if end - start == 1 and text[start] == "\n" and 0 < start and end < last:
            continue  # a plain line break inside the text: the one match that changes nothing
        yield (start, end, _replacement(text, m))
