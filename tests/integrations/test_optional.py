"""Integrations are optional: importing tidings imports none of them; a missing extra names its pip install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ECOSYSTEMS = ("datasets", "dask", "distributed", "datatrove", "langchain_core", "llama_index", "pandas", "pyarrow")


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


def test_importing_tidings_and_its_integrations_package_imports_no_ecosystem() -> None:
    done = _python(
        "import sys, tidings, tidings.integrations, tidings.integrations.records, tidings.integrations.dask\n"
        f"print(sorted(m for m in {ECOSYSTEMS!r} if m in sys.modules))"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("block", "use", "extra"),
    [
        ("langchain_core", "from tidings.integrations.langchain import TidingsDocumentTransformer as C; C()", "langchain"),
        ("llama_index", "from tidings.integrations.llamaindex import TidingsTransform as C; C()", "llamaindex"),
        ("datatrove", "from tidings.integrations.datatrove import TidingsStep as C; C()", "datatrove"),
        ("dask", "from tidings.integrations.dask import clean_bag; clean_bag(None)", "dask"),
    ],
)
def test_a_missing_extra_names_the_pip_install(block: str, use: str, extra: str) -> None:
    # A None entry in sys.modules makes the import fail as if the package were not installed;
    # the module itself still imports (so docs and test collection work), using it does not.
    done = _python(f"import sys; sys.modules[{block!r}] = None\n{use}")
    assert done.returncode == 1
    assert f"ImportError: this needs the optional extra '{extra}': pip install 'tidings[{extra}]'" in done.stderr
