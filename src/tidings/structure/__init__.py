"""Article structure: blocks and their kinds, title, byline, boilerplate.

:func:`analyze` reads cleaned text and returns a :class:`Layout`: every block as
a span with a kind (``boilerplate`` blocks carry a reason), plus the title,
authors and publication date it found. It never changes the text; the pipeline
removes boilerplate blocks through the engine so the removal is an edit.
Glued boundaries (a byline glued to its title, a heading run into its
paragraph) are split before, by the :func:`split_blocks` cleaner.

How it reads a page (details in ``docs/structure.md``): every non-empty line is
a block; :mod:`._boilerplate` decides which lines are page furniture from
their own evidence, their shape and their neighbours; :mod:`._byline` finds
the byline near the start of the article; the title is the headline-shaped
line just above the byline (or above the first paragraph); kept short lines
inside the article are headings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import regex

from ._boilerplate import BAD, GOOD, classify, content_start
from ._boilerplate import SHAPE_REASONS as _SHAPE_REASONS
from ._byline import byline_authors, date_line, name_only
from ._dates import numeric_order_hint
from ._lines import Line, read_lines
from ._split import split_blocks

__all__ = ["Layout", "LayoutBlock", "StructureOptions", "analyze", "split_blocks"]


@dataclass(frozen=True)
class StructureOptions:
    """How structure is read."""

    #: Drop boilerplate blocks from the text (they are kept on ``Article.removed``).
    remove_boilerplate: bool = True
    #: Read an ambiguous numeric date (``04/05/2020``) day first, unless the
    #: document shows its own order with an unambiguous one (``15/11/2019``).
    day_first: bool = True
    #: How many lines above the first paragraph to look for the title and byline.
    header_lines: int = 10


@dataclass(frozen=True, slots=True)
class LayoutBlock:
    """A block as a span of the analyzed text."""

    kind: str
    start: int
    end: int
    reason: str | None = None


@dataclass(slots=True)
class Layout:
    """What :func:`analyze` found."""

    blocks: list[LayoutBlock] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None


# Quotes that may wrap a whole title; they are removed from Layout.title.
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
# A line that says it holds the publication date: `Published: ...`, `Posted on ...`, `Date: ...`.
_DATELINE_LABEL_RE = regex.compile(r"(?i:(?:first\s+)?published|posted|date)\b")
# Lines that join the names of a byline laid out one per line.
_NAME_LIST_LINES = frozenset({"by", "and", "&", ",", "von", "por", "par"})
# A sentence end inside a line (`... in Las Croabas. By U.S. Customs`): a caption or a paragraph, not a headline.
_INNER_SENTENCE_END_RE = regex.compile(r"\p{Ll}{2}[.!?] \p{Lu}")
# A sentence end and the space after it, one of which every match of _INNER_SENTENCE_END_RE holds.
_INNER_SENTENCE_GAPS = (". ", "! ", "? ")


def analyze(text: str, options: StructureOptions | None = None) -> Layout:
    """Split ``text`` into blocks (one per non-empty line) and classify them.

    >>> layout = analyze('"A Tale of Two Kittens"\\nPosted by Alfred on September 4th, 2023\\n'
    ...     'Two kittens lived on a farm near the river, and they were happy there all year.\\nShare on Facebook')
    >>> [b.kind for b in layout.blocks], layout.title, layout.authors, layout.published
    (['title', 'byline', 'paragraph', 'boilerplate'], 'A Tale of Two Kittens', ['Alfred'], '2023-09-04')
    >>> [b.kind for b in analyze("Intro line.\\n\\n- first\\n- second").blocks]
    ['paragraph', 'list_item', 'list_item']
    """
    options = options or StructureOptions()
    lines = read_lines(text)
    if not lines:
        return Layout()
    verdicts = classify(lines)
    hint = numeric_order_hint(text)
    day_first = options.day_first if hint is None else hint
    # The dateline and the byline's authors of line i, read once per analysis (the searches ask for the same lines again).
    date_at = _once(lambda i: date_line(lines[i], day_first=day_first))
    authors_at = _once(lambda i: byline_authors(lines[i]))
    first_good = content_start(lines, verdicts)
    kinds: dict[int, str] = {}
    authors, published, anchor = _find_byline(lines, verdicts, first_good, options, date_at, authors_at, kinds)
    title_at = _title(lines, verdicts, anchor, date_at, authors_at, kinds)
    if title_at is not None:
        kinds[title_at] = "title"
    if published is None:
        published = _nearby_date(lines, title_at, first_good, date_at, kinds, options.header_lines)
    blocks = [_block(line, verdict) for line, verdict in zip(lines, verdicts, strict=True)]
    for i, kind in kinds.items():  # the title and byline lines found above
        blocks[i] = LayoutBlock(kind, lines[i].start, lines[i].end)
    title = lines[title_at].text.strip(_QUOTES + " ") if title_at is not None else None
    return Layout(blocks=blocks, title=title or None, authors=authors, published=published)


_T = TypeVar("_T")


def _once(read: Callable[[int], _T]) -> Callable[[int], _T]:
    """``read``, computed once per line index (a dict: `functools.cache` costs more to set up per analysis)."""
    known: dict[int, _T] = {}

    def at(i: int) -> _T:
        if i in known:
            return known[i]
        value = known[i] = read(i)
        return value

    return at


def _block(line: Line, verdict: tuple[str, str | None]) -> LayoutBlock:
    v, reason = verdict
    if v == BAD:
        return LayoutBlock("boilerplate", line.start, line.end, reason or "page furniture")
    if line.list_marker:
        return LayoutBlock("list_item", line.start, line.end)
    if line.caption:
        return LayoutBlock("caption", line.start, line.end)
    if v != GOOD and _headline_like(line):
        return LayoutBlock("heading", line.start, line.end)
    return LayoutBlock("paragraph", line.start, line.end)


def _headline_like(line: Line) -> bool:
    """Short, not a sentence: a heading or a title (``Understanding Addiction``, ``Why it matters?``)."""
    if line.list_marker or line.count or line.crumb or not 1 <= line.words <= 25:
        return False
    text = line.text
    if text[-1] in ",;:" or (text[-1] == "." and line.caps_ratio < 0.6):
        return False  # a sentence; a Title-Case line may end in an abbreviation (`Alert Tues.`)
    if text[0] in _QUOTES and text[-1] in _QUOTES and line.caps_ratio < 0.5:
        return False  # a quoted sentence (a standfirst), not a title
    # _INNER_SENTENCE_END_RE needs a sentence end and a space: most lines hold neither `. `, `! ` nor `? `.
    return not any(map(text.__contains__, _INNER_SENTENCE_GAPS)) or _INNER_SENTENCE_END_RE.search(text) is None


def _search_order(first_good: int | None, n: int, options: StructureOptions) -> list[tuple[int, bool]]:
    """Lines to look for a byline at, nearest to the article first; True where only a dated one counts."""
    if first_good is None:
        return [(i, False) for i in range(min(n, options.header_lines))]
    near = range(min(n, first_good + 3) - 1, max(-1, first_good - options.header_lines - 1), -1)
    far = range(first_good - options.header_lines - 1, max(-1, first_good - 3 * options.header_lines - 1), -1)
    return [(i, False) for i in near] + [(i, True) for i in far]


def _find_byline(
    lines: list[Line],
    verdicts: list[tuple[str, str | None]],
    first_good: int | None,
    options: StructureOptions,
    date_at: Callable[[int], str | None],
    authors_at: Callable[[int], list[str] | None],
    kinds: dict[int, str],
) -> tuple[list[str], str | None, int | None]:
    """Find the byline near the article's start: authors, date, and the line it starts on."""
    for i, dated_only in _search_order(first_good, len(lines), options):
        if verdicts[i][0] == GOOD:
            continue
        found = authors_at(i)
        run = [i]
        if found == []:  # `By` alone: the names follow, one per line, joined by `and` lines
            found = []  # a list of its own (authors_at keeps the line's answer)
            j = i + 1
            while j < len(lines) and j <= i + 6 and (name_only(lines[j]) or lines[j].text.lower() in _NAME_LIST_LINES):
                found.extend(name_only(lines[j]))
                run.append(j)
                j += 1
            if not found:
                continue
        elif found is None:
            found, last = ([], i) if dated_only else _name_over_date(lines, i, date_at)
            if not found:
                continue
            run = list(range(i, last))
        published = date_at(i)
        nxt = run[-1] + 1
        if published is None and nxt < len(lines) and verdicts[nxt][0] != GOOD:
            published = date_at(nxt)
            if published is not None:
                run.append(nxt)
        if dated_only and published is None:
            continue
        for j in run:
            kinds[j] = "byline"
        return found, published, i
    return [], None, first_good


