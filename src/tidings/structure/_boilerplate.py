"""Boilerplate: a scored line classifier built from evidence.

Each line first gets its own verdict from what it shows:

- *evidence* of page furniture: a copyright line, a navigation crumb, a bare
  count (``0``, ``12 Citations``, ``5 min read``), a line mostly made of
  furniture vocabulary (share/follow/subscribe/consent/account/comments/
  related/navigation/tags classes, per language, in ``data/vocabulary.json``),
  or a short sentence carrying several such words (``Subscription will auto
  renew annually.``);
- *prose*: sentence shape (ends like a sentence, enough words, mostly
  lower-case words) and no evidence;
- otherwise *undecided*: short lines (menu items, headings, teasers) and
  medium ones.

Undecided lines then take their verdict from the nearest decided lines on
both sides (the idea of jusText, on text alone): between prose they stay
(headings, short paragraphs, list items); between furniture they go (menus,
link lists, teaser lists); at a border a medium line stays, a short one goes
unless it heads the prose right after it. A page with no prose line at all is
left alone except for lines with evidence. Last, a standalone section label
such as ``Related`` or ``Leave a Reply`` after the article ends it: what follows
goes too, unless more prose follows than came before (then it was not the end).

Shape carries most of the weight, so a German or Spanish page still loses its
menus and link lists; the vocabulary only adds evidence.
"""

from __future__ import annotations

import regex

from ._lines import Line
from ._vocab import ADDRESS_RE

__all__ = ["BAD", "GOOD", "KEEP", "SHAPE_REASONS", "classify", "content_start"]

GOOD, KEEP, BAD = "good", "keep", "bad"
_OUTSIDE_SHORT = "link list or teaser outside the article"
_OUTSIDE_MEDIUM = "short text outside the article"
_AT_EDGE = "short line at the edge of the article"
#: Reasons given from shape and position alone (no evidence of furniture in the line itself).
SHAPE_REASONS = frozenset({_OUTSIDE_SHORT, _OUTSIDE_MEDIUM, _AT_EDGE})
# A reason from shape and position alone, or none: what a line that introduces a list may have.
_SHAPE_REASONS_OR_NONE = SHAPE_REASONS | {None}
_SHORT, _MEDIUM = "short", "medium"

# At the border of the article, an undecided line further than this from its
# prose belongs to what comes after it (teasers, bios), not to the article.
_NEAR_LINES = 2
# Vocabulary classes whose words, several in one short sentence, make a promotion
# or a notice rather than article prose.
_PROMO_CLASSES = ("subscribe", "consent", "account")
# Classes that count towards a promotion only when the line speaks to the reader
# (`Follow us on Facebook`), not in news prose (`Share prices fell`).
_ADDRESSED_CLASSES = ("share", "follow")
# A count of comments opening the comment section: `2 responses to "Title"`, `14 Comments`.
_COMMENT_COUNT_RE = regex.compile(r"\d+\s+\p{L}")
# Share of a short line's word characters that furniture vocabulary must cover to
# condemn it wherever it stands (`Share`, `Follow us`, `Privacy Policy`).
_STRONG_COVER = 0.75
# Classes that label a trailing section (related links, comments).
_END_CLASSES = ("more", "comments")


