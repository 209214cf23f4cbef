"""The Pipeline: building, configuring, pickling, sharing between threads, mapping."""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import tidings
from tests.support import assert_linear
from tidings import ConfigError, Pipeline
from tidings.article import Article, replay
from tidings.cleaners import DEFAULT_STEPS, REGISTRY, cleaner

DAMAGED = "We donâ€™t  know.\r\n\r\n\r\nCafÃ© &amp; bar."


def test_default_pipeline_runs_every_registered_default_step() -> None:
    assert Pipeline.default().names == DEFAULT_STEPS
    assert tuple(REGISTRY)[: len(DEFAULT_STEPS)] == DEFAULT_STEPS


def test_without_replace_insert_configure() -> None:
    p = Pipeline.default()
    assert "fix_encoding" not in p.without("fix_encoding").names
    upper = tidings.cleaners.from_function(str.upper, name="upper")
    assert p.insert(upper, after="fix_encoding").names[1] == "upper"
    assert p.insert(upper, before="fix_encoding").names[0] == "upper"
    assert p.replace("normalize_whitespace", upper).names[1] == "upper"
    assert p.configure("fix_encoding", uncurl_quotes=True).clean_text("\u201cx\u201d") == '"x"'
    with pytest.raises(ConfigError, match="no step 'nope'"):
        p.without("nope")
    with pytest.raises(ConfigError, match="unknown option"):
        p.configure("fix_encoding", nonsense=1)


def test_edits_name_their_step() -> None:
    article = tidings.clean(DAMAGED)
    assert {e.step for e in article.edits} == {"fix_encoding", "normalize_whitespace"}
    assert article.stats["edits_by_step"]["fix_encoding"] == sum(e.step == "fix_encoding" for e in article.edits)


def test_config_round_trip_and_toml(tmp_path: Path) -> None:
    p = Pipeline.default().without("normalize_whitespace").configure("fix_encoding", uncurl_quotes=True)
    assert Pipeline.from_config(p.to_config()) == p
    toml = tmp_path / "p.toml"
    toml.write_text('skip = ["normalize_whitespace"]\n[options.fix_encoding]\nuncurl_quotes = true\n')
    assert Pipeline.from_toml(toml).to_config() == p.to_config()
    toml.write_text("steps = [\"nope\"]\n")
    with pytest.raises(ConfigError, match=r"p\.toml: unknown step 'nope'"):
        Pipeline.from_toml(toml)


def test_unknown_config_key_is_named() -> None:
    with pytest.raises(ConfigError, match="stpes"):
        Pipeline.from_config({"stpes": []})


@cleaner()
def shout(text: str):  # type: ignore[no-untyped-def]
    """Upper-case everything (a custom cleaner for the tests)."""
    yield (0, len(text), text.upper())


def test_pickles_by_config_including_custom_cleaners() -> None:
    p = Pipeline.default().insert(shout, after="normalize_whitespace")
    q = pickle.loads(pickle.dumps(p))
    assert q.names == p.names
    assert q.clean_text("hi  there") == "HI THERE"
    assert pickle.loads(pickle.dumps(Pipeline.default())) == Pipeline.default()


def test_pickles_with_a_plain_function_step() -> None:
    p = Pipeline.default().insert(str.upper, after="normalize_whitespace")
    q = pickle.loads(pickle.dumps(p))
    assert q.clean_text("hi  there") == "HI THERE"
    assert [a.text for a in p.map(["a  b", "c"], jobs=2)] == ["A B", "C"]


def test_register_makes_a_function_nameable() -> None:
    try:
        tidings.register(str.lower, name="lower_all")
        assert Pipeline.from_config({"steps": ["lower_all"]}).clean_text("ABC") == "abc"
    finally:
        REGISTRY.pop("lower_all", None)


