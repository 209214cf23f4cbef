"""Shared loaders and scorers for the benchmarks (and the evaluation-gate tests).

The data lives in ``<repo root>/../shared/data/`` (never in the package: it is
third-party text under its own licences). Scoring follows that folder's README:

- sentence boundaries: F1 over the character offsets of sentence ends inside each
  paragraph (the paragraph's own end excluded), whitespace ignored;
- golden rules: a case passes when the predicted sentences equal the expected
  ones exactly (after stripping outer whitespace of each).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"

#: A splitter under test: text -> list of sentence strings (in order, covering the text).
Splitter = Callable[[str], list[str]]


def data_path(name: str) -> Path:
    """Path of a shared data file (it may not exist: callers skip then)."""
    return SHARED_DATA / name


def load_golden_rules() -> list[dict]:
    """The 48 English Golden Rules: ``{"id", "rule", "text", "sentences"}``."""
    with open(data_path("golden_rules_en.json"), encoding="utf-8") as f:
        return json.load(f)


def load_ewt_dev() -> list[dict]:
    """EWT dev paragraphs: ``{"doc", "text", "sentences"}``."""
    with open(data_path("ewt_dev_sentences.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _nonspace_ends(text: str, sentences: Iterable[str]) -> set[int]:
    """Ends of ``sentences`` (found in order in ``text``) as counts of non-space chars before them."""
    ends = set()
    count = 0
    for sentence in sentences:
        count += sum(1 for ch in sentence if not ch.isspace())
        ends.add(count)
    ends.discard(sum(1 for ch in text if not ch.isspace()))  # the paragraph's own end
    ends.discard(0)
    return ends


def boundary_counts(text: str, gold: list[str], predicted: list[str]) -> tuple[int, int, int]:
    """(true positives, predicted boundaries, gold boundaries) for one paragraph."""
    g = _nonspace_ends(text, gold)
    p = _nonspace_ends(text, predicted)
    return len(g & p), len(p), len(g)


def boundary_f1(rows: list[dict], split: Splitter) -> dict[str, float]:
    """Micro-averaged boundary precision, recall and F1 of ``split`` over ``rows``."""
    tp = npred = ngold = 0
    for row in rows:
        a, b, c = boundary_counts(row["text"], row["sentences"], split(row["text"]))
        tp, npred, ngold = tp + a, npred + b, ngold + c
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": npred, "gold": ngold}


def golden_rules_passed(cases: list[dict], split: Splitter) -> list[int]:
    """Ids of the golden-rule cases that ``split`` gets exactly right."""
    passed = []
    for case in cases:
        got = [s.strip() for s in split(case["text"]) if s.strip()]
        if got == [s.strip() for s in case["sentences"]]:
            passed.append(case["id"])
    return passed
