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

import re
import string
from collections.abc import Iterator

import regex

from .._engine import Replacement
from ..cleaners._base import cleaner
from ._vocab import CONNECTORS, SENTENCE_STARTERS

__all__ = ["split_blocks"]

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# A byline opener glued to what precedes it: a letter or a closing quote right
# before `Posted by`/`Written by`/`Published on`... (the match is the opener's word;
# the break goes before it), or a closing quote and at most one space (group 1, which
# the break replaces) before `By Name`. Led by the word or the quote, the pattern is
# tried only where one stands; no match can hide another (none holds a quote or one
# of the capitals the words start with after its first character).
_BYLINE_OPENERS = "Posted|Written|Published|Updated"
_GLUED_BYLINE_RE = regex.compile(
    rf"(?:{_BYLINE_OPENERS})(?<=(?:\p{{L}}[\"\u201d\u2019]?|[.!?][\"\u201d\u2019]?)(?:{_BYLINE_OPENERS}))"
    r"(?=\s(?:by|on)\s)|[\"\u201d](?<=[\p{L}.!?][\"\u201d])(\x20?)(?=By\s\p{Lu})"
)
# Where _GLUED_BYLINE_RE may match, found by `re` scans led by a literal (they skip to it at
# C speed; the pattern is then tried only there): an opener glued to the character before
# it (a letter, a sentence mark or a quote, never a space: `\S` of `re` takes each of them)
# or a quote before `By`. Every candidate starts where the pattern's match would, and none
# holds the first character of another after its own.
_BYLINE_CANDIDATE_RES = (
    re.compile(r"P(?<=\SP)(?:osted|ublished)"),
    re.compile(r"Written(?<=\SWritten)"),
    re.compile(r"Updated(?<=\SUpdated)"),
    re.compile('"\x20?By'),
    re.compile("\u201d\x20?By"),
)
# A full date glued to the letter before it: `Demel13.12.2022`, `DaviesNovember 19, 2019`
# (the match runs from the date's first digit, the day's for a date with a month name,
# whose start is group 1).
_GLUED_DATE_BEFORE = (
    rf"(?<=\p{{Ll}}\d)\d?[./]\d{{1,2}}[./]\d{{4}}(?!\d)"
    rf"|(?<=\p{{Ll}}({_MONTH_NAMES})\s\d)\d?(?:st|nd|rd|th)?,?\s\d{{4}}"
)
# A digit before a capitalized word (group `capital`, empty), where every date glued to the
# word after it ends: a text without one is not searched with _GLUED_DATE_AFTER_RE.
_CAPITAL_AFTER = r"(?=\p{Lu}\p{Ll})(?P<capital>)"
# Both signals, in one scan that stops only at ASCII digits (`regex` skips to a class of
# one range at C speed, to `\d` three times slower). Glued before, a date starts at the
# first digit of a run; of the others only the last can stand before a capital, so a run
# that starts no glued date is passed over ((*SKIP): the next try starts after it) once
# its end is checked. No match can hide another: no lower-case letter in a date stands
# before a digit or a capital, and of the digits a glued date takes, only the last can
# stand before a capital (the caller checks that one).
_DATE_SIGNAL_RE = regex.compile(rf"[0-9](?:{_GLUED_DATE_BEFORE}|[0-9]*+(*SKIP){_CAPITAL_AFTER})")
# The same signals at a digit beyond ASCII, looked for only in a text that is not ASCII
# (the scan stops at every character beyond ASCII, most of them no digit).
_WIDE_DATE_SIGNAL_RE = regex.compile(rf"[^\x00-\x7f](?<=\d)(?:{_GLUED_DATE_BEFORE}|{_CAPITAL_AFTER})")
# A capitalized word's start.
_CAPITALIZED_RE = regex.compile(r"\p{Lu}\p{Ll}")
# A date (numeric, ISO or with a month name) glued to a capitalized word after
# it: `11/15You`, `2023-11-15Read`, `September 4th, 2023Addiction`. A numeric
# date must not be the tail of a longer number; a date with a month name may
# follow a digit, the end of a date glued before it (`2023September 4th,
# 2023The`: both breaks in one pass, or a second cleaning would add one).
_GLUED_DATE_AFTER_RE = regex.compile(
    rf"(?:(?<![\d/.])(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})"
    rf"|(?:{_MONTH_NAMES})\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})(?=\p{{Lu}}\p{{Ll}})"
)
# A space after a sentence end (a lower-case word of 3+ letters and `.!?`,
# maybe a closing quote) and before a capital: where a run-in heading may start.
# `Dr. Smith` and `U.S. Army` do not qualify (short or capitalized word).
# The match runs from the sentence end to the space (the space is the gap): led by
# the mark, the pattern is tried only where one stands. What _run_in_heading needs
# of the words after the gap is checked here, so most gaps are never read in Python:
# each word is followed by one space; the second, third and fourth can each continue
# a Title-Case heading (a capital, or a connector: `(?i)` matches every spelling whose
# lower case is one), one of the second and third starts with a capital (two capitals
# among the first three words), and a fifth word follows.
_CONNECTORS_ALT = "|".join(regex.escape(w) for w in sorted(CONNECTORS, key=len, reverse=True))
_CAPITAL_WORD = r"\p{Uppercase}\S*+\x20"
_TITLE_WORD = rf"(?:\p{{Uppercase}}\S*+|(?i:{_CONNECTORS_ALT}))\x20"
_SENTENCE_GAP_RE = regex.compile(
    rf"[.!?](?<=\p{{Ll}}{{3}}[.!?])[\"\u201d\u2019)]?\x20(?=\p{{Lu}}\S*+\x20"
    rf"(?:{_CAPITAL_WORD}{_TITLE_WORD}|(?i:{_CONNECTORS_ALT})\x20{_CAPITAL_WORD}){_TITLE_WORD}\S)"
)
# Where _SENTENCE_GAP_RE may match, found by `re`, one scan per sentence mark (led by a
# literal, a scan skips to it at C speed, and `re` tries plain classes at each mark in half
# the time `regex` takes for the pattern): the same shape with each class widened to one
# that holds all its characters whatever the Unicode versions of `re` and `regex` (a
# lower-case letter or a capital: that ASCII range or any character beyond ASCII; a title
# word's first character: a capital or a connector's first character; a word's other
# characters: any but a space or a newline). Every candidate starts where a match would.
# Each is spelled as the ASCII characters it leaves out: a class with the range
# `\x80-\U0010ffff` spelled out takes `re` 30 ms to compile, an import-time cost
# that `tidings --help` paid.