def _evidence(line: Line) -> str | None:
    """Why this line is page furniture on its own, or None."""
    if line.copyright:
        return "copyright line"
    if line.crumb:
        return "navigation crumb or link row"
    if line.teaser:
        return "teaser (a headline glued to its summary)"
    if line.vocab_lead == "tags" and ":" in line.text[:20]:
        return "tag line"
    if line.vocab_lead == "more" and line.words <= 4 and not line.terminal and line.text[0].isupper():
        return "section label (related links)"
    if line.count and (line.words == 1 or line.vocab):
        return "count (comments, views, reading time)"
    if not line.vocab:
        return None  # each rule below needs furniture vocabulary in the line (most lines have none)
    if line.vocab_cover >= _STRONG_COVER and line.words <= 10:
        return f"page furniture ({', '.join(sorted(line.vocab))})"
    promo = sum(line.vocab.get(c, 0) for c in _PROMO_CLASSES)
    if (
        promo < 2
        and line.words <= 30
        and any(c in line.vocab for c in _ADDRESSED_CLASSES)
        and ADDRESS_RE.search(line.text)
    ):
        promo += sum(line.vocab.get(c, 0) for c in _ADDRESSED_CLASSES)
    if line.vocab_lead in (*_PROMO_CLASSES, *_ADDRESSED_CLASSES) and line.words <= 15 and ADDRESS_RE.search(line.text):
        promo += 1  # an imperative to the reader: `Subscribe now to our edition`
    if promo >= 2 and line.words <= 30 or promo >= 3 and line.words <= 60 and ADDRESS_RE.search(line.text):
        classes = [c for c in (*_PROMO_CLASSES, *_ADDRESSED_CLASSES) if c in line.vocab]
        return f"promotion or notice ({', '.join(classes)})"
    return None


def _weak_evidence(line: Line) -> str | None:
    """Furniture words make up half of a short line (``A New Menu``): furniture only outside the article."""
    if line.vocab and line.vocab_cover >= 0.5 and line.words <= 10:
        return f"page furniture ({', '.join(sorted(line.vocab))})"
    return None


def _shape(line: Line) -> str:
    if line.words >= 10 and (line.terminal or line.words >= 40) and line.caps_ratio < 0.5:
        return GOOD
    if line.words >= 6 and line.terminal and line.caps_ratio < 0.6:
        return _MEDIUM
    return _SHORT


def _end_marker(line: Line) -> bool:
    """A label that opens a trailing section: `Related`, `Related Coverage`, `Leave a Reply`, `2 responses to "X"`."""
    if line.terminal or line.words > 20 or not line.vocab:
        return False  # each kind of label holds furniture vocabulary
    if line.count or _COMMENT_COUNT_RE.match(line.text):
        return "comments" in line.vocab
    return (
        line.words <= 6
        and (line.vocab_cover >= 0.5 or line.vocab_lead in _END_CLASSES)
        and any(c in line.vocab for c in _END_CLASSES)
    )


def classify(lines: list[Line]) -> list[tuple[str, str | None]]:
    """A verdict (``good``/``keep``/``bad``) and, for ``bad``, a reason, per line."""
    verdicts: list[str] = []
    reasons: list[str | None] = []
    for line in lines:
        why = _evidence(line)
        verdicts.append(BAD if why else _shape(line))
        reasons.append(why or _weak_evidence(line))
    if GOOD not in verdicts or BAD not in verdicts:
        # No prose, or no furniture at all (a letter, an email, clean text): shape alone decides nothing.
        return [
            (BAD, r) if v == BAD else (v if v == GOOD else KEEP, None) for v, r in zip(verdicts, reasons, strict=True)
        ]
    _resolve_undecided(lines, verdicts, reasons)
    _cut_trailing_sections(lines, verdicts, reasons)
    return list(zip(verdicts, reasons, strict=True))