def _name_over_date(lines: list[Line], i: int, date_at: Callable[[int], str | None]) -> tuple[list[str], int]:
    """Names, and the dateline's index, if line ``i`` is only a name (maybe with a role) over a dateline.

    The dateline may follow within three short lines (a role, a handle). A name
    that continues a list (after ``By`` or ``and`` on the line above) is left
    to that list.
    """
    if i > 0 and lines[i - 1].text.lower() in _NAME_LIST_LINES:
        return [], i
    names = name_only(lines[i], role=True)
    if not names:
        return [], i
    for j in range(i + 1, min(len(lines), i + 4)):
        if date_at(j):
            return names, j
        if lines[j].words > 3:
            break
    return [], i


def _title(
    lines: list[Line],
    verdicts: list[tuple[str, str | None]],
    anchor: int | None,
    date_at: Callable[[int], str | None],
    authors_at: Callable[[int], list[str] | None],
    kinds: dict[int, str],
) -> int | None:
    """The headline above ``anchor`` (the byline, else the first paragraph).

    Candidates are headline-shaped lines up to eight lines above, skipping
    furniture, captions, datelines and single words. A candidate standing over
    a dateline or byline is preferred (that is where a headline sits), a
    longer one over a shorter one (section labels are short), and then the
    nearest.
    """
    if anchor is None:
        return None
    candidates = []
    for i in range(anchor - 1, max(-1, anchor - 9), -1):
        line = lines[i]
        if i in kinds or verdicts[i][0] == BAD and verdicts[i][1] not in _SHAPE_REASONS:
            continue  # a byline, or evidence of furniture
        if line.words >= 2 and not line.caption and _headline_like(line) and not date_at(i):
            dated = any(
                date_at(j) or authors_at(j)
                for j in range(i + 1, min(len(lines), i + 3))
                if j == i + 1 or lines[i + 1].words <= 3
            )
            candidates.append((not dated, line.words < 4, len(candidates), i))
    if not candidates:
        return None
    i = min(candidates)[3]
    above = lines[i - 1] if i > 0 else None
    if (
        above is not None
        and above.words >= 4
        and above.text.upper() != above.text  # an all-capitals row of menu items is not a headline
        and not above.caption
        and _headline_like(above)
        and verdicts[i - 1][1] in (None, *_SHAPE_REASONS)
    ):
        return i - 1  # a headline over its standfirst
    return i


def _nearby_date(
    lines: list[Line],
    title_at: int | None,
    first_good: int | None,
    date_at: Callable[[int], str | None],
    kinds: dict[int, str],
    header_lines: int,
) -> str | None:
    """A dateline just below the title (or just above the first paragraph); else the nearest one
    above the article, or a labelled one (`Published: ...`) anywhere above it."""
    anchor = title_at if title_at is not None else first_good
    if anchor is None:
        return None
    for i in [*range(anchor + 1, min(len(lines), anchor + 5)), *range(anchor - 1, max(-1, anchor - 3), -1)]:
        if kinds.get(i) is None:
            iso = date_at(i)
            if iso is not None:
                kinds[i] = "byline"
                return iso
    start = first_good if first_good is not None else anchor
    for i in range(start - 1, max(-1, start - header_lines - 1), -1):
        iso = date_at(i) if kinds.get(i) is None else None
        if iso is not None:
            return iso
    for i in range(start):  # a labelled dateline anywhere above: `Published: 30 January 2017`
        if _DATELINE_LABEL_RE.match(lines[i].text):
            iso = date_at(i)
            if iso is not None:
                return iso
    return None
