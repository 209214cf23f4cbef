"""Start-up stays cheap: heavy modules load on first use, not at import.

(Speed is measured in benchmarks; this checks the structure that makes it fast.)
"""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


def test_import_and_cli_help_do_not_load_heavy_modules() -> None:
    for code in ("import tidings", "import tidings.cli"):
        loaded = _modules_after(code)
        heavy = {"nltk", "charset_normalizer", "datasets", "dask", "langchain_core", "llama_index", "datatrove"} & {
            m.split(".")[0] for m in loaded
        }
        assert not heavy, f"{code!r} imports {sorted(heavy)} eagerly"


def test_cli_version_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "tidings.cli", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("tidings ")


def test_package_is_marked_typed() -> None:
    from importlib.resources import files

    assert files("tidings").joinpath("py.typed").is_file()
