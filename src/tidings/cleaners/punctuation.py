"""Stray punctuation: doubled and misplaced commas, periods and semicolons, spaces before marks.

Extraction and keyword stuffing leave ``, ,`` ``,,`` ``. .`` ``..`` ``.,`` ``;;``,
a space before a comma or period (``word ,``), and a comma glued to the next
word (``this,that``). Each such spot becomes one mark with one space after it
before a word.

What is never touched, and why:

- ``...`` ``. . .`` ``…`` (three or more periods are an ellipsis, however spaced),
  ``?!`` ``!!!`` (style), ``1,000.50`` ``3.14`` ``10:30`` ``3 : 1`` (a mark
  between digits is a number, a time or a ratio);
- an abbreviation's period before a comma (``e.g.,`` ``Inc.,`` ``U.S.,``);
- emoticons (``:)`` ``;-)`` ``:D``): a space before ``:``/``;`` is only removed
  when the mark stands alone;
- a period glued to what follows (``.NET`` ``.5`` ``.com``);
- URLs, emails, paths, code spans and indented code (see ``_spans``), and the
  spacing before a mark on a line holding such a token (``COPY . /tmp/app``,
  ``lambda x : x``);
- comma lists without spaces (``red,green,blue``): data, not prose;
- in a text with guillemets (``« Bonjour »``), a space before ``; : ! ?`` (French
  typography puts one there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .._engine import Replacement
from ._base import cleaner
from ._spans import LineGuard
from ._words import is_abbreviation

__all__ = ["repair_punctuation"]

# What a mark may follow for us to read it as prose punctuation: a letter or
# digit, a closing bracket or quote, a percent sign.
_AFTER = r"(?<=[\w)\]\"'\u201d\u2019%])"

# One mark of a cluster: `,` or `;` after optional spaces; a period (after
# optional spaces) that no word follows; or an unspaced period before a
# sentence's first word (`..Then`), or as the second of two before a word
# (`..and`). `; .NET`, `,.net`, `.5` are no clusters. The space runs are
# possessive: a failed element gives nothing back.
_ELEMENT = r"(?: *+[,;]| *+\.(?!\w)|\.(?=\p{Lu}\p{Ll})|(?<=\.)\.(?=\p{Ll}))"

# One of three spots, tried in this order at each position:
# - `cluster`: two or more of `, ; .` in a row, each optionally after spaces
#   (`, ,` `,,` `. .` `.,` `;;` `, , ,` `...`); each element is one or two
#   fixed characters, so the repetition cannot backtrack.
# - `spaced`: spaces, then one mark (`,` `;` `:` `.` or a run of `!?`).
# - `glued`: a comma between two letters (`this,that`); the letters before it
#   are checked by a fixed-width look-behind.
_PUNCT_RE = regex.compile(
    rf"{_AFTER}(?P<cluster>{_ELEMENT}{_ELEMENT}+)"
    rf"|{_AFTER}(?P<spaced> ++(?:[,;:.]|[!?]+))"
    r"|(?<=\p{L}\p{L})(?P<glued>,)(?=\p{L})"
)

# Where a spot can be: two of `, ; .` with only spaces between (every
# cluster holds this), a mark after a space (ends every `spaced`), a comma
# before a letter (every `glued`). A spot starts here or at the spaces just
# before it, so _PUNCT_RE, whose look-behinds make it slow to scan, is only
# tried there. Each branch starts at a mark, rarer than a space: the scan
# stops at a mark, never at each space of a run. Opening with that mark as
# a character class lets the standard library's engine skip to each mark at
# C speed, twice as fast as ``regex`` finds the same candidates; its letter
# class (a word character but a digit or `_`) also holds the few numerals
# that are not letters (`²`), where the match of _PUNCT_RE then fails.
_CANDIDATE_RE = re.compile(r"[,;:.!?](?:(?<=[,;.]) *[,;.]|(?<= [,;:.!?])|(?<=,)[^\W\d_])")

# What may follow a repaired mark directly: a space, the end, a closing quote.
_MARK_END = frozenset(" \n\t\"'\u201d\u2019")
# Opening quotes and brackets that may stand before the first word of a sentence.
_OPENING = "\"'\u201c\u2018(["
# Look this far along the words beside a glued comma for another glued comma (a data list).
_LIST_LOOK = 40


def _word_before(text: str, pos: int) -> str:
    """The run of letters, digits, periods and apostrophes that ends at ``pos`` (at most 20 characters)."""
    start = pos
    while start > 0 and pos - start < 20 and (text[start - 1].isalnum() or text[start - 1] in ".'\u2019"):
        start -= 1
    return text[start:pos]


# A run of quotes (a scraper may double them: `.""Then`).
_QUOTE_RUN_RE = regex.compile("[\"'\u201c\u201d\u2018\u2019]++")


def _quote_then_word(text: str, end: int) -> bool:
    """True if quotes glued to a word follow ``end`` (``."Then``): which side they are on is unclear."""
    m = _QUOTE_RUN_RE.match(text, end)
    return m is not None and text[m.end() : m.end() + 1].isalpha()


def _space_if_word(text: str, end: int) -> str:
    """One space when a word follows ``end`` directly, else nothing."""
    return " " if end < len(text) and text[end].isalnum() else ""


def _cluster(text: str, start: int, end: int) -> str | None:
    """The repair of a run of ``, ; .`` at ``start:end``; None to leave it."""
    run = text[start:end]
    marks = run.replace(" ", "")
    if "..." in marks or text[end : end + 1] in (".", "!", "?") or _quote_then_word(text, end):
        return None  # an ellipsis (spaced or not, after a comma, or `...I`), `..?` style, `.."Then`
    keep = ""
    if run[0] == "." and is_abbreviation(_word_before(text, start)):
        # The abbreviation's own period stays; only what follows it is judged.
        keep, marks = ".", marks[1:]
        if marks == ",":
            return None  # `e.g.,` `Inc.,`
        if marks == ".":
            return "." + _space_if_word(text, end)  # `Inc..` ends the sentence once
    if "." in marks and ("," in marks or ";" in marks):
        rest = text[end:].lstrip(" ").lstrip(_OPENING)[:1]
        # A capital (maybe after an opening quote) or the end after it: the period ended a sentence.
        mark = "." if (not rest or rest == "\n" or rest.isupper()) else ("," if "," in marks else ";")
    else:
        mark = marks[0]
    return (keep if keep == mark else keep + mark) + _space_if_word(text, end)


def _spaced(text: str, start: int, end: int, french: bool) -> str | None:
    """The repair of spaces before one mark at ``start:end``; None to leave it."""
    mark = text[start:end].lstrip(" ")
    after = text[end] if end < len(text) else " "
    if mark == ",":
        if after in _MARK_END:
            return ","
        return ", " if after.isalpha() else None
    if french and mark[0] in ";:!?":
        return None
    if after not in _MARK_END or _quote_then_word(text, end):
        return None  # `.NET`, `.5`, `:)`, `;-)`, `:D`, `word ."Then`
    if mark == ":" and text[start - 1].isdigit() and text[end:].lstrip(" ")[:1].isdigit():
        return None  # a ratio or time: `3 : 1`
    return mark


def _is_data_list(text: str, pos: int) -> bool:
    """True if the word before or after the glued comma at ``pos`` is glued by a comma too (``a,b,c``)."""
    left = pos
    while left > 0 and pos - left < _LIST_LOOK and text[left - 1].isalpha():
        left -= 1
    right = pos + 1
    while right < len(text) and right - pos < _LIST_LOOK and text[right].isalpha():
        right += 1
    glued_before = left > 1 and text[left - 1] == "," and text[left - 2].isalpha()
    glued_after = text[right : right + 1] == "," and text[right + 1 : right + 2].isalpha()
    return glued_before or glued_after


def _spots(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_PUNCT_RE` in ``text``, as its ``finditer`` gives them.

    The first spot after ``pos`` starts at the first candidate, or at the
    spaces just before it, or after it: if it is not there, none is at a later
    character of that candidate either (each is a space or mark after a space
    or mark, or a letter, and no spot starts so), and the search resumes after it.
    Each space is stepped back over once: the search then resumes past it.
    """
    pos = 0
    while (candidate := _CANDIDATE_RE.search(text, pos)) is not None:
        start = candidate.start()
        while start > pos and text[start - 1] == " ":
            start -= 1
        m = _PUNCT_RE.match(text, start)
        if m is None:
            pos = candidate.end()
        else:
            yield m
            pos = m.end()


@cleaner()
def repair_punctuation(text: str) -> Iterator[Replacement]:
    """Repair doubled and stray punctuation and the spacing around marks.

    ``, ,`` ``,,`` ``. .`` ``..`` ``.,`` ``;;`` become one mark; a space before
    ``, . ; : ! ?`` goes; a comma glued to the next word gets its space.

    >>> repair_punctuation("Naltrexone, , naltrexone works .It helps ,,a lot..Really,truly.")
    'Naltrexone, naltrexone works .It helps, a lot. Really, truly.'
    >>> repair_punctuation("Well... e.g., $1,000.50 at 10:30 (3 : 1) in C++ and .NET :) Really?! Wow!!!")
    'Well... e.g., $1,000.50 at 10:30 (3 : 1) in C++ and .NET :) Really?! Wow!!!'
    """
    french = "\u00ab" in text or "\u00bb" in text
    found: list[tuple[Replacement, bool]] = []  # and whether the edit is about spacing
    for m in _spots(text):
        start, end = m.span()
        if m.group("cluster") is not None:
            repl = _cluster(text, start, end)
        elif m.group("spaced") is not None:
            repl = _spaced(text, start, end, french)
        else:
            repl = None if _is_data_list(text, start) else ", "
        if repl is not None:
            found.append(((start, end, repl), text[start] == " "))
    if not found:
        return
    # Only the lines with a candidate pay for finding code, URLs and emails.
    guard = LineGuard(text)
    for (start, end, repl), spacing in found:
        if guard.protected(start, end) or (spacing and guard.technical_line(start, end)):
            continue  # `COPY . /app`, `lambda x : x`: spacing may be syntax on a technical line
        yield (start, end, repl)
