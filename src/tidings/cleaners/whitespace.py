"""Whitespace damage: odd spaces, invisible characters, CRLF, trailing spaces, runs."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
# Every character _WHITESPACE_RE matches; a match is a stretch of these.
_WS = f" \\t\\n\\r\\x0b\\x0c\\x85\\u2028\\u2029{_ODD_SPACES}{_INVISIBLE}"
# A character only this cleaner changes: tabs, odd spaces, invisibles, and
# every line break but `\n`.
_SPECIAL = f"\\t\\r\\x0b\\x0c\\x85\\u2028\\u2029{_ODD_SPACES}{_INVISIBLE}"
# Where a change can start inside the text: the first character of a stretch of
# whitespace that holds a special character or is longer than one character.
# A lone space or line break between two words is the common case and changes
# nothing. The pattern opens with a character class, which lets the engine
# skip to the next whitespace character at C speed.
_CANDIDATE_RE = re.compile(f"[{_WS}](?:(?<=[{_SPECIAL}])|[{_WS}])")
_WS_RE = re.compile(f"[{_WS}]")
_NOT_WS_RE = re.compile(f"[^{_WS}]")
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
    """False only if no match of ``_WHITESPACE_RE`` in ``text`` could change it."""
    if not text:
        return False
    ends = _WS_RE.match(text) or _WS_RE.match(text, len(text) - 1)
    return ends is not None or _CANDIDATE_RE.search(text) is not None


def _stretches(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each stretch of whitespace where a match of ``_WHITESPACE_RE`` can change the text.

    Matches lie inside stretches, so scanning a stretch from its first
    character finds what a scan of the whole text finds there. Left out are
    only lone spaces and line breaks inside the text, where the pattern
    matches nothing or a line break it keeps.
    """
    n = len(text)
    pos = 0
    if _WS_RE.match(text):
        # A text that opens with whitespace: even a lone line break goes.
        m = _NOT_WS_RE.search(text)
        pos = n if m is None else m.start()
        yield 0, pos
    while (candidate := _CANDIDATE_RE.search(text, pos)) is not None:
        m = _NOT_WS_RE.search(text, candidate.start())
        pos = n if m is None else m.start()
        yield candidate.start(), pos
    if pos < n and _WS_RE.match(text, n - 1):
        # A text that closes with one whitespace character (a longer stretch
        # is a candidate): a lone line break there goes too.
        yield n - 1, n


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
    if not text:
        return
    for start, end in _stretches(text):
        pos = start
        while pos < end:
            m = _WHITESPACE_RE.match(text, pos)
            if m is None:
                pos += 1
            else:
                repl = _replacement(text, m)
                if repl != m.group():  # a paragraph break or indentation that stays is no edit
                    yield (m.start(), m.end(), repl)
                pos = m.end()