def test_thread_safe_same_results() -> None:
    p = Pipeline.default()
    texts = [f"{DAMAGED} {i}" for i in range(50)]
    expected = [p.clean_text(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(p.clean_text, texts)) == expected


def test_map_keeps_order_with_processes() -> None:
    p = Pipeline.default()
    texts = [f"Doc {i}: {DAMAGED}" for i in range(150)]
    got = [a.text for a in p.map(texts, jobs=2)]
    assert got == [p.clean_text(t) for t in texts]


def test_map_converts_each_article_where_it_is_made() -> None:
    # The converted result is what crosses between processes; in order, and the
    # same with workers as without.
    p = Pipeline.default()
    texts = [f"Doc {i}: {DAMAGED}" for i in range(150)]
    expected = [p(t).to_json() for t in texts]
    assert list(p.map(texts, convert=Article.to_json)) == expected
    assert list(p.map(texts, jobs=2, convert=Article.to_json)) == expected


def test_map_converts_around_errors_returned_in_place() -> None:
    p = Pipeline.default()
    out = list(p.map(["ok.", b"\x89PNG\r\n\x1a\n\x00\x00", "fine."], on_error="return", convert=Article.to_dict))
    assert [x["text"] if isinstance(x, dict) else type(x).__name__ for x in out] == ["ok.", "NotTextError", "fine."]


def test_map_returns_errors_in_place() -> None:
    p = Pipeline.default()
    out = list(p.map(["ok.", b"\x89PNG\r\n\x1a\n\x00\x00", "fine."], on_error="return"))
    assert [type(x).__name__ for x in out] == ["Article", "NotTextError", "Article"]


def _fail_on_boom(text: str) -> str:
    if "boom" in text:
        raise RuntimeError("boom")
    return text


def test_map_cleans_a_chunk_together_as_each_text_alone() -> None:
    # map cleans texts a chunk at a time, step by step over the chunk: a text that
    # fails stops there, the others come out as they would alone.
    p = Pipeline.default().insert(_fail_on_boom, after="fix_encoding")
    texts = [f"Doc {i}: {DAMAGED}" for i in range(100)]
    texts[3] = texts[70] = "boom  and  more."
    out = list(p.map(texts, on_error="return"))
    assert [str(x) for x in out if isinstance(x, Exception)] == ["boom", "boom"]
    assert [a.to_json() for a in out if not isinstance(a, Exception)] == [
        p(t).to_json() for t in texts if "boom" not in t
    ]
    with pytest.raises(RuntimeError, match="boom"):
        p("boom")


def test_map_raises_at_the_failed_text_after_those_before_it() -> None:
    p = Pipeline.default().insert(_fail_on_boom, after="fix_encoding")
    got = []
    with pytest.raises(RuntimeError, match="boom"):
        for article in p.map(["one.", "two.", "boom", "three."]):
            got.append(article.text)
    assert got == ["one.", "two."]


def test_map_text_is_clean_text_of_each() -> None:
    p = Pipeline.default()
    texts = [f"Doc {i}: {DAMAGED}" for i in range(100)] + [DAMAGED.encode("utf-8")]
    expected = [p.clean_text(t) for t in texts]
    assert list(p.map_text(texts)) == expected
    assert list(p.map_text(texts, jobs=2)) == expected
    out = list(p.map_text(["ok.", b"\x89PNG\r\n\x1a\n\x00\x00", "fine."], on_error="return"))
    assert [x if isinstance(x, str) else type(x).__name__ for x in out] == ["ok.", "NotTextError", "fine."]


def _broken_input():  # type: ignore[no-untyped-def]
    yield "a."
    yield "b."
    raise ValueError("input broke")


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_yields_what_was_read_before_the_input_failed(jobs: int) -> None:
    got = []
    with pytest.raises(ValueError, match="input broke"):
        for article in Pipeline.default().map(_broken_input(), jobs=jobs):
            got.append(article.text)
    assert got == ["a.", "b."]


def test_a_failure_in_a_worker_shows_where_it_was_raised() -> None:
    p = Pipeline.default().insert(_fail_on_boom, after="fix_encoding")
    with pytest.raises(RuntimeError, match="boom") as info:
        list(p.map(["fine.", "boom"], jobs=2))
    assert "_fail_on_boom" in str(info.value.__cause__)


class _TwoArgumentError(Exception):
    def __init__(self, a: str, b: int) -> None:  # pickles, but cannot be rebuilt from its args
        super().__init__(a)


def _fail_oddly(text: str) -> str:
    if text.startswith("x"):
        raise _TwoArgumentError("odd", 1)
    return text


def _fail_holding_a_lock(text: str) -> str:
    if text.startswith("x"):
        raise ValueError("locked", threading.Lock())
    return text


@pytest.mark.parametrize(
    ("step", "name"), [(_fail_oddly, "_TwoArgumentError: odd"), (_fail_holding_a_lock, "ValueError: ('locked'")]
)
def test_an_exception_that_cannot_come_back_from_a_worker_comes_back_named(step: Any, name: str) -> None:
    # One that does not rebuild from its pickle recipe, one that does not pickle at all.
    p = Pipeline.default().insert(step, after="fix_encoding")
    [error, article] = p.map(["x.", "fine."], jobs=2, on_error="return")
    assert isinstance(error, RuntimeError)
    assert name in str(error)
    assert article.text == "fine."


def test_an_exception_from_a_worker_keeps_its_type() -> None:
    [error] = Pipeline.default().map([b"\x89PNG\r\n\x1a\n\x00\x00"], jobs=2, on_error="return")
    assert type(error).__name__ == "NotTextError"
    assert "PNG" in str(error)


def test_a_bad_item_fails_alone() -> None:
    out = list(Pipeline.default().map(["ok.", None, "fine."], on_error="return"))  # type: ignore[list-item]
    assert [type(x).__name__ for x in out] == ["Article", "TypeError", "Article"]


def test_chunks_hold_a_bounded_number_of_characters() -> None:
    # A batch holds every text's working set at once: large documents go a few at a time.
    from tidings._parallel import CHUNK_CHARS, _chunks

    sizes = [10] * 100 + [2 * CHUNK_CHARS] + [CHUNK_CHARS // 3] * 7
    assert [len(chunk) for chunk in _chunks("x" * n for n in sizes)] == [64, 37, 4, 3]


def test_bytes_are_decoded_and_encoding_recorded() -> None:
    article = tidings.clean("Caf\u00e9 \u2013 ok".encode("cp1252"), source="x.txt")
    assert (article.text, article.encoding, article.source) == ("Caf\u00e9 \u2013 ok", "cp1252", "x.txt")


def test_clean_text_equals_article_text_on_real_pages(shared_data: Path) -> None:
    import json

    pages = [json.loads(line)["text"] for line in (shared_data / "boilerplate_dev.jsonl").read_text().splitlines()]
    fixtures = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "fixtures").glob("*.txt"))]
    p = Pipeline.default()
    for text in pages + fixtures:
        assert p.clean_text(text) == p(text).text


