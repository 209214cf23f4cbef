"""Fixtures shared by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SHARED


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
