"""Stretches of text that the repair cleaners never edit: code, URLs, emails, paths.

Punctuation inside ``https://a.b/c?x=1,2``, ``jane.doe@example.com``,
``tidings.clean(text)``, a ``\\`backtick\\``` span or an indented code line is
not prose punctuation, so an edit touching one is dropped. :func:`protected`
finds them all in one pass; :meth:`Protected.touches` answers per edit.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

__all__ = ["Protected", "protected"]

# What makes a whitespace-delimited token technical: a scheme or `www.`, an
# email or handle `@`, a path or URL `/` `\`, query/markup/code characters,
# a call `name(`, or a dotted name ending in a common domain or file suffix.
_TECHNICAL = (
    r"://|www\.|[@/\\=_<>{}|~^#+]|\w\(|"
    r"\w\.(?:com|org|net|edu|gov|io|co|uk|de|fr|html?|php|aspx?|txt|pdf|py|js|json|csv|xml|jpe?g|png|gif|docx?|xlsx?|zip|exe)\b"
)

# A code span in backticks (closed on the same line), a line indented like
# code (four spaces or a tab), or a whole technical token (its trailing prose
# punctuation is given back by :func:`protected`). A backtick ends a token, so
# a token never swallows a code span. The token branch starts only at a token
# start and its lazy look-ahead stays inside that token, so every character is
# scanned a bounded number of times.
_PROTECTED_RE = regex.compile(
    rf"`[^`\n]*`"
    rf"|(?m:^(?: {{4}}|\t)[^\n]*)"
    rf"|(?<![^\s`])(?=[^\s`]*?(?:{_TECHNICAL}))[^\s`]+"
)


# Prose punctuation that may follow a URL or email inside the same token.
_TRAILING = ".,;:!?)]'\"”’"


class Protected:
    """Sorted, disjoint protected spans of one text."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def touches(self, start: int, end: int) -> bool:
        """True if ``start:end`` (or the point ``start`` when empty) meets a protected span."""
        i = bisect_right(self._starts, max(start, end - 1 if end > start else start)) - 1
        return i >= 0 and self._ends[i] > start


def protected(text: str) -> Protected:
    """The protected spans of ``text``.

    >>> p = protected("See www.example.com, or `a ,b` now.")
    >>> p.touches(4, 5), p.touches(0, 3), p.touches(26, 27)
    (True, False, True)
    """
    spans = []
    for m in _PROTECTED_RE.finditer(text):
        start, end = m.span()
        if m.group().startswith(("`", " ", "\t")):
            spans.append((start, end))
        else:
            # `www.example.com,` ends a clause: its comma is prose.
            spans.append((start, start + len(m.group().rstrip(_TRAILING))))
    return Protected(spans)