def test_a_line_broken_late_is_cleaned_again_and_every_round_is_recorded() -> None:
    # split_blocks (the last cleaner) gives the glued date its own line; only then is
    # `Dr.It` a glued sentence, which split_glued (an earlier step) repairs in a second round.
    text = "We went to the market today. Dr.ItSeptember 4th, 2023"
    article = tidings.clean(text)
    assert article.text == "We went to the market today. Dr. It\nSeptember 4th, 2023"
    assert [e.step for e in article.edits] == ["split_blocks", "split_glued"]
    assert replay(text, article.edits) == article.text
    assert tidings.clean_text(article.text) == article.text == tidings.clean_text(text)


def test_removing_a_boilerplate_line_takes_its_indentation_not_the_next_lines() -> None:
    text = "Share on Facebook\n  Share on Twitter\n    x = compute(1)\nSome prose line that stays here."
    article = tidings.clean(text)
    assert article.text == "    x = compute(1)\nSome prose line that stays here."
    assert tidings.clean_text(article.text) == article.text


def test_a_paragraph_printed_twice_around_boilerplate_goes_in_one_cleaning() -> None:
    text = "It rained all day long in the town.\n0 comments\nIt rained all day long in the town.\nThen it stopped."
    article = tidings.clean(text)
    assert article.text == "It rained all day long in the town.\nThen it stopped."
    assert [r.text for r in article.removed] == ["0 comments"]
    assert replay(text, article.edits) == article.text
    assert tidings.clean_text(text) == article.text == tidings.clean_text(article.text)


def test_rounds_stay_linear_when_boilerplate_separates_every_line() -> None:
    # Every removed line leaves a seam the cleaners look at again; copies between them
    # collapse in the second round. Seams close together share one look, so it stays linear.
    def make(n: int) -> str:
        return "\n".join("Share on Facebook" if i % 2 else "It rained all day long in the town." for i in range(n))

    assert tidings.clean_text(make(200)) == "It rained all day long in the town."
    assert_linear(tidings.clean_text, make, 2_000)


def test_a_proposal_that_changes_nothing_takes_no_second_round() -> None:
    # The seam look counts edits as the engine applies them: a finder may propose
    # a span as it stands (the engine drops it), and that is no reason for another round.
    looks: list[str] = []

    @cleaner(name="restates_first_char")
    def restate(text: str) -> list[tuple[int, int, str]]:
        looks.append(text)
        return [(0, 1, text[:1])] if text else []

    pipeline = Pipeline([restate])
    text = "It rained all day long in the town.\n0 comments\nThen it stopped and we went out."
    assert pipeline.clean_text(text) == "It rained all day long in the town.\nThen it stopped and we went out."
    assert len(looks) == 2  # the text once, and the lines around the seam once; no second round


def test_normalize_whitespace_proposes_no_edit_for_breaks_that_stay() -> None:
    assert REGISTRY["normalize_whitespace"].find_edits("One.\n\nTwo.\n    code") == []
