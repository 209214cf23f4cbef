"""A seeded generator of realistic text damage, one kind at a time or stacked.

Each kind is a function ``(gold, rng) -> damaged`` that makes the damage a
scraper, a CMS, a keyword stuffer or a wrong decode leaves in article text
(paragraphs separated by blank lines). It returns ``None`` when the text
offers no place for that kind (the caller skips the document). Everything
depends only on the ``random.Random`` passed in, so a seed gives the same
corpus on every machine.

Kinds (the issue's list): ``glued_sentences``, ``stray_punctuation``,
``repeated_words``, ``repeated_phrases``, ``repeated_sentences``,
``repeated_paragraphs``, ``hyphen_breaks``, ``hard_wraps``, ``mojibake``,
``html_entities``, ``invisible``, and ``mixed`` (three to five of the others
stacked in the order the damage happens in real life).
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable

Damage = Callable[[str, random.Random], "str | None"]

# A space between two sentences: after `. ! ?` (maybe a closing quote), before a capital or an opening quote.
_SENTENCE_GAP_RE = re.compile(r"(?<=[a-z0-9%)][.!?])(?:[\u201d\u2019\"])? (?=[A-Z\u201c\"])")
# A comma, semicolon or sentence period that ends a word and is followed by a space.
_MARK_RE = re.compile(r"(?<=[a-z0-9%])[,;.](?= )")
# A word end before `? : !` that ends a clause (not `http://`): a space may be put there.
_WORD_END_RE = re.compile(r"(?<=[a-z])(?=[?:!](?:\s|$))")
# A plain lowercase word inside a sentence (not first: the repeat is then mid-sentence).
_WORD_RE = re.compile(r"(?<= )[a-z]{2,}(?= )")
# A plain word of any case inside a sentence.
_ANY_WORD_RE = re.compile(r"(?<= )[A-Za-z]{2,}(?= )")
# A run of two to four plain words, each followed by a space, inside one sentence.
_PHRASE_RE = re.compile(r"(?<= )(?:[A-Za-z]+ ){2,4}")
# A sentence: from a capital after a gap to its mark.
_SENTENCE_RE = re.compile(r"(?:(?<=^)|(?<=[.!?] ))[A-Z][^.!?\n]{10,}[.!?](?= |$)", re.MULTILINE)
# A word that may be split across a line: long and plain, or a hyphen compound.
_LONG_WORD_RE = re.compile(r"^[a-z]{8,}[,.;]?$")
_COMPOUND_RE = re.compile(r"^[a-z]{2,}-[a-z]{2,}[,.;]?$")

# Words whose doubling is often correct English (`had had`, `that that`): a
# stammer of one is no fair test of a repair that must keep them.
_LEGIT_DOUBLES = frozenset(["had", "that", "very", "so", "is", "too", "bye", "really", "go", "ha", "no", "yes", "more"])
_STRAY_COMMA = [", ,", ",,", " ,", ", , ,", ",;"]
_STRAY_PERIOD = [". .", "..", " .", ".,"]
_ENTITIES = {
    "&": ["&amp;"],
    "\u2019": ["&rsquo;", "&#8217;", "&#x2019;"],
    "\u201c": ["&ldquo;", "&#8220;"],
    "\u201d": ["&rdquo;", "&#8221;"],
    "\u2014": ["&mdash;", "&#8212;"],
    "\u2013": ["&ndash;"],
    "\u00e9": ["&eacute;"],
    "'": ["&#39;"],
    '"': ["&quot;"],
    "\u20ac": ["&euro;"],
}
_INVISIBLE = ["\u200b", "\u00ad", "\u2060"]


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _replace_some(text: str, spots: list[tuple[int, int]], make: Callable[[str], str], rng: random.Random, most: int) -> str | None:
    """Replace 1..``most`` randomly chosen ``spots`` (spans) of ``text`` with ``make(old)``."""
    if not spots:
        return None
    chosen = sorted(rng.sample(spots, min(len(spots), rng.randint(1, most))))
    out = []
    pos = 0
    for start, end in chosen:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(make(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def glued_sentences(text: str, rng: random.Random) -> str | None:
    """Two sentences of one paragraph glued: ``it rained.Then``."""
    spots = [(m.end() - 1, m.end()) for m in _SENTENCE_GAP_RE.finditer(text)]
    return _replace_some(text, spots, lambda _: "", rng, 3)


def stray_punctuation(text: str, rng: random.Random) -> str | None:
    """Doubled and stray marks, spaces before marks: ``, ,`` ``..`` `` .`` ``.,`` ``;;``."""
    spots = [(m.start(), m.end()) for m in _MARK_RE.finditer(text)]
    spots += [(m.start(), m.end()) for m in _WORD_END_RE.finditer(text)]

    def make(old: str) -> str:
        if old == "":
            return " "  # a space before `? : !`
        if old == ",":
            return rng.choice(_STRAY_COMMA)
        if old == ";":
            return rng.choice([";;", " ;"])
        return rng.choice(_STRAY_PERIOD)

    return _replace_some(text, spots, make, rng, 4)


def repeated_words(text: str, rng: random.Random) -> str | None:
    """A word stammered (``the the``), or keyword-stuffing residue (``word, , word``)."""
    if rng.random() < 0.25:
        # The residue of a stuffed keyword keeps the page's word, then its lowercase form.
        spots = [m.span() for m in _ANY_WORD_RE.finditer(text)]
        return _replace_some(text, spots, lambda w: f"{w}, , {w.lower()}", rng, 1)
    spots = [m.span() for m in _WORD_RE.finditer(text) if m.group() not in _LEGIT_DOUBLES]
    return _replace_some(text, spots, lambda w: f"{w} {w}", rng, 2)


def repeated_phrases(text: str, rng: random.Random) -> str | None:
    """A phrase said twice: ``he described the, he described the affair``."""
    spots = [m.span() for m in _PHRASE_RE.finditer(text)]
    return _replace_some(text, spots, lambda p: p.rstrip() + rng.choice([", ", " "]) + p, rng, 1)


def repeated_sentences(text: str, rng: random.Random) -> str | None:
    """A sentence repeated right after itself."""
    spots = [m.span() for m in _SENTENCE_RE.finditer(text)]
    return _replace_some(text, spots, lambda s: f"{s} {s}", rng, 1)


def repeated_paragraphs(text: str, rng: random.Random) -> str | None:
    """A paragraph repeated right after itself (blank line between)."""
    paras = _paragraphs(text)
    i = rng.randrange(len(paras))
    return "\n\n".join([*paras[: i + 1], paras[i], *paras[i + 1 :]])


def _wrap(paragraph: str, rng: random.Random) -> list[str]:
    width = rng.randint(55, 78)
    return textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)


def hard_wraps(text: str, rng: random.Random) -> str | None:
    """Every paragraph hard-wrapped at one width (55-78 columns), as in e-mail and PDFs."""
    paras = _paragraphs(text)
    return "\n\n".join("\n".join(_wrap(p, rng)) if len(p) > 80 else p for p in paras)


def hyphen_breaks(text: str, rng: random.Random) -> str | None:
    """Hard-wrapped paragraphs with words broken across lines: ``neuro-\\nplasticity``, ``open-\\nsource``."""
    paras = _paragraphs(text)
    out = []
    broke = False
    for p in paras:
        lines = _wrap(p, rng) if len(p) > 80 else [p]
        for i in range(len(lines) - 1):
            first, _, rest = lines[i + 1].partition(" ")
            if rng.random() < 0.5:
                continue
            if _COMPOUND_RE.match(first):
                head, tail = first.split("-", 1)
                lines[i] += f" {head}-"
                lines[i + 1] = f"{tail} {rest}".rstrip(" ")
                broke = True
            elif _LONG_WORD_RE.match(first):
                k = rng.randint(3, len(first.rstrip(",.;")) - 3)
                lines[i] += f" {first[:k]}-"
                lines[i + 1] = f"{first[k:]} {rest}".rstrip(" ")
                broke = True
        out.append("\n".join(lines))
    return "\n\n".join(out) if broke else None


def _cp1252_mojibake(s: str) -> str:
    chars = []
    for b in s.encode("utf-8"):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))  # the five bytes cp1252 leaves undefined pass as latin-1
    return "".join(chars)


def mojibake(text: str, rng: random.Random) -> str | None:
    """UTF-8 read as cp1252 in one or more paragraphs: ``donâ€™t``."""
    paras = _paragraphs(text)
    candidates = [i for i, p in enumerate(paras) if any(ord(c) > 127 for c in p)]
    if not candidates:
        return None
    for i in rng.sample(candidates, rng.randint(1, len(candidates))):
        paras[i] = _cp1252_mojibake(paras[i])
    return "\n\n".join(paras)


def html_entities(text: str, rng: random.Random) -> str | None:
    """Characters left as HTML entities: ``&amp;`` ``&rsquo;`` ``&#8217;`` ``&nbsp;``."""
    spots = [(i, i + 1) for i, c in enumerate(text) if c in _ENTITIES]
    spaces = [(i, i + 1) for i, c in enumerate(text) if c == " "]
    spots += rng.sample(spaces, min(len(spaces), 3))

    def make(c: str) -> str:
        return "&nbsp;" if c == " " else rng.choice(_ENTITIES[c])

    return _replace_some(text, spots, make, rng, 8)


