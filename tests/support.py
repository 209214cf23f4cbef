"""Helpers shared by the tests: case files and the shared development data."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
#: The team's shared data folder; CI lays a copy of it beside the clone.
SHARED = ROOT.parent / "shared"


def load_cases(name: str) -> list[dict[str, Any]]:
    """The case list of ``tests/cases/<name>.json`` (empty if there is none)."""
    path = CASES / f"{name}.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def do_no_harm_texts() -> list[tuple[str, str]]:
    """``(label, text)`` of the shared do-no-harm corpus."""
    return [(c["label"], c["text"]) for c in load_cases("do_no_harm")]


def _seconds(func: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(func: Callable[[str], object], make: Callable[[int], str], size: int) -> None:
    """``func`` on ``make(4 * size)`` takes far less than the 16x a quadratic cost would.

    The bound is generous (8x, plus slack for timer noise on a busy machine):
    the test is for catastrophic backtracking, not for speed.
    """
    small = _seconds(func, make(size))
    large = _seconds(func, make(4 * size))
    assert large < 8 * small + 0.25, f"{large:.3f}s at 4x the input vs {small:.3f}s: not linear"
