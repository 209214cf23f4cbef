"""How much damage each tool repairs, per kind of damage, in one run.

Gold documents are clean articles (``benchmarks/corpus/*.txt``, written for the
project; ``--ewt`` adds the shared EWT web paragraphs, grouped by document). Each
that tidings leaves unchanged (all of the corpus; most of EWT, whose informal
quirks such as ``story :`` meet deliberate normalizations) is damaged by the seeded generator in ``_damage.py``, one kind at a time and
``mixed`` (3-5 kinds stacked), and every tool repairs the same damaged texts:

- ``tidings``: the default pipeline's text cleaners (every step of
  ``Pipeline.default()`` in order; the structure step that drops boilerplate is
  not a repair, and the corpus has none);
- ``ftfy``: ``ftfy.fix_text`` with its defaults;
- ``clean-text``: ``cleantext.clean`` with the settings that keep text as it is
  (no lowercasing, no ASCII transliteration, paragraph breaks kept).

Per kind and tool it prints the repair rate ``1 - lev(out, gold) / lev(in, gold)``
summed over documents (negative: the tool made it worse), the share of documents
restored exactly, and throughput. The ``clean`` row is harm: documents and
characters changed on undamaged text (0 is the target).

    python benchmarks/restore.py                       # ~1 minute
    python benchmarks/restore.py --variants 3          # quicker
    python benchmarks/restore.py --ewt --kinds mixed   # more text, one kind
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _damage import ALL_KINDS, damage
from rapidfuzz.distance import Levenshtein

# The team's shared data folder sits beside the clone; never copied into the repo.
EWT = HERE.parent.parent / "shared" / "data" / "ewt_dev_sentences.jsonl"

Tool = Callable[[str], str]


def _tidings_text_cleaners() -> Tool:
    from tidings import Pipeline

    steps = Pipeline.default().steps

    def run(text: str) -> str:
        for step in steps:
            text = step.cleaner(text, step.options)
        return text

    return run


def _ftfy() -> Tool:
    import ftfy

    return ftfy.fix_text


def _clean_text() -> Tool:
    from cleantext import clean

    def run(text: str) -> str:
        return clean(
            text,
            fix_unicode=True,
            to_ascii=False,
            lower=False,
            normalize_whitespace=True,
            no_line_breaks=False,
            strip_lines=True,
            keep_two_line_breaks=True,
        )

    return run


TOOLS: dict[str, Callable[[], Tool]] = {"tidings": _tidings_text_cleaners, "ftfy": _ftfy, "clean-text": _clean_text}


def load_gold(ewt: bool) -> list[str]:
    """The clean documents: the project's corpus, plus EWT documents if asked and present."""
    docs = [p.read_text(encoding="utf-8").strip() for p in sorted((HERE / "corpus").glob("*.txt"))]
    if ewt:
        if not EWT.exists():
            sys.exit(f"--ewt: {EWT} not found")
        by_doc: dict[str, list[str]] = defaultdict(list)
        for line in EWT.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            by_doc[row["doc"]].append(row["text"])
        docs += ["\n\n".join(paras) for paras in by_doc.values() if sum(map(len, paras)) > 300]
    return docs


def build(gold: list[str], kinds: list[str], variants: int, seed: int) -> dict[str, list[tuple[str, str]]]:
    """``kind -> [(damaged, gold)]``."""
    cases: dict[str, list[tuple[str, str]]] = {}
    for kind in kinds:
        rows = []
        for d, g in enumerate(gold):
            for v in range(variants):
                rng = random.Random(f"{seed}:{kind}:{d}:{v}")
                damaged = damage(g, kind, rng)
                if damaged is not None:
                    rows.append((damaged, g))
        cases[kind] = rows
    return cases


def score(tool: Tool, rows: list[tuple[str, str]]) -> dict[str, float]:
    outs = []
    start = time.process_time()
    for damaged, _ in rows:
        outs.append(tool(damaged))
    seconds = time.process_time() - start
    before = after = exact = changed = changed_chars = 0
    for (damaged, gold), out in zip(rows, outs, strict=True):
        before += Levenshtein.distance(damaged, gold)
        after += Levenshtein.distance(out, gold)
        exact += out == gold
        if out != damaged:
            changed += 1
            changed_chars += Levenshtein.distance(out, damaged)
    chars = sum(len(d) for d, _ in rows)
    return {
        "docs": len(rows),
        "repair": 1 - after / before if before else float("nan"),
        "exact": exact / len(rows),
        "changed_docs": changed,
        "changed_chars": changed_chars,
        "kb_per_s": chars / 1000 / seconds if seconds else float("inf"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=4, help="seed of the damage generator (default 4)")
    parser.add_argument("--variants", type=int, default=10, help="damaged variants per document and kind")
    parser.add_argument("--kinds", nargs="+", choices=list(ALL_KINDS), default=list(ALL_KINDS))
    parser.add_argument("--tools", nargs="+", choices=list(TOOLS), default=list(TOOLS))
    parser.add_argument("--ewt", action="store_true", help="add the shared EWT paragraphs as gold documents")
    args = parser.parse_args(argv)

    gold = load_gold(args.ewt)
    tools = {name: TOOLS[name]() for name in args.tools}
    # A gold document that tidings changes (informal web text: `story :`,
    # `back..`) would charge that deliberate normalization to every damage
    # row; the clean row reports it, the damage rows use the others.
    reference = tools.get("tidings") or _tidings_text_cleaners()
    fixed = [g for g in gold if reference(g) == g]
    cases = {"clean": [(g, g) for g in gold], **build(fixed, args.kinds, args.variants, args.seed)}
    print(f"{len(gold)} gold documents ({len(fixed)} left unchanged by tidings are damaged), seed {args.seed}, "
          f"{args.variants} variants per document and kind\n")
    header = f"{'kind':<20} {'docs':>5}" + "".join(f" | {name:>10} rep  exact   kB/s" for name in tools)
    print(header)
    print("-" * len(header))
    for kind, rows in cases.items():
        results = {name: score(tool, rows) for name, tool in tools.items()}
        cells = []
        for r in results.values():
            if kind == "clean":
                cells.append(f" | {r['changed_docs']:>5} docs {r['changed_chars']:>5} ch {r['kb_per_s']:>6.0f}")
            else:
                cells.append(f" | {100 * r['repair']:>13.1f}% {100 * r['exact']:>5.1f}% {r['kb_per_s']:>6.0f}")
        label = "clean (harm)" if kind == "clean" else kind
        print(f"{label:<20} {len(rows):>5}" + "".join(cells))
    print("\nrep: repair rate 1 - lev(out, gold) / lev(in, gold), summed over documents; exact: share restored exactly;")
    print("clean (harm): documents changed and characters changed (Levenshtein) on undamaged text; kB/s: CPU time.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
