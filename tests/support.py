"""Helpers shared by the tests: case files and the shared development data."""

from __future__ import annotations

import json
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
