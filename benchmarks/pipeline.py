"""Throughput of the whole pipeline against what a user would otherwise assemble.

One run times, on the same generated corpus of English articles (clean and damaged):

- ``tidings`` — the full default pipeline producing Articles over the corpus
  (``Pipeline.map``, which cleans a chunk of 64 texts at a time), plus JSON encoding of
  each Article (what the CLI writes);
- ``clean_text`` — the text only, over the corpus (``Pipeline.map_text``, in chunks of 64 as well);
- ``ftfy+punkt`` — ``ftfy.fix_text`` (defaults) then nltk's ``PunktSentenceTokenizer.span_tokenize``,
  also in chunks of 64 (each over the chunk in turn, which makes it 2% faster);
- ``clean-text+pysbd`` — ``cleantext.clean`` then pySBD, on a subset (it is slow).

Each method runs in its own child process, so its peak RSS is its own; speed is CPU time
(``time.process_time``), so other load on the machine moves the figures less than wall time.
Optionally (``--parallel``) it also measures ``Pipeline.map(jobs=N)`` against ``jobs=1`` in wall time,
returning Articles and returning JSON made in the workers (``convert=Article.to_json``).

    python benchmarks/pipeline.py                 # ~20 MB corpus
    python benchmarks/pipeline.py --mb 4          # quicker
    python benchmarks/pipeline.py --by-kind       # also all-clean and all-damaged corpora apart
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections import deque
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _data import load_ewt_dev

REPO = HERE.parent
CACHE = HERE / ".cache"
#: Documents per chunk where a method processes the corpus in chunks (as ``Pipeline.map`` does).
_CHUNK = 64

_BOILERPLATE = [
    "Share this: Facebook Twitter Email",
    "Subscribe to our newsletter",
    "Read more",
    "0 comments",
    "Home > News > Local",
    "\u00a9 2024 Example Media. All rights reserved.",
    "We use cookies to improve your experience. Accept",
]


def _paragraphs() -> list[str]:
    """Clean English paragraphs: the shared EWT dev set if present, else our own examples."""
    try:
        docs: dict[str, list[str]] = {}
        for row in load_ewt_dev():
            docs.setdefault(row["doc"], []).append(row["text"])
        paragraphs = [" ".join(texts) for texts in docs.values()]
        if paragraphs:
            return paragraphs
    except OSError:
        pass
    text = (REPO / "examples" / "damaged_article.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if len(line) > 80]


def _damage(text: str, rng: random.Random) -> str:
    """Realistic light damage: mojibake, entities, NBSP, doubled spaces, stray punctuation."""
    kind = rng.randrange(5)
    if kind == 0:
        return text.replace("'", "\u2019").encode("utf-8").decode("cp1252", errors="replace")
    if kind == 1:
        return text.replace("&", "&amp;").replace(" - ", " &ndash; ").replace("'", "&#39;")
    if kind == 2:
        return text.replace(". ", ".\u00a0 ", 3)
    if kind == 3:
        return text.replace(", ", " , ", 2)
    return text.replace(" the ", " the the ", 1)


def build_corpus(megabytes: float, seed: int = 13, damaged: float = 0.5) -> list[str]:
    """Articles of 2–12 paragraphs with a title, byline and some boilerplate; the share ``damaged`` of them damaged."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    docs: list[str] = []
    size = 0
    target = int(megabytes * 1e6)
    while size < target:
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(2, 12)))
        title = " ".join(w.capitalize() for w in rng.choice(paragraphs).split()[:7])
        lines = [title, f"By Jane Doe - March {rng.randint(1, 28)}, 2024", *body, *rng.sample(_BOILERPLATE, 2)]
        if rng.random() < damaged:
            lines = [_damage(line, rng) for line in lines]
        doc = "\n".join(lines)
        docs.append(doc)
        size += len(doc)
    return docs


def _corpus_file(megabytes: float, damaged: float = 0.5) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / (f"corpus-{megabytes:g}.jsonl" if damaged == 0.5 else f"corpus-{megabytes:g}-damaged{damaged:g}.jsonl")
    if not path.exists():
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(doc) + "\n" for doc in build_corpus(megabytes, damaged=damaged))
    return path


def _load(path: Path, limit_mb: float | None = None) -> list[str]:
    docs = []
    size = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            docs.append(doc)
            size += len(doc)
            if limit_mb is not None and size >= limit_mb * 1e6:
                break
    return docs


