"""How the document adapters (LangChain, LlamaIndex) cut an Article into documents."""

from __future__ import annotations

from typing import Literal, NamedTuple

from ..article import BODY_KINDS, Article

__all__ = ["SPLITS", "Piece", "Split", "check_split", "pieces"]

#: One document per input (``None``), per body paragraph or per sentence.
Split = Literal["paragraph", "sentence"] | None
SPLITS: tuple[Split, ...] = (None, "paragraph", "sentence")


class Piece(NamedTuple):
    """A span of ``Article.text`` that becomes one document; ``kind`` is the block kind for paragraphs."""

    text: str
    start: int
    end: int
    kind: str | None = None


def check_split(split: object) -> Split:
    """``split`` if it is one of :data:`SPLITS`, else a ValueError that lists them."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {list(SPLITS)}, not {split!r}")
    return split  # type: ignore[return-value]


def pieces(article: Article, split: Split) -> list[Piece]:
    """The spans of ``article`` that become documents; offsets index ``article.text``.

    ``"paragraph"`` takes the body blocks (headings, paragraphs, list items, quotes:
    the title and byline are in the metadata already); ``"sentence"`` takes
    :attr:`Article.sentences`. Text that cleans to nothing gives no pieces when split.

    >>> from tidings import Block, Sentence
    >>> a = Article(text="Hi. Yo.", blocks=[Block("paragraph", "Hi. Yo.", 0, 7)],
    ...             sentences=[Sentence("Hi.", 0, 3, 0, 3), Sentence("Yo.", 4, 7, 4, 7)])
    >>> [p.text for p in pieces(a, "sentence")], pieces(a, "paragraph")[0].kind
    (['Hi.', 'Yo.'], 'paragraph')
    """
    if split is None:
        return [Piece(article.text, 0, len(article.text))]
    if split == "paragraph":
        return [Piece(b.text, b.start, b.end, b.kind) for b in article.blocks if b.kind in BODY_KINDS]
    return [Piece(s.text, s.start, s.end) for s in article.sentences]
