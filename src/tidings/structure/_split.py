"""The ``split_blocks`` cleaner: break glued block boundaries before structure is read.

Naive text extraction glues neighbouring blocks when the page put no space
between them: a title and its byline (``Brain"Posted by Alfred``), a name and a
date (``von Nadja Demel13.12.2022``), a date and the next block (``for
11/15You can leave``), a heading and its paragraph (``... this regard.
Understanding Addiction and Neuroplasticity Before delving into``). This
cleaner inserts the missing break; :func:`tidings.structure.analyze` then sees
each block on its own line.

Breaks: a glued byline or date gets ``\\n`` (the header lines of flattened
pages are single lines), a run-in heading gets ``\\n\\n`` on both sides (a
heading starts a section: the paragraph break is the honest mark, and no
line-unwrapping step will join it back).

Every split needs a precise signal, so text that is right stays as it is:
a run-in heading is split only after a sentence end, when a Title-Case run of
three or more words is followed by a common sentence opener (``Before``,
``The``, ``In``, from ``data/sentence_starters.txt``) and then lower-case
words: ``New York City officials said`` and ``The United States Department of
Justice announced`` have no such opener, and a quoted title is never split.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._engine import Replacement
from ..cleaners._base import cleaner
from ._vocab import CONNECTORS, SENTENCE_STARTERS

__all__ = ["split_blocks"]

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# A byline opener glued to what precedes it: a letter or a closing quote right
# before `Posted by`/`Written by`/`Published on`..., or a closing quote and at
# most one space before `By Name`.
_GLUED_BYLINE_RE = regex.compile(
    r"(?<=\p{L}[\"\u201d\u2019]?|[.!?][\"\u201d\u2019]?)(?:(?=(?:Posted|Written|Published|Updated)\s(?:by|on)\s)"
    r"|(?<=[\"\u201d])\x20?(?=By\s\p{Lu}))"
)
# What every glued byline holds (the opener, or the quote and `By Name`): a text without
# it is not searched with _GLUED_BYLINE_RE, whose lookbehind is tried at every position.
_BYLINE_HINT_RE = regex.compile(r"(?:Posted|Written|Published|Updated)\s(?:by|on)\s|[\"\u201d]\x20?By\s\p{Lu}")
# A full date glued to the letter before it: `Demel13.12.2022`, `DaviesNovember 19, 2019`.
_GLUED_DATE_BEFORE_RE = regex.compile(
    rf"(?<=\p{{Ll}})(?=\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}(?!\d)|(?:{_MONTH_NAMES})\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})"
)
# A date (numeric, ISO or with a month name) glued to a capitalized word after
# it: `11/15You`, `2023-11-15Read`, `September 4th, 2023Addiction`.
_GLUED_DATE_AFTER_RE = regex.compile(
    rf"(?<![\d/.])(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|(?:{_MONTH_NAMES})\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})(?=\p{{Lu}}\p{{Ll}})"
)
# Where every such date ends (each form ends in a digit): a text without it is not searched.
_DATE_AFTER_HINT_RE = regex.compile(r"\d\p{Lu}\p{Ll}")
# A space after a sentence end (a lower-case word of 3+ letters and `.!?`,
# maybe a closing quote) and before a capital: where a run-in heading may start.
# `Dr. Smith` and `U.S. Army` do not qualify (short or capitalized word).
# The match runs from the sentence end to the space (the space is the gap): led by
# the mark, the pattern is tried only where one stands. The second word after the gap
# must be able to continue a Title-Case heading (a capital, or a connector: `(?i)`
# matches every spelling whose lower case is one), so most gaps are never read further.
_CONNECTORS_ALT = "|".join(regex.escape(w) for w in sorted(CONNECTORS, key=len, reverse=True))
_SENTENCE_GAP_RE = regex.compile(
    rf"[.!?](?<=\p{{Ll}}{{3}}[.!?])[\"\u201d\u2019)]?\x20(?=\p{{Lu}}\S*\x20(?:\p{{Uppercase}}|(?i:{_CONNECTORS_ALT})\x20))"
)
# The words after such a gap, one at a time (a word and the single space after it).
_WORD_RE = regex.compile(r"([^\s]+)(\x20?)")
_MAX_HEADING_WORDS = 12


def _word_spans(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """Spans of the words from ``pos`` on, while each is followed by one space (at most enough for a heading)."""
    for _ in range(_MAX_HEADING_WORDS + 3):
        m = _WORD_RE.match(text, pos)
        if m is None:
            return
        yield m.span(1)
        if not m.group(2):
            return  # the line ends (or another kind of space): no lower-case sentence follows here
        pos = m.end()


def _run_in_heading(text: str, gap: int) -> tuple[int, int] | None:
    """Span of a heading starting right after the space at ``gap``, if one is glued there.

    The heading is a Title-Case run of ``k`` (3 to 12) words, word ``k`` a sentence
    opener and word ``k + 1`` lower-case. Words are read only as far as they may still
    make one: most gaps are left after their third word (``The rain fell``).
    """
    spans = _word_spans(text, gap + 1)
    words: list[tuple[int, int]] = []
    caps = 0
    for i in range(_MAX_HEADING_WORDS + 2):
        span = next(spans, None)
        if span is None:
            return None
        words.append(span)
        if i >= 4:  # a heading of i - 1 words, then the sentence opener, then the word just read
            starter = text[words[i - 1][0] : words[i - 1][1]]
            follower = text[span[0] : span[1]]
            if (
                starter[0].isupper()
                and starter.lower() in SENTENCE_STARTERS
                and follower[0].islower()
                and follower.isalpha()
            ):
                return words[0][0], words[i - 2][1]
        if 1 <= i <= _MAX_HEADING_WORDS:  # the word before the one just read belongs to any longer heading
            w = text[words[i - 1][0] : words[i - 1][1]]
            if w[0].isupper() and w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha():
                caps += 1
            elif w.lower() not in CONNECTORS:
                return None  # not Title Case
            if i == 3 and (caps < 2 or not text[words[0][0]].isupper()):
                return None
    return None


@cleaner()
def split_blocks(text: str) -> Iterator[Replacement]:
    """Split glued blocks: a byline glued to its title, a date glued to a name, a run-in heading.

    >>> split_blocks('"Healing the Addicted Brain"Posted by Alfred on September 4th, 2023')
    '"Healing the Addicted Brain"\\nPosted by Alfred on September 4th, 2023'
    >>> print(split_blocks("It works. Understanding Addiction and Neuroplasticity Before delving into it, read."))
    It works.
    <BLANKLINE>
    Understanding Addiction and Neuroplasticity
    <BLANKLINE>
    Before delving into it, read.
    >>> split_blocks("It rained. New York City officials said so. The United States Department of Justice announced it.")
    'It rained. New York City officials said so. The United States Department of Justice announced it.'
    """
    edits: list[Replacement] = []
    if _BYLINE_HINT_RE.search(text):
        for m in _GLUED_BYLINE_RE.finditer(text):
            edits.append((m.start(), m.end(), "\n"))
    for m in _GLUED_DATE_BEFORE_RE.finditer(text):
        edits.append((m.start(), m.start(), "\n"))
    if _DATE_AFTER_HINT_RE.search(text):
        for m in _GLUED_DATE_AFTER_RE.finditer(text):
            edits.append((m.end(), m.end(), "\n"))
    for m in _SENTENCE_GAP_RE.finditer(text):
        gap = m.end() - 1
        span = _run_in_heading(text, gap)
        if span is not None:
            edits.append((gap, gap + 1, "\n\n"))
            edits.append((span[1], span[1] + 1, "\n\n"))
    edits.sort()
    last = -1
    for start, end, new in edits:
        if start >= last:  # two signals at one place make one break
            yield (start, end, new)
            last = max(end, start + 1) if end == start else end