def _ascii_and_wide(ascii_chars: str) -> str:
    """A class of ``ascii_chars`` and every character beyond ASCII."""
    return "[^" + "".join(re.escape(chr(c)) for c in range(128) if chr(c) not in ascii_chars) + "]"


_LOWER_OR_WIDE = _ascii_and_wide(string.ascii_lowercase)
_UPPER_OR_WIDE = _ascii_and_wide(string.ascii_uppercase)
_TITLE_START = _ascii_and_wide(string.ascii_uppercase + "".join(w[0] for w in CONNECTORS))
_WORD_TAIL = "[^\\x20\\n]*+\\x20"
_GAP_CANDIDATE_RES = tuple(
    re.compile(
        rf"{mark}(?<={_LOWER_OR_WIDE}{{3}}{mark})[\"\u201d\u2019)]?\x20(?={_UPPER_OR_WIDE}{_WORD_TAIL}"
        rf"(?:{_UPPER_OR_WIDE}{_WORD_TAIL}{_TITLE_START}{_WORD_TAIL}|{_TITLE_START}{_WORD_TAIL}{_UPPER_OR_WIDE}{_WORD_TAIL})"
        rf"{_TITLE_START}{_WORD_TAIL}[^\x20\n])"
    )
    for mark in (r"\.", "!", r"\?")
)
# The words after such a gap, as many as a heading may take: each but the last followed by one space.
_MAX_HEADING_WORDS = 12
_HEADING_WORDS_RE = regex.compile(rf"[^\s]++(?:\x20[^\s]++){{0,{_MAX_HEADING_WORDS + 1}}}")


def _run_in_heading(text: str, gap: int) -> tuple[int, int] | None:
    """Span of a heading starting right after the space at ``gap``, if one is glued there.

    The heading is a Title-Case run of ``k`` (3 to 12) words, word ``k`` a sentence
    opener and word ``k + 1`` lower-case. The words are read with one match and checked
    in order, as far as they may still make one: most gaps are left after their third
    word (``The rain fell``).
    """
    m = _HEADING_WORDS_RE.match(text, gap + 1)
    if m is None:
        return None
    words = m.group().split("\x20")
    caps = 0
    for i, follower in enumerate(words):
        if i >= 4:  # a heading of i - 1 words, then the sentence opener, then this word
            starter = words[i - 1]
            if (
                starter[0].isupper()
                and starter.lower() in SENTENCE_STARTERS
                and follower[0].islower()
                and follower.isalpha()
            ):
                return gap + 1, gap + 1 + len("\x20".join(words[: i - 1]))
        if 1 <= i <= _MAX_HEADING_WORDS:  # the word before this one belongs to any longer heading
            w = words[i - 1]
            if w[0].isupper() and w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha():
                caps += 1
            elif w.lower() not in CONNECTORS:
                return None  # not Title Case
            if i == 3 and (caps < 2 or not words[0][0].isupper()):
                return None
    return None


def _glued_bylines(text: str) -> Iterator[regex.Match[str]]:
    """The matches of _GLUED_BYLINE_RE, tried only where a candidate scan stops."""
    for candidates in _BYLINE_CANDIDATE_RES:
        for c in candidates.finditer(text):
            m = _GLUED_BYLINE_RE.match(text, c.start())
            if m is not None:
                yield m


def _date_signals(text: str) -> Iterator[regex.Match[str]]:
    """The matches of _DATE_SIGNAL_RE, then those of _WIDE_DATE_SIGNAL_RE if the text is not ASCII."""
    yield from _DATE_SIGNAL_RE.finditer(text)
    if not text.isascii():
        yield from _WIDE_DATE_SIGNAL_RE.finditer(text)


def _sentence_gaps(text: str) -> Iterator[int]:
    """Where _SENTENCE_GAP_RE finds a gap (the space's offset), tried only where a candidate scan stops."""
    for candidates in _GAP_CANDIDATE_RES:
        for c in candidates.finditer(text):
            m = _SENTENCE_GAP_RE.match(text, c.start())
            if m is not None:
                yield m.end() - 1


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
    for m in _glued_bylines(text):
        edits.append((*m.span(1), "\n") if m.start(1) >= 0 else (m.start(), m.start(), "\n"))
    date_after = False  # whether a digit stands before a capitalized word
    for m in _date_signals(text):
        if m.start("capital") >= 0:
            date_after = True
            continue
        at = m.start(1) if m.start(1) >= 0 else m.start()
        edits.append((at, at, "\n"))
        date_after = date_after or _CAPITALIZED_RE.match(text, m.end()) is not None
    if date_after:
        for m in _GLUED_DATE_AFTER_RE.finditer(text):
            edits.append((m.end(), m.end(), "\n"))
    for gap in _sentence_gaps(text):
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
