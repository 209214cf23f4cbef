"""Regenerate ``src/tidings/cleaners/data/english_words.txt`` from SCOWL.

The list is SCOWL's size-35 American English word list, as Debian ships it in
the ``wamerican-small`` package (``/usr/share/dict/american-english-small``):
common words in lowercase, names with their capital (``Wednesday``, ``Salt``).
Possessives (``dog's``) and entries with characters other than ASCII letters
are dropped. SCOWL's permission notice travels beside the list in
``english_words.LICENSE``.

Run: ``apt-get install wamerican-small && python scripts/build_word_list.py``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SOURCE = Path("/usr/share/dict/american-english-small")
TARGET = Path(__file__).resolve().parent.parent / "src/tidings/cleaners/data/english_words.txt"
# A plain word: ASCII letters only (drops possessives and accented loanwords).
_PLAIN_WORD_RE = re.compile(r"[A-Za-z]+")


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} not found: apt-get install wamerican-small", file=sys.stderr)
        return 1
    words = {w for w in SOURCE.read_text(encoding="utf-8").split() if _PLAIN_WORD_RE.fullmatch(w)}
    TARGET.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
