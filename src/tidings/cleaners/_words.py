"""Shared English word data for the repair cleaners.

The lists live in ``data/`` as plain text and load on first use (never at
import):

- ``english_words.txt``: SCOWL's size-35 American English list (see
  ``english_words.LICENSE``; regenerate with ``scripts/build_word_list.py``).
  Common words in lowercase, names with their capital. :func:`is_word` asks it
  whether a piece of a glued token is a real word (``shuttles`` and
  ``Wednesday`` in ``shuttlesWednesday``).
- ``abbreviations.txt``: abbreviations whose period may stand before a comma
  (``Inc.,``); :func:`is_abbreviation` also knows abbreviations by shape.
- ``titles.txt``: titles before a name (``Dr.``), which never stand before a comma.
- ``repeatable_words.txt``: words English doubles on purpose (``had had``,
  ``very very``, ``bye bye``); :func:`is_repeatable` asks it.
- ``dangling_words.txt``: words that never end a clause (``the``, ``of``,
  ``and``), so never stand before a comma; :func:`is_dangling` asks it.
- ``clause_edge_words.txt``: words that can end a clause and start the next
  (``it``, ``you``); :func:`is_clause_edge` asks it.
- ``determiners.txt``: words that stand before an adjective (``a``, ``such``);
  :func:`is_determiner` asks it.

Any cleaner may use these; add a list here, not a private copy in a module.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["is_abbreviation", "is_clause_edge", "is_dangling", "is_determiner", "is_repeatable", "is_word"]


def _read_lines(name: str) -> list[str]:
    text = files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _word_set(name: str) -> frozenset[str]:
    """The words of ``data/<name>``, read once per process."""
    return frozenset(_read_lines(name))


def is_word(word: str) -> bool:
    """True if ``word`` is a known English word, in its own case or in lowercase.

    >>> is_word("Wednesday"), is_word("Often"), is_word("Phone"), is_word("Tyvak")
    (True, True, True, False)
    """
    words = _word_set("english_words.txt")
    return word in words or word.lower() in words


def is_abbreviation(word: str) -> bool:
    """True if ``word`` (without its final period) is an abbreviation.

    Known ones from the list, initials (``J``), dotted forms (``e.g``,
    ``L.P``, ``U.S``) and short capitalized forms that are not words (``Calif``).

    >>> [is_abbreviation(w) for w in ("Inc", "e.g", "J", "etc", "Calif", "apples", "Today")]
    [True, True, True, True, True, False, False]
    """
    if len(word) == 1 and word.isupper():
        return True  # an initial; a lone lowercase letter is a word (`it's a.`)
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True
    if word.lower() in _word_set("abbreviations.txt"):
        return True
    if word.lower() in _word_set("titles.txt"):
        return False  # `Dr.` stands before a name, never before a comma
    # A short capitalized form that is no word (`Calif`, `Minn`, `Neb`): a state or a company suffix.
    return 2 <= len(word) <= 5 and word[0].isupper() and word[1:].islower() and not is_word(word)


def is_repeatable(word: str) -> bool:
    """True if English doubles ``word`` on purpose (``had had``, ``very very``).

    >>> is_repeatable("Had"), is_repeatable("very"), is_repeatable("the")
    (True, True, False)
    """
    return word.lower() in _word_set("repeatable_words.txt")


def is_dangling(word: str) -> bool:
    """True if ``word`` never ends a clause (``the``, ``of``, ``and``).

    >>> is_dangling("The"), is_dangling("affair")
    (True, False)
    """
    return word.lower() in _word_set("dangling_words.txt")


def is_clause_edge(word: str) -> bool:
    """True if ``word`` can end one clause and start the next (``it, it was``).

    >>> is_clause_edge("It"), is_clause_edge("prices")
    (True, False)
    """
    return word.lower() in _word_set("clause_edge_words.txt")


def is_determiner(word: str) -> bool:
    """True if ``word`` stands before an adjective (``a``, ``the``, ``such``).

    >>> is_determiner("A"), is_determiner("of")
    (True, False)
    """
    return word.lower() in _word_set("determiners.txt")
