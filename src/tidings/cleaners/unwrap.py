"""Hard-wrapped lines: a paragraph broken into lines of a fixed width is joined.

Text from e-mail, PDFs, plain-text archives and some scrapers arrives wrapped
at 60-80 columns, with words hyphenated across lines (``neuro-\\nplasticity``).
The pipeline treats every line as a block, so a wrapped paragraph would become
a heap of fragments. A line break is joined only where the lines are evidently
wrapped; lists, headings, menus, verse, code and tables keep their lines.

The evidence, for the break after line *i* of a run of non-blank lines:

- **full**: line *i* is as long as the wrap allowed, that is, the first word of
  the next line would not have fitted: ``len(line) + 1 + len(next word) >
  width``, where the width is the run's longest line of at most
  :data:`_MAX_WIDTH` characters (of a line that ends in a broken word, only
  what stands before the fragment: it may run past) and at least
  :data:`_MIN_WIDTH`, and another line must come within a quarter of it
  unless the run has two lines. Where the sentence evidently runs on (below)
  or a word is broken, a line may fall short by 1/:data:`_SLACK` of the width;
- **the sentence runs on** when the next line starts in lowercase or this one
  ends in a word that never ends a clause (``to the``);
- **neighbours**: a break inside a sentence is joined when the sentence runs
  on, or a neighbouring line is full too, or the run is two lines of mostly
  lowercase words ending a sentence; a break after a sentence end (``.``
  ``?`` ``:`` ...) only when every neighbouring line in the run is full too
  (a short line ends a paragraph). A neighbour may fall short by the slack;
- **never** before a list item, an indented line or a table row (``|``), after
  or before a line too long to be wrapped, across code or a URL, nor before a
  capital where four lines in a row start with no lowercase letter (verse,
  headings, menus, lists of links).

A hyphen at the end of a line (``neuro-``) joins without a space. It is kept
(``Secretary-General``, ``well-known``) when the next line starts with a
capital, when the hyphenated compound is written elsewhere in the text, or
when both parts are words and their join is not; it goes (``neuroplasticity``)
when the joined word is written elsewhere or is a known word, or when a part is
no word. A hyphen after a space is a dash: the break becomes a space.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._engine import Replacement, settle
from ._base import cleaner
from ._spans import Protected, protected
from ._words import is_dangling, is_word

__all__ = ["unwrap_lines"]

#: A run whose longest line is shorter than this is not wrapped prose (menus, verse).
_MIN_WIDTH = 40
#: A line longer than this was never wrapped (an unwrapped paragraph).
_MAX_WIDTH = 150
#: How many times unwrap_lines looks at a text (each look after the first sees the lines joined).
_MAX_LOOKS = 3
#: Before a line that starts in lowercase, or at a broken word, a line counts
#: as full when it falls short of the width by less than 1/_SLACK of it:
#: proportional fonts (PDFs) and hyphenation leave wrapped lines a little short.
_SLACK = 6

# A run of lines with no blank line between them; the matches tile the text
# between blank lines.
_RUN_RE = regex.compile(r"[^\n]++(?:\n[^\n]++)*+")
# A line that must keep its break before it: a list item (bullet or `1.`,
# `2)`, `a)` marker; a dash may be a wrapped aside, so it is no bullet here), an indented line (code, nested items), a table row, a
# quoted reply or a Markdown heading.
_OWN_LINE_RE = regex.compile(r"(?:[-*•‣◦+]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]|[ \t]|\||>|#")
# Sentence punctuation (then closing quotes or brackets) at the end of a line.
_ENDS_SENTENCE_RE = regex.compile(r"[.!?:;…][\"'”’)\]]{0,2}\Z")
# The last word of a line, if it ends in one.
_LAST_WORD_RE = regex.compile(r"(?<!\S)\p{L}++\Z")
# The first word of a line (letters, digits and inner apostrophes or hyphens).
_FIRST_WORD_RE = regex.compile(r"[^\s]++")
# A letter and a hyphen: the end of a line that breaks a word.
_BROKEN_END_RE = regex.compile(r"\p{L}-")
# Letters before a line-end hyphen: the first part of a word broken across
# lines, with the character before it (a hyphen or apostrophe there means a
# compound: `state-of-the-`, `you’ll-`).
_WORD_PART_RE = regex.compile(r"(?:^|(.))(\p{L}++)\Z")
# Letters at the start of a line: the rest of the broken word.
_WORD_REST_RE = regex.compile(r"\p{L}++")
# A word that starts with a letter.
_LETTER_WORD_RE = regex.compile(r"(?<!\S)\p{L}\S*+")
# A word, or hyphenated compound, as written in the text (for its own evidence).
_TOKEN_RE = regex.compile(r"\p{L}++(?:-\p{L}++)*+")


class _Evidence:
    """How the document itself spells words: joined, or with their hyphen.

    The words are read on the first question only: most texts break no word
    across lines, and reading every word was most of this step's time.
    """

    __slots__ = ("_spellings", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._spellings: tuple[set[str], set[str]] | None = None

    def _read(self) -> tuple[set[str], set[str]]:
        """The text's words and its hyphenated compounds, in lowercase."""
        if self._spellings is None:
            words: set[str] = set()
            compounds: set[str] = set()
            for m in _TOKEN_RE.finditer(self._text):
                token = m.group().lower()
                (compounds if "-" in token else words).add(token)
            self._spellings = words, compounds
        return self._spellings

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """Whether ``left-`` at a line end and ``right`` after it form a hyphenated compound."""
        if right[:1].isupper():
            return True  # Secretary-General, Jean-Paul
        joined = (left + right).lower()
        words, compounds = self._read()
        if f"{left}-{right}".lower() in compounds:
            return True
        if joined in words:
            return False
        if is_word(left + right):
            return False
        return is_word(left) and is_word(right)


