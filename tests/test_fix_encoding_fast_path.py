"""fix_encoding shows ftfy only the lines that need it, and runs only the fixers that can act; that must change nothing.

The reference is ftfy itself on every line (via ``fix_line``), and ``ftfy.fix_text`` for the
fixer loop of ``_ftfy_line``. Every corpus we have, damaged in each encoding ftfy knows, and
hypothesis text rich in mojibake characters must come out exactly as the reference gives it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import ftfy
import ftfy.bad_codecs
import pytest
from ftfy.chardata import CHARMAP_ENCODINGS
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import CASES, ROOT, SHARED
from tidings.cleaners import encoding as encoding_module
from tidings.cleaners.encoding import FixEncodingOptions, _ftfy_line, fix_encoding, fix_line

CONFIG = FixEncodingOptions().ftfy_config()


def reference(text: str, config: ftfy.TextFixerConfig = CONFIG) -> str:
    """The slow path: every line through ftfy (and the settling of lines it repairs)."""
    return "\n".join(fix_line(line, config) for line in text.split("\n"))


def _corpus() -> list[str]:
    texts: list[str] = []
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            texts += [v for k, v in case.items() if k in ("text", "original", "expected") and isinstance(v, str)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    seed = SHARED / "examples" / "naltrexone.txt"
    ewt = SHARED / "data" / "ewt_dev_sentences.jsonl"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    if ewt.exists():
        texts += [json.loads(line)["text"] for line in ewt.read_text(encoding="utf-8").splitlines()[:400]]
    return texts


def _damaged(text: str) -> list[str]:
    """``text`` as mojibake in each single-byte encoding ftfy repairs."""
    out = []
    for encoding in CHARMAP_ENCODINGS:
        out.append(text.encode("utf-8").decode(encoding, errors="replace"))
    return out


CORPUS = _corpus()


def test_corpus_is_not_trivial() -> None:
    assert len(CORPUS) > 50


@pytest.mark.parametrize("index", range(0, len(CORPUS), max(1, len(CORPUS) // 60)))
def test_same_as_ftfy_on_every_line(index: int) -> None:
    block = "\n".join(CORPUS[index : index + max(1, len(CORPUS) // 60)])
    for text in [block, *_damaged(block)]:
        assert fix_encoding(text) == reference(text)


_MOJIBAKE_ALPHABET = (
    "abcXYZ .,'\"-\n&;#0123456789"
    "\u00c3\u00c2\u00e2\u20ac\u2122\u0153\u00a9\u00ae\u00a0\u00ad\u00b0\u00e9\u00e8\u00a1\u00bf"
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u221a\u2248\u0432\u0402\u0413\u0420\u0421\u00d0\u00d8\u00d9"
    "\u00e0\u00b2\u03b2\u0392\u0101\u0080\u0093\u009d\ufb01\ufffd\u0301\u00c5\u0131\u2500\u00d7"
)


# Whitespace that normalize_whitespace turns into a space or deletes, beside what
# becomes mojibake or an entity only once it is gone.
_SPACING_ALPHABET = (
    "aé.&;#39amp \u00a0\u2009\u200a\u205f\u200b\u2060\ufeff\u00ad\u0301\u00c3\u00a9\u00e2\u20ac\u2122\x85\u2028\u3000"
)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=80),
        st.text(alphabet=_SPACING_ALPHABET, max_size=40),
        st.text(max_size=80),
    )
)
def test_same_as_ftfy_on_generated_text(text: str) -> None:
    assert fix_encoding(text) == reference(text)


# A line of words parted by single spaces is cut at its spaces: the edits must be the tokens' edits.
@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "don\u00e2\u20ac\u2122t",
                "don\u2019t",
                "caf\u00c3\u00a9",
                "caf\u00e9",
                "a",
                "",
                " ",
                "\u00a0",
                "\t",
                "x\u00c3",
                "\x00",
                "\ufeff",
                "&amp;",
            ]
        ),
        max_size=12,
    )
)
def test_line_edits_cut_at_spaces_as_tokens(words: list[str]) -> None:
    line = " ".join(words)
    fixed = ftfy.fix_text(line, CONFIG)
    fast = list(encoding_module._line_edits(line, fixed, 0))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encoding_module, "_OTHER_SPACE_RE", re.compile(""))  # every line takes the token path
        assert fast == list(encoding_module._line_edits(line, fixed, 0))


def test_only_damaged_lines_are_touched() -> None:
    text = "clean \u201cline\u201d \u2014 caf\u00e9\ndon\u00e2\u20ac\u2122t\nplain"
    edits = fix_encoding.explain(text)
    assert [(e.before, e.after) for e in edits] == [("don\u00e2\u20ac\u2122t", "don\u2019t")]


def test_reaches_every_suspect_path(tmp_path: Path) -> None:
    # A non-NFC line goes to ftfy too (normalization is one of its fixers).
    assert fix_encoding("cafe\u0301") == "caf\u00e9"


@pytest.mark.parametrize(
    "changes",
    [
        {"uncurl_quotes": True},
        {"fix_character_width": True},
        {"fix_line_breaks": True},
        {"normalization": "NFKC"},
        {"unescape_html": False, "fix_latin_ligatures": False},
    ],
)
@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=_MOJIBAKE_ALPHABET + "\uff21\uff01\u2028\r\u00bd", max_size=60))
def test_same_as_ftfy_with_other_settings(changes: dict[str, object], text: str) -> None:
    options = FixEncodingOptions(**changes)  # type: ignore[arg-type]
    assert fix_encoding(text, options) == reference(text, options.ftfy_config())


def test_token_classes_are_regex_whitespace_on_every_code_point() -> None:
    # _TOKEN_RE runs on the standard library's engine with the White_Space class
    # spelled out; it must cut every text exactly where `\S+|\s+` of `regex` does.
    import sys

    import regex

    from tidings.cleaners.encoding import _TOKEN_RE

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert _TOKEN_RE.findall(every) == regex.findall(r"\S+|\s+", every)


def _lines_with_damage() -> list[str]:
    lines = sorted({line for text in CORPUS for line in text.split("\n") if not line.isascii() or "&" in line})
    return lines + [damaged for line in lines[:: max(1, len(lines) // 300)] for damaged in _damaged(line)]


LINES = _lines_with_damage()


def test_fixer_loop_is_ftfy_on_every_corpus_line() -> None:
    assert len(LINES) > 500
    assert [_ftfy_line(line, CONFIG) for line in LINES] == [ftfy.fix_text(line, CONFIG) for line in LINES]


_RARE_ALPHABET = _MOJIBAKE_ALPHABET + "<\x1b[36m\x00\x7f\ufeff\ufb02\u0132\ud83d\udca9\x85\x9c&amp;&EACUTE;&#x2019;"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_RARE_ALPHABET, max_size=80).map(lambda t: t.replace("\n", " ")))
def test_fixer_loop_is_ftfy_on_generated_lines(line: str) -> None:
    assert _ftfy_line(line, CONFIG) == ftfy.fix_text(line, CONFIG)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"unescape_html": True},
        {"unescape_html": False, "fix_latin_ligatures": False},
        {"normalization": None},
        {"fix_encoding": False},
        {"remove_control_chars": False, "fix_surrogates": False},
    ],
)
@settings(max_examples=60, deadline=None)
@given(line=st.text(alphabet=_RARE_ALPHABET, max_size=60))
def test_fixer_loop_is_ftfy_with_other_settings(changes: dict[str, object], line: str) -> None:
    config = FixEncodingOptions(**changes).ftfy_config()  # type: ignore[arg-type]
    assert _ftfy_line(line, config) == ftfy.fix_text(line, config)


def test_fixer_loop_without_ftfys_private_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # An ftfy without the one-step function: the public loop is used, with the same result.
    monkeypatch.setattr(encoding_module, "_ONE_STEP", None)
    sample = LINES[:: max(1, len(LINES) // 200)]
    assert [_ftfy_line(line, CONFIG) for line in sample] == [ftfy.fix_text(line, CONFIG) for line in sample]


@pytest.mark.parametrize("setting", ["replace_lossy_sequences", "decode_inconsistent_utf8"])
def test_mojibake_repair_obeys_its_own_settings(setting: str) -> None:
    # ftfy.fix_text repairs mojibake with ftfy's defaults whatever these say (ftfy 6.3);
    # fix_encoding repairs as ftfy.fix_encoding does with them.
    line = {
        "replace_lossy_sequences": "GREAT Store! \u00e2\u20ac\u0153This store is great!!\u00e2\u20ac? I love it",
        "decode_inconsistent_utf8": "na\u00c3\u00afve caf\u00c3\u00a9 \u00e2\u20ac\u201d \u20ac",
    }[setting]
    config = FixEncodingOptions(**{setting: False}).ftfy_config()  # type: ignore[arg-type]
    assert ftfy.fix_encoding(line, config) != ftfy.fix_encoding(line, CONFIG)
    assert fix_encoding(line, FixEncodingOptions(**{setting: False})) == ftfy.fix_encoding(line, config)  # type: ignore[arg-type]
    assert fix_encoding(line) == ftfy.fix_text(line, CONFIG)
