"""Sentence segmentation.

Interim: nltk's Punkt with untrained (empty) parameters, built without any
download. The real English segmenter replaces this module's internals; the API
(:class:`Segmenter`, :func:`sentences`) stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Sentence

__all__ = ["Segmenter", "sentences"]


@dataclass(frozen=True)
class Segmenter:
    """Splits text into sentence spans."""

    #: Extra abbreviations (lower case, no final period), e.g. ``("approx",)``.
    extra_abbreviations: tuple[str, ...] = ()

    def _tokenizer(self) -> Any:
        # Imported here: nltk costs ~0.2 s to import, and `tidings --help` must not pay it.
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

        params = PunktParameters()
        params.abbrev_types = set(self.extra_abbreviations)
        return PunktSentenceTokenizer(params)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans of ``text``; the text between them is whitespace only."""
        return list(self._tokenizer().span_tokenize(text))

    def sentences(self, text: str) -> list[Sentence]:
        """Sentences of ``text`` as spans (source offsets equal the offsets)."""
        return [Sentence(text[s:e], s, e, s, e) for s, e in self.spans(text)]


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with the default segmenter.

    >>> [s.text for s in sentences("It rained. We stayed in.")]
    ['It rained.', 'We stayed in.']
    """
    return Segmenter().sentences(text)
