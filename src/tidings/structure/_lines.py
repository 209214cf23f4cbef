"""Lines of flattened web text and the cheap features the classifiers read.

A line (a run of text between newlines, stripped) is the unit of structure in
text extracted from a web page: every block element became a line. Features
are computed once per line, with a few compiled patterns, so reading a page
costs one pass over its characters plus a little per line; a feature no
classifier reads in a line (furniture vocabulary in long prose, crumbs in a
line that ends a sentence, caption marks in a line without their words) is not
looked for there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ._vocab import (
    ADDRESS_RE,
    ASCII_ADDRESS,
    CONNECTORS,
    NON_ASCII_WORD_RE,
    ascii_lowered,
    phrase_hits,
    vocabulary_hits,
)

__all__ = ["Line", "read_lines"]

# A list marker at the start of a line: bullets, `1.`, `1)`, `a)`.
_LIST_ITEM_RE = regex.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013\u00b7]\s|\d{1,3}[.)]\s|[a-zA-Z][)]\s)")
# How a sentence ends: terminal punctuation, optionally inside closing quotes
# or brackets (`said.”`, `(2017).`).
_SENTENCE_ENDS = ".!?\u2026\u3002\uff01\uff1f"
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_TERMINAL_RE = regex.compile(f"[{_SENTENCE_ENDS}][{regex.escape(_CLOSERS)}]*\\Z")
# The first character of each word of a line with word characters beyond ASCII, for counting
# words and capitals (a word: letters, digits, apostrophes). Only the first characters are kept.
_WORD_FIRST_RE = regex.compile(r"(\w)[\w'\u2019.-]*")


def _byte_class(b: int) -> int:
    """The mark of byte ``b`` in _ASCII_CLASSES."""
    c = chr(b)
    if b > 127 or not (c.isalnum() or c == "_"):
        return ord(" ")
    return ord("U" if c.isupper() else "l" if c.islower() else "d")


# In an ASCII line a word is a run of `[A-Za-z0-9_'.-]` holding a letter, digit or `_`,
# and its first such character says whether it is capitalized. With the apostrophes,
# dots and hyphens deleted, each word is a run of those characters, so the words are
# counted by their first characters, marked by the class of each byte
# (`U` upper case, `l` lower case, `d` digit or `_`, space for the rest).
# A line whose only characters beyond ASCII are not word characters (`\u00a9`, dashes, quotes)
# is read alike from its UTF-8 bytes (each such character marks two to four spaces) once
# its other joiner, `\u2019`, is deleted too.
_ASCII_CLASSES = bytes(map(_byte_class, range(256)))
_ASCII_JOINERS = b"'.-"
# Separators of navigation crumbs and link rows: `Home > News`, `A | B`, `A » B`,
# `About / Contact` (a slash only with spaces around it, so `and/or` is prose).
# Only the mark is matched (the spaces around it are stripped from the parts), so a
# long run of spaces is never rescanned from each of its positions.
_SEPARATOR_RE = regex.compile(r"[>\u00bb\u203a|\u2022\u00b7]|(?<=\s)/(?=\s)")
# The characters _SEPARATOR_RE needs: most lines hold none, and `in` finds that far faster than the pattern.
_SEPARATOR_MARKS = (">", "\u00bb", "\u203a", "|", "\u2022", "\u00b7", "/")
# The separators one of which makes a crumb alone.
_STRONG_SEPARATORS = (">", "\u00bb", "\u203a", "|")
# The characters `str.isspace` calls whitespace and `\s` does not.
_NOT_PATTERN_SPACES = "\x1c\x1d\x1e\x1f"
# Copyright lines: the sign, `(c) 2019`, or the words.
_COPYRIGHT_RE = regex.compile(r"\u00a9|\(c\)\s*\d{4}|(?i:\bcopyright\b|\ball rights reserved\b)")
# The words of _COPYRIGHT_RE, case-folded: a line whose case-folded text holds none of them
# (nor the sign, nor `(c)`) cannot match it, so it is not searched. Case-folding finds every
# case-insensitive match but one (`\u0130` matches `i`; a line with it is always searched).
_COPYRIGHT_WORDS = ("copyright", "all rights reserved")
# Marks of a picture caption or credit: `Photo: X`, `Photograph: X`, `(Getty Images)`, `Credit: X`.
_CAPTION_RE = regex.compile(
    r"(?i:\b(?:photo(?:graph)?|image|picture|credit|illustration|foto)s?\s*:|\bgetty images\b|\bshutterstock\b"
    r"|\((?:photo|image|credit)\b)"
)
# Words one of which every match of _CAPTION_RE holds, case-folded (as _COPYRIGHT_WORDS).
_CAPTION_WORDS = ("photo", "image", "picture", "credit", "illustration", "foto", "getty images", "shutterstock")
# What every match of _CAPTION_RE or _COPYRIGHT_RE holds once case-folded (`(c)` and the sign
# case-fold to themselves): one scan of a short line for all of them rules most lines out.
_CAPTION_OR_COPYRIGHT_MARKS = (*_CAPTION_WORDS, *_COPYRIGHT_WORDS, "\u00a9", "(c)")
# In a line with no word character beyond ASCII, a match of _CAPTION_RE, or of _COPYRIGHT_RE but for
# the sign and `(c)`, holds one of these as a whole word (the vocabulary's words: lower-cased runs of
# `\w`; `getty images` holds `images`): a line whose words hold none is not searched.
_CAPTION_OR_COPYRIGHT_TOKENS = frozenset(
    {
        *(
            w + plural
            for w in ("photo", "photograph", "image", "picture", "credit", "illustration", "foto")
            for plural in ("", "s")
        ),
        "shutterstock",
        "copyright",
        "reserved",
    }
)
# Longer lines are prose, not a caption or a copyright notice; they are not searched for the marks.
_CAPTION_MAX_WORDS = 40
_COPYRIGHT_MAX_WORDS = 25
# The one character a case-insensitive pattern matches to a letter of these words that
# case-folds to something else (`\u0130` folds to `i\u0307`).
_FOLD_EXCEPTION = "\u0130"
# A gallery counter glued to its caption: `1of4Grass Valley's Dionicio Torres looks at ...`.
_GALLERY_RE = regex.compile(r"\d{1,3}of\d{1,3}(?!\d)")
# Where a headline was glued to the summary after it (`Student-AthleteA 24-year-old`,
# `NeighborhoodVisiting Rivertown`): a lower-case run, then a capital that starts a word.
_GLUE_RE = regex.compile(r"(?<=\p{Ll}{3})\p{Lu}(?=[\s\p{Ll}])")
# A line that is only a count: `0`, `12 Citations`, `5 min read`, `1.2K shares`.
_COUNT_RE = regex.compile(r"[(\[]?\d[\d,.]*[kKmM]?[)\]]?(?:\s+\p{L}+){0,3}\Z")
# The ASCII characters a match of _LIST_ITEM_RE (but `a)`), _COUNT_RE or _GALLERY_RE may start with
# in a stripped line (the only ASCII characters `\d` matches are these digits).
_LEADS = "0123456789([-*"


@dataclass(slots=True)
class Line:
    """One non-empty line with its features."""

    start: int
    end: int
    text: str
    words: int
    caps_ratio: float  # share of words starting with a capital letter
    terminal: bool  # ends like a sentence
    list_marker: bool
    copyright: bool  # a copyright notice: a short line (see _COPYRIGHT_MAX_WORDS) with a copyright mark
    count: bool
    crumb: bool
    caption: bool
    teaser: bool
    vocab: dict[str, int] = field(default_factory=dict)  # class -> hits, where read (see _VOCAB_MAX_WORDS)
    vocab_cover: float = 0.0  # share of the line's characters that are vocabulary
    vocab_lead: str | None = None  # class of the phrase the line starts with


def _crumb(text: str, marks: tuple[str, ...] = _SEPARATOR_MARKS) -> bool:
    """Whether the line is a navigation crumb or a link row: two or more short parts between separators.

    ``marks`` are the _SEPARATOR_MARKS the line may hold (those of its page).
    A line that ends like a sentence never is one, so callers skip those: the part holding its
    last sentence end ends like a sentence too (only closers follow that mark, and the one closer
    that separates, `\u00bb`, just ends the part earlier).
    """
    if "<" in text:
        return False  # `"Name" <name@example.com>`: angle brackets, not crumbs
    # The separators counted with `str.count` and `str.find` (a scan with _SEPARATOR_RE costs far
    # more, and most lines with a mark hold only a slash in a date or an address).
    strong = weak = 0
    for mark in marks:
        if mark == "/":
            at = text.find("/", 1)
            while at != -1:
                weak += _is_space(text[at - 1]) and _is_space(text[at + 1 : at + 2])
                at = text.find("/", at + 1)
        elif mark in _STRONG_SEPARATORS:
            strong += text.count(mark)
        else:
            weak += text.count(mark)
    # One slash or bullet between two items is too weak (`Q&A / Video`); one `>` or `|` is a crumb.
    if strong + weak < 2 and not strong:
        return False
    parts = [p for p in (part.strip() for part in _SEPARATOR_RE.split(text)) if p]
    return len(parts) >= 2 and all(len(p.split()) <= 8 and not _TERMINAL_RE.search(p) for p in parts)


def _is_space(c: str) -> bool:
    """Whether ``c`` (one character, or none) is whitespace as `\\s` in a pattern says (`str.isspace` adds four)."""
    return c.isspace() and c not in _NOT_PATTERN_SPACES


# Lines longer than this (in words) are not searched for furniture vocabulary; lines longer than
# _VOCAB_ANY_WORDS only when they address the reader, start with a label (a colon in their first
# _LABEL_CHARS characters) or are a count: elsewhere _boilerplate reads no vocabulary in them.
_VOCAB_MAX_WORDS = 60
_VOCAB_ANY_WORDS = 30
_LABEL_CHARS = 20
# A teaser's headline sits in the first characters of its line; glue further on is not looked at.
_HEADLINE_CHARS = 250
# A longer line is an article's paragraph, not a teaser.
_TEASER_MAX_WORDS = 80


def _teaser(s: str, words: int) -> bool:
    """A Title-Case headline glued to a sentence-case summary: a teaser of another article."""
    for m in _GLUE_RE.finditer(s, 0, min(len(s), _HEADLINE_CHARS)):
        head = s[: m.start()].split()
        if not head or not head[-1].replace("-", "").replace("'", "").isalpha():
            continue  # `Johnson/ENRON@enronXgate`: an address, not two words glued
        if not 5 <= len(head) <= 20 or words - len(head) < 6 or _TERMINAL_RE.search(s, 0, m.start()):
            continue
        content = [w for w in head if w.lower() not in CONNECTORS]
        if content and sum(1 for w in content if w[0].isupper() or not w[0].isalpha()) >= 0.8 * len(content):
            return True
    return False


def _line(s: str, start: int, end: int, marks: tuple[str, ...]) -> Line:
    """The line ``s`` (stripped), at ``start:end`` in its text, with its features.

    ``marks``: the separator marks the text holds.
    """
    # Every match of _LIST_ITEM_RE, _COUNT_RE and _GALLERY_RE in a stripped line starts with one of
    # _LEADS or a character beyond ASCII, but for a list marker `a)`: most lines are tried with none.
    # (`s[:1]`: a line of the control characters `\s` does not take but str.isspace does is stripped to nothing)
    may_mark = s[:1] in _LEADS or not s[:1].isascii()
    count = may_mark and _COUNT_RE.match(s) is not None
    plain = s.replace("\u2019", "")
    if plain.isascii() or NON_ASCII_WORD_RE.search(plain) is None:
        # With a space before the line, every word's first character follows a space.
        classes = (" " + plain).encode("utf-8", "surrogatepass").translate(_ASCII_CLASSES, _ASCII_JOINERS)
        caps = classes.count(b" U")
        cased = caps + classes.count(b" l")
        line_words = cased + classes.count(b" d")
        # _GLUE_RE needs three lower-case letters (ASCII ones here) and a capital in a row, which
        # deleting joiners keeps: a line without them has no glue, so no teaser.
        may_glue = line_words <= _TEASER_MAX_WORDS and b"lllU" in classes
        words = None  # the vocabulary's words, where read
        vocab, cover, lead = {}, 0.0, None
        if line_words <= _VOCAB_MAX_WORDS:
            lowered = ascii_lowered(s)
            if (
                line_words <= _VOCAB_ANY_WORDS
                or count
                or ":" in s[:_LABEL_CHARS]
                or any(map(f" {lowered} ".__contains__, ASCII_ADDRESS))
            ):
                words = lowered.split()
                vocab, cover, lead = phrase_hits(words)
    else:
        firsts_list = _WORD_FIRST_RE.findall(s)
        line_words = len(firsts_list)
        may_glue = line_words <= _TEASER_MAX_WORDS
        cased = caps = 0
        for c, k in Counter(firsts_list).items():  # per distinct first character, not per word
            if c.isalpha():
                if c.isupper():
                    caps += k
                    cased += k
                elif c.islower():
                    cased += k
        words = None
        vocab, cover, lead = {}, 0.0, None
        if line_words <= _VOCAB_MAX_WORDS and (
            line_words <= _VOCAB_ANY_WORDS or count or ":" in s[:_LABEL_CHARS] or ADDRESS_RE.search(s)
        ):
            vocab, cover, lead = vocabulary_hits(s)
    bare = s.rstrip(_CLOSERS)  # _TERMINAL_RE without a search: the line's end once its closers are gone
    terminal = bare != "" and bare[-1] in _SENTENCE_ENDS
    caption = copyright = False
    if line_words <= _CAPTION_MAX_WORDS and _may_mark_picture_or_copyright(s, words):
        caption = _CAPTION_RE.search(s) is not None
        copyright = line_words <= _COPYRIGHT_MAX_WORDS and _COPYRIGHT_RE.search(s) is not None
    return Line(  # the fields in order (keywords cost a third of the line's construction)
        start,
        end,
        s,
        line_words,
        caps / cased if cased else 0.0,  # caps_ratio
        terminal,
        (may_mark or s[1:2] == ")") and _LIST_ITEM_RE.match(s) is not None,  # list_marker
        copyright,
        count,
        not terminal and marks != () and _crumb(s, marks),  # a line ending like a sentence is none (see _crumb)
        caption or may_mark and _GALLERY_RE.match(s) is not None,
        may_glue and _teaser(s, line_words),  # teaser
        vocab,
        cover,
        lead,
    )


def _may_mark_picture_or_copyright(s: str, words: list[str] | None) -> bool:
    """Whether _CAPTION_RE or _COPYRIGHT_RE may match line ``s``, from its vocabulary ``words`` if they
    were read (the line has no word character beyond ASCII), else from its case-folded text."""
    if words is not None:
        return not _CAPTION_OR_COPYRIGHT_TOKENS.isdisjoint(words) or "\u00a9" in s or "(c)" in s
    return _FOLD_EXCEPTION in s or any(map(s.casefold().__contains__, _CAPTION_OR_COPYRIGHT_MARKS))


def read_lines(text: str) -> list[Line]:
    """Every non-empty line of ``text`` with its features; spans exclude outer whitespace.

    >>> [(l.text, l.words, l.terminal) for l in read_lines("  A title\\n\\nIt rained.  \\n")]
    [('A title', 2, False), ('It rained.', 2, True)]
    """
    marks = tuple(filter(text.__contains__, _SEPARATOR_MARKS))  # most pages hold one or two at most
    lines = []
    start = 0
    for segment in text.split("\n"):
        end = start + len(segment)
        # A line holds a character that is not whitespace to `\s` in a pattern (str.isspace takes four more).
        if segment and (not segment.isspace() or any(map(segment.__contains__, _NOT_PATTERN_SPACES))):
            first, last = start, end
            while text[first].isspace():
                first += 1
            while text[last - 1].isspace():
                last -= 1
            lines.append(_line(segment if last - first == len(segment) else text[first:last], first, last, marks))
        start = end + 1
    return lines
