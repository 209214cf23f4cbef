"""Every registered cleaner against its case file and the do-no-harm corpus.

Case files are data (``tests/cases/<step>.json``); the checks here are the same for
every cleaner: the repair is exact, the recorded edits replay to the output, and
cleaning again changes nothing.
"""

from __future__ import annotations

import pytest

import tidings
from tests.support import do_no_harm_texts, load_cases
from tidings.article import replay
from tidings.cleaners import REGISTRY

CASES = [
    pytest.param(name, case, id=f"{name}:{case['label']}")
    for name in REGISTRY
    for case in load_cases(name)
]


@pytest.mark.parametrize(("name", "case"), CASES)
def test_case(name: str, case: dict[str, str]) -> None:
    clean = REGISTRY[name]
    out = clean(case["original"])
    assert out == case["expected"], case.get("comment", "")
    assert replay(case["original"], clean.explain(case["original"])) == out
    assert clean(out) == out, "cleaning the output again must change nothing"


@pytest.mark.parametrize("name", list(REGISTRY))
@pytest.mark.parametrize(("label", "text"), do_no_harm_texts())
def test_cleaner_does_no_harm(name: str, label: str, text: str) -> None:
    assert REGISTRY[name].explain(text) == []


@pytest.mark.parametrize(("label", "text"), do_no_harm_texts())
def test_pipeline_does_no_harm(label: str, text: str) -> None:
    article = tidings.clean(text)
    assert article.text == text
    assert article.edits == []


def test_every_cleaner_has_cases() -> None:
    missing = [name for name in REGISTRY if not load_cases(name)]
    assert not missing, f"cleaners without tests/cases/<name>.json: {missing}"
