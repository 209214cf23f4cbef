"""unwrap_lines beyond its case file: linear time, idempotence, wrapped and naive web text."""

from __future__ import annotations

import json
import random
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.support import assert_linear
from tidings.cleaners import unwrap_lines

# Words of many lengths, hyphens, sentence ends, list markers and line breaks.
PIECES = [
    "a", "the", "brain", "Naltrexone", "neuro", "plasticity", "well", "known", "Secretary", "General",
    "extraordinarily", "x" * 30, "https://e.com/a", " ", " ", " ", "-", "- ", ". ", ", ", "\n", "\n", "\n\n",
    "\n- ", "\n1. ", "\n    ", "|",
]
wrapped_like = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(wrapped_like)
# The run's first lines are shorter than the rest: once the rest are joined they set the width.
@example(
    "Transit officials said they had heard those concerns.\nThe agency will run a small on-demand shuttle in\n"
    "Northgate for at least a year, at a cost of about\n$420,000, and will review ridership every quarter. \u201cIf\n"
    "it doesn\u2019t work, we\u2019ll change it,\u201d said the agency\u2019s plann-\ning director, Dr. Samuel Reyes."
)
def test_idempotent(text: str) -> None:
    once = unwrap_lines(text)
    assert unwrap_lines(once) == once


@_SETTINGS
@given(st.integers(40, 100), wrapped_like)
def test_idempotent_on_wrapped_text(width: int, text: str) -> None:
    once = unwrap_lines(textwrap.fill(text, width=width))
    assert unwrap_lines(once) == once


ADVERSARIAL = {
    "no_spaces": lambda n: "a" * (8 * n),
    "short_lines": lambda n: "a\n" * n,
    "wrapped": lambda n: textwrap.fill("Addiction is a complex condition that affects neuro-plasticity. " * (n // 60), 70),
    "hyphen_lines": lambda n: ("x" * 60 + "-\n") * (n // 60),
    "dash_lines": lambda n: ("-" * 60 + "\n") * (n // 60),
    "space_lines": lambda n: (" " * 60 + "\n") * (n // 60),
    "blank_lines": lambda n: "\n" * n,
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_linear_time(shape: str) -> None:
    assert_linear(unwrap_lines, ADVERSARIAL[shape], 40_000)


def test_one_megabyte_without_spaces() -> None:
    text = "x" * 1_000_000
    assert unwrap_lines(text) == text


def _paragraphs(shared_data: Path) -> list[str]:
    rows = (json.loads(line) for line in (shared_data / "ewt_dev_sentences.jsonl").read_text("utf-8").splitlines())
    return [row["text"] for row in rows if len(row["text"]) >= 120]


def _article_paragraphs(shared_data: Path) -> list[str]:
    rows = (json.loads(line) for line in (shared_data / "boilerplate_dev.jsonl").read_text("utf-8").splitlines())
    return [p for row in rows for p in (row.get("gold_body") or "").split("\n") if len(p) >= 120]


def _restored(paragraphs: list[str]) -> float:
    """Share of paragraphs that come back exactly after textwrap wraps them at 50-80 columns.

    textwrap's defaults also break after hyphens (``well-\\nknown``).
    """
    rnd = random.Random(4)
    return sum(unwrap_lines(textwrap.fill(p, width=rnd.randint(50, 80))) == p for p in paragraphs) / len(paragraphs)


def test_wrapped_articles_restored(shared_data: Path) -> None:
    assert _restored(_article_paragraphs(shared_data)) >= 0.95


def test_wrapped_web_text_restored(shared_data: Path) -> None:
    # Informal web text: e-mails full of addresses, URLs and `1.` that a wrap
    # put at a line start; a break next to those is left alone on purpose.
    assert _restored(_paragraphs(shared_data)) >= 0.8


# Known joins on the naive pages, both of lines that are not prose: two lines
# of Python pasted without indentation (`...TestCase` + `from django...`) and a
# dump of CSS class names after a menu. Pinned so that a rule that joins more
# is seen.
_NAIVE_PAGE_JOINS = 2


def test_naive_web_pages_keep_their_lines(shared_data: Path) -> None:
    # Pages turned into text with a line per block: menus, bylines, headline
    # lists, short and long paragraphs. None of their lines is a hard wrap.
    rows = (json.loads(line) for line in (shared_data / "boilerplate_dev.jsonl").read_text("utf-8").splitlines())
    joined = [e for row in rows for e in unwrap_lines.explain(row["text"])]
    assert len(joined) <= _NAIVE_PAGE_JOINS


def test_clean_web_text_unchanged(shared_data: Path) -> None:
    edits = [e for p in _paragraphs(shared_data) for e in unwrap_lines.explain(p)]
    assert edits == []
