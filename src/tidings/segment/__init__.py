"""Sentence segmentation: offline Punkt parameters plus a rule layer.

English Punkt parameters ship in the package as plain JSON (abbreviations,
collocations, sentence starters, orthographic context; see
``scripts/build_punkt_params.py``): nothing is downloaded or unpickled. One
regex scan finds the candidate sentence ends and the parameters and rules are
applied there only, so this is faster than nltk's Punkt and linear in the
length of the text. Sentences are spans: their text is a slice, and the
sentences plus the whitespace between them give back the input exactly.

>>> [s.text for s in sentences("Mr. Smith lives in the U.S. He likes it.")]
['Mr. Smith lives in the U.S.', 'He likes it.']
>>> sentences("It works.")[0]
Sentence(text='It works.', start=0, end=9, source_start=0, source_end=9)

See ``docs/segmentation.md`` for the rules and the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..article import Sentence
from . import _engine
from ._punkt import PunktData, languages, load

__all__ = ["PunktData", "Segmenter", "languages", "load", "sentences", "spans"]


@dataclass(frozen=True)
class Segmenter:
    """Splits text into sentence spans. Every field is a plain value (TOML-ready).

    >>> Segmenter().spans("We met in Jackson Twp. Hall. Yes.")
    [(0, 22), (23, 28), (29, 33)]
    >>> Segmenter(extra_abbreviations=("Twp.",)).spans("We met in Jackson Twp. Hall. Yes.")
    [(0, 28), (29, 33)]
    """

    #: Language of the shipped Punkt parameters (``tidings.segment.languages()``).
    language: str = "en"
    #: Extra abbreviations (any case, final period optional), e.g. ``("twp", "Dept.")``.
    extra_abbreviations: tuple[str, ...] = ()
    #: Split inline lists that open the text ("1) first 2) second", "a. x b. y", "• x • y").
    split_lists: bool = True
    #: Web-text rules: emoticons and separator lines end sentences, e-mail
    #: timestamps and sign-offs ("Best regards,") stand alone.
    web_rules: bool = True

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans of ``text``; the text between them is whitespace only.

        >>> Segmenter().spans("  Hello World. My name is Jonas.  ")
        [(2, 14), (15, 32)]
        """
        return _engine.spans(
            text, _parameters(self.language, self.extra_abbreviations), lists=self.split_lists, web=self.web_rules
        )

    def sentences(self, text: str) -> list[Sentence]:
        """Sentences of ``text`` as spans (source offsets equal the offsets)."""
        return [Sentence(text[s:e], s, e, s, e) for s, e in self.spans(text)]

    def parameters(self) -> PunktData:
        """The Punkt parameters this segmenter uses (``.to_nltk()`` hands them to nltk)."""
        return _parameters(self.language, self.extra_abbreviations)


@lru_cache(maxsize=64)
def _parameters(language: str, extra_abbreviations: tuple[str, ...]) -> PunktData:
    # Keyed by configuration, never by text; PunktData is immutable, so sharing is thread-safe.
    return load(language).with_abbreviations(tuple(extra_abbreviations))


_DEFAULT = Segmenter()


def spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` with the default segmenter."""
    return _DEFAULT.spans(text)


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with the default segmenter.

    >>> [s.text for s in sentences("It rained. We stayed in.")]
    ['It rained.', 'We stayed in.']
    """
    return _DEFAULT.sentences(text)
