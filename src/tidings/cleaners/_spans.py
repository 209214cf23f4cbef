"""Stretches of text that the repair cleaners never edit: code, URLs, emails, paths.

Punctuation inside ``https://a.b/c?x=1,2``, ``jane.doe@example.com``,
``tidings.clean(text)``, a ``\\`backtick\\``` span or an indented code line is
not prose punctuation, so an edit touching one is dropped. :func:`protected`
finds them all; :meth:`Protected.touches` answers per edit. :func:`technical_lines`
finds whole lines that hold such a token: shell, Dockerfile or Python lines
pasted as plain text (``COPY . /tmp/app``, ``lambda x : x``), where spacing
around a mark may be syntax. :class:`LineGuard` gives both answers for spans
inside one line, reading only the lines asked about.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import regex

__all__ = ["LineGuard", "Protected", "protected", "technical_lines"]

# What makes a whitespace-delimited token technical: a scheme or `www.`, an
# email or handle `@`, a path or URL `/` `\`, query/markup/code characters,
# a call `name(`, or a dotted name ending in a common domain or file suffix.
# Each branch is a fixed string or a bounded class sequence; the word
# character before `(` and `.` is a look-behind, so most positions fail at once.
_SUFFIXES = (
    "com|org|net|edu|gov|io|co|uk|de|fr|html?|php|aspx?|txt|pdf|py|js|ts|json|csv|xml|ya?ml|toml|ini|cfg|lock|md|sh|sql"
    "|css|jpe?g|png|gif|docx?|xlsx?|zip|exe"
)
_TECHNICAL_RE = regex.compile(rf"://|www\.|[@/\\=_<>{{}}|~^#+]|(?<=\w)\(|(?<=\w)\.(?:{_SUFFIXES})\b")
# Where _TECHNICAL_RE can match: the same branches, opening with a character
# class, so the standard library's engine rules out a line of prose at C speed
# (most lines hold no technical token). That engine's word characters are not
# regex's (combining marks), so a call's `(` follows any character but ASCII
# punctuation and spaces, and a suffix any character at all.
_MAYBE_WORD = r"[^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]"
_MAYBE_TECHNICAL_RE = re.compile(
    rf"[:w@/\\=_<>{{}}|~^#+(.]"
    rf"(?:(?<=:)//|(?<=w)ww\.|(?<=[@/\\=_<>{{}}|~^#+])|(?<={_MAYBE_WORD}\()|(?<=\.)(?:{_SUFFIXES}))"
)
# A code span in backticks (closed on the same line), or a line indented like
# code (four spaces or a tab). Both stop at the line's end.
_CODE_RE = regex.compile(r"`[^`\n]*`|(?m:^(?: {4}|\t)[^\n]*)")
# What ends a token: whitespace, or a backtick (a token never swallows a code span).
_TOKEN_END_RE = regex.compile(r"[\s`]")
# The same, searched backwards from a position.
_TOKEN_START_RE = regex.compile(r"(?r)[\s`]")
# A line this short that holds a technical token is code-like; a longer one
# when at least this share of its tokens is technical.
_SHORT_LINE = 120
_TECHNICAL_SHARE = 0.2
# Prose punctuation that may follow a URL or email inside the same token.
_TRAILING = ".,;:!?)]'\"\u201d\u2019"


class Protected:
    """Sorted, disjoint protected spans of one text."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def touches(self, start: int, end: int) -> bool:
        """True if ``start:end`` (or the point ``start`` when empty) meets a protected span."""
        i = bisect_right(self._starts, max(start, end - 1)) - 1
        return i >= 0 and self._ends[i] > start


