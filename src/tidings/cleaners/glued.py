"""Glued text: the space lost where extraction joined two sentences or blocks.

Naive extraction joins inline elements without a space: ``Share it!More by``,
``Salt Lake City.Often``, ``shuttlesWednesday``. This cleaner puts the space
back in two shapes:

- **sentence glue**: a sentence mark (``.`` or ``! ?`` runs, possibly followed by closing
  quotes or brackets) directly followed by a capitalized word. The word before
  the mark has two or more letters and is not part of a dotted name
  (``e.g.The`` ``U.S.Army`` ``os.path.Join`` stay), the word after is a plain
  capitalized word (``Hill.TV`` ``webdriver.PhantomJS`` ``Newsfeed.Com``
  ``Math.Max(`` stay).
- **case glue**: inside one token, a lowercase word of three or more letters
  directly followed by a capitalized word of three or more letters, when both
  halves are known English words (``shuttles`` + ``Wednesday``). ``iPhone``
  ``eBay`` ``McDonald`` ``JavaScript`` ``WordPress`` ``setUp`` ``toString``
  ``getElementById`` never match the shape. A brand made of two words
  (``easyJet``) does: that is the known cost of the rule.

The break restored is always **a space**, never a newline: the text does not
tell whether two sentences of one paragraph or two blocks were glued, a space is
right for the first and harmless for the second (the sentence splitter still
splits there), and it keeps a boilerplate line such as ``Like it? Share it!
More by this author |`` one line for the structure step to drop as a whole.

URLs, emails, paths and code are never touched (see ``_spans``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .._engine import Replacement, settle
from ._base import cleaner
from ._spans import LineGuard
from ._words import is_word

__all__ = ["split_glued"]

# Sentence glue: two letters (`it`, `n't`, `1960s`), a digit or a closing
# bracket before one period or a run of `!?` (an ellipsis glued to a capital
# is often style: `Credit...Anna`), then optional closing/opening quotes and
# brackets, then a capitalized plain word (or a lone `A`/`I`, as in `I’m`)
# that ends at a non-word character, or, right after a lowercase word and its
# mark, an acronym followed by a lowercase word (`strike.US troops`; not
# `Hill.TV`). Each part is a run of one character class: nothing to backtrack.
_SENTENCE_GLUE_RE = regex.compile(
    r"(?<=[\p{L}\p{N}'\u2019]\p{L}|\p{N}|\))(?P<marks>\.(?!\.)|[!?]+)(?P<quotes>[\"\u201c\u201d\u2018\u2019)\]]*+)"
    r"(?P<word>(?:\p{Lu}\p{Ll}++|[AI])(?![\p{L}\p{N}_])|(?<=\p{Ll}\p{Ll}[.!?])\p{Lu}{2,}+(?=\x20\p{Ll}))"
)

# Where sentence glue can be, one pattern per mark: the last mark of a run,
# closing or opening quotes, then a character that may be a capital (an ASCII
# capital or any non-ASCII character). Every match of _SENTENCE_GLUE_RE holds
# one. Led by a literal, the standard library's engine finds these ten times
# faster than one pattern led by a class, or the look-behind tried at every character.
_MARKS = ".!?"
_GLUE_CANDIDATE_RES = tuple(
    (mark, re.compile(re.escape(mark) + '["\u201c\u201d\u2018\u2019)\\]]*+[^\\x00-\\x40\\x5b-\\x7f]'))
    for mark in _MARKS
)

# Case glue: at a word start (not after `name.`: a dotted name), three or more lowercase letters directly
# followed by a capital and two or more lowercase letters, ending the token's
# letters. The runs are possessive: no backtracking.
_CASE_GLUE_RE = regex.compile(
    r"(?<![\p{L}\p{N}_@/\\'\u2019-])(?<![\p{L}\p{N}]\.)(?P<left>\p{Ll}{3,}+)(?P<right>\p{Lu}\p{Ll}{2,}+)(?![\p{L}\p{N}_])"
)

# Where case glue can be: a capital right after a lowercase letter (the start
# of `right`). Rare in prose, and found fast: the scan stops at capitals only,
# where _CASE_GLUE_RE's look-behinds would be tried at every position.
_CASE_CANDIDATE_RE = regex.compile(r"(?<=\p{Ll})\p{Lu}")
# The lowercase letters just before a position, searched backwards: the `left` of case glue.
_LOWER_RUN_BEFORE_RE = regex.compile(r"(?r)\p{Ll}++")

# Capitalized words after a period that make a domain, not a sentence (`Newsfeed.Com`).
_DOMAIN_WORDS = frozenset({"Com", "Net", "Org", "Edu", "Gov", "Info", "Biz"})
#: How many times split_glued looks at a text (each look after the first sees the spaces made).
_MAX_LOOKS = 3
# Quotes and brackets that close what came before; the break goes after them.
_CLOSING = frozenset("\u201d\u2019)]")


def _word_start(text: str, end: int) -> int:
    """Where the run of letters that ends at ``end`` starts."""
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _dotted_name_before(text: str, mark: int) -> bool:
    """True if the word ending at ``mark`` follows ``name.`` (``os.path.``)."""
    i = _word_start(text, mark)
    return i > 1 and text[i - 1] == "." and text[i - 2].isalnum()


def _sentence_break(text: str, m: regex.Match[str], quotes_before: int) -> int | None:
    """Where the space goes for a sentence-glue match, or None to leave it."""
    word = m.group("word")
    end = m.end("word")
    if word in _DOMAIN_WORDS or text[end : end + 1] == "(":
        return None
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum():
        return None  # `Console.WriteLine`-like dotted names, `Amazon.Co.Uk`
    if m.group("marks") == "." and _dotted_name_before(text, m.start()):
        return None
    if len(word) > 1 and word.isupper() and not text[_word_start(text, m.start()) : m.start()].islower():
        return None  # an acronym only after a lowercase word: `strike.US troops`, not `Hill.TV or`
    pos = m.end("marks")
    for q in m.group("quotes"):
        # A straight quote closes if an odd number of them came before it on this line.
        closes = q in _CLOSING or (q == '"' and quotes_before % 2 == 1)
        if not closes:
            break
        if q == '"':
            quotes_before += 1
        pos += 1
    return pos


def _sentence_glue(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_SENTENCE_GLUE_RE` in ``text``, as its ``finditer`` gives them.

    A match holds a candidate and starts at the first mark of the candidate's
    run of marks (its look-behind wants no mark before it), so that is the one
    place tried for each candidate after the last match.
    """
    candidates = sorted(
        m.start() for mark, pattern in _GLUE_CANDIDATE_RES if mark in text for m in pattern.finditer(text)
    )
    pos = 0
    for last in candidates:
        if last < pos:
            continue
        first = last
        while first > pos and text[first - 1] in _MARKS:
            first -= 1
        m = _SENTENCE_GLUE_RE.match(text, first)
        if m is not None:
            yield m
            pos = m.end()


