"""Structure quality and speed on real flattened web pages, against named alternatives.

Data: ``../shared/data/boilerplate_dev.jsonl`` (never copied into the repo). Scoring follows
``../shared/data/README.md``:

- body (set ``sh``): bag-of-words precision/recall/F1 over lower-cased ``\\w+`` tokens of the
  body against ``gold_body``, per page, averaged over pages;
- snippets (set ``tr``): a ``gold_with`` snippet found in the body (whitespace normalised) is
  a hit, a ``gold_without`` snippet found is a false positive; precision/recall/F1 pooled;
- title/author: exact after normalising case, quotes, dashes and outer punctuation (authors
  compared as a set of names, split on commas and ``and``); date: the same calendar day;
  each over the pages where it is annotated (``""`` = annotated as none);
- speed: documents per CPU second (``time.process_time``), one process. ``tidings`` is the
  whole pipeline (every cleaner and the sentence segmenter too); ``structure-only`` times
  ``split_blocks`` + ``analyze`` on the text as the other cleaners left it (prepared untimed),
  the part this benchmark is about.

Methods, all in the same run:

- ``keep-all``: every line is body;
- ``c4-lines``: C4's line filter (keep lines ending in terminal punctuation with 3+ words,
  drop lines mentioning javascript / lorem ipsum);
- ``tidings``: the default pipeline, ``Article.body`` / ``title`` / ``authors`` / ``published``.

    python benchmarks/structure.py            # scores and speed
    python benchmarks/structure.py --show ID  # one page: blocks with kinds and reasons
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "boilerplate_dev.jsonl"

_TOKEN = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_QUOTES_DASHES = str.maketrans(
    {c: "" for c in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"} | {"\u2013": "-", "\u2014": "-"}
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")

#: What a method returns for one page: body text, title, authors, ISO date.
Result = tuple[str, "str | None", list[str], "str | None"]


def load(path: Path = DATA) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def keep_all(text: str) -> Result:
    return text, None, [], None


def c4_lines(text: str) -> Result:
    kept = [
        line
        for line in text.splitlines()
        if _TERMINAL.search(line.strip())
        and len(line.split()) >= 3
        and "javascript" not in line.lower()
        and "lorem ipsum" not in line.lower()
    ]
    return "\n".join(kept), None, [], None


def tidings_method() -> Callable[[str], Result]:
    import tidings

    pipeline = tidings.Pipeline.default()

    def run(text: str) -> Result:
        a = pipeline(text)
        return a.body, a.title, a.authors, a.published

    return run


def structure_only(pages: list[dict], repeat: int) -> float:
    """Documents per CPU second of ``split_blocks`` + ``analyze`` on pre-cleaned text."""
    import tidings
    from tidings.structure import analyze, split_blocks

    texts = [p["text"] for p in pages]
    for step in tidings.Pipeline.default().without("split_blocks").steps:
        texts = [step.cleaner(t, step.options) for t in texts]
    t0 = time.process_time()
    for _ in range(repeat):
        for t in texts:
            analyze(split_blocks(t))
    return len(texts) * repeat / (time.process_time() - t0)


def _bow_prf(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(_TOKEN.findall(pred.lower())), Counter(_TOKEN.findall(gold.lower()))
    common = sum((p & g).values())
    prec = common / sum(p.values()) if p else 0.0
    rec = common / sum(g.values()) if g else 0.0
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def _norm(s: str | None) -> str:
    s = " ".join((s or "").translate(_QUOTES_DASHES).lower().split())
    return s.strip(" .,:;!?-|")


def _ws(s: str) -> str:
    return " ".join(s.split())


def score(pages: list[dict], results: list[Result]) -> dict[str, float]:
    """All quality figures of one method's results on ``pages``."""
    sh = [(_bow_prf(r[0], p["gold_body"])) for p, r in zip(pages, results) if p["set"] == "sh"]
    tp = fn = fp = 0
    title = author = date = n_title = n_author = n_date = 0
    for p, (body, t, authors, published) in zip(pages, results):
        if p["set"] != "tr":
            continue
        b = _ws(body)
        hits = sum(_ws(s) in b for s in p["gold_with"])
        tp, fn = tp + hits, fn + len(p["gold_with"]) - hits
        fp += sum(_ws(s) in b for s in p["gold_without"])
        if p["gold_title"] is not None:
            n_title += 1
            title += _norm(t) == _norm(p["gold_title"])
        if p["gold_author"] is not None:
            n_author += 1
            gold = {_norm(a) for a in _AUTHOR_SPLIT.split(p["gold_author"]) if _norm(a)}
            author += {_norm(a) for a in authors} == gold
        if p["gold_date"] is not None:
            n_date += 1
            date += (published or "") == p["gold_date"][:10]
    prec, rec = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0
    return {
        "sh_precision": mean([x[0] for x in sh]),
        "sh_recall": mean([x[1] for x in sh]),
        "sh_f1": mean([x[2] for x in sh]),
        "tr_precision": prec,
        "tr_recall": rec,
        "tr_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "title": title / n_title if n_title else 0.0,
        "authors": author / n_author if n_author else 0.0,
        "date": date / n_date if n_date else 0.0,
    }


