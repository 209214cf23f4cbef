"""Quality gate of the repair cleaners: pinned floors on the restore benchmark's own data.

The gold is ``benchmarks/corpus`` and the damage comes from the seeded generator of
``benchmarks/_damage.py``, as in ``benchmarks/restore.py``; exact restoration needs no
edit distance, so the gate runs with the test extra alone. A floor sits a little below
the measured rate: a change that repairs less, or harms clean text, fails here.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from tidings import Pipeline

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from _damage import damage

# kind -> floor of the share of damaged documents restored exactly (measured: 99-100%).
FLOORS = {"glued_sentences": 0.95, "stray_punctuation": 0.95}
_VARIANTS = 4


def _gold() -> list[str]:
    return [p.read_text(encoding="utf-8").strip() for p in sorted((BENCHMARKS / "corpus").glob("*.txt"))]


def _text_cleaners(text: str) -> str:
    for step in Pipeline.default().steps:
        text = step.cleaner(text, step.options)
    return text


def test_clean_corpus_unchanged() -> None:
    assert [g for g in _gold() if _text_cleaners(g) != g] == []


@pytest.mark.parametrize("kind", list(FLOORS))
def test_exact_restoration_floor(kind: str) -> None:
    restored = total = 0
    for d, gold in enumerate(_gold()):
        for v in range(_VARIANTS):
            damaged = damage(gold, kind, random.Random(f"gate:{kind}:{d}:{v}"))
            if damaged is None:
                continue
            total += 1
            restored += _text_cleaners(damaged) == gold
    assert total and restored / total >= FLOORS[kind], f"{restored}/{total} restored exactly"