def _case_glue(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_CASE_GLUE_RE` in ``text``, as its ``finditer`` gives them.

    Each starts where the lowercase run before a candidate capital starts. When
    the first candidate's run holds no match, nothing before the next candidate
    does: the run's later letters and the capital follow a letter, and `left`
    follows none.
    """
    pos = 0
    while (capital := _CASE_CANDIDATE_RE.search(text, pos)) is not None:
        run = _LOWER_RUN_BEFORE_RE.search(text, pos, capital.start())
        m = _CASE_GLUE_RE.match(text, run.start()) if run is not None else None
        if m is None:
            pos = capital.end()
        else:
            yield m
            pos = m.end()


@cleaner()
def split_glued(text: str) -> Iterator[Replacement]:
    """Put back the space between glued sentences and blocks.

    >>> split_glued("Like it? Share it!More by Alfred in Salt Lake City.Often the shuttlesWednesday run.")
    'Like it? Share it! More by Alfred in Salt Lake City. Often the shuttles Wednesday run.'
    >>> split_glued("e.g.The U.S.Army, Hill.TV, iPhone, eBay, McDonald, JavaScript, www.Example.com, os.path.Join")
    'e.g.The U.S.Army, Hill.TV, iPhone, eBay, McDonald, JavaScript, www.Example.com, os.path.Join'
    """
    # A space can settle a match it was blocking (in `it?Dr.Dr.` the first `Dr.`
    # looks like part of a dotted name until the second is parted).
    yield from settle(text, _spaces, _MAX_LOOKS, "split_glued")


def _spaces(text: str) -> list[Replacement]:
    """The spaces one look at ``text`` puts back, sorted."""
    found: list[tuple[int, int, int]] = []  # (start, end) of the glue, and where the space goes
    # Straight double quotes seen on the current line, kept up to date as the
    # matches advance (each stretch of text is counted once).
    counted_to = 0
    quotes = 0
    for m in _sentence_glue(text):
        line_start = text.rfind("\n", counted_to, m.start()) + 1
        if line_start:
            quotes, counted_to = 0, line_start
        quotes += text.count('"', counted_to, m.end("marks"))
        counted_to = m.end("marks")
        pos = _sentence_break(text, m, quotes)
        if pos is not None:
            found.append((m.start(), m.end(), pos))
    for m in _case_glue(text):
        if is_word(m.group("left")) and is_word(m.group("right")):
            found.append((m.start(), m.end(), m.start("right")))
    # Only the lines with a candidate pay for finding code, URLs and emails;
    # asked in text order, the guard reads each line once.
    guard = LineGuard(text)
    spaces = sorted({pos for start, end, pos in sorted(found) if not guard.protected(start, end)})
    return [(pos, pos, " ") for pos in spaces]