def _method(name: str):  # type: ignore[no-untyped-def]
    """A function that processes a list of documents the way the method would."""
    if name == "tidings":
        import tidings

        pipeline = tidings.Pipeline.default()
        # map cleans a corpus a chunk at a time (faster than one call per text).
        return lambda docs: deque(pipeline.map(docs, convert=tidings.Article.to_json), maxlen=0)
    if name == "clean_text":
        import tidings

        pipeline = tidings.Pipeline.default()
        return lambda docs: deque(pipeline.map_text(docs), maxlen=0)
    if name == "ftfy+punkt":
        import ftfy
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        punkt = PunktSentenceTokenizer()

        def ftfy_punkt(docs: list[str]) -> None:
            # Chunked like tidings' map, each step over the chunk in turn: 2% faster than one document at a time.
            for i in range(0, len(docs), _CHUNK):
                for fixed in [ftfy.fix_text(doc) for doc in docs[i : i + _CHUNK]]:
                    list(punkt.span_tokenize(fixed))

        return ftfy_punkt
    if name == "clean-text+pysbd":
        import pysbd
        from cleantext import clean

        seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
        return lambda docs: deque(
            (seg.segment(clean(doc, fix_unicode=True, to_ascii=False, lower=False)) for doc in docs), maxlen=0
        )
    raise SystemExit(f"unknown method {name}")


def _child(name: str, path: Path, limit_mb: float | None) -> None:
    docs = _load(path, limit_mb)
    run = _method(name)
    run(docs[:1])  # warm-up: imports, lazy data
    start = time.process_time()
    run(docs)
    cpu = time.process_time() - start
    chars = sum(map(len, docs))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"method": name, "docs": len(docs), "chars": chars, "cpu": cpu, "peak_mb": peak_mb}))


def _parallel(path: Path, jobs: int) -> None:
    import tidings

    docs = _load(path)
    pipeline = tidings.Pipeline.default()
    mb = sum(map(len, docs)) / 1e6
    print(f"\nparallel (wall time, {mb:.1f} MB):")
    # Articles rebuilt in this process, and JSON made in the workers (what a
    # batch job writing JSON lines does): only the latter's result is cheap to send.
    for label, convert in (("Articles", None), ("JSON (convert=Article.to_json)", tidings.Article.to_json)):
        timings = {}
        for n in (1, jobs):
            start = time.perf_counter()
            for _ in pipeline.map(docs, jobs=n, convert=convert):
                pass
            timings[n] = time.perf_counter() - start
        print(f"  {label}: jobs=1 {mb / timings[1]:.2f} MB/s, jobs={jobs} {mb / timings[jobs]:.2f} MB/s, "
              f"speed-up {timings[1] / timings[jobs]:.2f}x")


def _run_child(name: str, path: Path, limit: float | None = None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", name, "--corpus", str(path)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _rate(result: dict[str, float]) -> float:
    return result["chars"] / result["cpu"]


def _by_kind(megabytes: float) -> None:
    """The fast methods and the baseline on all-clean and on all-damaged corpora of the same articles."""
    print(f"\n{'corpus':<10}{'tidings':>10}{'clean_text':>12}{'ftfy+punkt':>12}   (MB/s; ratio to ftfy+punkt)")
    for label, share in (("clean", 0.0), ("damaged", 1.0)):
        path = _corpus_file(megabytes, damaged=share)
        rates = {name: _rate(_run_child(name, path)) for name in ("tidings", "clean_text", "ftfy+punkt")}
        base = rates["ftfy+punkt"]
        print(
            f"{label:<10}{rates['tidings'] / 1e6:>6.2f} {rates['tidings'] / base:.2f}x"
            f"{rates['clean_text'] / 1e6:>6.2f} {rates['clean_text'] / base:.2f}x{base / 1e6:>10.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--slow-mb", type=float, default=0.5, help="subset size for clean-text+pysbd (default 0.5)")
    parser.add_argument("--parallel", type=int, default=0, metavar="N", help="also time map(jobs=N) against jobs=1")
    parser.add_argument("--by-kind", action="store_true", help="also time all-clean and all-damaged corpora apart")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, Path(args.corpus), args.limit)
        return
    path = _corpus_file(args.mb)
    plan = [("tidings", None), ("clean_text", None), ("ftfy+punkt", None), ("clean-text+pysbd", args.slow_mb)]
    results = {name: _run_child(name, path, limit) for name, limit in plan}
    base_rate = _rate(results["ftfy+punkt"])
    print(f"corpus: {path.name}, {results['tidings']['docs']} docs, {results['tidings']['chars'] / 1e6:.1f} M chars")
    print(f"{'method':<18}{'MB/s':>8}{'docs/s':>10}{'peak MB':>10}{'vs ftfy+punkt':>15}")
    for name, r in results.items():
        rate = _rate(r)
        print(f"{name:<18}{rate / 1e6:>8.2f}{r['docs'] / r['cpu']:>10.0f}{r['peak_mb']:>10.0f}{rate / base_rate:>14.2f}x")
    slow = results["clean-text+pysbd"]
    ratio = _rate(results["tidings"]) / _rate(slow)
    print(f"\ntidings vs clean-text+pysbd: {ratio:.1f}x (pysbd on {slow['chars'] / 1e6:.1f} M chars)")
    if args.by_kind:
        _by_kind(args.mb)
    if args.parallel:
        _parallel(path, args.parallel)


if __name__ == "__main__":
    main()
