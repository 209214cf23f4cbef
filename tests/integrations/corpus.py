"""A small, deterministic corpus of messy scraped records for the integration tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_TEMPLATES = (
    "Record {i}: the  council met on Tuesday.\n\nMembers didnâ€™t agree on the budget ,  again.",
    "Local news {i}\n\nBy Ann Lee\n\nThe bridge reopened\u00a0after repairs.\n\nShare this article",
    "Plain clean text number {i}. Nothing to repair here.",
    "Caf\u00c3\u00a9 review {i}\r\n\r\nThe coffee was good.\tThe cake was better.  ",
    "",
)


def records(n: int) -> list[dict[str, Any]]:
    """``n`` records ``{"id", "text", "source"}`` cycling through the damage above."""
    return [{"id": f"r{i}", "text": _TEMPLATES[i % len(_TEMPLATES)].format(i=i), "source": f"site-{i % 3}"} for i in range(n)]


def write_jsonl(folder: Path, rows: list[dict[str, Any]], files: int) -> list[Path]:
    """Split ``rows`` over ``files`` JSONL files in ``folder``, in order; return their paths."""
    per_file = -(-len(rows) // files)
    paths = []
    for k in range(files):
        path = folder / f"part-{k:03d}.jsonl"
        chunk = rows[k * per_file : (k + 1) * per_file]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), encoding="utf-8")
        paths.append(path)
    return paths
