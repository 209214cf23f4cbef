"""Punkt parameters shipped as plain data (never pickled, never downloaded).

The data files in ``tidings/segment/data/punkt_<language>.json`` hold nltk's
four parameter tables (``abbrev_types``, ``collocations``, ``sent_starters``,
``ortho_context`` with nltk's flag bits) plus the classes tidings' rule layer
adds. ``scripts/build_punkt_params.py`` generates them from curated lists.

:class:`PunktData` keeps nltk's data structures (sets of types, a set of type
pairs, a type -> flags mapping), so :meth:`PunktData.to_nltk` hands them to
``nltk.tokenize.punkt.PunktSentenceTokenizer`` unchanged, without tidings
importing nltk (0.7 s) on its own path.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError

__all__ = ["ORTHO_BEG_LC", "ORTHO_LC", "ORTHO_MID_UC", "ORTHO_UC", "PunktData", "languages", "load"]

# nltk.tokenize.punkt's flag values.
ORTHO_BEG_UC = 1 << 1
ORTHO_MID_UC = 1 << 2
ORTHO_UNK_UC = 1 << 3
ORTHO_BEG_LC = 1 << 4
ORTHO_MID_LC = 1 << 5
ORTHO_UNK_LC = 1 << 6
ORTHO_UC = ORTHO_BEG_UC | ORTHO_MID_UC | ORTHO_UNK_UC
ORTHO_LC = ORTHO_BEG_LC | ORTHO_MID_LC | ORTHO_UNK_LC

_FORMAT = "tidings.punkt/1"


@dataclass(frozen=True)
class PunktData:
    """One language's parameters, immutable.

    ``abbrev_types``, ``collocations``, ``sent_starters`` and ``ortho_context``
    are nltk's ``PunktParameters`` tables; ``prepositive`` (titles and
    ``e.g.``-like words that never end a sentence before a capitalised word),
    ``number_prefix`` (``No.``, ``Fig.``: abbreviations only before a number),
    ``time`` (``a.m.``, ``p.m.``) and ``units`` (``min.``, ``in.``: after a
    number, abbreviations that never stand before a name) are tidings' own.
    """

    language: str
    abbrev_types: frozenset[str]
    collocations: frozenset[tuple[str, str]]
    sent_starters: frozenset[str]
    ortho_context: Mapping[str, int]
    prepositive: frozenset[str]
    number_prefix: frozenset[str]
    time: frozenset[str]
    units: frozenset[str] = frozenset()

    @property
    def collocation_heads(self) -> frozenset[str]:
        """First words of the collocations (a cheap test before the pair lookup)."""
        heads = self.__dict__.get("_heads")
        if heads is None:
            heads = frozenset(a for a, _ in self.collocations)
            object.__setattr__(self, "_heads", heads)  # derived from frozen fields: safe to share
        return heads

    @property
    def special_types(self) -> frozenset[str]:
        """Types a period after which needs more than Punkt's first pass (abbreviations, units, collocation heads)."""
        special = self.__dict__.get("_special")
        if special is None:
            special = self.abbrev_types | self.units | self.collocation_heads
            object.__setattr__(self, "_special", special)  # derived from frozen fields: safe to share
        return special

    def with_abbreviations(self, extra: tuple[str, ...]) -> PunktData:
        """A copy with ``extra`` abbreviations added (any case, final period optional)."""
        if not extra:
            return self
        added = frozenset(a.strip().rstrip(".").lower() for a in extra if a.strip().rstrip("."))
        return PunktData(
            self.language,
            self.abbrev_types | added,
            self.collocations,
            self.sent_starters,
            self.ortho_context,
            self.prepositive,
            self.number_prefix - added,
            self.time,
            self.units - added,
        )

    def to_nltk(self) -> Any:
        """These parameters as an ``nltk.tokenize.punkt.PunktParameters``.

        >>> from nltk.tokenize.punkt import PunktSentenceTokenizer
        >>> tok = PunktSentenceTokenizer(load("en").to_nltk())
        >>> tok.tokenize("They met Mr. Smith. He was late.")
        ['They met Mr. Smith.', 'He was late.']
        """
        from collections import defaultdict

        from nltk.tokenize.punkt import PunktParameters

        params = PunktParameters()
        # nltk checks number prefixes and prepositive titles as plain abbreviations.
        params.abbrev_types = set(self.abbrev_types | self.number_prefix | self.prepositive | (self.units - {"in"}))
        params.collocations = set(self.collocations)
        params.sent_starters = set(self.sent_starters)
        params.ortho_context = defaultdict(int, self.ortho_context)
        return params


def languages() -> list[str]:
    """Languages whose parameters ship with tidings."""
    names = resources.files(__package__).joinpath("data").iterdir()
    return sorted(p.name[len("punkt_") : -len(".json")] for p in names if p.name.startswith("punkt_"))


@cache
def load(language: str = "en") -> PunktData:
    """The shipped parameters of ``language``, parsed once per process.

    >>> "etc" in load("en").abbrev_types
    True
    """
    path = resources.files(__package__).joinpath("data", f"punkt_{language}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"no sentence-segmentation data for language {language!r}; shipped: {', '.join(languages())}"
        ) from None
    if raw.get("format") != _FORMAT:
        raise ConfigError(f"punkt_{language}.json has format {raw.get('format')!r}; this tidings reads {_FORMAT!r}")
    extra = raw.get("tidings", {})
    return PunktData(
        language=language,
        abbrev_types=frozenset(raw["abbrev_types"]),
        collocations=frozenset((a, b) for a, b in raw["collocations"]),
        sent_starters=frozenset(raw["sent_starters"]),
        ortho_context=MappingProxyType(dict(raw["ortho_context"])),
        prepositive=frozenset(extra.get("prepositive", ())),
        number_prefix=frozenset(extra.get("number_prefix", ())),
        time=frozenset(extra.get("time", ())),
        units=frozenset(extra.get("units", ())),
    )
