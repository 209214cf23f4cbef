"""normalize_whitespace scans only the stretches where a change can start; that must change nothing, in linear time."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import CASES, assert_linear
from tidings._engine import apply_replacements
from tidings.cleaners.whitespace import _WHITESPACE_RE, _may_change, _replacement, normalize_whitespace

_ALPHABET = "ab .,\n\t\r\x0b\x0c\x85\u2028\u2029\u00a0\u2002\u205f\u202f\u3000\u200b\u200d\u2060\ufeff\u00ad"


def _full_scan(text: str) -> str:
    replacements = [(m.start(), m.end(), _replacement(text, m)) for m in _WHITESPACE_RE.finditer(text)]
    return apply_replacements(text, replacements, "normalize_whitespace")[0]


@settings(max_examples=500)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_skipped_texts_are_unchanged_by_the_full_scan(text: str) -> None:
    if not _may_change(text):
        assert _full_scan(text) == text


@settings(max_examples=1000)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_scanning_only_the_candidate_stretches_changes_what_the_full_scan_changes(text: str) -> None:
    assert normalize_whitespace.explain(text) == apply_replacements(
        text, [(m.start(), m.end(), _replacement(text, m)) for m in _WHITESPACE_RE.finditer(text)], "normalize_whitespace"
    )[1]


def test_case_texts_agree() -> None:
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            for text in (case.get("text"), case.get("original"), case.get("expected")):
                if isinstance(text, str):
                    assert normalize_whitespace(text) == _full_scan(text)
                    if not _may_change(text):
                        assert _full_scan(text) == text


_ADVERSARIAL = {
    "spaces": lambda n: "x" + " " * n + "x",
    "spaced breaks": lambda n: "x" + " \n" * n + "x",
    "odd spaces": lambda n: "x" + "\u00a0 \u200b" * n + "x",
    "double spaces after words": lambda n: "a  " * n,
    "mixed breaks": lambda n: "x" + "\r\n \r\u2028\t" * n,
    "trailing blank lines": lambda n: "x" + " \n\n" * n,
}


@pytest.mark.parametrize("shape", sorted(_ADVERSARIAL))
def test_linear_time_on_adversarial_whitespace(shape: str) -> None:
    assert_linear(normalize_whitespace, _ADVERSARIAL[shape], 20_000)
