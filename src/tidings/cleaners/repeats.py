"""Repeated words, phrases, sentences and paragraphs: the second copy goes.

Scrapers, spinners and keyword stuffing leave text stammering: ``the the``,
``he described the, he described the affair``, ``Naltrexone, , naltrexone
treatment``, a sentence or a paragraph twice in a row. English also repeats on
purpose (``had had``, ``very very``, ``Walla Walla``, ``New York, New York``,
``Dark, dark room``, lyrics, lists), so a repeat is dropped only with evidence.

The rules, smallest unit first (each works on what the smaller units left):

- **Words and phrases** (up to :data:`_MAX_PHRASE` words, inside one sentence;
  copies equal ignoring case, with the same punctuation inside them):

  - never when every word of the copy is one English doubles on purpose
    (``data/repeatable_words.txt``: ``had``, ``that``, ``very``, ``bye``, ``so``...),
    nor when the copy has no letter (``6-4, 6-4``, ``1 1/2``);
  - never when both copies of a word or two are capitalized throughout
    (names: ``Walla Walla``, ``New York, New York``, ``Extra Extra``), except a
    lone word that never ends a clause (``The The study``:
    ``data/dangling_words.txt``);
  - never in a chain of two alternating words (``again and again and again``,
    ``Jewels after Jewels after Jewels``);
  - never in code, URLs or file names (:mod:`._spans`);
  - with only spaces between the copies: dropped;
  - with stray punctuation between them (``, ,`` ``,,`` ``;;``): dropped;
  - with one comma between them (what ``repair_punctuation`` leaves of ``, ,``),
    a word that never ends a clause is always dropped (``the, the``); another
    word is dropped inside a clause (``prices, prices rose``; always when a
    capital meets its lowercase copy, keyword residue: ``of Naltrexone,
    naltrexone treatment``) but not at its start (``Dark, dark room``), nor in
    a run of three (``location, location, location``), nor after a
    determiner (an adjective said twice for emphasis: ``a cruel, cruel
    lover``: ``data/determiners.txt``), nor when it can end a clause and start
    the next (``she supported it, it was``: ``data/clause_edge_words.txt``). A phrase is dropped only when
    the sentence runs on after the second copy, and then if it has three words
    or more, or ends in a word that never ends a clause (``he described the,
    he described the affair``), or, outside short lines that end no sentence
    (lyrics: ``We will, we will rock you``), does not start with one
    (``the eggs, the eggs will`` stays).

- **Sentences** (up to :data:`_MAX_SENTENCES` in a row, inside one line): an
  exact repeat of at least :data:`_MIN_WORDS` words is dropped; ``Yes. Yes.``
  stays.
- **Lines and paragraphs** (up to :data:`_MAX_LINES` in a row): an exact repeat
  of at least :data:`_MIN_WORDS` words is dropped when each of its lines ends
  a sentence or stands alone between blank lines (a title or heading printed
  twice); list items and verse-like lines stay.

Sentences and lines are compared without the indentation of a line, which
may come and go between two cleanings (see :func:`_unindented`).

What goes is the second copy with the separator before it, so the text keeps
the first copy and whatever followed the second. Every unit is compared only
with its neighbours, so the work is linear in the text.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence

import regex

from .._engine import Replacement
from ._base import cleaner
from ._spans import Protected, protected
from ._words import is_clause_edge, is_dangling, is_determiner, is_repeatable

__all__ = ["remove_repeats"]

#: Longest repeated phrase looked for, in words.
_MAX_PHRASE = 12
#: Longest run of sentences looked for as one repeated unit.
_MAX_SENTENCES = 4
#: Longest run of lines looked for as one repeated unit.
_MAX_LINES = 4
#: A repeated sentence or paragraph shorter than this (in words) may be style.
_MIN_WORDS = 4
#: A line shorter than this that ends no sentence may be verse (lyrics, headings).
_VERSE_LINE = 60

# A word: letters and digits with inner apostrophes (don't, l’été). A hyphen
# separates words, so `so-so` is two words with `-` between them.
_WORD_RE = regex.compile(r"\w++(?:['’]\w++)*+")
# A word of an ASCII text, as _WORD_RE finds it (the ASCII word characters
# are exactly these, and ASCII has no curly apostrophe); the standard
# library's engine finds these twice as fast.
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9_]+(?:'[A-Za-z0-9_]+)*")
# The curly apostrophe, the one character beyond ASCII that lines of English
# often hold, in UTF-8, and the byte that stands for it in _SPACED text: a
# continuation byte, never a character alone, so a line whose UTF-8 is as long
# as the line once its curly apostrophes are this byte holds nothing else
# beyond ASCII, one byte per character.
_CURLY_APOSTROPHE = "’".encode()
_CURLY_BYTE = b"\x80"
# Such a line as bytes in lowercase, every byte that is neither a word
# character nor an apostrophe made a space: bytes.split() then cuts it into
# runs of word characters and apostrophes several times faster than a pattern
# finds words, and each run is a word of _WORD_RE once the apostrophes at a
# word's edge (`'tis`, `dogs'`, `a''b`), which _EDGE_APOSTROPHE_RE finds, are
# made spaces too.
_SPACED = bytes(
    ord(c.lower()) if c.isascii() and (c.isalnum() or c in "_'") else 0x80 if c == "\x80" else 32
    for c in map(chr, range(256))
)
# _SPACED text with each word byte made `w`.
_WORD_BYTE_MARKS = bytes(32 if i == 32 else ord("w") for i in range(256))
# An apostrophe of _SPACED text that is not inside a word.
_EDGE_APOSTROPHE_RE = re.compile(rb"['\x80](?:(?![a-z0-9_])|(?<![a-z0-9_]['\x80]))")
# Copies of 1 to _MAX_PHRASE words back to back, in a string of one character
# per word (equal words, equal characters). Each start tries at most
# _MAX_PHRASE lengths, each compared over at most as many characters.
_TANDEM_RE = re.compile(rf"(?=(.{{1,{_MAX_PHRASE}}})\1)", re.DOTALL)
# The characters that spell the words of a line for _TANDEM_RE, the i-th for
# the i-th word: enough for all but paragraphs of over 4,096 words, and made
# at import in a fraction of a millisecond.
_SPELLING = "".join(map(chr, range(1 << 12)))
# Where one sentence ends and the next begins inside a line: the spaces after
# sentence punctuation (and closing quotes or brackets) before a capital, a
# digit or an opening quote. The match starts at the punctuation, which the
# engine finds far faster than it tries a look-behind at every character, and
# \K leaves it out of the gap; a run of spaces follows at most one punctuation
# mark, so each space is tried once. The gap is a group, so that splitting
# at the gaps keeps them and the parts' lengths give every offset.
_SENTENCE_GAP_RE = regex.compile(r"[.!?…][\"'”’)\]]{0,2}+\K( ++)(?=[\"'“‘(\[]?[\p{Lu}\d])")
# A line of text: the matches tile the text between line breaks.
_LINE_RE = regex.compile(r"[^\n]++")
# The start of a list item: a bullet, or a marker such as `1.`, `2)`, `a)`.
_LIST_ITEM_RE = regex.compile(r"[ \t]*+(?:[-*•‣◦–—]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]")
# Sentence punctuation, then closing quotes or brackets, at the end of a text.
_ENDS_SENTENCE_RE = regex.compile(r"[.!?…][\"'”’)\]]{0,2}\Z")
# Punctuation after which a clause starts: sentence marks, colons, semicolons,
# opening quotes and brackets.
_CLAUSE_START_RE = regex.compile(r"[.!?…:;\"“”‘’(\[]")
# Punctuation that only stammers between two copies of a word: commas and semicolons.
_STRAY_RE = regex.compile(r"[,;]++")

_Span = tuple[int, int]
#: ``find(kept, following)``: how many items at the end of ``kept`` are a
#: droppable second copy of the ones before them (0 for none), given the index
#: of the item that follows them (None at the end).
_RepeatFinder = Callable[[list[int], "int | None"], int]


def _keep(count: int, find: _RepeatFinder, ends: set[int] | None = None) -> list[int]:
    """Indices of the items kept when every droppable repeat loses its second copy.

    A stack: each item is compared with what was kept before it, so a run of
    copies collapses to the first and a drop that brings two copies together
    is seen at once. The result is a fixed point, which makes the cleaner
    idempotent.

    ``ends``, if given: where (before which item, or ``count``) a droppable
    pair of copies of at most :data:`_MAX_PHRASE` items can end in the items
    as given. The stack is then asked only there, and close after a drop:
    past that the items kept since the last drop stand in their given order,
    so copies that lie among them end at one of ``ends``.
    """
    kept: list[int] = []
    dropped = -2 * _MAX_PHRASE  # where the last drop was
    asks = None if ends is None else sorted(ends, reverse=True)
    at = 0
    while at <= count:
        if asks is not None and at - dropped >= 2 * _MAX_PHRASE:
            # Far from a drop only `ends` are asked: the items before the next
            # one go on the stack at once.
            while asks and asks[-1] < at:
                asks.pop()
            ask = asks[-1] if asks else count + 1
            kept.extend(range(at, min(ask, count)))
            at = ask
            if at > count:
                break
        following = at if at < count else None
        while k := find(kept, following):
            del kept[-k:]
            dropped = at
        if following is not None:
            kept.append(following)
        at += 1
    return kept


def _drops(spans: Sequence[_Span], kept: list[int]) -> Iterator[_Span]:
    """The spans to delete so that only ``kept`` items remain.

    A dropped run goes from the end of the kept item before it to the end of
    its own last item: the separator after the run stays.
    """
    for a, b in zip(kept, [*kept[1:], len(spans)]):
        if b != a + 1:
            yield (spans[a][1], spans[b - 1][1])


def _without(text: str, start: int, end: int, drops: list[_Span]) -> str:
    """``text[start:end]`` with ``drops`` deleted."""
    parts = []
    pos = start
    for a, b in drops:
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:end])
    return "".join(parts)


def _tidy(separator: str) -> str:
    """A separator with its spaces collapsed, for comparing copies."""
    return " ".join(separator.split())


class _Words:
    """The words of one sentence, with what a repeat decision needs to know."""

    __slots__ = ("keys", "spans", "start", "text", "words")

    def __init__(self, text: str, start: int, end: int, code: Protected) -> None:
        self.text, self.start = text, start
        pattern = _word_re(text)
        self.spans: list[_Span] = [m.span() for m in pattern.finditer(text, start, end)]
        self.words: list[str] = pattern.findall(text, start, end)
        # A word inside code or a URL gets a key no other word has: it never repeats.
        # A sentence that meets no protected span holds no word that does, so
        # most sentences skip the per-word test.
        if code.touches(start, end):
            self.keys = [
                f"\0{i}" if code.touches(a, b) else w.casefold()
                for i, (w, (a, b)) in enumerate(zip(self.words, self.spans))
            ]
        else:
            self.keys = list(map(str.casefold, self.words))

    def sep(self, i: int) -> str:
        """The separator before word ``i`` (for the first: from the sentence start)."""
        return self.text[self.spans[i - 1][1] if i else self.start : self.spans[i][0]]


#: How many words stand in ``line[start:end]`` (at word edges), and the words
#: of the line case-folded.
_LineWords = tuple[Callable[[int, int], int], "list[str] | list[bytes]"]


def _line_words(line: str) -> _LineWords:
    """How to count the words in a stretch of ``line``, and its words case-folded.

    Only equality between words matters, so the words of a line of ASCII and
    curly apostrophes may come as bytes (a curly apostrophe as :data:`_CURLY_BYTE`).
    """
    data = line.encode("utf-8", "surrogatepass")
    if len(data) != len(line):
        data = data.replace(_CURLY_APOSTROPHE, _CURLY_BYTE)
    if len(data) == len(line):  # ASCII but for curly apostrophes: offsets stay
        spaced = data.translate(_SPACED)
        if b"'" in spaced or _CURLY_BYTE in spaced:
            spaced = _EDGE_APOSTROPHE_RE.sub(b" ", spaced)
        return functools.partial(_count_words, spaced), spaced.split()
    folded = line.casefold()
    if len(folded) == len(line):
        # Folding that keeps the length maps each character to one of the same
        # kind (word, apostrophe, other: tests/test_cleaners_repeats.py checks
        # every code point), so the words fall at the same places.
        return lambda start, end: len(_WORD_RE.findall(folded, start, end)), _WORD_RE.findall(folded)
    return lambda start, end: len(_WORD_RE.findall(line, start, end)), [w.casefold() for w in _WORD_RE.findall(line)]


def _count_words(spaced: bytes, start: int, end: int) -> int:
    """How many words stand in ``spaced[start:end]`` (at word edges), for :data:`_SPACED` text."""
    # Each word starts where a space meets a word byte, or at the start:
    # counted in place, no word is cut out.
    marks = spaced[start:end].translate(_WORD_BYTE_MARKS)
    return marks.count(b" w") + marks.startswith(b"w")


def _word_re(text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The fastest pattern that finds the words of ``text`` as :data:`_WORD_RE` does."""
    return _ASCII_WORD_RE if text.isascii() else _WORD_RE