def invisible(text: str, rng: random.Random) -> str | None:
    """Zero-width characters, soft hyphens, NBSP for spaces, a BOM, trailing and doubled spaces."""
    spots = [(i, i) for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    out = _replace_some(text, spots, lambda _: rng.choice(_INVISIBLE), rng, 4) or text
    spaces = [(i, i + 1) for i, c in enumerate(out) if c == " "]
    out = _replace_some(out, spaces, lambda _: rng.choice(["\u00a0", "  ", " \u200b"]), rng, 3) or out
    if rng.random() < 0.3:
        out = "\ufeff" + out
    if rng.random() < 0.5:
        out = out.replace("\n\n", "  \n\n", 1)
    return out


#: The single kinds, in the order damage happens to a page: the author's and the
#: CMS's text, then extraction and layout, then markup and decoding.
KINDS: dict[str, Damage] = {
    "repeated_paragraphs": repeated_paragraphs,
    "repeated_sentences": repeated_sentences,
    "repeated_phrases": repeated_phrases,
    "repeated_words": repeated_words,
    "stray_punctuation": stray_punctuation,
    "glued_sentences": glued_sentences,
    "hard_wraps": hard_wraps,
    "hyphen_breaks": hyphen_breaks,
    "html_entities": html_entities,
    "invisible": invisible,
    "mojibake": mojibake,
}


def mixed(text: str, rng: random.Random) -> str | None:
    """Three to five different kinds stacked, applied in :data:`KINDS` order."""
    chosen = set(rng.sample(list(KINDS), rng.randint(3, 5)))
    if {"hard_wraps", "hyphen_breaks"} <= chosen:
        chosen.discard("hard_wraps")  # hyphen breaks wrap the text already
    out = text
    for name, kind in KINDS.items():
        if name in chosen:
            out = kind(out, rng) or out
    return out


#: Every kind the benchmark reports, ``mixed`` last.
ALL_KINDS: dict[str, Damage] = {**KINDS, "mixed": mixed}


def damage(text: str, kind: str, rng: random.Random) -> str | None:
    """``text`` with damage of ``kind`` (``None`` if the text offers no place for it)."""
    out = ALL_KINDS[kind](text, rng)
    return None if out is None or out == text else out