def _resolve_undecided(lines: list[Line], verdicts: list[str], reasons: list[str | None]) -> None:
    n = len(verdicts)
    resolved = list(verdicts)
    before, prev_good = BAD, -n  # the page's edges count as furniture
    i = 0
    while i < n:
        if verdicts[i] == GOOD:
            before, prev_good = GOOD, i
        elif verdicts[i] == BAD:
            before = BAD
        else:  # a run of undecided lines, i to j - 1, between the same two decided lines
            j = i + 1
            while j < n and verdicts[j] != GOOD and verdicts[j] != BAD:
                j += 1
            after = verdicts[j] if j < n else BAD
            if before == after == GOOD:
                resolved[i:j] = [KEEP] * (j - i)
                reasons[i:j] = [None] * (j - i)
            elif before == after == BAD:
                for k in range(i, j):
                    reasons[k] = reasons[k] or (_OUTSIDE_SHORT if verdicts[k] == _SHORT else _OUTSIDE_MEDIUM)
                resolved[i:j] = [BAD] * (j - i)
            else:
                try:
                    next_good = verdicts.index(GOOD, j)
                except ValueError:
                    next_good = 2 * n
                for k in range(i, j):
                    if (
                        reasons[k] is None
                        and min(k - prev_good, next_good - k) <= _NEAR_LINES
                        and (
                            verdicts[k] == _MEDIUM
                            or (k + 1 < n and verdicts[k + 1] in (GOOD, _MEDIUM) and lines[k].words <= 20)
                            or (k - prev_good == 1 and lines[k].words >= 4)
                        )
                    ):
                        resolved[k] = KEEP
                    else:
                        resolved[k] = BAD
                        reasons[k] = reasons[k] or _AT_EDGE
            i = j
            continue
        i += 1
    verdicts[:] = resolved
    _keep_introduced_lists(lines, verdicts, reasons)


def _keep_introduced_lists(lines: list[Line], verdicts: list[str], reasons: list[str | None]) -> None:
    """Keep a list the article introduces with a colon (``Tour dates:``), even at its edge.

    The lines of such a list are short, so the border rule would drop them; the
    list runs until a line with evidence of furniture or a line of prose.
    """
    n = len(lines)
    resume = 1  # the line after the last list kept: lines before it are not looked at again
    for i in [i for i, line in enumerate(lines) if line.text.endswith(":")]:  # most pages have none
        if i < resume or verdicts[i - 1] == BAD or reasons[i] not in _SHAPE_REASONS_OR_NONE:
            continue
        verdicts[i], reasons[i] = KEEP, None
        j = i + 1
        while j < n and verdicts[j] == BAD and reasons[j] in SHAPE_REASONS:
            verdicts[j], reasons[j] = KEEP, None
            j += 1
        resume = j + 1


def _cut_trailing_sections(lines: list[Line], verdicts: list[str], reasons: list[str | None]) -> None:
    """Drop a section opened by a label (`Related`, `Comments`) after prose, up to where the article resumes.

    The article resumes only at a run of prose lines; related links, teaser
    boxes and comments (cut up by `Reply` and `X says:` lines) do not make one.
    """
    start = _largest_stretch(lines, verdicts)
    i, n = (start or 0) + 1, len(lines)
    while i < n and start is not None:
        if verdicts[i] != GOOD and _end_marker(lines[i]):
            label = lines[i].text
            verdicts[i], reasons[i] = BAD, f"section label {label!r} after the article"
            j = i + 1
            while j < n and not all(verdicts[k] == GOOD for k in range(j, min(n, j + _RESUME_RUN))):
                if verdicts[j] != BAD:
                    verdicts[j], reasons[j] = BAD, f"under {label!r} after the article"
                j += 1
            i = j
            continue
        i += 1


# Prose lines in a row that show the article goes on after a section of links or comments.
_RESUME_RUN = 3


# Good lines with more furniture lines than this between them belong to different stretches of prose.
_MAX_GAP = 5


def content_start(lines: list[Line], verdicts: list[tuple[str, str | None]]) -> int | None:
    """First line of the article's main stretch of prose (the one with the most prose characters).

    A cookie notice or a "your browser is old" sentence above the menus is prose
    too; the article is the largest stretch, and its title and byline sit just
    above it.
    """
    return _largest_stretch(lines, [v for v, _ in verdicts])


def _largest_stretch(lines: list[Line], verdicts: list[str]) -> int | None:
    best, best_chars = None, 0
    start, chars, gap = None, 0, _MAX_GAP + 1
    for i, v in enumerate(verdicts):
        if v == BAD:
            gap += 1
        if v != GOOD:
            continue
        if gap > _MAX_GAP:
            start, chars = i, 0
        chars += len(lines[i].text)
        gap = 0
        if chars > best_chars:
            best, best_chars = start, chars
    return best