def run(method: Callable[[str], Result], pages: list[dict], repeat: int = 1) -> tuple[list[Result], float]:
    """Results and documents per CPU second."""
    t0 = time.process_time()
    for _ in range(repeat):
        results = [method(p["text"]) for p in pages]
    elapsed = time.process_time() - t0
    return results, len(pages) * repeat / elapsed if elapsed else float("inf")


def show(pages: list[dict], page_id: str) -> None:
    import tidings
    from tidings.structure import analyze

    page = next(p for p in pages if p["id"] == page_id)
    cleaned = page["text"]  # structure reads the text as the cleaners left it
    for step in tidings.Pipeline.default().steps:
        cleaned = step.cleaner(cleaned, step.options)
    layout = analyze(cleaned)
    print(f"title={layout.title!r} authors={layout.authors} published={layout.published}")
    print(f"gold: title={page['gold_title']!r} author={page['gold_author']!r} date={page['gold_date']}")
    for b in layout.blocks:
        print(f"{b.kind[:5]:5} {(b.reason or '')[:28]:28} | {cleaned[b.start : b.end][:110]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", metavar="ID", help="print one page's blocks")
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (default 3)")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 2
    pages = load()
    if args.show:
        show(pages, args.show)
        return 0
    methods = {"keep-all": keep_all, "c4-lines": c4_lines, "tidings": tidings_method()}
    rows = {}
    for name, method in methods.items():
        results, speed = run(method, pages, args.repeat)
        rows[name] = score(pages, results) | {"docs_per_s": speed}
    keys = [
        "sh_precision",
        "sh_recall",
        "sh_f1",
        "tr_precision",
        "tr_recall",
        "tr_f1",
        "title",
        "authors",
        "date",
        "docs_per_s",
    ]
    print(f"{len(pages)} pages ({sum(p['set'] == 'sh' for p in pages)} sh, {sum(p['set'] == 'tr' for p in pages)} tr)")
    print(f"{'method':10}" + "".join(f"{k:>13}" for k in keys))
    for name, row in rows.items():
        print(f"{name:10}" + "".join(f"{row[k]:13.3f}" if k != "docs_per_s" else f"{row[k]:13.0f}" for k in keys))
    base = rows["c4-lines"]
    structure_speed = structure_only(pages, args.repeat)
    print(f"structure-only (split_blocks + analyze): {structure_speed:.0f} docs/s")
    print(
        f"tidings / c4-lines: body F1 sh {rows['tidings']['sh_f1'] / base['sh_f1']:.2f}x, "
        f"tr {rows['tidings']['tr_f1'] / base['tr_f1']:.2f}x; "
        f"speed: pipeline {rows['tidings']['docs_per_s'] / base['docs_per_s']:.3f}x, "
        f"structure-only {structure_speed / base['docs_per_s']:.3f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
