"""Encoding damage: mojibake, HTML entities, control characters (ftfy does the work)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate, compress
from operator import ne

import ftfy
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES

from .._engine import Replacement
from ._base import cleaner
from .whitespace import _INVISIBLE, _ODD_SPACES, _may_change, normalize_whitespace

__all__ = ["FixEncodingOptions", "fix_encoding"]


# What one of ftfy's fixers other than the mojibake repair acts on: an HTML
# entity as ftfy's unescape_html finds it (a bare `&`, as in `AT&T` or
# `plumbing & A/C`, is left alone), ESC (terminal escapes), C1 controls,
# surrogates, the control characters ftfy removes, and ligatures. Built from
# ftfy's own tables. The patterns of this module use the standard library's
# engine, which scans for plain character classes about three times as fast as ``regex``.
_RARE_CLASS = (
    "[\\x1b\\x80-\\x9f\\ud800-\\udfff" + "".join(f"\\U{c:08x}" for c in sorted({*CONTROL_CHARS, *LIGATURES})) + "]"
)
_TRIGGER_RE = re.compile(HTML_ENTITY_RE.pattern + "|" + _RARE_CLASS)
# A run of non-ASCII characters: every alternative of ftfy's mojibake detector
# (``ftfy.badness.BADNESS_RE``) needs one, and none is longer than six characters.
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
#: How far around a non-ASCII run a mojibake match can reach.
_BADNESS_REACH = 6
# Anything but tab, newline and printable ASCII other than `&`: a line without
# one of these is left alone by ftfy whatever its settings, before and after
# whitespace normalization.
_MAYBE_RE = re.compile(r"[^\t\n\x20-\x25\x27-\x7e]")


# `&`, or a character beyond ASCII that normalize_whitespace leaves in place
# (it turns odd spaces and line breaks into ASCII and deletes invisible
# characters). A line without one is ASCII without `&` once normalized, which
# ftfy leaves alone unless it holds a trigger character already.
_SURVIVES_SPACING_RE = re.compile(f"[^\\x00-\\x25\\x27-\\x7f{_ODD_SPACES}{_INVISIBLE}\\x85\\u2028\\u2029]")


def _ftfy_acts_on(line: str) -> bool:
    """Whether ftfy (with our default fixers) can change ``line`` at all.

    Exactly when one of its fixers can act: a trigger character, text that is
    not NFC, or a match of ftfy's own mojibake detector, which is searched only
    around non-ASCII runs. A line for which this is False is provably left alone.
    """
    if _TRIGGER_RE.search(line):
        return True
    if line.isascii():
        return False
    if not unicodedata.is_normalized("NFC", line):
        return True
    return _looks_bad(line)


def _looks_bad(line: str) -> bool:
    """``ftfy.badness.is_bad(line)``, searched only around the line's non-ASCII runs.

    Every match of ftfy's mojibake detector holds a non-ASCII character and
    is at most :data:`_BADNESS_REACH` characters long, so one a whole-line
    search would find lies in a window around a run.
    """
    n = len(line)
    return any(
        BADNESS_RE.search(line, max(0, m.start() - _BADNESS_REACH), min(n, m.end() + _BADNESS_REACH))
        for m in _NON_ASCII_RE.finditer(line)
    )


def _lines_needing_ftfy(text: str, precise: bool) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line :func:`fix_line` may change, in order.

    A line qualifies if ftfy acts on it, or on it as ``normalize_whitespace``
    will leave it (see :func:`fix_line`). Lines of plain ASCII without a trigger
    are never looked at one by one; this is what makes ftfy nearly free on clean
    text (a test checks the equivalence with the slow path on every corpus).
    ``precise`` holds for our default fixers; with other settings (uncurling
    quotes, width, line breaks, another normalization) every line with a
    character outside plain ASCII goes to ftfy.
    """
    n = len(text)
    pos = 0
    while (m := _MAYBE_RE.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = n if end < 0 else end
        line = text[start:end]
        if (
            not precise
            or _ftfy_acts_on(line)
            or (
                _may_change(line)
                and _SURVIVES_SPACING_RE.search(line) is not None
                and (spaced := normalize_whitespace(line)) != line
                and _ftfy_acts_on(spaced)
            )
        ):
            yield start, end
        pos = end + 1


# A run of non-space or of space characters: the units in which a repaired line
# is aligned with the original (ftfy's repairs stay inside words). The space
# class is Unicode's White_Space, spelled out: the standard library's ``\s``
# would also take the separators U+001C-U+001F.
_SPACE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TOKEN_RE = re.compile(f"[^{_SPACE}]+|[{_SPACE}]+")
# White_Space but the space character.
_OTHER_SPACE_RE = re.compile(f"[{_SPACE.replace(' ', '')}]")


@dataclass(frozen=True)
class FixEncodingOptions:
    """ftfy's settings, every one chosen on purpose (see ``ftfy.TextFixerConfig``).

    The defaults repair damage and do not restyle correct text.
    """

    #: Decode HTML entities (``&amp;`` ``&#x2019;``); "auto" skips a line that
    #: holds a literal ``<`` (it may be markup or code about markup).
    unescape_html: str | bool = "auto"
    #: Drop ANSI terminal escapes (``\\x1b[36m``): they are never article text.
    remove_terminal_escapes: bool = True
    #: The mojibake repair (``donâ€™t`` -> ``don’t``): the reason ftfy is here.
    fix_encoding: bool = True
    #: Part of mojibake repair: a lost 0xA0 byte restored inside a mojibake run.
    restore_byte_a0: bool = True
    #: Part of mojibake repair: sequences that lost bytes become U+FFFD.
    replace_lossy_sequences: bool = True
    #: Part of mojibake repair: UTF-8 mojibake mixed into correct text.
    decode_inconsistent_utf8: bool = True
    #: C1 controls (U+0080-U+009F) are cp1252 characters decoded as latin-1.
    fix_c1_controls: bool = True
    #: Ligatures such as ``ﬁ`` are extraction damage from PDFs, not style.
    fix_latin_ligatures: bool = True
    #: Off: fullwidth CJK punctuation and letters are correct text; don't restyle.
    fix_character_width: bool = False
    #: Off: curly quotes are correct typography; don't restyle.
    uncurl_quotes: bool = False
    #: Off: line breaks belong to ``normalize_whitespace``, so the edit is reported there.
    fix_line_breaks: bool = False
    #: Lone surrogates (from broken UTF-16) become the characters they encode.
    fix_surrogates: bool = True
    #: Remove control characters that have no place in text (ftfy's list keeps tab/newline).
    remove_control_chars: bool = True
    #: NFC: one spelling of each accented letter, so equal text compares equal.
    normalization: str | None = "NFC"
    #: ftfy's own bound on the length of one segment it decodes.
    max_decode_length: int = 1_000_000

    def precise_prefilter(self) -> bool:
        """True if only the fixers the line pre-filter knows are on (see ``_lines_needing_ftfy``)."""
        return not (self.uncurl_quotes or self.fix_character_width or self.fix_line_breaks) and self.normalization in (
            "NFC",
            None,
        )

    def ftfy_config(self) -> ftfy.TextFixerConfig:
        return ftfy.TextFixerConfig(
            unescape_html=self.unescape_html,
            remove_terminal_escapes=self.remove_terminal_escapes,
            fix_encoding=self.fix_encoding,
            restore_byte_a0=self.restore_byte_a0,
            replace_lossy_sequences=self.replace_lossy_sequences,
            decode_inconsistent_utf8=self.decode_inconsistent_utf8,
            fix_c1_controls=self.fix_c1_controls,
            fix_latin_ligatures=self.fix_latin_ligatures,
            fix_character_width=self.fix_character_width,
            uncurl_quotes=self.uncurl_quotes,
            fix_line_breaks=self.fix_line_breaks,
            fix_surrogates=self.fix_surrogates,
            remove_control_chars=self.remove_control_chars,
            normalization=self.normalization,  # type: ignore[arg-type]
            max_decode_length=self.max_decode_length,
            explain=False,
        )


def _line_edits(line: str, fixed: str, offset: int) -> Iterator[Replacement]:
    """Edits turning ``line`` into ``fixed``, one per changed word.

    ftfy's repairs stay inside words, so the two token lists usually have the
    same length and pair up one to one (linear); otherwise a matcher aligns them.
    """
    if _OTHER_SPACE_RE.search(line) is None and _OTHER_SPACE_RE.search(fixed) is None:
        # Words parted by single spaces (most lines): cutting at the spaces
        # gives the same pairs of words as the tokens do, twice as fast.
        words, fixed_words = line.split(" "), fixed.split(" ")
        if len(words) == len(fixed_words) and "" not in words and "" not in fixed_words:
            ends = [0, *accumulate(map(len, words))]
            for i in compress(range(len(words)), map(ne, words, fixed_words)):
                start = offset + ends[i] + i  # i spaces stand before word i
                yield (start, start + len(words[i]), fixed_words[i])
            return
    a, b = _TOKEN_RE.findall(line), _TOKEN_RE.findall(fixed)
    starts_a = [0, *accumulate(map(len, a))]
    if len(a) == len(b):
        # The pairs that differ, found without a Python loop over every token.
        for i in compress(range(len(a)), map(ne, a, b)):
            yield (offset + starts_a[i], offset + starts_a[i + 1], b[i])
        return
    starts_b = [0, *accumulate(map(len, b))]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            yield (offset + starts_a[i1], offset + starts_a[i2], fixed[starts_b[j1] : starts_b[j2]])


# A character one of ftfy's rarely needed fixers acts on (see _RARE_CLASS):
# without one, each of them gives its input back.
_RARE_RE = re.compile(_RARE_CLASS)
# Those fixers in the order ftfy's fix_and_explain runs them (the ones between
# them there are off whenever _ftfy_line is used: see precise_prefilter).
_RARE_FIXERS = (
    "fix_c1_controls",
    "fix_latin_ligatures",
    "fix_surrogates",
    "remove_terminal_escapes",
    "remove_control_chars",
)


# One step of ftfy's mojibake repair. It is private to ftfy; without it,
# ftfy's public loop is used.
_ONE_STEP = getattr(ftfy, "_fix_encoding_one_step_and_explain", None)


def _fix_mojibake(text: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_encoding(text, config)``: its steps until one changes nothing, each only where its detector finds mojibake.

    A step on text without a match of the detector gives it back, so the
    whole-line search that ftfy's loop makes to see its repair settled is
    replaced by :func:`_looks_bad`.
    """
    if _ONE_STEP is None:
        return ftfy.fix_encoding(text, config) if _looks_bad(text) else text
    while _looks_bad(text):
        fixed = _ONE_STEP(text, config).text
        if fixed == text:
            break
        text = fixed
    return text


def _ftfy_line(line: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text(line, config)`` for one line, with each fixer run only where it can act.

    ftfy runs every enabled fixer over the line, then all of them again over
    a line they changed, to see that it is settled; on a line of mojibake that
    is four ``str.translate`` calls and two whole-line searches of its
    mojibake detector that find nothing. This is ftfy 6's ``fix_and_explain``
    loop (explain off) with ftfy's own fixers, each skipped when the line holds
    nothing it acts on (where it would give the line back): entities need
    ``&``, the mojibake repair its detector's match (:func:`_looks_bad`), the
    rare fixers a character of :data:`_RARE_RE`. Tests check it against
    ``ftfy.fix_text`` on every corpus and on generated mojibake. One
    difference, on purpose: the mojibake repair's own settings are obeyed.
    """
    if (
        "\n" in line
        or len(line) > config.max_decode_length
        or config.uncurl_quotes
        or config.fix_character_width
        or config.fix_line_breaks
    ):
        return ftfy.fix_text(line, config)  # ftfy's own segmenting, or fixers not mirrored here
    html = bool(config.unescape_html) and not (config.unescape_html == "auto" and "<" in line)
    rare = [ftfy.FIXERS[name] for name in _RARE_FIXERS if getattr(config, name)]
    text = line
    settled = None  # a text the mojibake repair has given back as it was
    while True:
        before = text
        if html and "&" in text:
            text = ftfy.FIXERS["unescape_html"](text)
        if config.fix_encoding and text != settled:
            # With the config: ftfy's own loop repairs with ftfy's defaults,
            # whatever restore_byte_a0, replace_lossy_sequences and
            # decode_inconsistent_utf8 say (ftfy 6.3); here they are obeyed.
            text = settled = _fix_mojibake(text, config)
        if _RARE_RE.search(text):
            for fixer in rare:
                text = fixer(text)
        if config.normalization is not None:
            text = unicodedata.normalize(config.normalization, text)
        if text == before:
            return text


#: Rounds of ftfy and whitespace normalization a repaired line may take to settle.
_MAX_ROUNDS = 3


def fix_line(line: str, config: ftfy.TextFixerConfig) -> str:
    """One line as fix_encoding leaves it: ftfy's repair, settled with whitespace.

    ftfy's verdict on a line can depend on whitespace that ``normalize_whitespace``
    changes afterwards (an NBSP beside mojibake). So the line is repaired again
    as the whitespace step will leave it, until ftfy has nothing more to do there;
    then a second run of the pipeline finds nothing to change. The whitespace
    itself is left to ``normalize_whitespace`` whenever that settles it.
    """
    fixed = _ftfy_line(line, config)
    for _ in range(_MAX_ROUNDS):
        spaced = normalize_whitespace(fixed)
        if spaced == fixed:
            break
        again = _ftfy_line(spaced, config)
        if again == spaced:
            break
        fixed = again
    return fixed


@cleaner(options=FixEncodingOptions)
def fix_encoding(text: str, options: FixEncodingOptions) -> Iterator[Replacement]:
    """Repair mojibake, HTML entities and stray control characters with ftfy.

    Only lines that could hold such damage are shown to ftfy; curly quotes and
    fullwidth CJK punctuation are kept.

    >>> fix_encoding("We donâ€™t know &amp; can&#39;t say")
    "We don’t know & can't say"
    >>> fix_encoding("“Quoted”, fullwidth「日本語」, café, naïve.")
    '“Quoted”, fullwidth「日本語」, café, naïve.'
    """
    config = options.ftfy_config()
    for start, end in _lines_needing_ftfy(text, options.precise_prefilter()):
        line = text[start:end]
        fixed = fix_line(line, config)
        if fixed != line:
            yield from _line_edits(line, fixed, start)
