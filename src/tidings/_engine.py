"""The one engine that applies edits.

Cleaners only *propose* replacements ``(start, end, new_text)`` against the text
they are shown. This module applies a step's proposals in one join, records each
as an :class:`~tidings.article.Edit`, and keeps the map from current offsets back
to offsets in the original input. No cleaner does its own index bookkeeping.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .article import Edit
from .errors import CleanerError

__all__ = ["OffsetMap", "Replacement", "apply_replacements", "diff_replacements", "settle"]

#: ``(start, end, new_text)`` against the text a cleaner was given.
Replacement = tuple[int, int, str]


class _Region(NamedTuple):
    """A changed stretch: ``out_start:out_end`` now stands for ``src_start:src_end``."""

    out_start: int
    out_end: int
    src_start: int
    src_end: int


class OffsetMap:
    """Maps offsets of the current text back to offsets of the original input.

    Outside changed regions the map is a shift; a changed region maps as a
    whole. Composing a step costs O(regions + edits), a lookup O(log regions).
    """

    __slots__ = ("_regions", "_starts")

    def __init__(self) -> None:
        self._regions: list[_Region] = []
        self._starts: list[int] = []

    def _delta_before(self, index: int) -> int:
        if index < 0:
            return 0
        r = self._regions[index]
        return r.src_end - r.out_end

    def to_source_start(self, pos: int) -> int:
        """Source offset for a span *starting* at ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0:
            r = self._regions[i]
            if pos < r.out_end:
                return r.src_start
        return pos + self._delta_before(i)

    def to_source_end(self, pos: int) -> int:
        """Source offset for a span *ending* at ``pos``."""
        i = bisect_left(self._starts, pos) - 1
        if i >= 0:
            r = self._regions[i]
            if pos <= r.out_end:
                return r.src_end
        return pos + self._delta_before(i)

    def to_source_spans(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """``(to_source_start(a), to_source_end(b))`` for each span ``(a, b)`` of a sorted run of disjoint spans.

        One walk along the regions instead of two binary searches per span:
        an Article maps every sentence, in order.
        """
        regions, starts = self._regions, self._starts
        if not regions:
            return list(spans)
        last = len(regions) - 1
        mapped = []
        i = j = -1  # the last region starting at or before a start / before an end
        for a, b in spans:
            while i < last and starts[i + 1] <= a:
                i += 1
            while j < last and starts[j + 1] < b:
                j += 1
            if i >= 0 and a < regions[i].out_end:
                src_a = regions[i].src_start
            else:
                src_a = a + (regions[i].src_end - regions[i].out_end if i >= 0 else 0)
            if j >= 0 and b <= regions[j].out_end:
                src_b = regions[j].src_end
            else:
                src_b = b + (regions[j].src_end - regions[j].out_end if j >= 0 else 0)
            mapped.append((src_a, src_b))
        return mapped

    def compose(self, replacements: list[Replacement]) -> None:
        """Account for ``replacements`` (sorted, disjoint) applied to the current text."""
        old = self._regions
        # Walk old regions and replacements together in current coordinates. A
        # replacement absorbs every old region it touches, whole (a region is
        # only ever mapped as a whole), and merges with the previous new region
        # if their absorbed spans overlap.
        items: list[_Region | list[int]] = []  # old regions kept, or [lo, hi, src_lo, src_hi, delta]
        j = 0
        for start, end, repl in replacements:
            while j < len(old) and _lies_before(old[j], start, end):
                items.append(old[j])
                j += 1
            lo, hi = start, end
            src_lo = self.to_source_start(start)
            src_hi = self.to_source_end(end) if end > start else src_lo
            while j < len(old) and (old[j].out_start < end or old[j].out_start == old[j].out_end == start):
                r = old[j]
                lo, hi = min(lo, r.out_start), max(hi, r.out_end)
                src_lo, src_hi = min(src_lo, r.src_start), max(src_hi, r.src_end)
                j += 1
            delta = len(repl) - (end - start)
            last = items[-1] if items else None
            if isinstance(last, list) and lo < last[1]:
                last[1] = max(last[1], hi)
                last[2], last[3] = min(last[2], src_lo), max(last[3], src_hi)
                last[4] += delta
            else:
                items.append([lo, hi, src_lo, src_hi, delta])
        items.extend(old[j:])
        new: list[_Region] = []
        shift = 0
        for item in items:
            if isinstance(item, _Region):
                new.append(_Region(item.out_start + shift, item.out_end + shift, item.src_start, item.src_end))
            else:
                lo, hi, src_lo, src_hi, delta = item
                new.append(_Region(lo + shift, hi + shift + delta, src_lo, src_hi))
                shift += delta
        self._regions = new
        self._starts = [r.out_start for r in new]

    def __getstate__(self) -> list[_Region]:
        return self._regions

    def __setstate__(self, regions: list[_Region]) -> None:
        self._regions = [_Region(*r) for r in regions]
        self._starts = [r.out_start for r in self._regions]


def _lies_before(r: _Region, start: int, end: int) -> bool:
    """True if old region ``r`` stays apart from, and before, the span ``start:end``."""
    if r.out_end != start:
        return r.out_end < start
    # Touching at ``start``: a non-empty region stays apart; an empty one (a
    # deletion point) stays apart only from an insertion at the same place.
    return r.out_start < start or start == end


def apply_replacements(
    text: str, replacements: Iterable[Replacement], step: str
) -> tuple[str, list[Edit], list[Replacement]]:
    """Apply one step's proposals in a single join.

    Returns the new text, the recorded edits (offsets as for sequential replay)
    and the effective replacements (no-ops dropped) for :meth:`OffsetMap.compose`.
    Proposals must be sorted and must not overlap: a step that breaks that rule
    has a bug, and the error names it.
    """
    parts: list[str] = []
    edits: list[Edit] = []
    kept: list[Replacement] = []
    pos = 0
    shift = 0
    n = len(text)
    for start, end, repl in replacements:
        if not (pos <= start <= end <= n):
            raise CleanerError(
                f"step {step!r} proposed an edit at {start}:{end} that is out of order, "
                f"overlaps the previous one (which ended at {pos}) or lies outside the text (length {n})"
            )
        before = text[start:end]
        if before == repl:
            continue
        parts.append(text[pos:start])
        parts.append(repl)
        edits.append(Edit(step, start + shift, end + shift, before, repl))
        kept.append((start, end, repl))
        shift += len(repl) - (end - start)
        pos = end
    if not kept:
        return text, [], []
    parts.append(text[pos:])
    return "".join(parts), edits, kept


def diff_replacements(before: str, after: str) -> list[Replacement]:
    """One replacement covering what differs between ``before`` and ``after``.

    Lets a plain ``str -> str`` function serve as a cleaner: its change is
    recorded as the smallest single span that differs.

    >>> diff_replacements("a  b c", "a b c")
    [(2, 3, '')]
    """
    if before == after:
        return []
    limit = min(len(before), len(after))
    lo = 0
    while lo < limit and before[lo] == after[lo]:
        lo += 1
    hi = 0
    while hi < limit - lo and before[-1 - hi] == after[-1 - hi]:
        hi += 1
    return [(lo, len(before) - hi, after[lo : len(after) - hi])]


def settle(text: str, look: Callable[[str], list[Replacement]], looks: int, step: str) -> list[Replacement]:
    """What ``look`` proposes for ``text``, then for the text so changed, until it finds nothing new.

    For a finder whose own edits can unblock more of them (a space parting one
    glued word reveals the next; joining wrapped lines changes the width the
    others are measured against): without this, a second cleaning would find
    what the first left. At most ``looks`` looks, so the work stays linear.
    Every replacement is an offset of ``text``: a later one stands where the
    earlier ones left the text as it was, so it moves back only by what they
    changed before it; one the earlier ones already make is dropped.
    """
    found = look(text)
    new = found
    for _ in range(looks - 1):
        if not new:
            break
        ends: list[int] = []  # where each found replacement ends in the changed text
        shifts: list[int] = []  # how far the text after it has moved
        shift = 0
        for start, end, repl in found:
            shift += len(repl) - (end - start)
            ends.append(end + shift)
            shifts.append(shift)
        made = set(found)
        new = []
        for start, end, repl in look(apply_replacements(text, found, step)[0]):
            k = bisect_right(ends, start)
            moved = shifts[k - 1] if k else 0
            if (start - moved, end - moved, repl) not in made:
                new.append((start - moved, end - moved, repl))
        found = sorted(found + new)
    return found
