"""Encoding damage: mojibake, HTML entities, control characters (ftfy does the work)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

import ftfy
import regex

from .._engine import Replacement
from ._base import cleaner

__all__ = ["FixEncodingOptions", "fix_encoding"]

# A line can only need ftfy if it holds a character outside printable ASCII
# (mojibake, odd controls, anything to normalize), an `&` (an HTML entity) or an
# ASCII control other than tab/newline/CR (terminal escapes, C0 controls).
# Every other line is skipped, which is what makes ftfy nearly free on clean text.
_NEEDS_FTFY_RE = regex.compile(r"[^\t\n\r\x20-\x25\x27-\x7e]|&")

# Beyond this many changed characters in one line, one edit covers the change:
# SequenceMatcher is quadratic in the worst case.
_FINE_DIFF_LIMIT = 2000


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
    """Small edits turning ``line`` into ``fixed``, so each repair is reported where it is."""
    if len(line) + len(fixed) > 2 * _FINE_DIFF_LIMIT:
        lo = 0
        limit = min(len(line), len(fixed))
        while lo < limit and line[lo] == fixed[lo]:
            lo += 1
        hi = 0
        while hi < limit - lo and line[-1 - hi] == fixed[-1 - hi]:
            hi += 1
        yield (offset + lo, offset + len(line) - hi, fixed[lo : len(fixed) - hi])
        return
    matcher = SequenceMatcher(None, line, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield (offset + i1, offset + i2, fixed[j1:j2])


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
    pos = 0
    n = len(text)
    while pos < n:
        match = _NEEDS_FTFY_RE.search(text, pos)
        if match is None:
            return
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        end = n if end < 0 else end
        line = text[start:end]
        fixed = ftfy.fix_text(line, config)
        if fixed != line:
            yield from _line_edits(line, fixed, start)
        pos = end + 1