def _word_ids(keys: list[str] | list[bytes]) -> tuple[str | None, int]:
    """``keys`` spelled one character per word, equal words with equal characters; and how many differ."""
    if len(keys) > sys.maxunicode:
        return None, len(set(keys))  # more words than characters to spell them
    code: dict[str | bytes, str] = {}
    # A word seen first as the i-th takes the i-th character; taken from a
    # string made once, most lines need no chr() call per word.
    spelled = _SPELLING if len(keys) <= len(_SPELLING) else map(chr, itertools.count())
    return "".join(map(code.setdefault, keys, spelled)), len(code)


def _repeating_sentences(
    line: str, count: Callable[[int, int], int], ids: str, first: int, sentences: list[_Span]
) -> dict[int, set[int]]:
    """The sentences of ``line`` that can hold a droppable word or phrase repeat, each with where one can end.

    A necessary condition for the rules of :func:`_word_finder`: before a first
    drop the words kept are all the words in order, so a first drop needs, inside
    one sentence, copies of 1 to :data:`_MAX_PHRASE` words back to back (equal
    ignoring case: equal characters in ``ids``) that hold a word not doubled on
    purpose and, for one or two words, are not a name said twice. Words inside
    code only ever differ from the rest, so ignoring code here can only keep
    more sentences. Where such copies end is where :func:`_keep` asks.
    ``count(start, end)`` counts the words of ``line[start:end]``; ``first`` is
    where the first copies in ``ids`` start.
    """
    starts = [m.start() for m in _TANDEM_RE.finditer(ids, first)]
    # Where each sentence's words start among the line's words, as far as the last copies.
    firsts = [0]
    for a, b in sentences:
        if firsts[-1] > starts[-1]:
            break
        firsts.append(firsts[-1] + count(a, b))
    found: dict[int, set[int]] = {}
    words: list[str] = []
    read_in = -1
    for i in starts:
        n = bisect_right(firsts, i) - 1
        first = firsts[n]
        # The second copy starts with the first copy's first word: only
        # where that word stands again can it start.
        last = i + min(_MAX_PHRASE, (firsts[n + 1] - i) // 2)
        j = ids.find(ids[i], i + 1, last + 1)
        while j >= 0:
            k, j = j - i, ids.find(ids[i], j + 1, last + 1)
            if not ids.startswith(ids[i : i + k], i + k):
                continue
            if read_in != n:
                words, read_in = _word_re(line).findall(line, *sentences[n]), n
            copies = words[i - first : i - first + 2 * k]
            if not _plain(copies[:k]):
                continue
            if k <= 2 and not any(w[0].islower() for w in copies) and not (k == 1 and is_dangling(copies[0])):
                continue
            found.setdefault(n, set()).add(i + 2 * k - first)
    return found


def _plain(words: Iterable[str]) -> bool:
    """Whether some word is neither a number nor doubled on purpose (a copy of only such words stays)."""
    return any(not w.isdigit() and not is_repeatable(w) for w in words)


def _word_finder(s: _Words, verse: bool) -> _RepeatFinder:
    """The phrase-and-word rules (see the module docstring) for one sentence."""
    keys, words = s.keys, s.words

    def find(kept: list[int], following: int | None) -> int:
        n = len(kept)
        top = min(n // 2, _MAX_PHRASE)
        # Copies end in equal words: most asks find no word like the last one
        # close enough before it, and stop at this one look.
        if not top or keys[kept[-1]] not in map(keys.__getitem__, kept[n - 1 - top : n - 1]):
            return 0
        for k in range(1, top + 1):
            a, b = n - 2 * k, n - k  # the copies are kept[a:b] and kept[b:n]
            if keys[kept[a]] != keys[kept[b]] or keys[kept[b - 1]] != keys[kept[n - 1]]:
                continue
            # The exemptions look at no more than the copies' words, so each
            # ask costs at most _MAX_PHRASE**2 word looks: `very very very ...`
            # or `Walla Walla ...` stays linear.
            if not _plain(map(words.__getitem__, kept[a:b])):
                continue  # had had, very very, bye bye bye, 1 1/2
            if (
                k <= 2
                and not any(words[i][0].islower() for i in kept[a:n])
                and not (k == 1 and is_dangling(words[kept[a]]))
            ):
                continue  # Walla Walla, New York, New York
            if k == 2 and keys[kept[a]] != keys[kept[a + 1]] and _in_chain(keys, kept, a, following):
                continue  # again and again and again
            if not _separated_as_repeat(s, kept, a, b, k, following, verse):
                continue
            if all(
                keys[kept[a + i]] == keys[kept[b + i]] and _tidy(s.sep(kept[a + i])) == _tidy(s.sep(kept[b + i]))
                for i in range(1, k)
            ):
                return k
        return 0

    return find


def _in_chain(keys: list[str], kept: list[int], a: int, following: int | None) -> bool:
    """Whether the copies ``p q p q`` at ``kept[a:]`` continue as ``q p q p`` either way."""
    p, q = keys[kept[a]], keys[kept[a + 1]]
    return (a > 0 and keys[kept[a - 1]] == q) or (following is not None and keys[following] == p)


def _separated_as_repeat(
    s: _Words, kept: list[int], a: int, b: int, k: int, following: int | None, verse: bool
) -> bool:
    """Whether what stands between the copies (and around them) makes them a stammer."""
    between = "".join(s.sep(kept[b]).split())
    if not between:
        return True
    if not _STRAY_RE.fullmatch(between):
        return False
    if len(between) > 1:
        return True  # `, ,` `,,` `;;`: stray punctuation between copies
    if between != ",":
        return False
    if k == 1:
        word = s.keys[kept[a]]
        if is_dangling(word):
            return True  # `the, the`: it never stands before a comma
        if a == 0 or _CLAUSE_START_RE.search(s.sep(kept[a])):
            return False  # at a clause start: `Dark, dark room`, `“Well, well`
        if s.words[kept[a]][0].isupper() and s.words[kept[b]][0].islower():
            return True  # a capital mid-sentence meets its lowercase copy: keyword residue
        if is_clause_edge(word) or is_determiner(s.words[kept[a - 1]]):
            return False  # `supported it, it was`, `a cruel, cruel lover`
        return s.keys[kept[a - 1]] != word and (following is None or s.keys[following] != word)
    runs_on = following is not None and not s.sep(following).strip()
    if not runs_on:
        return False  # `Let it be, let it be.`
    if k >= 3 or is_dangling(s.words[kept[b - 1]]):
        return True
    return not verse and not is_dangling(s.words[kept[a]])


def _sentence_finder(keys: Sequence[str], size: Callable[[int], int], limit: int) -> _RepeatFinder:
    """Exact repeats of up to ``limit`` units with at least :data:`_MIN_WORDS` words.

    ``size(i)`` is unit ``i``'s word count, asked only of units that have a
    copy; a unit of size 0 is never part of a droppable copy.
    """

    def find(kept: list[int], following: int | None) -> int:
        n = len(kept)
        for k in range(1, min(n // 2, limit) + 1):
            a, b = n - 2 * k, n - k
            if keys[kept[b - 1]] != keys[kept[n - 1]]:
                continue
            copy = [size(kept[i]) for i in range(b, n)]
            if not all(copy) or sum(copy) < _MIN_WORDS:
                continue
            if all(keys[kept[a + i]] == keys[kept[b + i]] for i in range(k)):
                return k
        return 0

    return find


def _sentence_spans(parts: list[str]) -> list[_Span]:
    """Where the sentences of a line stand, given the line split at its sentence gaps (gaps kept)."""
    edges = list(itertools.accumulate(map(len, parts), initial=0))
    return list(zip(edges[::2], edges[1::2]))


def _keep_units(keys: list[str], size: Callable[[int], int], limit: int) -> list[int]:
    """:func:`_keep` with :func:`_sentence_finder`, skipped when no two units are equal (nothing can repeat)."""
    if len(set(keys)) == len(keys):
        return list(range(len(keys)))
    return _keep(len(keys), _sentence_finder(keys, size, limit))


def _unindented(units: list[str]) -> list[str]:
    """The sentences of a line as compared: the first without the line's indentation.

    Indentation is not what a unit says, and it may come and go between two
    cleanings (an editor or another tool re-indents; the pipeline's
    boilerplate removal used to take it from the line after a removed one):
    a repeat must be found whether or not it is there, or a second cleaning
    would find what the first did not.
    """
    if units and units[0][:1].isspace():
        return [units[0].lstrip(), *units[1:]]
    return units


def _line_drops(line: str) -> tuple[list[_Span], str]:
    """Drops inside one line (repeated sentences, phrases, words) and the line as cleaned.

    Most lines cannot repeat anything, which a look at their words shows at
    once: any drop needs a word twice; a word or phrase drop, copies of 1 to
    :data:`_MAX_PHRASE` words back to back (see :func:`_repeating_sentences`);
    without those, a sentence drop needs the same sentence twice, and copies
    (all the words of the sentences said twice) of more than
    :data:`_MAX_PHRASE` words, so as many words that repeat one before them.
    """
    count, keys = _line_words(line)
    ids, distinct = _word_ids(keys)
    if distinct == len(keys):
        return [], line
    copies = None if ids is None else _TANDEM_RE.search(ids)
    if copies is None and ids is not None and len(keys) - distinct <= _MAX_PHRASE:
        return [], line  # sentences said twice would be longer copies, each word a repeat
    parts = _SENTENCE_GAP_RE.split(line)
    texts = parts[::2]  # the sentences, as they stand
    if ids is not None and copies is None and len(set(_unindented(texts))) == len(texts):
        return [], line
    sentences = _sentence_spans(parts)
    repeating: dict[int, set[int] | None] = {}
    if ids is None:
        repeating = dict.fromkeys(range(len(sentences)))
    elif copies is not None:
        repeating.update(_repeating_sentences(line, count, ids, copies.start(), sentences))
    verse = len(line) < _VERSE_LINE and not _ENDS_SENTENCE_RE.search(line, max(0, len(line) - 3))
    # Protected spans end at line breaks, so the line's own are those of the
    # text; and but for code spans (a backtick, an indented line) they end at
    # spaces, which sentence gaps are, so then a sentence's own are the line's.
    code = protected(line) if repeating and ("`" in line or line.startswith(("    ", "\t"))) else None
    inner: dict[int, list[_Span]] = {}
    for i, ends in repeating.items():
        s_start, s_end = sentences[i]
        if code is None:
            words = _Words(texts[i], 0, s_end - s_start, protected(texts[i]))
            shift = s_start
        else:
            words, shift = _Words(line, s_start, s_end, code), 0
        kept = _keep(len(words.spans), _word_finder(words, verse), ends)
        inner[i] = [(a + shift, b + shift) for a, b in _drops(words.spans, kept)]
        texts[i] = _without(line, s_start, s_end, inner[i])
    keys = _unindented(texts)
    kept = _keep_units(keys, lambda i: len(_WORD_RE.findall(keys[i])), _MAX_SENTENCES)
    drops = [d for i in kept for d in inner.get(i, ())] if inner else []
    if len(kept) < len(sentences):
        drops.extend(_drops(sentences, kept))
    if not drops:
        return drops, line
    drops.sort()
    return drops, _without(line, 0, len(line), drops)


@cleaner()
def remove_repeats(text: str) -> Iterator[Replacement]:
    """Drop immediately repeated words, phrases, sentences and paragraphs.

    Only stammers go; repeats English makes on purpose stay (the rules are in
    the module docstring).

    >>> remove_repeats("the role of Naltrexone, , naltrexone treatment is the the key.")
    'the role of Naltrexone treatment is the key.'
    >>> remove_repeats("He had had enough. It was very very cold in Walla Walla. Dark, dark room.")
    'He had had enough. It was very very cold in Walla Walla. Dark, dark room.'
    """
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    inner: dict[int, list[_Span]] = {}
    keys: list[str] = []
    for i, (start, end) in enumerate(lines):
        drops, cleaned = _line_drops(text[start:end])
        if drops:
            inner[i] = [(a + start, b + start) for a, b in drops]
        keys.append(cleaned.lstrip())  # compared without indentation, as sentences are (see _unindented)

    def size(i: int) -> int:
        # A list item, or a line that ends no sentence inside a stanza or a
        # menu, is never dropped as a repeat.
        start, end = lines[i]
        cleaned = keys[i]
        listed = _LIST_ITEM_RE.match(cleaned) is not None
        ends = _ENDS_SENTENCE_RE.search(cleaned[-3:]) is not None
        alone = text.startswith("\n\n", end) or end == len(text)
        alone = alone and (start == 0 or text.endswith("\n\n", 0, start))
        return 0 if listed or not (ends or alone) else len(_WORD_RE.findall(cleaned))

    kept = _keep_units(keys, size, _MAX_LINES)
    drops = [d for i in kept for d in inner.get(i, ())] if inner else []
    if len(kept) < len(lines):
        drops.extend(_drops(lines, kept))
    drops.sort()
    for a, b in drops:
        yield (a, b, "")
