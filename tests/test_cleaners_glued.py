"""split_glued beyond its case file: linear time, idempotence, clean web text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.support import assert_linear
from tests.test_cleaners_punctuation import PIECES
from tidings.cleaners import glued, split_glued

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
    "capitals_after_lowercase": lambda n: "aB" * (n // 2 + 1),
    "long_runs_before_capitals": lambda n: ("x" * 60 + "Abc") * (n // 63 + 1),
    "runs_of_marks": lambda n: ("said" + "!?" * 30 + "Then") * (n // 68 + 1),
    "runs_of_quotes": lambda n: ("he." + "\u201d" * 40 + "Then") * (n // 47 + 1),
    "marks_alone": lambda n: "!" * n + "Then",
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
@example("cat:Like it?Dr.Dr.")  # the first `Dr.` is parted only once the second is (found by hypothesis)
def test_idempotent(text: str) -> None:
    once = split_glued(text)
    assert split_glued(once) == once


def test_clean_web_text_unchanged(shared_data: Path) -> None:
    changed = []
    for line in (shared_data / "ewt_dev_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        changed += split_glued.explain(text)
    assert changed == []


def _assert_scans_as_finditer(text: str) -> None:
    # Both candidate scans must find exactly what the full patterns' finditer finds.
    for pattern, scan in ((glued._CASE_GLUE_RE, glued._case_glue), (glued._SENTENCE_GLUE_RE, glued._sentence_glue)):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan(text)] == expected


_CASE_PIECES = [
    *_GLUE_PIECES,
    *("\u00e9", "\u00df", "\u00dc", "\u00c9cole", "Mc", "x", "_", "@", "-", ".", "ourNewsletter"),
    *("!", "?", "?!", "...", ")", "A", "I", "US", "TV", "\u201c", "\u201d", '"', "1960s", "5", "os.path"),
]


# The candidate scans look only at capitals after a lowercase letter, and at the
# last mark of a run before a capital: they must never miss glue.
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CASE_PIECES), max_size=40).map("".join))
@example("Share it?!More, he said.\u201dThen x..Then")  # a glue match starts at the first mark of a run
def test_candidate_scans_find_every_glue(text: str) -> None:
    _assert_scans_as_finditer(text)


def test_candidate_scans_find_every_glue_in_web_text(shared_data: Path) -> None:
    for name in ("ewt_dev_sentences.jsonl", "boilerplate_dev.jsonl"):
        for line in (shared_data / name).read_text(encoding="utf-8").splitlines():
            _assert_scans_as_finditer(json.loads(line)["text"])
