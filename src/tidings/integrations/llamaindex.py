"""LlamaIndex: a transform component that cleans each node, optionally one node per paragraph or sentence.

Install with ``pip install 'tidings[llamaindex]'`` (only ``llama-index-core`` is
needed). This module subclasses llama-index-core's ``TransformComponent``, so it
imports llama-index-core when it is imported; ``import tidings`` does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..pipeline import Pipeline
from ._optional import missing_base
from ._pieces import Split, check_split, pieces
from .records import SUMMARY_COLUMNS, summarize

if TYPE_CHECKING:
    from llama_index.core.schema import BaseNode

try:
    from llama_index.core.schema import TransformComponent as _Base
except ImportError as _error:
    _Base = missing_base("llamaindex", _error)

__all__ = ["TidingsTransform"]

#: Summary keys that are counts: kept in metadata for filtering, but left out of the
#: text LlamaIndex shows the embedding model and the LLM, where they are noise.
_COUNT_KEYS = tuple(k for k, t in SUMMARY_COLUMNS.items() if t is not str)


class TidingsTransform(_Base):  # type: ignore[misc, valid-type]
    """Clean each node's text with a tidings Pipeline; add flat scalar metadata.

    The node's metadata is kept and the flat summary of the Article
    (:func:`~tidings.integrations.records.summarize`, keys prefixed with
    ``prefix``) is added. Counts, and a title, authors or date that were not
    found (``""``), are excluded from the embedding and LLM text. With
    ``split="paragraph"`` or ``"sentence"`` each node becomes one ``TextNode``
    per body paragraph or sentence, with ``start_char_idx``/``end_char_idx``
    into the cleaned text, a ``SOURCE`` relationship to the input node, and
    ``block_kind`` for paragraphs. The component's fields hold the pipeline's
    configuration, so LlamaIndex's ingestion cache tells configurations apart.

    >>> from llama_index.core import Document
    >>> clean = TidingsTransform(split="sentence")
    >>> [(n.text, n.start_char_idx) for n in clean([Document(text="Hi  there. Bye.")])]
    [('Hi there.', 0), ('Bye.', 10)]
    """

    #: The tidings Pipeline's config (``Pipeline.to_config()``).
    config: dict[str, Any] | None = None
    #: ``None``, ``"paragraph"`` or ``"sentence"``.
    split: Split = None
    #: Put before every metadata key this adds.
    prefix: str = ""
    _pipeline: Pipeline | None = None

    def __init__(self, pipeline: Pipeline | None = None, **data: Any) -> None:
        # Rebuilt from ``config`` when LlamaIndex deserializes or unpickles the component.
        if pipeline is None:
            config = data.get("config")
            pipeline = Pipeline.from_config(config) if config is not None else Pipeline.default()
        data["config"] = pipeline.to_config()
        data["split"] = check_split(data.get("split"))
        super().__init__(**data)
        self._pipeline = pipeline

    @classmethod
    def class_name(cls) -> str:
        return "TidingsTransform"

    @property
    def pipeline(self) -> Pipeline:
        assert self._pipeline is not None  # set in __init__
        return self._pipeline

    def __call__(self, nodes: Sequence[BaseNode], **kwargs: Any) -> list[BaseNode]:
        """The cleaned nodes, in input order."""
        from llama_index.core.schema import MetadataMode, NodeRelationship, TextNode

        out: list[BaseNode] = []
        nodes = list(nodes)  # an iterator is read once, for its texts and then for the nodes
        texts = [node.get_content(metadata_mode=MetadataMode.NONE) for node in nodes]
        for node, text, article in zip(nodes, texts, self.pipeline.map(texts), strict=True):
            summary = {self.prefix + k: v for k, v in summarize(article).items()}
            hidden = [k for k, v in summary.items() if v == "" or k[len(self.prefix) :] in _COUNT_KEYS]
            metadata = dict(node.metadata) | summary
            if self.split is None:
                update: dict[str, Any] = {"metadata": metadata}
                if isinstance(node, TextNode) and article.text != text:
                    # Offsets into a parent's text no longer hold once the text changed.
                    update |= {"start_char_idx": None, "end_char_idx": None}
                cleaned = node.model_copy(update=update)
                cleaned.set_content(article.text)
                cleaned.excluded_embed_metadata_keys = _union(node.excluded_embed_metadata_keys, hidden)
                cleaned.excluded_llm_metadata_keys = _union(node.excluded_llm_metadata_keys, hidden)
                out.append(cleaned)
                continue
            for piece in pieces(article, self.split):
                extra = {"block_kind": piece.kind} if piece.kind is not None else {}
                out.append(
                    TextNode(
                        text=piece.text,
                        metadata=metadata | extra,
                        start_char_idx=piece.start,
                        end_char_idx=piece.end,
                        excluded_embed_metadata_keys=_union(node.excluded_embed_metadata_keys, [*hidden, *extra]),
                        excluded_llm_metadata_keys=_union(node.excluded_llm_metadata_keys, [*hidden, *extra]),
                        relationships={NodeRelationship.SOURCE: node.as_related_node_info()},
                    )
                )
        return out


def _union(keys: list[str], more: list[str]) -> list[str]:
    # In order, each once: cleaning a cleaned node again must not grow the lists.
    return list(dict.fromkeys([*keys, *more]))
