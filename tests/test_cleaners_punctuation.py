"""repair_punctuation beyond its case file: linear time, idempotence, clean web text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import assert_linear
from tidings.cleaners import punctuation, repair_punctuation, split_glued
from tidings.cleaners._spans import _MAYBE_TECHNICAL_RE, _TECHNICAL_RE, LineGuard, protected, technical_lines

# Pieces of prose and of its punctuation damage, for hypothesis to combine.
PIECES = [
    "word",
    "Word",
    "it",
    "A",
    "I",
    "Inc",
    "e.g",
    "U.S",
    "1,000.50",
    "3",
    "C++",
    ".NET",
    "http://x.org/a,b",
    "a@b.co",
    "`x ,y`",
    "shuttles",
    "Wednesday",
    "iPhone",
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "..",
    "...",
    "\u2026",
    ", ,",
    " ,",
    " .",
    ".,",
    ",.",
    ";;",
    "?!",
    "!!!",
    ":)",
    ";-)",
    '"',
    "\u201c",
    "\u201d",
    "(",
    ")",
    " ",
    "\n",
    "\n\n",
    "    ",
    "\u00ab",
]
prose_like = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


ADVERSARIAL = {
    "comma_runs": lambda n: "word" + ", " * n,
    "tight_commas": lambda n: "word" + "," * n,
    "period_runs": lambda n: "word" + ". " * n,
    "spaced_marks": lambda n: "word ," * n,
    "glued_commas": lambda n: "ab,cd" * n,
    "one_word_repeated": lambda n: "naltrexone " * n,
    "no_spaces": lambda n: "abc.Def" * (n // 7 + 1),
    "no_spaces_letters": lambda n: "a" * n,
    "technical_token": lambda n: "/" + ",x" * n,
    "backticks": lambda n: "`a ,b" * n,
    "code_lines": lambda n: "COPY . /app\n" * (n // 12 + 1),
    "technical_paragraph": lambda n: "see a/b , " * (n // 10 + 1),
    "space_run": lambda n: "word" + " " * n + "word",
    "space_run_after_a_dash": lambda n: "word-" + " " * n + ",",
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_linear_time(shape: str) -> None:
    make = ADVERSARIAL[shape]
    assert_linear(repair_punctuation, lambda n: make(n), 25_000)


def test_one_megabyte_without_spaces() -> None:
    text = "x" * 1_000_000
    assert repair_punctuation(text) == text


@_SETTINGS
@given(prose_like)
def test_idempotent(text: str) -> None:
    once = repair_punctuation(text)
    assert repair_punctuation(once) == once


@_SETTINGS
@given(prose_like)
def test_idempotent_after_split_glued(text: str) -> None:
    # The pipeline order: split_glued, then repair_punctuation.
    once = repair_punctuation(split_glued(text))
    assert repair_punctuation(split_glued(once)) == once


# What repair_punctuation may change in clean informal web text, by design
# (docs/cleaners.md): a space before a mark goes (`story :`, `idea .`), a run
# of marks becomes one (`back..`, `affiliates. ,`), a comma glued to a word
# gets its space (`day,I'm`). Such an edit only drops spaces and marks or adds
# one space; one that does anything else is a bug. The count is pinned so that
# a change of rule that touches more clean text is seen.
_EWT_DELIBERATE_EDITS = 76


def _drops_marks_or_spaces_only(before: str, after: str) -> bool:
    kept = after.replace(" ", "")
    marks = iter(before.replace(" ", ""))
    is_subsequence = all(c in marks for c in kept)
    return set(before) <= set(" ,;:.!?") and is_subsequence and not after.startswith(" ")


def test_clean_web_text_changes_only_by_documented_rules(shared_data: Path) -> None:
    edits = []
    for line in (shared_data / "ewt_dev_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        edits += repair_punctuation.explain(json.loads(line)["text"])
    assert [e for e in edits if not _drops_marks_or_spaces_only(e.before, e.after)] == []
    assert len(edits) <= _EWT_DELIBERATE_EDITS


def _web_texts(shared_data: Path) -> list[str]:
    """Clean sentences and whole scraped pages (menus, bylines, code, many lines)."""
    texts = []
    for name in ("ewt_dev_sentences.jsonl", "boilerplate_dev.jsonl"):
        for line in (shared_data / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def _assert_spots_as_finditer(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in punctuation._PUNCT_RE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in punctuation._spots(text)] == expected


# The candidate scan skips most of the text: it must never skip a spot.
@_SETTINGS
@given(prose_like)
def test_candidate_scan_finds_every_spot(text: str) -> None:
    _assert_spots_as_finditer(text)


def test_candidate_scan_finds_every_spot_beside_numerals_that_are_not_letters() -> None:
    # The candidate pattern takes `,²` and `,Ⅻ` as a comma before a letter; _PUNCT_RE does not.
    for text in ("x,² y ,²z", "m,Ⅻ and so,on", "a ,½,b", "e.g.,²,, x"):
        _assert_spots_as_finditer(text)


def test_candidate_scan_finds_every_spot_in_web_text(shared_data: Path) -> None:
    for text in _web_texts(shared_data):
        _assert_spots_as_finditer(text)


_GUARD_PIECES = [*PIECES, "COPY . /tmp/app", "lambda x : x", "\t", "`", "www.a.com,", "f(x) ,"]


def _assert_guard_as_whole_text(text: str) -> None:
    whole, lines, guard = protected(text), technical_lines(text), LineGuard(text)
    for start in range(len(text) + 1):
        for end in range(start, min(start + 3, len(text)) + 1):
            if "\n" in text[start:end]:
                break
            assert guard.protected(start, end) == whole.touches(start, end), (start, end)
            assert guard.technical_line(start, end) == lines.touches(start, end), (start, end)


# The line guard reads only the lines asked about: it must answer as the whole-text scans do.
@_SETTINGS
@given(st.lists(st.sampled_from(_GUARD_PIECES), max_size=60).map("".join))
def test_line_guard_answers_as_the_whole_text_scans(text: str) -> None:
    _assert_guard_as_whole_text(text)


# protected() looks for code spans only in text with a backtick, a tab or four spaces.
@_SETTINGS
@given(st.lists(st.sampled_from([*_GUARD_PIECES, "    ", "  ", "\n", "``"]), max_size=40).map("".join))
def test_protected_finds_the_code_spans_a_full_search_finds(text: str) -> None:
    from tidings.cleaners._spans import _CODE_RE, Protected, _technical_tokens

    full = Protected([m.span() for m in _CODE_RE.finditer(text)] + _technical_tokens(text))
    found = protected(text)
    assert (found._starts, found._ends) == (full._starts, full._ends)


_TECHNICAL_ALPHABET = "aw.:/ \u0301²(@_=#comiopyhtlsx\u00e9"


# Lines without a match of the quick pattern skip the technical-token scan: it must never skip one with a match.
@_SETTINGS
@given(
    st.text(alphabet=_TECHNICAL_ALPHABET, max_size=30)
    | st.lists(st.sampled_from(_GUARD_PIECES), max_size=20).map("".join)
)
def test_quick_technical_scan_misses_no_technical_token(text: str) -> None:
    if _TECHNICAL_RE.search(text) is not None:
        assert _MAYBE_TECHNICAL_RE.search(text) is not None


def test_quick_technical_scan_takes_every_word_character_of_regex() -> None:
    import re
    import sys

    import regex

    from tidings.cleaners._spans import _MAYBE_WORD

    word, maybe = regex.compile(r"\w"), re.compile(_MAYBE_WORD)
    assert all(maybe.match(chr(c)) for c in range(sys.maxunicode + 1) if word.match(chr(c)))


def test_quick_technical_scan_on_scraped_pages(shared_data: Path) -> None:
    for text in _web_texts(shared_data):
        for line in text.split("\n"):
            assert _TECHNICAL_RE.search(line) is None or _MAYBE_TECHNICAL_RE.search(line) is not None


def test_line_guard_on_scraped_pages(shared_data: Path) -> None:
    rows = (shared_data / "boilerplate_dev.jsonl").read_text(encoding="utf-8").splitlines()
    for line in rows[:20]:
        _assert_guard_as_whole_text(json.loads(line)["text"])
