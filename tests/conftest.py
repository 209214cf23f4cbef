"""Fixtures shared by the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support import SHARED

# No per-example deadline anywhere (a shared 2-core machine stalls now and then);
# in CI the examples are derived from the test names, so a landing never depends on luck.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared development data folder (skips where it is absent)."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared development data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The damaged seed article ``naltrexone.txt``."""
    path = SHARED / "examples" / "naltrexone.txt"
    if not path.exists():
        pytest.skip(f"seed example not found at {path}")
    return path.read_text(encoding="utf-8")