def _technical_tokens(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    """Spans of the tokens in ``text[pos:endpos]`` holding a technical mark, without their trailing prose punctuation.

    ``pos`` and ``endpos`` must stand at token edges (the text's ends, or a
    line's). Each token is found once, however many marks it holds: later marks
    inside it are skipped, so the scans cover every character a bounded number of times.
    """
    if endpos is None:
        endpos = len(text)
    if _MAYBE_TECHNICAL_RE.search(text, pos, endpos) is None:
        return []
    spans: list[tuple[int, int]] = []
    covered = pos
    for m in _TECHNICAL_RE.finditer(text, pos, endpos):
        if m.start() < covered:
            continue
        before = _TOKEN_START_RE.search(text, covered, m.start())
        start = before.end() if before else covered
        after = _TOKEN_END_RE.search(text, m.end(), endpos)
        end = after.start() if after else endpos
        covered = end
        # `www.example.com,` ends a clause: its comma is prose.
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        spans.append((start, end))
    return spans


def protected(text: str) -> Protected:
    """The protected spans of ``text``.

    >>> p = protected("See www.example.com, or `a ,b` now.")
    >>> p.touches(4, 5), p.touches(0, 3), p.touches(19, 20), p.touches(26, 27)
    (True, False, False, True)
    """
    # A code span needs a backtick, a tab or four spaces: most texts are searched for none.
    has_code = "`" in text or "\t" in text or "    " in text
    code = [m.span() for m in _CODE_RE.finditer(text)] if has_code else []
    return Protected(code + _technical_tokens(text))


def technical_lines(text: str) -> Protected:
    """The lines of ``text`` that look like code: technical tokens on a short line, or many of them.

    A prose paragraph that mentions a URL is not such a line; ``COPY . /tmp/app``
    and a flattened code block (``>>> f = lambda x : x >>> f(2)``) are.

    >>> lines = technical_lines("It ends .\\nCOPY . /tmp/app\\nNext .")
    >>> lines.touches(7, 9), lines.touches(14, 16), lines.touches(30, 32)
    (False, True, False)
    """
    spans: list[tuple[int, int]] = []
    line_start = line_end = -1
    tokens = 0
    for start, _ in _technical_tokens(text):
        if start >= line_end:
            if tokens and _code_like(text, line_start, line_end, tokens):
                spans.append((line_start, line_end))
            line_start = text.rfind("\n", max(line_end, 0), start) + 1 or max(line_end, 0)
            found = text.find("\n", start)
            line_end = len(text) if found < 0 else found
            tokens = 0
        tokens += 1
    if tokens and _code_like(text, line_start, line_end, tokens):
        spans.append((line_start, line_end))
    return Protected(spans)


def _code_like(text: str, start: int, end: int, technical: int) -> bool:
    words = text.count(" ", start, end) + 1
    return end - start <= _SHORT_LINE or technical >= words * _TECHNICAL_SHARE


class LineGuard:
    """What :func:`protected` and :func:`technical_lines` say of spans inside one line, reading only that line.

    A step with a few edits in a long text asks about a few lines, and
    finding every code span and URL of the whole text cost more than the
    step's own work. No protected span or technical line crosses a line break
    (tokens end at whitespace, code spans at the line's end), so a line read
    alone gives the same answers. Asked in text order, each line is read once.

    >>> guard = LineGuard("It ends .\\nCOPY . /tmp/app\\nSee `a ,b` now .")
    >>> guard.protected(7, 9), guard.technical_line(7, 9), guard.technical_line(14, 16), guard.protected(31, 33)
    (False, False, True, True)
    """

    __slots__ = ("_code_like", "_end", "_spans", "_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._start = self._end = -1
        self._spans = Protected([])
        self._code_like = False

    def _read_line(self, pos: int) -> None:
        if self._start <= pos <= self._end:
            return
        text = self._text
        self._start = start = text.rfind("\n", 0, pos) + 1
        found = text.find("\n", pos)
        self._end = end = len(text) if found < 0 else found
        tokens = _technical_tokens(text, start, end)
        # A code span needs a backtick or the line's indent: most lines have neither.
        has_code = text.find("`", start, end) >= 0 or text.startswith(("    ", "\t"), start, end)
        code = [m.span() for m in _CODE_RE.finditer(text, start, end)] if has_code else []
        self._spans = Protected(code + tokens)
        self._code_like = bool(tokens) and _code_like(text, start, end, len(tokens))

    def protected(self, start: int, end: int) -> bool:
        """``protected(text).touches(start, end)``, for ``text[start:end]`` holding no line break."""
        self._read_line(start)
        return self._spans.touches(start, end)

    def technical_line(self, start: int, end: int) -> bool:
        """``technical_lines(text).touches(start, end)``, for ``text[start:end]`` holding no line break."""
        self._read_line(start)
        return self._code_like and start < self._end
