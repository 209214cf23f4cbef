"""The acceptance of issue 4 on the seed article ``naltrexone.txt``.

Its damage: the keyword-stuffing residue ``Naltrexone, , naltrexone`` (stray
commas: repair_punctuation; the repeated word: remove_repeats) and the glued
``Share it!More by this author |`` (split_glued). Each repair must be an edit.
"""

from __future__ import annotations

import regex

import tidings

# Two occurrences of `naltrexone` with only punctuation and spaces between them.
_TWICE_RE = regex.compile(r"\bnaltrexone\b[\s\p{P}]*+\bnaltrexone\b", regex.IGNORECASE)


def test_no_stray_commas(seed_text: str) -> None:
    article = tidings.clean(seed_text)
    assert ", ," not in article.text
    assert any(e.step == "repair_punctuation" and e.before.replace(" ", "") == ",," for e in article.edits)


def test_no_word_twice_in_a_row(seed_text: str) -> None:
    article = tidings.clean(seed_text)
    assert _TWICE_RE.search(article.text) is None
    assert any(e.step == "remove_repeats" and "naltrexone" in e.before.lower() for e in article.edits)


def test_share_line_split_and_dropped_whole(seed_text: str) -> None:
    article = tidings.clean(seed_text)
    assert "it!More" not in article.text
    assert any(e.step == "split_glued" and e.after == " " for e in article.edits)
    # The space keeps the share line one block, for the structure step to drop as boilerplate.
    assert "Like it? Share it! More by this author |" in [r.text for r in article.removed]
