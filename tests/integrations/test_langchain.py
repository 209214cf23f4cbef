"""LangChain: TidingsDocumentTransformer with real langchain-core Documents."""

from __future__ import annotations

import asyncio

import pytest

from tests.integrations.corpus import records
from tidings import Pipeline

pytest.importorskip("langchain_core", reason="the 'langchain' extra is not installed: pip install 'tidings[langchain]'")
from langchain_core.documents import BaseDocumentTransformer, Document

from tidings.integrations.langchain import TidingsDocumentTransformer

TEXT = "Local news\n\nBy Ann Lee\n\nThe bridge reopened\u00a0after repairs.  Traffic is back.\n\nIt was closed for a year."


def test_is_a_langchain_document_transformer() -> None:
    assert isinstance(TidingsDocumentTransformer(), BaseDocumentTransformer)


def test_whole_documents_keep_metadata_and_id_and_gain_flat_scalars() -> None:
    docs = [Document(r["text"], metadata={"source": r["source"]}, id=r["id"]) for r in records(10)]
    out = TidingsDocumentTransformer().transform_documents(docs)
    pipeline = Pipeline.default()
    assert [d.page_content for d in out] == [pipeline.clean_text(d.page_content) for d in docs]
    assert [d.id for d in out] == [d.id for d in docs]
    for before, after in zip(docs, out, strict=True):
        assert after.metadata["source"] == before.metadata["source"]
        assert after.metadata["n_edits"] == len(pipeline(before.page_content).edits)
        assert all(isinstance(v, str | int | float) for v in after.metadata.values())
    assert docs[0].metadata == {"source": "site-0"}, "the input documents are not changed"


@pytest.mark.parametrize("split", ["sentence", "paragraph"])
def test_split_documents_carry_offsets_into_the_cleaned_text(split: str) -> None:
    article = Pipeline.default()(TEXT)
    out = TidingsDocumentTransformer(split=split, prefix="t_").transform_documents([Document(TEXT, metadata={"k": 1})])
    assert len(out) >= 2
    for doc in out:
        start, end = doc.metadata["start_index"], doc.metadata["end_index"]
        assert doc.page_content == article.text[start:end]
        assert doc.metadata["k"] == 1
        assert doc.metadata["t_n_sentences"] == len(article.sentences)
    if split == "sentence":
        assert [d.page_content for d in out] == [s.text for s in article.sentences]
    else:
        assert all(d.metadata["block_kind"] in {"heading", "paragraph", "list_item", "quote"} for d in out)


def test_async_and_unknown_split() -> None:
    out = asyncio.run(TidingsDocumentTransformer().atransform_documents([Document("a  b")]))
    assert [d.page_content for d in out] == ["a b"]
    with pytest.raises(ValueError, match="split must be one of"):
        TidingsDocumentTransformer(split="word")  # type: ignore[arg-type]
