"""Stretches of text that the repair cleaners never edit: code, URLs, emails, paths.

Punctuation inside ``https://a.b/c?x=1,2``, ``jane.doe@example.com``,
``tidings.clean(text)``, a ``\\`backtick\\``` span or an indented code line is
not prose punctuation, so an edit touching one is dropped. :func:`protected`
finds them all; :meth:`Protected.touches` answers per edit.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

__all__ = ["Protected", "protected"]

# What makes a whitespace-delimited token technical: a scheme or `www.`, an
# email or handle `@`, a path or URL `/` `\`, query/markup/code characters,
# a call `name(`, or a dotted name ending in a common domain or file suffix.
# Each branch is a fixed string or a bounded class sequence; the word
# character before `(` and `.` is a look-behind, so most positions fail at once.
_TECHNICAL_RE = regex.compile(
    r"://|www\.|[@/\\=_<>{}|~^#+]|(?<=\w)\(|"
    r"(?<=\w)\.(?:com|org|net|edu|gov|io|co|uk|de|fr|html?|php|aspx?|txt|pdf|py|js|json|csv|xml|jpe?g|png|gif|docx?|xlsx?|zip|exe)\b"
)
# A code span in backticks (closed on the same line), or a line indented like
# code (four spaces or a tab). Both stop at the line's end.
_CODE_RE = regex.compile(r"`[^`\n]*`|(?m:^(?: {4}|\t)[^\n]*)")
# What ends a token: whitespace, or a backtick (a token never swallows a code span).
_TOKEN_END_RE = regex.compile(r"[\s`]")
# The same, searched backwards from a position.
_TOKEN_START_RE = regex.compile(r"(?r)[\s`]")
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


def _technical_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens holding a technical mark, without their trailing prose punctuation.

    Each token is found once, however many marks it holds: later marks inside
    it are skipped, so the scans cover every character a bounded number of times.
    """
    spans: list[tuple[int, int]] = []
    covered = 0
    for m in _TECHNICAL_RE.finditer(text):
        if m.start() < covered:
            continue
        before = _TOKEN_START_RE.search(text, covered, m.start())
        start = before.end() if before else covered
        after = _TOKEN_END_RE.search(text, m.end())
        end = after.start() if after else len(text)
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
    return Protected([m.span() for m in _CODE_RE.finditer(text)] + _technical_tokens(text))
