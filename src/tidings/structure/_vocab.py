"""Language data of the structure reader, loaded once from ``data/``.

The data are plain JSON/text files inside the package (read with
``importlib.resources``: no download, no pickle), read here once, at import
(a few kilobytes).
"""

from __future__ import annotations

import json
from importlib import resources
from itertools import compress

import regex

__all__ = [
    "ADDRESS_RE",
    "ASCII_ADDRESS",
    "CONNECTORS",
    "NON_ASCII_WORD_RE",
    "PHRASES",
    "SENTENCE_STARTERS",
    "WORDS",
    "ascii_lowered",
    "ascii_words",
    "phrase_hits",
    "vocabulary_hits",
]


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


# Words as the vocabulary is matched: letters and digits, lower-cased; a phrase
# is a tuple of them (`Follow  us` and `follow us` are the same phrase).
_VOCAB_WORD_RE = regex.compile(r"\w+")
# For text whose word characters are all ASCII, a table of its UTF-8 bytes: every character
# that is not a word character (not `\w`, a test checks every ASCII character; the bytes of the
# others are all above 127) made spaces, every word character lower-cased, so the words are
# what `bytes.split` returns (a byte table translates several times faster than a dict).
_ASCII_WORDS = bytes(ord(chr(i).lower()) if chr(i).isalnum() or chr(i) == "_" else 32 for i in range(128)) + bytes(
    [32] * 128
)
#: A word character beyond ASCII: text holding none is read with the byte tables
#: (here and in :mod:`._lines`).
NON_ASCII_WORD_RE = regex.compile(r"[^\x00-\x7f\W]")
#: Words that address the reader.
ADDRESS_RE = regex.compile(r"(?i)\b(?:you|your|us|our)\b")
#: ADDRESS_RE's words as :func:`ascii_lowered` text holds them, with a space on each side (a test checks).
ASCII_ADDRESS = (" you ", " your ", " us ", " our ")


def _phrases() -> dict[tuple[str, ...], str]:
    raw = json.loads(_read("vocabulary.json"))
    phrases: dict[tuple[str, ...], str] = {}
    for cls, langs in raw.items():
        if cls.startswith("_"):
            continue  # a comment
        for words in langs.values():
            for phrase in words:
                phrases.setdefault(tuple(_VOCAB_WORD_RE.findall(phrase.lower())), cls)
    return phrases


#: phrase (tuple of lower-case words) -> vocabulary class (share, subscribe, ...).
PHRASES: dict[tuple[str, ...], str] = _phrases()
#: first word -> the lengths (in words) of the phrases starting with it, longest first
#: (most words start none).
_SIZES_FROM: dict[str, tuple[int, ...]] = {}
for _phrase in PHRASES:
    _SIZES_FROM[_phrase[0]] = tuple(sorted({*_SIZES_FROM.get(_phrase[0], ()), len(_phrase)}, reverse=True))


def vocabulary_hits(text: str) -> tuple[dict[str, int], float, str | None]:
    """Vocabulary classes in ``text`` (class -> hits), the share of its word characters they
    cover, and the class of the phrase the text starts with (if it starts with one).

    Phrases are looked up longest first, word by word: linear in the words,
    whatever the size of the vocabulary.

    >>> hits, cover, lead = vocabulary_hits("Like it? Share it!More by this author |")
    >>> hits, round(cover, 2), lead
    ({'share': 2, 'more': 1}, 0.93, 'share')
    """
    if text.isascii() or NON_ASCII_WORD_RE.search(text) is None:
        return phrase_hits(ascii_words(text))
    return phrase_hits(list(map(str.lower, _VOCAB_WORD_RE.findall(text))))


def ascii_words(text: str) -> list[str]:
    """The words of ``text`` as the vocabulary is matched, for text with no word character beyond ASCII."""
    return ascii_lowered(text).split()


def ascii_lowered(text: str) -> str:
    """``text`` (with no word character beyond ASCII) as its words: lower-cased, every other character spaces."""
    # lower case changes no ASCII character's class or length: one call for the text
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).decode("ascii")


def phrase_hits(words: list[str]) -> tuple[dict[str, int], float, str | None]:
    """:func:`vocabulary_hits` of a text whose words (as the vocabulary is matched) are ``words``."""
    if _SIZES_FROM.keys().isdisjoint(words):
        return {}, 0.0, None  # no word starts a phrase (most lines)
    n = len(words)
    # Only the words that start a phrase are looked at (most words start none).
    starts = compress(range(n), map(_SIZES_FROM.__contains__, words))
    hits: dict[str, int] = {}
    lead = None
    covered = 0
    i = 0
    for j in starts:
        if j < i:
            continue  # inside the phrase found before
        for size in _SIZES_FROM[words[j]]:
            cls = PHRASES.get(tuple(words[j : j + size])) if size <= n - j else None
            if cls is not None:
                if j == 0:
                    lead = cls
                hits[cls] = hits.get(cls, 0) + 1
                covered += sum(map(len, words[j : j + size]))
                i = j + size
                break
    if not hits:
        return hits, 0.0, None  # words that start phrases, but no phrase (`you` without `may also like`)
    return hits, covered / len("".join(words)), lead


def _words() -> dict[str, frozenset[str]]:
    raw = json.loads(_read("words.json"))
    return {name: frozenset(words) for name, words in raw.items() if not name.startswith("_")}


#: Named word lists of ``data/words.json`` (name particles, job titles, ...).
WORDS: dict[str, frozenset[str]] = _words()
#: Small words a Title-Case headline keeps in lower case (`of`, `and`, `the`).
CONNECTORS: frozenset[str] = WORDS["title_case_connectors"]

#: Lower-case words that open a sentence but hardly ever end a Title-Case
#: heading ("Before", "The", "In"): where a capitalized run meets one of these
#: followed by lower-case words, a heading was glued to its paragraph.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    line.strip() for line in _read("sentence_starters.txt").splitlines() if line.strip() and not line.startswith("#")
)
