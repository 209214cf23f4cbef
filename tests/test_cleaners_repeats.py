"""remove_repeats beyond its case file: linear time, idempotence, clean web text."""

from __future__ import annotations

import functools
import json
import random
import re
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.cleaners import DEFAULT_STEPS, REGISTRY, remove_repeats, repair_punctuation, repeats
from tidings.cleaners._spans import Protected, protected

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _damage import ALL_KINDS, damage

from tests.support import assert_linear

# Words (doubled on purpose or not, capitalized or not, names, code) and what
# stands between them, for hypothesis to combine into stammering prose.
PIECES = [
    "the", "The", "naltrexone", "Naltrexone", "had", "very", "Walla", "New", "York", "again", "and", "he",
    "described", "it", "1", "2019", "a.f()", "so-so", "bye", " ", " ", " ", ", ", ", , ", ",, ", "; ", ". ",
    "! ", "? ", "\n", "\n\n", "- ", "1. ", '"',
]
stammer = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
CURLY_PIECES = ["the", "The", "’the", "the’", "don’t", "don't", "Don’t", "’", "’’", "'", " ", " ", ", ", ", , ", ". ", "\n"]
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(stammer)
def test_idempotent(text: str) -> None:
    once = remove_repeats(text)
    assert remove_repeats(once) == once


@_SETTINGS
@given(stammer)
def test_idempotent_after_repair_punctuation(text: str) -> None:
    # The pipeline order: repair_punctuation, then remove_repeats.
    once = remove_repeats(repair_punctuation(text))
    assert remove_repeats(repair_punctuation(once)) == once


@_SETTINGS
@given(stammer)
def test_only_deletes(text: str) -> None:
    # A repeat is dropped whole: every edit is a deletion of a stretch that holds a word.
    for edit in remove_repeats.explain(text):
        assert edit.after == ""
        assert any(c.isalnum() for c in edit.before)


