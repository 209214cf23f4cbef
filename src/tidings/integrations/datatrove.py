"""datatrove: a pipeline step that cleans ``Document.text`` and keeps what it removed.

:class:`TidingsStep` replaces each document's text with the cleaned text, puts
the flat summary of the Article (:func:`~tidings.integrations.records.summarize`)
in ``doc.metadata``, counts edits (by step), removed blocks and sentences in
datatrove's stats, and, given a ``removed_writer``, writes every removed
boilerplate block as a document of its own, so nothing is lost. It is a
formatter: it never drops a document (a text cleaned to ``""`` goes on; add a
datatrove filter after it to drop those).

Install with ``pip install 'tidings[datatrove]'``. This module subclasses
datatrove's ``PipelineStep``, so it imports datatrove when it is imported;
``import tidings`` does not.
"""

from __future__ import annotations

from collections import Counter
from contextlib import nullcontext
from typing import TYPE_CHECKING

from ..pipeline import Pipeline
from ._optional import missing_base
from .records import summarize

if TYPE_CHECKING:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.writers.disk_base import DiskWriter

    from ..article import Article

try:
    from datatrove.pipeline.base import PipelineStep as _Base
except ImportError as _error:
    _Base = missing_base("datatrove", _error)

__all__ = ["TidingsStep"]


class TidingsStep(_Base):  # type: ignore[misc, valid-type]
    """Clean each document's text with a tidings Pipeline.

    Args:
        pipeline: the Pipeline to run (default: ``Pipeline.default()``).
        removed_writer: a datatrove writer (e.g. ``JsonlWriter``) that receives
            each removed block as a Document with id ``<doc id>/removed/<n>``,
            and metadata ``doc_id``, ``kind``, ``reason``, ``start``, ``end``.
        prefix: put before every metadata key this step adds.
        keep_article: also put the whole Article as JSON in ``<prefix>article``.
    """

    name = "🧹 tidings"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        *,
        removed_writer: DiskWriter | None = None,
        prefix: str = "",
        keep_article: bool = False,
    ) -> None:
        super().__init__()
        self.pipeline = pipeline if pipeline is not None else Pipeline.default()
        self.removed_writer = removed_writer
        self.prefix = prefix
        self.keep_article = keep_article

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from datatrove.data import Document
        from datatrove.utils.typeshelper import StatHints

        with self.removed_writer if self.removed_writer is not None else nullcontext() as writer:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    article = self.pipeline(doc.text)
                if article.text != doc.text:
                    self.stat_update("changed")
                doc.text = article.text
                doc.metadata.update((self.prefix + k, v) for k, v in summarize(article).items())
                if self.keep_article:
                    doc.metadata[self.prefix + "article"] = article.to_json()
                self._count(article)
                if writer is not None:
                    for n, block in enumerate(article.removed):
                        where = {
                            "doc_id": doc.id,
                            "kind": block.kind,
                            "reason": block.reason,
                            "start": block.start,
                            "end": block.end,
                        }
                        writer.write(Document(text=block.text, id=f"{doc.id}/removed/{n}", metadata=where), rank)
                self.update_doc_stats(doc)
                yield doc

    def _count(self, article: Article) -> None:
        self.stat_update("edits", value=len(article.edits))
        for step, n in Counter(e.step for e in article.edits).items():
            self.stat_update(f"edits_{step}", value=n)
        self.stat_update("removed_blocks", value=len(article.removed))
        self.stat_update("sentences", value=len(article.sentences))
