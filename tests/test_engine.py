"""The engine: applying proposals, recording edits, mapping offsets back to the input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings._engine import OffsetMap, apply_replacements, diff_replacements, settle
from tidings.article import replay
from tidings.errors import CleanerError


def test_apply_records_sequential_offsets() -> None:
    text = "a , b , c"
    out, edits, applied = apply_replacements(text, [(1, 2, ""), (5, 6, "")], "repair_punctuation")
    assert out == "a, b, c"
    assert [(e.start, e.end, e.before, e.after) for e in edits] == [(1, 2, " ", ""), (4, 5, " ", "")]
    assert replay(text, edits) == out
    assert applied == [(1, 2, ""), (5, 6, "")]


def test_no_op_proposals_are_not_recorded() -> None:
    out, edits, applied = apply_replacements("abc", [(0, 1, "a")], "x")
    assert (out, edits, applied) == ("abc", [], [])


@pytest.mark.parametrize("bad", [[(2, 3, ""), (1, 2, "")], [(0, 2, ""), (1, 3, "")], [(0, 9, "")]])
def test_bad_proposals_name_the_step(bad: list[tuple[int, int, str]]) -> None:
    with pytest.raises(CleanerError, match="'broken_step'"):
        apply_replacements("abcd", bad, "broken_step")


def test_diff_replacements_finds_smallest_span() -> None:
    assert diff_replacements("the the cat", "the cat") in ([(0, 4, "")], [(3, 7, "")], [(4, 8, "")])
    assert diff_replacements("same", "same") == []


# -- the offset map, against a character-by-character reference -------------------

_edits = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 5), st.text("XY", max_size=4)), max_size=6
)


def _normalize(text_len: int, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Turn arbitrary draws into sorted, disjoint replacements within the text."""
    out = []
    pos = 0
    for start, length, repl in sorted(raw):
        start = max(start, pos)
        if start > text_len:
            break
        end = min(start + length, text_len)
        out.append((start, end, repl))
        pos = max(start, end)
    # Two insertions at one place are not disjoint in order; keep the first.
    dedup: list[tuple[int, int, str]] = []
    for r in out:
        if dedup and dedup[-1][0] == dedup[-1][1] == r[0] == r[1]:
            continue
        dedup.append(r)
    return dedup


@given(st.text("abcdefghij", min_size=0, max_size=40), st.lists(_edits, max_size=4))
def test_offset_map_matches_reference(text: str, steps: list[list[tuple[int, int, str]]]) -> None:
    source = text
    origin: list[int | None] = list(range(len(text)))  # source index of each current character
    omap = OffsetMap()
    for raw in steps:
        repl = _normalize(len(text), raw)
        try:
            new, _, applied = apply_replacements(text, repl, "step")
        except CleanerError:
            continue
        # The reference: rebuild the origin of every character.
        new_origin: list[int | None] = []
        pos = 0
        for start, end, r in applied:
            new_origin += origin[pos:start] + [None] * len(r)
            pos = end
        new_origin += origin[pos:]
        omap.compose(applied)
        text, origin = new, new_origin
        assert len(origin) == len(text)
    for s in range(len(text) + 1):
        for e in range(s, len(text) + 1):
            src_s, src_e = omap.to_source_start(s), omap.to_source_end(e)
            assert 0 <= src_s <= len(source) and 0 <= src_e <= len(source)
            known = [o for o in origin[s:e] if o is not None]
            if e > s and known:
                # The source span covers every surviving character of the span.
                assert src_s <= min(known) and max(known) < src_e
            if e > s and len(known) == e - s and known == list(range(known[0], known[0] + len(known))):
                # An untouched stretch maps back exactly to where it was.
                assert source[src_s:src_e] == text[s:e] or (src_s, src_e) == (known[0], known[-1] + 1)


@given(
    st.text("abcdefghij", min_size=0, max_size=40),
    st.lists(_edits, max_size=4),
    st.lists(st.integers(0, 45), max_size=12),
)
def test_mapping_a_run_of_spans_equals_mapping_each(
    text: str, steps: list[list[tuple[int, int, str]]], cuts: list[int]
) -> None:
    omap = OffsetMap()
    for raw in steps:
        try:
            text, _, applied = apply_replacements(text, _normalize(len(text), raw), "step")
        except CleanerError:
            continue
        omap.compose(applied)
    # Sorted, disjoint spans (as sentences are), empty ones and touching ones included.
    points = sorted(min(c, len(text)) for c in cuts)
    spans = list(zip(points[::2], points[1::2]))
    assert omap.to_source_spans(spans) == [(omap.to_source_start(a), omap.to_source_end(b)) for a, b in spans]


def _space_after_leading_y(text: str) -> list[tuple[int, int, str]]:
    """A look whose edits unblock more: a space after a `y` that starts a word and is followed by a letter."""
    return [(i + 1, i + 1, " ") for i, c in enumerate(text[:-1]) if c == "y" and text[i + 1] != " " and (i == 0 or text[i - 1] == " ")]


@given(st.text("yx ", max_size=30), st.integers(1, 4))
def test_settle_equals_looking_again_at_the_changed_text(text: str, looks: int) -> None:
    again = text
    for _ in range(looks):
        again = apply_replacements(again, _space_after_leading_y(again), "look")[0]
    assert apply_replacements(text, settle(text, _space_after_leading_y, looks, "look"), "look")[0] == again


def test_settle_stops_at_its_limit_and_keeps_offsets_of_the_text() -> None:
    assert settle("yyyy", _space_after_leading_y, 3, "look") == [(1, 1, " "), (2, 2, " "), (3, 3, " ")]
    assert settle("yyyy", _space_after_leading_y, 2, "look") == [(1, 1, " "), (2, 2, " ")]
