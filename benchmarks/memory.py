"""Peak memory of the CLI streaming JSONL: it must stay flat as the input grows.

Writes JSONL inputs of each size (records drawn from the pipeline benchmark's corpus),
runs ``tidings clean FILE -q`` on each in a fresh process with stdout discarded, and
prints each run's peak RSS and the ratio largest/smallest.

    python benchmarks/memory.py --sizes 10 100          # MB
    python benchmarks/memory.py --sizes 10 1000 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pipeline import CACHE, build_corpus

_MEASURE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def _input(megabytes: float) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"records-{megabytes:g}.jsonl"
    if path.exists():
        return path
    docs = build_corpus(min(megabytes, 5.0))
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        i = 0
        while written < megabytes * 1e6:
            line = json.dumps({"id": i, "url": f"https://example.com/{i}", "text": docs[i % len(docs)]}) + "\n"
            f.write(line)
            written += len(line)
            i += 1
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[10, 100], help="input sizes in MB")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    peaks = {}
    for size in sorted(args.sizes):
        path = _input(size)
        cmd = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "tidings.cli", "clean", str(path), "-q",
               "--jobs", str(args.jobs)]
        peaks[size] = int(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout) / 1024
        print(f"{size:>8g} MB input: peak RSS {peaks[size]:.0f} MB")
    sizes = sorted(peaks)
    print(f"ratio {sizes[-1]:g} MB / {sizes[0]:g} MB: {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}x")


if __name__ == "__main__":
    main()
