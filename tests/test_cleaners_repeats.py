"""remove_repeats beyond its case file: linear time, idempotence, clean web text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.cleaners import remove_repeats, repair_punctuation

from tests.test_cleaners_punctuation import assert_linear

# Words (doubled on purpose or not, capitalized or not, names, code) and what
# stands between them, for hypothesis to combine into stammering prose.
PIECES = [
    "the", "The", "naltrexone", "Naltrexone", "had", "very", "Walla", "New", "York", "again", "and", "he",
    "described", "it", "1", "2019", "a.f()", "so-so", "bye", " ", " ", " ", ", ", ", , ", ",, ", "; ", ". ",
    "! ", "? ", "\n", "\n\n", "- ", "1. ", '"',
]
stammer = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(stammer)
def test_idempotent(text: str) -> None:
    once = remove_repeats(text)
    assert remove_repeats(once) == once


@_SETTINGS
@given(stammer)
def test_idempotent_after_repair_punctuation(text: str) -> None:
    # The pipeline order: repair_punctuation, then remove_repeats.
    once = remove_repeats(repair_punctuation(text))
    assert remove_repeats(repair_punctuation(once)) == once


@_SETTINGS
@given(stammer)
def test_only_deletes(text: str) -> None:
    # A repeat is dropped whole: every edit is a deletion of a stretch that holds a word.
    for edit in remove_repeats.explain(text):
        assert edit.after == ""
        assert any(c.isalnum() for c in edit.before)


ADVERSARIAL = {
    "one_word_repeated": lambda n: "naltrexone " * n,
    "doubled_on_purpose": lambda n: "very " * n,
    "name_repeated": lambda n: "Walla " * n,
    "comma_repeats": lambda n: "dark, " * n,
    "stray_comma_repeats": lambda n: "word, , " * n,
    "alternating": lambda n: "a b " * (n // 2),
    "chain": lambda n: "again and " * (n // 2),
    "near_phrases": lambda n: "".join(f"w{i % 13} " for i in range(n)),
    "sentence_repeated": lambda n: "The cat sat on the mat. " * (n // 6),
    "line_repeated": lambda n: "The cat sat on the mat.\n" * (n // 6),
    "no_spaces": lambda n: "a" * (8 * n),
    "punctuation_only": lambda n: ", , . " * n,
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_linear_time(shape: str) -> None:
    assert_linear(remove_repeats, ADVERSARIAL[shape], 10_000)


def test_one_word_repeated_100k_times() -> None:
    assert remove_repeats("naltrexone " * 100_000) == "naltrexone "


def test_one_megabyte_without_spaces() -> None:
    text = "x" * 1_000_000
    assert remove_repeats(text) == text


def test_seed_damage_in_both_forms() -> None:
    # repair_punctuation runs first in the pipeline and may already have
    # turned `, ,` into `,`; standalone, the stray commas are still there.
    for damaged in ("the role of Naltrexone, , naltrexone treatment", "the role of Naltrexone, naltrexone treatment"):
        assert remove_repeats(damaged) == "the role of Naltrexone treatment"


def test_clean_web_text_unchanged(shared_data: Path) -> None:
    # EWT holds `Darin Darin Fisher`, `really really`, `bad, bad tradeoff`,
    # `Dark, dark main room`, `the eggs, the eggs will`: all stay.
    edits = []
    for line in (shared_data / "ewt_dev_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        edits += remove_repeats.explain(json.loads(line)["text"])
    assert edits == []
