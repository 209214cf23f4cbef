"""Quality gate for structure: the benchmark's current scores are floors.

Runs ``benchmarks/structure.py``'s scoring on ``../shared/data/boilerplate_dev.jsonl``
(skipped where the shared data is absent) so no change slips below what was
reached. Raise a floor when a change lifts a score; never lower one silently.
"""

from __future__ import annotations

import importlib.util

import pytest

from tests.support import ROOT, SHARED

#: Scores reached (issue 5), minus a little room for harmless drift in other steps.
FLOORS = {
    "sh_f1": 0.925,
    "sh_recall": 0.955,
    "tr_f1": 0.895,
    "tr_recall": 0.93,
    "title": 0.78,
    "authors": 0.75,
    "date": 0.78,
}


def _benchmark():  # noqa: ANN202 - a module loaded from a path
    spec = importlib.util.spec_from_file_location("_structure_benchmark", ROOT / "benchmarks" / "structure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    data = SHARED / "data" / "boilerplate_dev.jsonl"
    if not data.exists():
        pytest.skip(f"shared development data not found at {data}")
    bench = _benchmark()
    pages = bench.load(data)
    results, _ = bench.run(bench.tidings_method(), pages)
    return bench.score(pages, results)


@pytest.mark.parametrize("metric", list(FLOORS))
def test_floor(scores: dict[str, float], metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} fell to {scores[metric]:.3f} (floor {FLOORS[metric]})"
