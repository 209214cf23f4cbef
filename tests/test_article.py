"""The Article model: JSON round trip, schema, span invariants."""

from __future__ import annotations

import json

import pytest

import tidings
from tidings.article import SCHEMA, Article, Block, Edit, Sentence, replay


def test_round_trip_is_exact(seed_text: str) -> None:
    article = tidings.clean(seed_text, source="naltrexone.txt", metadata={"id": 7, "tags": ["a"]})
    data = json.loads(article.to_json())
    assert data["schema"] == SCHEMA
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article


def test_json_is_one_compact_line_equal_to_the_dict(seed_text: str) -> None:
    article = tidings.clean(seed_text, metadata={"id": 7, "tags": ["a"], 3: "non-string key"})
    text = article.to_json()
    assert "\n" not in text and text.startswith('{"schema":"tidings.article/1","text":')
    assert json.loads(text) == json.loads(json.dumps(article.to_dict()))
    assert json.loads(article.to_json(indent=2)) == json.loads(text)


@pytest.mark.parametrize(
    "article",
    [
        Article(text="broken \ud800 surrogate", blocks=[Block("paragraph", "broken \ud800 surrogate", 0, 22)]),
        Article(text="fixed", edits=[Edit("fix_encoding", 0, 1, "\udc80", "f")]),
    ],
    ids=["lone surrogate in the text", "lone surrogate in an edit"],
)
def test_json_that_orjson_refuses_comes_from_the_standard_encoder(article: Article) -> None:
    import orjson

    with pytest.raises(TypeError):
        orjson.dumps(article.to_dict())  # so to_json must have taken the standard encoder
    text = article.to_json()
    assert "\n" not in text and text.startswith('{"schema":"tidings.article/1"')
    assert Article.from_json(text) == article


def test_compact_and_indented_json_agree_on_the_callers_metadata() -> None:
    import datetime

    article = tidings.clean("It rained. We stayed in.", metadata={"ratio": float("nan"), 3: "three"})
    compact = article.to_json()
    assert '"metadata":{"ratio":NaN,"3":"three"}' in compact
    assert json.dumps(json.loads(compact)) == json.dumps(json.loads(article.to_json(indent=2)))
    dated = tidings.clean("x", metadata={"day": datetime.date(2020, 1, 2)})
    for indent in (None, 2):
        with pytest.raises(TypeError, match="date"):
            dated.to_json(indent=indent)


def test_other_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="tidings.article/9"):
        Article.from_dict({"schema": "tidings.article/9", "text": ""})


def test_spans_are_slices_and_replay_reproduces_text(seed_text: str) -> None:
    article = tidings.clean(seed_text)
    assert article.blocks and article.sentences
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
        assert 0 <= s.source_start <= s.source_end <= len(seed_text)
    assert replay(seed_text, article.edits) == article.text


def test_body_is_headings_paragraphs_and_list_items() -> None:
    article = Article(
        text="T\n\nH\n\nP",
        blocks=[Block("title", "T", 0, 1), Block("heading", "H", 3, 4), Block("paragraph", "P", 6, 7)],
    )
    assert article.body == "H\n\nP"


def test_replay_refuses_a_wrong_record() -> None:
    with pytest.raises(ValueError, match="does not match"):
        replay("abc", [Edit("x", 0, 1, "z", "")])


def test_sentence_source_offsets_point_into_the_raw_input() -> None:
    raw = "Caf\u00c3\u00a9 is open.  We   like it."
    article = tidings.clean(raw)
    last: Sentence = article.sentences[-1]
    assert last.text == "We like it."
    assert raw[last.source_start : last.source_end] == "We   like it."


def test_removed_keeps_the_raw_input_text(seed_text: str) -> None:
    article = tidings.clean(seed_text)
    assert "Like it? Share it!More by this author |" in [r.source_text for r in article.removed]


def test_pickle_round_trip_is_exact(seed_text: str) -> None:
    import pickle

    article = tidings.clean(seed_text, source="s.txt", metadata={"id": 1})
    assert pickle.loads(pickle.dumps(article)) == article
