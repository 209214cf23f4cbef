"""split_glued beyond its case file: linear time, idempotence, clean web text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_cleaners_punctuation import PIECES, assert_linear
from tidings.cleaners import split_glued

_GLUE_PIECES = [*PIECES, "said", "Then", "our", "Newsletter", "City", "Often", "\u2019", "\u2018", "]", "Share it!"]
glue_like = st.lists(st.sampled_from(_GLUE_PIECES), max_size=40).map("".join)

ADVERSARIAL = {
    "sentence_glue": lambda n: "said.Then" * (n // 9 + 1),
    "case_glue": lambda n: "shuttlesWednesday " * (n // 18 + 1),
    "case_glue_no_spaces": lambda n: "ourNewsletter" * (n // 13 + 1),
    "lowercase_run": lambda n: "a" * n + "Bcd",
    "quotes": lambda n: 'he."Then' * (n // 8 + 1),
    "one_word_repeated": lambda n: "naltrexone " * (n // 11 + 1),
    "technical_token": lambda n: "/" + "ab.Cd" * (n // 5 + 1),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_linear_time(shape: str) -> None:
    assert_linear(split_glued, ADVERSARIAL[shape], 100_000)


def test_one_megabyte_without_spaces() -> None:
    text = "x" * 1_000_000
    assert split_glued(text) == text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glue_like)
def test_idempotent(text: str) -> None:
    once = split_glued(text)
    assert split_glued(once) == once


def test_clean_web_text_unchanged(shared_data: Path) -> None:
    changed = []
    for line in (shared_data / "ewt_dev_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        changed += split_glued.explain(text)
    assert changed == []