ADVERSARIAL = {
    "one_word_repeated": lambda n: "naltrexone " * n,
    "doubled_on_purpose": lambda n: "very " * n,
    "name_repeated": lambda n: "Walla " * n,
    "comma_repeats": lambda n: "dark, " * n,
    "stray_comma_repeats": lambda n: "word, , " * n,
    "alternating": lambda n: "a b " * (n // 2),
    "chain": lambda n: "again and " * (n // 2),
    "near_phrases": lambda n: "".join(f"w{i % 13} " for i in range(n)),
    "near_copies": lambda n: "".join(f"w{i % 12} " if i % 23 else "x " for i in range(n)),
    "sentence_repeated": lambda n: "The cat sat on the mat. " * (n // 6),
    "line_repeated": lambda n: "The cat sat on the mat.\n" * (n // 6),
    "no_spaces": lambda n: "a" * (8 * n),
    "punctuation_only": lambda n: ", , . " * n,
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Share it! Share it! Share it! Share it!", "  Share it! Share it!"),
        ("  We went to the market today.\nWe went to the market today.", "  We went to the market today."),
        ("Intro.\n\tIt rained all day long.\n\nIt rained all day long.", "Intro.\n\tIt rained all day long."),
    ],
    ids=["sentences", "lines", "paragraphs"],
)
def test_indentation_does_not_hide_a_repeat(text: str, expected: str) -> None:
    # Another step may take the indentation away (with the boilerplate line above it):
    # the repeat must go whether or not it is there, or a second cleaning finds it.
    assert remove_repeats(text) == expected
    assert remove_repeats(text.lstrip()) == expected.lstrip()


@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_linear_time(shape: str) -> None:
    assert_linear(remove_repeats, ADVERSARIAL[shape], 10_000)


def test_one_word_repeated_100k_times() -> None:
    assert remove_repeats("naltrexone " * 100_000) == "naltrexone "


def test_one_megabyte_without_spaces() -> None:
    text = "x" * 1_000_000
    assert remove_repeats(text) == text


def test_seed_damage_in_both_forms() -> None:
    # repair_punctuation runs first in the pipeline and may already have
    # turned `, ,` into `,`; standalone, the stray commas are still there.
    for damaged in ("the role of Naltrexone, , naltrexone treatment", "the role of Naltrexone, naltrexone treatment"):
        assert remove_repeats(damaged) == "the role of Naltrexone treatment"


def test_clean_web_text_unchanged(shared_data: Path) -> None:
    # EWT holds `Darin Darin Fisher`, `really really`, `bad, bad tradeoff`,
    # `Dark, dark main room`, `the eggs, the eggs will`: all stay.
    edits = []
    for line in (shared_data / "ewt_dev_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        edits += remove_repeats.explain(json.loads(line)["text"])
    assert edits == []


# The pre-checks of `_line_drops` skip the word-level work of most lines; the
# result must be what the full path gives on every line.
def _full_line_drops(line: str) -> tuple[list[tuple[int, int]], str]:
    verse = len(line) < repeats._VERSE_LINE and not repeats._ENDS_SENTENCE_RE.search(line, max(0, len(line) - 3))
    sentences = repeats._sentence_spans(repeats._SENTENCE_GAP_RE.split(line))
    code = protected(line)
    inner, keys = [], []
    for start, end in sentences:
        words = repeats._Words(line, start, end, code)
        drops = list(repeats._drops(words.spans, repeats._keep(len(words.spans), repeats._word_finder(words, verse))))
        inner.append(drops)
        keys.append(repeats._without(line, start, end, drops))
    kept = repeats._keep_units(keys, lambda i: len(repeats._WORD_RE.findall(keys[i])), repeats._MAX_SENTENCES)
    drops = sorted([d for i in kept for d in inner[i]] + list(repeats._drops(sentences, kept)))
    return drops, repeats._without(line, 0, len(line), drops)


def _corpus_texts(shared_data: Path) -> list[str]:
    root = Path(__file__).resolve().parent.parent
    cases = [c for p in sorted((root / "tests" / "cases").glob("*.json")) for c in json.loads(p.read_text("utf-8"))]
    texts = [c[k] for c in cases for k in ("original", "expected") if isinstance(c.get(k), str)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "fixtures").glob("*.txt"))]
    gold = [p.read_text(encoding="utf-8") for p in sorted((root / "benchmarks" / "corpus").glob("*.txt"))]
    ewt = [json.loads(line)["text"] for line in (shared_data / "ewt_dev_sentences.jsonl").open(encoding="utf-8")]
    gold += [" ".join(ewt[i : i + 8]) for i in range(0, len(ewt), 8)]
    # Every kind of damage the benchmark seeds, stammers above all.
    damaged = [damage(g, kind, random.Random(f"{kind}:{i}")) for kind in ALL_KINDS for i, g in enumerate(gold[:300])]
    texts += gold + [d for d in damaged if d is not None]
    # Each text also as the steps before this one leave it in the pipeline.
    before = DEFAULT_STEPS[: DEFAULT_STEPS.index("remove_repeats")]
    return texts + [functools.reduce(lambda t, step: REGISTRY[step](t), before, t) for t in texts]


def test_pre_checks_skip_only_what_the_full_path_leaves(shared_data: Path) -> None:
    lines = {m.group() for text in _corpus_texts(shared_data) for m in repeats._LINE_RE.finditer(text)}
    assert sum(repeats._line_drops(line)[0] != [] for line in lines) > 100  # the corpus does stammer
    for line in lines:
        assert repeats._line_drops(line) == _full_line_drops(line), line


@_SETTINGS
@given(stammer)
def test_pre_checks_on_stammers(text: str) -> None:
    for m in repeats._LINE_RE.finditer(text):
        assert repeats._line_drops(m.group()) == _full_line_drops(m.group())


@_SETTINGS
@given(st.lists(st.sampled_from(CURLY_PIECES), max_size=40).map("".join))
def test_pre_checks_with_curly_apostrophes(text: str) -> None:
    # A line of ASCII and curly apostrophes takes the bytes path of `_line_words`,
    # apostrophes at a word's edge made spaces there.
    for m in repeats._LINE_RE.finditer(text):
        assert repeats._line_drops(m.group()) == _full_line_drops(m.group())


def test_protected_spans_end_at_line_breaks(shared_data: Path) -> None:
    # `_line_drops` asks `protected` about one line, not the whole text.
    for text in _corpus_texts(shared_data)[:2000]:
        whole = protected(text)
        for line in repeats._LINE_RE.finditer(text):
            own = protected(line.group())
            for word in repeats._WORD_RE.finditer(line.group()):
                a, b = word.span()
                assert own.touches(a, b) == whole.touches(a + line.start(), b + line.start())


def test_protected_spans_end_at_sentence_gaps_but_in_code(shared_data: Path) -> None:
    # `_line_drops` asks `protected` about one sentence, not its line, when the
    # line holds no backtick and no indent: the answers must be the same.
    lines = {m.group() for text in _corpus_texts(shared_data)[:3000] for m in repeats._LINE_RE.finditer(text)}
    lines.update(["See www.example.com. Then a.f() and b.g(). x_y. Done", "Mail a@b.co. Now. c/d e. F", "    code. A b"])
    for line in lines:
        if "`" in line or line.startswith(("    ", "\t")):
            continue
        own = protected(line)
        for start, end in repeats._sentence_spans(repeats._SENTENCE_GAP_RE.split(line)):
            sentence = protected(line[start:end])
            spans = [(start, end)] + [m.span() for m in repeats._WORD_RE.finditer(line, start, end)]
            for a, b in spans:
                assert sentence.touches(a - start, b - start) == own.touches(a, b), line


def test_a_span_apart_from_code_holds_no_word_that_touches_it() -> None:
    # `_Words` asks about each word only when its sentence meets a protected span.
    for spans in ([], [(3, 3)], [(2, 5)], [(1, 4), (6, 7)], [(0, 2), (4, 9), (9, 11)]):
        code = Protected(spans)
        for start in range(13):
            for end in range(start + 1, 13):
                inner = [(a, b) for a in range(start, end) for b in range(a + 1, end + 1)]
                assert code.touches(start, end) or not any(code.touches(a, b) for a, b in inner)


def test_sentence_gaps_as_the_look_behind_finds_them() -> None:
    # The gap pattern consumes the punctuation before a gap instead of looking
    # behind for it, which must find the same gaps, even among packed punctuation.
    behind = regex.compile(r"(?<=[.!?…][\"'”’)\]]{0,2}) ++(?=[\"'“‘(\[]?[\p{Lu}\d])")
    rng = random.Random(5)
    chars = [*".!?…\"'”’)][“‘(Aa1É ", " ", "  "]
    for _ in range(50_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        gaps = [m.span() for m in behind.finditer(text)]
        assert [m.span() for m in repeats._SENTENCE_GAP_RE.finditer(text)] == gaps, text
        # The sentences lie between the gaps.
        edges = [0, *(x for gap in gaps for x in gap), len(text)]
        assert repeats._sentence_spans(repeats._SENTENCE_GAP_RE.split(text)) == list(zip(edges[::2], edges[1::2]))


def test_folding_keeps_the_kind_of_every_character() -> None:
    # A line whose case folding keeps its length has its words at the same
    # places in the folded line: no character folds to nothing, and one that
    # folds to one character stays a word character, an apostrophe, or neither.
    chars = [chr(i) for i in range(sys.maxunicode + 1)]
    assert all(c.casefold() for c in chars)
    ones = "".join(c for c in chars if len(c.casefold()) == 1)
    folded = ones.casefold()
    assert len(folded) == len(ones)
    for pattern in (r"\w", r"['’]"):
        kinds = [m.start() for m in regex.finditer(pattern, ones)]
        assert kinds == [m.start() for m in regex.finditer(pattern, folded)]


def test_ascii_words_as_the_word_pattern_finds_them() -> None:
    ascii_chars = "".join(map(chr, range(128)))
    assert "".join(regex.findall(r"\w", ascii_chars)) == "".join(re.findall(r"[A-Za-z0-9_]", ascii_chars))
    assert ascii_chars.casefold() == ascii_chars.lower()
    text = "Don't 'tis dogs' a''b x'y'z_1 ROCK'N'ROLL 2'"
    assert repeats._ASCII_WORD_RE.findall(text.lower()) == [w.casefold() for w in repeats._WORD_RE.findall(text)]


def test_line_words_and_counts_as_the_word_pattern_finds_them() -> None:
    # `_line_words` cuts a line of ASCII and curly apostrophes into its words
    # as bytes (apostrophes at a word's edge made spaces), and takes the
    # pattern when the line holds other characters beyond ASCII: either way
    # the words and their counts are the word pattern's.
    rng = random.Random(3)
    chars = [*map(chr, range(128)), *"aAz9_' ' '. . ’ ’ ’ß İ É", "\ud800", "\x80"]
    for _ in range(50_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        count, keys = repeats._line_words(text)
        assert [k.decode("latin-1").replace("\x80", "’") if isinstance(k, bytes) else k for k in keys] == [
            w.casefold() for w in repeats._WORD_RE.findall(text)
        ], text
        for start, end in [(0, len(text)), *repeats._sentence_spans(repeats._SENTENCE_GAP_RE.split(text))]:
            assert count(start, end) == len(repeats._WORD_RE.findall(text, start, end)), text


def test_word_ids_spell_each_word_by_where_it_first_stands() -> None:
    # Short lines take their characters from a prepared string, longer ones from chr().
    for size in (5, len(repeats._SPELLING), len(repeats._SPELLING) + 3):
        keys = [str(i % (size - 2)) for i in range(size)]
        ids, distinct = repeats._word_ids(keys)
        assert ids == "".join(map(chr, range(size - 2))) + chr(0) + chr(1)
        assert distinct == size - 2


@pytest.mark.parametrize("words", range(1, 20))
def test_sentences_said_twice_of_any_length(words: int) -> None:
    # Without copies of up to _MAX_PHRASE words, `_line_drops` stops when fewer
    # words repeat than a longer copy holds: sentences said twice around that length.
    sentence = " ".join(f"w{i}" for i in range(words)).capitalize()
    for line in (f"{sentence}. {sentence}.", f"Hi there. {sentence}. {sentence}. End", f"{sentence}! A b. {sentence}!"):
        assert repeats._line_drops(line) == _full_line_drops(line), line
