"""Where the pipeline's time goes: CPU time of each step on the pipeline benchmark's corpus.

Each cleaner runs on the text as the steps before it left it (as in the pipeline),
then structure analysis and segmentation of every line; the last line compares the
sum of the parts with the whole pipeline (the difference is assembly: blocks,
sentences, offsets, stats).

    python benchmarks/steps.py --mb 2
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline import _corpus_file, _load

import tidings
from tidings.cleaners import REGISTRY
from tidings.segment import Segmenter
from tidings.structure import analyze


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2.0)
    args = parser.parse_args()
    docs = _load(_corpus_file(args.mb))
    mb = sum(map(len, docs)) / 1e6
    pipeline = tidings.Pipeline.default()
    pipeline(docs[0])  # load data files before timing

    def timed(name: str, run) -> None:  # type: ignore[no-untyped-def]
        nonlocal total
        start = time.process_time()
        run()
        cpu = time.process_time() - start
        total += cpu
        print(f"{name:<22}{mb / cpu:>8.1f} MB/s{cpu:>8.2f} s")

    total = 0.0
    texts = list(docs)
    for name in pipeline.names:
        cleaner = REGISTRY[name]

        def run(cleaner=cleaner) -> None:  # type: ignore[no-untyped-def]
            texts[:] = [cleaner(t) for t in texts]

        timed(name, run)
    timed("analyze", lambda: [analyze(t) for t in texts])
    segmenter = Segmenter()
    timed("segment (per line)", lambda: [segmenter.spans(line) for t in texts for line in t.split("\n")])
    start = time.process_time()
    for doc in docs:
        pipeline(doc)
    whole = time.process_time() - start
    print(f"{'sum of parts':<22}{mb / total:>8.1f} MB/s{total:>8.2f} s")
    print(f"{'whole pipeline':<22}{mb / whole:>8.1f} MB/s{whole:>8.2f} s")


if __name__ == "__main__":
    main()
