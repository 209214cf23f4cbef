"""Language data of the structure reader, loaded once from ``data/``.

The data are plain JSON/text files inside the package (read with
``importlib.resources``: no download, no pickle). Patterns built from them are
compiled here, once, at import.
"""

from __future__ import annotations

import json
from importlib import resources

import regex

__all__ = ["SENTENCE_STARTERS", "VOCAB_CLASSES", "VOCAB_RE"]


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def _vocabulary() -> dict[str, list[str]]:
    raw = json.loads(_read("vocabulary.json"))
    return {cls: sorted({w for words in langs.values() for w in words}, key=len, reverse=True)
            for cls, langs in raw.items() if not cls.startswith("_")}


_CLASSES = _vocabulary()
#: The vocabulary classes, in the order of their groups in :data:`VOCAB_RE`.
VOCAB_CLASSES: tuple[str, ...] = tuple(_CLASSES)

# Any vocabulary word or phrase on word boundaries; the group name is its
# class. Alternatives are literals (longest first), so there is no backtracking
# beyond trying each literal at a position.
def _alternation(words: list[str]) -> str:
    # A space in a phrase matches any run of spaces (scraped text has odd ones).
    return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in words)


VOCAB_RE = regex.compile(
    "|".join(rf"(?P<{cls}>(?<!\w)(?:{_alternation(words)})(?!\w))" for cls, words in _CLASSES.items()),
    regex.IGNORECASE,
)

#: Lower-case words that open a sentence but hardly ever end a Title-Case
#: heading ("Before", "The", "In"): where a capitalized run meets one of these
#: followed by lower-case words, a heading was glued to its paragraph.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    line.strip() for line in _read("sentence_starters.txt").splitlines() if line.strip() and not line.startswith("#")
)
