"""Sentence segmentation: accuracy and speed of tidings against nltk's Punkt and pySBD, in one run.

Accuracy (where ``../shared/data`` is present):

- the 48 English Golden Rules (pySBD's test set): cases split exactly right;
- EWT dev: boundary precision/recall/F1 (sentence ends inside each paragraph,
  whitespace ignored; see ``_data.py``).

Speed, on the same text for every tool, in CPU time (``time.process_time``):

- ``per block``: each paragraph segmented on its own, as the pipeline does;
- ``one text``: all paragraphs joined by blank lines into one string (pySBD is
  left out: it is superlinear there);
- scaling: chars/s of tidings on a 500 KB article against a 16 KB one.

Tools: ``tidings`` (``Segmenter().spans``), ``nltk bare`` (``PunktSentenceTokenizer()``,
empty parameters: what works offline), ``nltk + tidings data`` (nltk's own code with our
shipped parameters), ``nltk official`` (only if nltk's ``punkt_tab`` data is installed),
``pysbd`` (``pysbd.Segmenter(language="en", clean=False)``, ``char_span=True`` for spans).

    python benchmarks/segment.py            # ~2 MB of text
    python benchmarks/segment.py --mb 0.5   # quicker
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _data

Spans = Callable[[str], object]


def paragraphs() -> list[str]:
    """English paragraphs: our own benchmark corpus, plus the shared EWT dev and article bodies when present."""
    found = []
    for path in sorted((HERE / "corpus").glob("*.txt")):
        found += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    try:
        found += [row["text"] for row in _data.load_ewt_dev()]
        with open(_data.data_path("boilerplate_dev.jsonl"), encoding="utf-8") as f:
            for line in f:
                body = json.loads(line).get("gold_body") or ""
                found += [p.strip() for p in body.split("\n") if p.strip()]
    except OSError:
        pass
    return found


def tools() -> dict[str, tuple[Spans, Callable[[str], list[str]]]]:
    """name -> (spans function, sentence-strings function)."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from tidings.segment import Segmenter

    seg = Segmenter()
    bare = PunktSentenceTokenizer()
    ours_in_nltk = PunktSentenceTokenizer(seg.parameters().to_nltk())

    def strings(spans: Spans) -> Callable[[str], list[str]]:
        return lambda text: [text[s:e] for s, e in spans(text)]  # type: ignore[attr-defined]

    found: dict[str, tuple[Spans, Callable[[str], list[str]]]] = {
        "tidings": (seg.spans, strings(seg.spans)),
        "nltk bare": (lambda t: list(bare.span_tokenize(t)), bare.tokenize),
        "nltk + tidings data": (lambda t: list(ours_in_nltk.span_tokenize(t)), ours_in_nltk.tokenize),
    }
    try:
        from nltk.tokenize import PunktTokenizer

        official = PunktTokenizer("english")
        found["nltk official"] = (lambda t: list(official.span_tokenize(t)), official.tokenize)
    except (LookupError, ImportError, OSError):
        print("(nltk official: skipped, its punkt_tab data is not installed here)")
    try:
        import pysbd

        sbd = pysbd.Segmenter(language="en", clean=False)
        sbd_spans = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd"] = (lambda t: sbd_spans.segment(t), sbd.segment)
    except ImportError:
        print("(pysbd: skipped, pip install tidings[bench])")
    return found


def cpu_rate(spans: Spans, texts: list[str], repeat: int = 1) -> float:
    """Characters per CPU second of ``spans`` over ``texts``."""
    chars = sum(map(len, texts)) * repeat
    start = time.process_time()
    for _ in range(repeat):
        for text in texts:
            spans(text)
    return chars / max(time.process_time() - start, 1e-9)


def corpus_of(paras: list[str], size: int) -> list[str]:
    """Paragraphs cycled until they hold ``size`` characters."""
    out: list[str] = []
    total = i = 0
    while total < size:
        p = paras[i % len(paras)]
        out.append(p)
        total += len(p) + 2
        i += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the speed corpus in MB (default 2)")
    parser.add_argument("--pysbd-kb", type=int, default=200, help="pySBD runs on this much of it (it is slow)")
    args = parser.parse_args(argv)

    all_tools = tools()
    paras = paragraphs()

    print("\n## Accuracy")
    try:
        rules, ewt = _data.load_golden_rules(), _data.load_ewt_dev()
        print(f"{'tool':22s} {'golden rules':>12s} {'EWT dev P':>10s} {'R':>6s} {'F1':>6s}")
        for name, (_, split) in all_tools.items():
            passed = len(_data.golden_rules_passed(rules, split))
            score = _data.boundary_f1(ewt, split)
            print(f"{name:22s} {passed:>9d}/48 {score['precision']:10.3f} {score['recall']:6.3f} {score['f1']:6.3f}")
    except OSError:
        print(f"(skipped: no shared data at {_data.SHARED_DATA})")

    print("\n## Speed (CPU time, M chars/s)")
    texts = corpus_of(paras, int(args.mb * 1e6))
    joined = "\n\n".join(texts)
    sbd_texts = corpus_of(paras, args.pysbd_kb * 1000)
    rates: dict[str, tuple[float, float | None]] = {}
    for name, (spans, _) in all_tools.items():
        if name == "pysbd":
            rates[name] = (cpu_rate(spans, sbd_texts), None)
        else:
            cpu_rate(spans, texts[:200])  # warm up (parameters load once)
            rates[name] = (cpu_rate(spans, texts), cpu_rate(spans, [joined]))
    print(f"corpus: {len(texts)} paragraphs, {len(joined) / 1e6:.2f} M chars (pySBD: {args.pysbd_kb} KB of it)")
    print(f"{'tool':22s} {'per block':>10s} {'one text':>10s}")
    for name, (block, whole) in rates.items():
        print(f"{name:22s} {block / 1e6:10.2f} {'-' if whole is None else f'{whole / 1e6:.2f}':>10s}")
    ours = rates["tidings"]
    for name, (block, whole) in rates.items():
        if name == "tidings":
            continue
        line = f"tidings / {name}: {ours[0] / block:.1f}x per block"
        if whole is not None and ours[1]:
            line += f", {ours[1] / whole:.1f}x on one text"
        print(line)

    print("\n## Scaling (tidings, one article segmented per block and as one string)")
    from tidings.segment import Segmenter

    seg = Segmenter()
    for label, size in (("16 KB", 16_000), ("500 KB", 500_000)):
        article = corpus_of(paras, size)
        one = "\n\n".join(article)
        print(
            f"{label:>7s}: {cpu_rate(seg.spans, article, repeat=max(1, 2_000_000 // size)) / 1e6:6.2f} M chars/s per block, "
            f"{cpu_rate(seg.spans, [one], repeat=max(1, 2_000_000 // size)) / 1e6:6.2f} M chars/s as one string"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
