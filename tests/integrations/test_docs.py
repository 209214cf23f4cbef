"""Every page in docs/integrations/ runs as written: its Python blocks, in order, in a scratch folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "integrations"
# A fenced Python block: its body, up to the closing fence (non-greedy, so one block at a time).
_PYTHON_BLOCK_RE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)

PAGES = sorted(p for p in DOCS.glob("*.md") if _PYTHON_BLOCK_RE.search(p.read_text(encoding="utf-8")))
EXTRA_MODULE = {
    "datasets": "datasets",
    "dask": "distributed",
    "datatrove": "datatrove",
    "langchain": "langchain_core",
    "llamaindex": "llama_index.core",
}


def test_every_integration_has_a_page_with_an_example() -> None:
    assert {p.stem for p in PAGES} == set(EXTRA_MODULE)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_example_runs(page: Path, tmp_path: Path) -> None:
    pytest.importorskip(EXTRA_MODULE[page.stem], reason=f"the {page.stem!r} extra is not installed")
    script = tmp_path / "example.py"
    script.write_text("\n".join(_PYTHON_BLOCK_RE.findall(page.read_text(encoding="utf-8"))), encoding="utf-8")
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=180, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip(), "the example prints what it made"
