"""LlamaIndex: TidingsTransform in a real llama-index-core IngestionPipeline."""

from __future__ import annotations

import pickle

import pytest

from tests.integrations.corpus import records
from tidings import Pipeline

pytest.importorskip("llama_index.core", reason="the 'llamaindex' extra is not installed: pip install 'tidings[llamaindex]'")
from llama_index.core import Document
from llama_index.core.ingestion import IngestionPipeline
from llama_index.core.schema import MetadataMode, NodeRelationship, TextNode, TransformComponent

from tidings.integrations.llamaindex import TidingsTransform

TEXT = "Local news\n\nBy Ann Lee\n\nThe bridge reopened\u00a0after repairs.  Traffic is back.\n\nIt was closed for a year."


def test_is_a_transform_component() -> None:
    assert isinstance(TidingsTransform(), TransformComponent)


def test_whole_documents_in_an_ingestion_pipeline() -> None:
    docs = [Document(text=r["text"] or " ", metadata={"source": r["source"]}, id_=r["id"]) for r in records(10)]
    nodes = IngestionPipeline(transformations=[TidingsTransform()]).run(documents=docs)
    pipeline = Pipeline.default()
    assert [n.get_content(metadata_mode=MetadataMode.NONE) for n in nodes] == [
        pipeline.clean_text(d.text) for d in docs
    ]
    assert [n.id_ for n in nodes] == [d.id_ for d in docs]
    for node in nodes:
        assert node.metadata["source"].startswith("site-")
        assert all(isinstance(v, str | int | float) for v in node.metadata.values())
        # Counts are for filtering, not for the embedding model.
        assert "n_edits" not in node.get_content(metadata_mode=MetadataMode.EMBED)
        assert "source: site-" in node.get_content(metadata_mode=MetadataMode.EMBED)


@pytest.mark.parametrize("split", ["sentence", "paragraph"])
def test_split_nodes_point_to_their_source_with_offsets(split: str) -> None:
    article = Pipeline.default()(TEXT)
    doc = Document(text=TEXT, id_="doc-1", metadata={"url": "https://example.org/a"})
    nodes = IngestionPipeline(transformations=[TidingsTransform(split=split)]).run(documents=[doc])
    assert len(nodes) >= 2
    for node in nodes:
        assert isinstance(node, TextNode)
        assert node.text == article.text[node.start_char_idx : node.end_char_idx]
        assert node.relationships[NodeRelationship.SOURCE].node_id == "doc-1"
        assert node.metadata["url"] == "https://example.org/a"
    if split == "sentence":
        assert [n.text for n in nodes] == [s.text for s in article.sentences]


def test_config_is_a_field_so_the_ingestion_cache_tells_pipelines_apart() -> None:
    default, other = TidingsTransform(), TidingsTransform(Pipeline.default().without("fix_encoding"))
    assert default.to_dict() == TidingsTransform().to_dict()
    assert default.to_dict() != other.to_dict()
    assert TidingsTransform.from_dict(other.to_dict()).pipeline == other.pipeline
    back = pickle.loads(pickle.dumps(other))
    assert back.pipeline == other.pipeline
    assert back([Document(text="a  b")])[0].get_content() == "a b"


def test_cleaning_again_changes_nothing() -> None:
    clean = TidingsTransform()
    once = clean([Document(text=TEXT, id_="d")])
    twice = clean(once)
    assert twice[0].get_content() == once[0].get_content()
    assert twice[0].excluded_embed_metadata_keys == once[0].excluded_embed_metadata_keys
