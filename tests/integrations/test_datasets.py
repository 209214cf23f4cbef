"""HF datasets: BatchCleaner as-is in Dataset.map(batched=True, num_proc=2), with a fingerprint stable across processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integrations.corpus import records
from tidings.integrations.records import BatchCleaner

datasets = pytest.importorskip("datasets", reason="the 'datasets' extra is not installed: pip install 'tidings[datasets]'")
from datasets.fingerprint import Hasher

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter: nothing shared with this process but the code on disk.
_HASH_IN_SUBPROCESS = """
from datasets.fingerprint import Hasher
from tidings import Pipeline
from tidings.integrations.records import BatchCleaner
print(Hasher.hash(BatchCleaner(Pipeline.default(), prefix="t_")))
"""

_MAP_IN_SUBPROCESS = """
import sys
import datasets
from tidings.integrations.records import BatchCleaner
ds = datasets.load_from_disk(sys.argv[1])
out = ds.map(BatchCleaner(prefix="t_"), batched=True, batch_size=16)
print(out.cache_files[0]["filename"])
"""


def _python(code: str, *args: str) -> str:
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": "random"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture
def on_disk(tmp_path: Path) -> Path:
    # Only a dataset backed by files has a cache; one built in memory never reuses results.
    path = tmp_path / "corpus"
    datasets.Dataset.from_list(records(200)).save_to_disk(str(path))
    return path


def test_equal_cleaners_hash_equal_here_and_in_a_fresh_process() -> None:
    here = Hasher.hash(BatchCleaner(prefix="t_"))
    assert here == Hasher.hash(BatchCleaner(prefix="t_"))
    assert here != Hasher.hash(BatchCleaner(prefix="u_"))
    assert here != Hasher.hash(BatchCleaner(keep_article=True, prefix="t_"))
    assert _python(_HASH_IN_SUBPROCESS) == here


def test_map_with_two_processes_matches_one_process(on_disk: Path) -> None:
    ds = datasets.load_from_disk(str(on_disk))
    clean = BatchCleaner(prefix="t_")
    out = ds.map(clean, batched=True, batch_size=16, num_proc=2)
    rows = records(200)
    assert out.to_list() == clean.clean_records(rows)
    assert out.features["t_title"].dtype == "string"
    assert out.features["t_n_edits"].dtype == "int64"


def test_second_identical_map_hits_the_cache_also_from_a_fresh_process(on_disk: Path) -> None:
    ds = datasets.load_from_disk(str(on_disk))
    first = ds.map(BatchCleaner(prefix="t_"), batched=True, batch_size=16)
    cache_file = Path(first.cache_files[0]["filename"])
    written = cache_file.stat().st_mtime_ns

    second = ds.map(BatchCleaner(prefix="t_"), batched=True, batch_size=16)
    assert second.cache_files == first.cache_files
    assert _python(_MAP_IN_SUBPROCESS, str(on_disk)) == str(cache_file)
    assert cache_file.stat().st_mtime_ns == written, "the cached result was computed again"

    other = ds.map(BatchCleaner(prefix="u_"), batched=True, batch_size=16)
    assert other.cache_files != first.cache_files
