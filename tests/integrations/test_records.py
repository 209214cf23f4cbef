"""BatchCleaner: columns in, columns out; one type per column; pickles and hashes by config."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

import tidings
from tests.integrations.corpus import records
from tidings import Article, Pipeline
from tidings.integrations.records import SUMMARY_COLUMNS, BatchCleaner, summarize


@tidings.cleaner()
def shout(text: str) -> Iterator[tuple[int, int, str]]:
    """A custom, unregistered cleaner (module level, so pickle can import it by name)."""
    if text != text.upper():
        yield (0, len(text), text.upper())


def test_batch_cleans_the_text_column_and_keeps_the_others() -> None:
    rows = records(10)
    batch = {"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}
    out = BatchCleaner()(batch)
    assert out["id"] == batch["id"]
    assert out["text"] == [tidings.clean_text(t) for t in batch["text"]]
    assert out["n_edits"] == [len(tidings.clean(t).edits) for t in batch["text"]]
    assert set(out) == {"id", "text", *SUMMARY_COLUMNS}


def test_every_summary_column_has_one_type_in_every_row() -> None:
    # Arrow fixes a column's type from the first batch: no None may appear where a str is expected.
    texts = [r["text"] for r in records(25)] + [None, b"caf\xc3\xa9  bytes"]
    out = BatchCleaner()({"text": texts})
    for name, kind in SUMMARY_COLUMNS.items():
        assert all(type(v) is kind for v in out[name]), name


def test_missing_text_stays_missing() -> None:
    out = BatchCleaner()({"text": [None, "a  b"]})
    assert out["text"] == [None, "a b"]
    assert out["n_chars_out"] == [0, 3]


def test_output_field_prefix_and_article() -> None:
    clean = BatchCleaner(text_field="body", output_field="clean", prefix="t_", keep_article=True)
    out = clean({"body": ["We donâ€™t  know."]})
    assert out["body"] == ["We donâ€™t  know."]
    assert out["clean"] == ["We don’t know."]
    assert Article.from_json(out["t_article"][0]).text == "We don’t know."
    assert list(clean.columns) == ["clean", *("t_" + k for k in SUMMARY_COLUMNS), "t_article"]


def test_records_match_batches() -> None:
    rows = records(12)
    clean = BatchCleaner(prefix="t_")
    by_record = clean.clean_records(rows)
    by_batch = clean({k: [r[k] for r in rows] for k in rows[0]})
    assert by_record == [{k: by_batch[k][i] for k in by_batch} for i in range(len(rows))]


def test_missing_field_names_the_fields() -> None:
    with pytest.raises(KeyError, match="no field 'text' to clean; the fields are \\['body'\\]"):
        BatchCleaner()({"body": ["x"]})
    with pytest.raises(KeyError, match="'content'"):
        BatchCleaner(text_field="content").clean_records([{"text": "x"}])


def test_summary_joins_authors() -> None:
    article = Article(text="x", authors=["Ann Lee", "Bo Kim"], published="2023-09-04")
    assert summarize(article)["authors"] == "Ann Lee; Bo Kim"
    assert summarize(article)["published"] == "2023-09-04"


def test_pickles_by_config_and_compares_equal() -> None:
    clean = BatchCleaner(Pipeline.default().without("fix_encoding"), prefix="t_")
    back = pickle.loads(pickle.dumps(clean))
    assert back == clean
    assert back.pipeline == clean.pipeline
    assert hash(back) == hash(clean)
    assert BatchCleaner() != clean
    # Equal cleaners built apart pickle to the same bytes: what a content hash needs.
    assert pickle.dumps(BatchCleaner(prefix="t_")) == pickle.dumps(BatchCleaner(prefix="t_"))


def test_custom_cleaner_travels_with_the_pipeline() -> None:
    clean = BatchCleaner(Pipeline.default().insert(shout))
    back = pickle.loads(pickle.dumps(clean))
    assert back({"text": ["quiet"]})["text"] == ["QUIET"]
    assert back == clean
