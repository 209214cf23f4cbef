"""Bylines: who wrote the article, and when.

Forms read (a line, or a short run of lines near the title):

- an opener and names: ``By X``, ``By X and Y``, ``By X, CNN``, ``ByX`` (glued),
  ``Posted by X on <date>``, ``Written by X``, ``Author: X``, ``<date> by X 24 Comments``,
  German ``von X``, Spanish/French ``por X``/``par X``;
- names, a dash and a date: ``X - Nov 19, 2019, 10:31 pm CST``;
- ``By`` alone on a line, the names and ``and`` on the lines after it;
- a line of only a name directly followed by a line with a date.

A name is a run of capitalized tokens (initials, particles such as ``van``
or ``de`` inside it); names are separated by commas, ``and`` or ``&``. A single
capitalized token after a comma that follows a full name is an affiliation
(``By Rob Picheta, CNN``) and is not an author.
"""

from __future__ import annotations

import regex

from ._dates import find_dates
from ._lines import Line
from ._vocab import WORDS, vocabulary_hits

__all__ = ["byline_authors", "date_line", "name_only"]

_PARTICLES = WORDS["name_particles"]
_JOINERS = WORDS["name_joiners"]
# Capitalized words that are not names (dates, byline words), and job titles after a name.
_NOT_NAMES = WORDS["not_names"]
_ROLES = WORDS["roles"]

# The opener of a byline: `By`/`Posted by`/`Author:`/`von`..., then the names.
# `By` glued to a capitalized name (`ByAlex`) counts; `By the way` does not
# (the name check rejects lower-case words).
_OPENER_RE = regex.compile(
    r"(?:(?i:posted|written|published|reported|words|story|text|photos?|edited)\s+(?i:by)\s*:?"
    r"|(?i:authors?|autor(?:in)?|autores?|auteur|byline)\s*:"
    r"|\b(?:By|BY|by|von|Von|VON|por|Por|par|Par)(?:\s*:|\s+|(?=\p{Lu}\p{Ll})))\s*"
)
# What every match of _OPENER_RE holds once case-folded (`by`, a colon, or another opener):
# a line holding none is not searched (case-folding keeps every character a case-insensitive
# `by` matches; a test checks every character).
_OPENER_MARKS = ("by", ":", "von", "por", "par")
# One token of a byline: a word, or one of the separators between names.
_TOKEN_RE = regex.compile(r"[,;|&/]|[^\s,;|&/]+")
# A name token: capitalized word (`O'Callaghan`, `Turner-Trauring`, `SHANA`), or an initial (`H.`).
_NAME_TOKEN_RE = regex.compile(r"\p{Lu}(?:[\p{L}'\u2019-]*\p{L})?\.?\Z|\p{Lu}\.(?:\p{Lu}\.)*\Z")


def _names(rest: str, *, whole: bool) -> list[str]:
    """Author names at the start of ``rest``; with ``whole``, only if nothing else follows."""
    names: list[list[str]] = []
    current: list[str] = []
    after_comma = False
    stopped = False
    for m in _TOKEN_RE.finditer(rest):
        tok = m.group()
        if tok in (",", ";", "|", "/") or tok.lower() in _JOINERS:
            if current:
                names.append(current)
                current = []
            after_comma = tok == ","
            if tok in (";", "|", "/"):
                stopped = True
                break
            continue
        if _NAME_TOKEN_RE.match(tok) and tok.rstrip(".") not in _NOT_NAMES:
            if not current and after_comma and names and len(names[-1]) >= 2:
                # `By Rob Picheta, CNN`: one token after a full name is an affiliation.
                nxt = rest[m.end() :].lstrip()
                if not nxt or not _NAME_TOKEN_RE.match(_TOKEN_RE.match(nxt).group()):
                    stopped = True
                    break
            current.append(tok)
            if len(current) > 4:
                return []
        elif tok.lower() in _PARTICLES and current:
            current.append(tok)
        else:
            stopped = True
            break
    if current:
        names.append(current)
    if whole and stopped:
        return []  # something else follows: not a list of names
    if any(all(len(t.rstrip(".")) == 1 for t in name) or vocabulary_hits(" ".join(name))[0] for name in names):
        return []  # a lone letter (`Yellow Vests and I`) or page furniture (`Sign Out`): not names
    out = []
    for name in names:
        while name and name[-1].lower() in _PARTICLES:
            name.pop()
        if name and any(len(t.rstrip(".")) > 1 for t in name):
            out.append(" ".join(name))
    return out[:6]


def byline_authors(line: Line) -> list[str] | None:
    """Authors if ``line`` is a byline (maybe an empty list: ``By`` alone), else None.

    >>> from tidings.structure._lines import read_lines
    >>> [byline_authors(l) for l in read_lines("Posted by Alfred on September 4th, 2023\\nBy Rob Picheta, CNN\\n"
    ...     "Chris Davies - Nov 19, 2019, 10:31 pm CST\\nBy the way, it rained.\\n12/04/2020 by Kay 24 Comments")]
    [['Alfred'], ['Rob Picheta'], ['Chris Davies'], None, ['Kay']]
    """
    text = line.text
    if text in ("By", "BY", "by", "Von", "von", "Por", "por"):
        return []
    if line.words > 12:
        m = _OPENER_RE.match(text)  # an opener further on counts only after a date in a short line
    else:
        m = _OPENER_RE.search(text) if any(map(text.casefold().__contains__, _OPENER_MARKS)) else None
    if m is not None and (m.start() == 0 or (line.words <= 12 and find_dates(text, endpos=m.start()))):
        names = _names(text[m.end() :], whole=False)
        if names:
            return names
    dates = find_dates(text) if line.words <= 16 else []
    if dates:
        head = text[: dates[0].start].rstrip(" \t-\u2013\u2014|\u2022\u00b7,")
        if head and head != text[: dates[0].start]:
            names = _names(head, whole=True)
            if names and len(names[0].split()) >= 2:
                return names
    return None


def name_only(line: Line, *, role: bool = False) -> list[str]:
    """The names if the line is nothing but one to four person names (``Edward Russell``).

    With ``role``, up to three words may follow the names (``Richard Adams Education editor``).
    """
    if line.words > 12 or line.terminal:
        return []
    names = _names(line.text, whole=not role)
    if role and names:
        if line.words - sum(len(n.split()) for n in names) > 3:
            return []
        tokens = names[-1].split()
        rest = line.text.split()[len(tokens) : len(tokens) + 1]
        if len(tokens) >= 3 and rest and rest[0].lower() in _ROLES:
            names[-1] = " ".join(tokens[:-1])  # `Richard Adams Education editor`: the desk is not a name
    return names if names and all(len(n.split()) >= 2 for n in names) else []


def date_line(line: Line, *, day_first: bool) -> str | None:
    """The ISO date if the line is a short dateline (``July 11, 2011``, ``Published: 30 January 2017``)."""
    if line.words > 20:
        return None
    dates = find_dates(line.text, day_first=day_first)
    return dates[0].iso if dates else None
