"""LangChain: a document transformer that cleans each document, optionally one document per paragraph or sentence.

Install with ``pip install 'tidings[langchain]'`` (only ``langchain-core`` is
needed). This module subclasses langchain-core's ``BaseDocumentTransformer``, so
it imports langchain-core when it is imported; ``import tidings`` does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..pipeline import Pipeline
from ._optional import missing_base
from ._pieces import Split, check_split, pieces
from .records import summarize

if TYPE_CHECKING:
    from langchain_core.documents import Document

try:
    from langchain_core.documents import BaseDocumentTransformer as _Base
except ImportError as _error:
    _Base = missing_base("langchain", _error)

__all__ = ["TidingsDocumentTransformer"]


class TidingsDocumentTransformer(_Base):  # type: ignore[misc, valid-type]
    """Clean ``page_content`` with a tidings Pipeline; add flat scalar metadata.

    The input's metadata is kept and the flat summary of the Article
    (:func:`~tidings.integrations.records.summarize`: ``title``, ``authors``
    joined by ``"; "``, ``published``, counts; each key prefixed with ``prefix``)
    is added; every value is a ``str``, ``int`` or ``float``, which every
    vector store accepts. With ``split="paragraph"`` or ``"sentence"`` each
    document becomes one document per body paragraph or sentence, with
    ``start_index``/``end_index`` (LangChain's key for offsets) into the cleaned
    text, and ``block_kind`` for paragraphs.

    >>> from langchain_core.documents import Document
    >>> clean = TidingsDocumentTransformer(split="sentence")
    >>> [(d.page_content, d.metadata["start_index"]) for d in clean.transform_documents([Document("Hi  there. Bye.")])]
    [('Hi there.', 0), ('Bye.', 10)]
    """

    def __init__(self, pipeline: Pipeline | None = None, *, split: Split = None, prefix: str = "") -> None:
        self.pipeline = pipeline if pipeline is not None else Pipeline.default()
        self.split = check_split(split)
        self.prefix = prefix

    def transform_documents(self, documents: Sequence[Document], **kwargs: Any) -> list[Document]:
        """The cleaned documents, in input order."""
        from langchain_core.documents import Document

        out = []
        documents = list(documents)  # an iterator is read once, for its texts and then for the documents
        for doc, article in zip(documents, self.pipeline.map([doc.page_content for doc in documents]), strict=True):
            metadata = dict(doc.metadata) | {self.prefix + k: v for k, v in summarize(article).items()}
            if self.split is None:
                out.append(Document(page_content=article.text, metadata=metadata, id=doc.id))
                continue
            for piece in pieces(article, self.split):
                offsets: dict[str, Any] = {"start_index": piece.start, "end_index": piece.end}
                if piece.kind is not None:
                    offsets["block_kind"] = piece.kind
                out.append(Document(page_content=piece.text, metadata=metadata | offsets))
        return out