def _breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int, int, int, str]]:
    """The breaks to join inside one run of non-blank lines ``text[start:end]``, if no code is beside them.

    Each is ``(word_start, word_end, brk, nxt, line)``: the stretch from the
    last word before the break to the end of the first after it (joined only
    if it touches no code or URL), the break ``text[brk:nxt]`` and the line before it.
    """
    lines: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        lines.append((pos, nl))
        pos = nl + 1
    if len(lines) < 2:
        return
    lengths = [len(text[a:b].rstrip()) for a, b in lines]
    broken = [_BROKEN_END_RE.match(text, b - 2, b) is not None for _, b in lines]
    # A line that ends in a broken word may run past the width by its
    # fragment: what stands before the fragment is what surely fitted.
    fitted = [
        len(text[a:b].rstrip().rsplit(" ", 1)[0]) if cut else n for n, cut, (a, b) in zip(lengths, broken, lines)
    ]
    width = max((n for n in fitted if n <= _MAX_WIDTH), default=0)
    if width < _MIN_WIDTH:
        return
    # A wrap width shows in more than one line: a run whose longest line has no
    # peer within a quarter of it is not wrapped (and a line made by joining, longer
    # than the rest, never passes for a wrapped one on a second pass).
    peers = sum(width - width // 4 <= max(n, f) and f <= width for n, f in zip(lengths, fitted))
    if peers < 2 and len(lines) > 2:
        return
    capital_starts = [not text[a].islower() for a, _ in lines]
    first_words = [len(m.group()) if (m := _FIRST_WORD_RE.match(text, a, b)) else 0 for a, b in lines]

    def full(i: int, loose: bool = False) -> bool:
        limit = width - width // _SLACK if loose or broken[i] else width
        if i + 1 >= len(lines) or lengths[i] + 1 + first_words[i + 1] <= limit:
            return False
        return lengths[i] <= width or broken[i]

    for i in range(len(lines) - 1):
        (a, b), (c, d) = lines[i], lines[i + 1]
        # A line that is not full even with the slack keeps its break whether or
        # not the sentence runs on: most lines stop here, before any slicing or search.
        if not full(i, loose=True) or lengths[i + 1] > _MAX_WIDTH or _OWN_LINE_RE.match(text, c, d):
            continue
        line = text[a:b].rstrip()
        last_word = _LAST_WORD_RE.search(line)
        # The sentence evidently runs on: the next line starts in lowercase, or
        # this one ends in a word that never ends a clause (`to the`).
        runs_on = text[c].islower() or (last_word is not None and is_dangling(last_word.group()))
        if not full(i, loose=runs_on):
            continue
        window = capital_starts[max(0, min(i - 1, len(lines) - 4)) :][:4]
        if not runs_on and len(window) == 4 and all(window):
            continue  # verse, headings, menus: four lines in a row start with no lowercase
        if _ENDS_SENTENCE_RE.search(line[-3:]):
            before_ok = i == 0 or full(i - 1, loose=True)
            after_ok = i + 2 == len(lines) or full(i + 1, loose=True)
            if not (before_ok and after_ok and len(lines) > 2):
                continue
        elif not (runs_on or (i > 0 and full(i - 1, loose=True)) or full(i + 1, loose=True) or _prose_pair(text, lines)):
            continue
        brk = a + len(line)  # the break starts after the line's own text
        yield a + line.rfind(" ") + 1, c + first_words[i + 1], brk, c, line


def _prose_pair(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether two lines read as one wrapped sentence: mostly lowercase words, ending a sentence.

    Tells ``...with their North\\nAmerican neighbours.`` from a title over a
    byline (``Posted on May 4, 2023.``) or a two-line heading.
    """
    if len(lines) != 2 or not _ENDS_SENTENCE_RE.search(text[lines[1][1] - 3 : lines[1][1]]):
        return False
    for a, b in lines:
        words = _LETTER_WORD_RE.findall(text, a, b)
        if 2 * sum(w[0].islower() for w in words) <= len(words):
            return False
    return True


def _join(text: str, brk: int, nxt: int, line: str, evidence: _Evidence) -> Replacement:
    """The replacement for the break ``text[brk:nxt]`` after ``line``."""
    part = _WORD_PART_RE.search(line[:-1]) if line.endswith("-") else None
    rest = _WORD_REST_RE.match(text, nxt)
    if part is None or rest is None:
        return (brk, nxt, " ")
    if part.group(1) in ("-", "'", "’") or evidence.keeps_hyphen(part.group(2), rest.group()):
        return (brk, nxt, "")
    return (brk - 1, nxt, "")


@cleaner()
def unwrap_lines(text: str) -> Iterator[Replacement]:
    """Join hard-wrapped lines into their paragraph; rejoin words hyphenated across lines.

    Lists, headings, short lines, verse, code and tables keep their line breaks
    (the evidence is in the module docstring).

    >>> unwrap_lines("Neuroplasticity lets the brain rewire itself, so neuro-\\n"
    ...              "plasticity matters for recovery, said the UN Secretary-\\n"
    ...              "General.")
    'Neuroplasticity lets the brain rewire itself, so neuroplasticity matters for recovery, said the UN Secretary-General.'
    >>> unwrap_lines("Ingredients:\\n- two eggs\\n- 200 g flour\\n\\nShall I compare thee to a summer's day?\\nThou art more lovely and more temperate:")
    "Ingredients:\\n- two eggs\\n- 200 g flour\\n\\nShall I compare thee to a summer's day?\\nThou art more lovely and more temperate:"
    """
    # Joining a run's wrapped lines changes what its other lines read as: the
    # run's width is then taken from the lines left short (a paragraph's first
    # lines, shorter than the rest), which may now be full.
    yield from settle(text, _joins, _MAX_LOOKS, "unwrap_lines")


def _joins(text: str) -> list[Replacement]:
    """The joins of one look at ``text``, sorted."""
    code: Protected | None = None
    evidence = _Evidence(text)
    joins = []
    for m in _RUN_RE.finditer(text):
        for word_start, word_end, brk, nxt, line in _breaks(text, m.start(), m.end()):
            if code is None:
                code = protected(text)  # only text with a break to join pays for finding code and URLs
            if code.touches(word_start, word_end):
                continue  # the last word before the break or the first after it is code or a URL
            joins.append(_join(text, brk, nxt, line, evidence))
    return joins
