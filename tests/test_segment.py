"""Sentence segmentation: rules, invariants, offline data, evaluation gate, linear time."""

from __future__ import annotations

import dataclasses
import json
import re
import socket
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import ROOT
from tidings import Pipeline, Sentence, segment
from tidings.errors import ConfigError
from tidings.segment import Segmenter, _engine, _patterns, _punkt, sentences

sys.path.insert(0, str(ROOT / "benchmarks"))
import _data

# -- the rule layer, case by case ------------------------------------------

#: (label, text, expected sentences). Cases are data; each names the rule it pins.
CASES = [
    ("title before name", "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    (
        "saint and mount",
        "I saw St. Paul's and Mt. Hood. Both were fine.",
        ["I saw St. Paul's and Mt. Hood.", "Both were fine."],
    ),
    ("street at the end", "She lives on Main St. The house is blue.", ["She lives on Main St.", "The house is blue."]),
    ("U.S. mid-sentence", "The U.S. Army left the U.S. for good.", ["The U.S. Army left the U.S. for good."]),
    ("U.S. at the end", "I live in the U.S. It is big.", ["I live in the U.S.", "It is big."]),
    ("U.S. before I", "I moved to the U.S. I love it.", ["I moved to the U.S.", "I love it."]),
    ("P.S. before I", "P.S. I am moving back to Calgary.", ["P.S. I am moving back to Calgary."]),
    ("middle initial", "George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
    ("initials", "J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
    ("pronoun I at the end", "You and I. Did you see it?", ["You and I.", "Did you see it?"]),
    (
        "et al.",
        "Smith et al. (2004) disagree. Jones et al. found more.",
        ["Smith et al. (2004) disagree.", "Jones et al. found more."],
    ),
    ("e.g. before a name", "Use a tool, e.g. Punkt, for this.", ["Use a tool, e.g. Punkt, for this."]),
    ("number prefix", "See Fig. 3 and No. 5 on p. 12. Then stop.", ["See Fig. 3 and No. 5 on p. 12.", "Then stop."]),
    ("no. as a word", "He said no. Then he left.", ["He said no.", "Then he left."]),
    (
        "month before a day",
        "It opened on Sept. 11 and closed Dec. 25. It was cold.",
        ["It opened on Sept. 11 and closed Dec. 25.", "It was cold."],
    ),
    (
        "corporate suffix",
        "Pitt & Co. It closed. Acme Inc. makes traps.",
        ["Pitt & Co.", "It closed.", "Acme Inc. makes traps."],
    ),
    ("time mid-sentence", "At 5 p.m. the bell rang.", ["At 5 p.m. the bell rang."]),
    ("time before a zone", "Meet at 10 a.m. (CDT) at the hotel.", ["Meet at 10 a.m. (CDT) at the hotel."]),
    ("time at the end", "He left at 6 P.M. Mr. Smith stayed.", ["He left at 6 P.M.", "Mr. Smith stayed."]),
    ("decimal and version", "Version 2.0.1 costs $3.50 now. Buy it.", ["Version 2.0.1 costs $3.50 now.", "Buy it."]),
    ("number at the end", "She paid $100.00. It was fine.", ["She paid $100.00.", "It was fine."]),
    (
        "year before lower case",
        "It shipped in 2019. ecobee redesigned it.",
        ["It shipped in 2019.", "ecobee redesigned it."],
    ),
    ("url", "Go to https://example.com/a.html. It works.", ["Go to https://example.com/a.html.", "It works."]),
    ("email", "Mail jane.doe@example.com. She replies.", ["Mail jane.doe@example.com.", "She replies."]),
    ("file name", "Open report.pdf and notes.txt now. Done.", ["Open report.pdf and notes.txt now.", "Done."]),
    ("closing double quote", 'He said, "Go home." She went.', ['He said, "Go home."', "She went."]),
    ("quote then lower case", '"Go home." she said.', ['"Go home." she said.']),
    ("curly quotes", "“It’s late,” she said. “Go.” He went.", ["“It’s late,” she said.", "“Go.”", "He went."]),
    ("guillemets", "Il a dit «Non.» Then he left.", ["Il a dit «Non.»", "Then he left."]),
    ("question in quotes", '"Why?" he asked. "Because."', ['"Why?" he asked.', '"Because."']),
    ("lone closing quote", 'He wrote: "we waited. " Then it rained.', ['He wrote: "we waited. "', "Then it rained."]),
    ("parenthesis inside", "He works (he said so.) at home. Fine.", ["He works (he said so.) at home.", "Fine."]),
    (
        "parenthetical sentence",
        "It rained. (We stayed in.) Then it stopped.",
        ["It rained.", "(We stayed in.)", "Then it stopped."],
    ),
    (
        "citation after the period",
        "It is known.[12] Others agree.[1-3] Fine.",
        ["It is known.[12]", "Others agree.[1-3]", "Fine."],
    ),
    ("ellipsis mid-sentence", "I was ... well, unsure.", ["I was ... well, unsure."]),
    (
        "ellipsis at the end",
        "It closed on Sunday... The rest is history.",
        ["It closed on Sunday...", "The rest is history."],
    ),
    ("unicode ellipsis", "Wait… Then go.", ["Wait…", "Then go."]),
    ("ellipsis before I", "I thought... I don't know.", ["I thought... I don't know."]),
    (
        "bracketed omission",
        '"Bohr [...] used stairs [...]" (Smith 55).',
        ['"Bohr [...] used stairs [...]" (Smith 55).'],
    ),
    ("four dots", "I never meant that.... She left.", ["I never meant that....", "She left."]),
    ("interrobang", "Really?! You did?! Wow!!! Sure?", ["Really?!", "You did?!", "Wow!!!", "Sure?"]),
    ("brand with bang", "She works at Yahoo! in sales.", ["She works at Yahoo! in sales."]),
    ("bang before lower case", "Great place! will go again.", ["Great place!", "will go again."]),
    ("question before lower case", "Are you kidding? why would you?", ["Are you kidding?", "why would you?"]),
    ("numbered list", "1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
    ("parenthesis list", "1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
    ("lettered list", "a) eggs b) milk c) bread", ["a) eggs", "b) milk", "c) bread"]),
    ("list inside text", "Two things: 1) call home 2) buy milk", ["Two things:", "1) call home", "2) buy milk"]),
    ("not a list", "See chapter 1) and 3) there.", ["See chapter 1) and 3) there."]),
    (
        "list number at sentence start",
        "Steps follow. 1. Open it. 2. Close it.",
        ["Steps follow.", "1. Open it.", "2. Close it."],
    ),
    ("emoticon", "I love her. :) She knows.", ["I love her. :)", "She knows."]),
    ("emoticon alone", "great night :P you get a view", ["great night :P", "you get a view"]),
    ("emoji", "See you soon! 🙂 Bye.", ["See you soon! 🙂", "Bye."]),
    ("separator", "The end. *** A new part.", ["The end.", "***", "A new part."]),
    ("dash is no separator", "cut off --- do you know", ["cut off --- do you know"]),
    ("sign-off", "Let me know. Best regards, Debra Smith", ["Let me know.", "Best regards,", "Debra Smith"]),
    ("greeting", "Hi, Yes we have rooms.", ["Hi,", "Yes we have rooms."]),
    ("greeting mid-sentence", "He said hi, John waved.", ["He said hi, John waved."]),
    ("timestamp", "Kay Mann 04/26/2001 07:17 AM Will you come?", ["Kay Mann", "04/26/2001 07:17 AM", "Will you come?"]),
    ("address then capital", "Email: x@example.com Groups: cats", ["Email: x@example.com", "Groups: cats"]),
    (
        "quote spanning sentences",
        "He said ' A cleric came. He meant it. ' And then he left.",
        ["He said ' A cleric came.", "He meant it. '", "And then he left."],
    ),
    ("lone quote opens", 'It ended. " Then a new quote began."', ["It ended.", '" Then a new quote began."']),
    ("unbalanced quote", '"It began. It went on. It ended.', ['"It began.', "It went on.", "It ended."]),
    ("unbalanced bracket", "(It began. It went on. It ended.", ["(It began.", "It went on.", "It ended."]),
    ("no terminal at all", "just some words", ["just some words"]),
    # Held-out genres (news, how-to, interviews, biographies, academic): written for these tests.
    ("initials are no list", "J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
    (
        "time before a weekday",
        "The storm hit at 3 a.m. Friday. Crews worked.",
        ["The storm hit at 3 a.m. Friday.", "Crews worked."],
    ),
    (
        "time before a zone",
        "The vote is at 10 a.m. EST today. Many came.",
        ["The vote is at 10 a.m. EST today.", "Many came."],
    ),
    ("inch after a number", "Use a 1/2 in. wrench. Tighten it.", ["Use a 1/2 in. wrench.", "Tighten it."]),
    ("unit before an imperative", "Let it rest for 10 min. Serve warm.", ["Let it rest for 10 min.", "Serve warm."]),
    ("unit mid-sentence", "Both were 30 yrs. old.", ["Both were 30 yrs. old."]),
    ("in is a word", "Come in. Sit down.", ["Come in.", "Sit down."]),
    (
        "dateline",
        "WASHINGTON (AP) — The Senate voted. It passed.",
        ["WASHINGTON (AP) — The Senate voted.", "It passed."],
    ),
    (
        "state abbreviations",
        "Sen. Warren, D-Mass., spoke. Rep. Lee, R-Calif., left.",
        ["Sen. Warren, D-Mass., spoke.", "Rep. Lee, R-Calif., left."],
    ),
    (
        "academic citation",
        "As found (e.g., Smith et al., 2004), it holds (p < .05). See Fig. 2.",
        ["As found (e.g., Smith et al., 2004), it holds (p < .05).", "See Fig. 2."],
    ),
    (
        "degree mid-sentence",
        "She earned her Ph.D. in 1975. She moved.",
        ["She earned her Ph.D. in 1975.", "She moved."],
    ),
    (
        "circa",
        "The painter (c. 1490–1576) worked in Venice. He died.",
        ["The painter (c. 1490–1576) worked in Venice.", "He died."],
    ),
    (
        "Jr. before a verb",
        "Martin Luther King Jr. led the march. He spoke.",
        ["Martin Luther King Jr. led the march.", "He spoke."],
    ),
    (
        "interview quotes",
        '"I never expected it," she said. "It was a surprise." She laughed.',
        ['"I never expected it," she said.', '"It was a surprise."', "She laughed."],
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_rule_cases(label: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


def test_extra_abbreviations() -> None:
    text = "We met in Jackson Twp. Hall. Yes."
    assert [s.text for s in sentences(text)] == ["We met in Jackson Twp.", "Hall.", "Yes."]
    seg = Segmenter(extra_abbreviations=("Twp.",))
    assert [s.text for s in seg.sentences(text)] == ["We met in Jackson Twp. Hall.", "Yes."]
    assert Segmenter(extra_abbreviations=("twp",)).parameters() == seg.parameters()


def test_options_switch_rules_off() -> None:
    text = "1) eggs 2) milk"
    assert len(Segmenter().spans(text)) == 2
    assert len(Segmenter(split_lists=False).spans(text)) == 1
    assert len(Segmenter(web_rules=False).spans("I love her. :) She knows.")) == 1


_GREETINGS = ["Hi", "hello", "Hey", "Dear Anna", "Thanks", "thank you", "Cheers", "Sincerely"]
_GREETINGS += ["Best regards", "kind regards", "Kindest regards", "Warm regards", "warmest regards"]
_GREETINGS += ["Best wishes", "Yours truly", "yours sincerely", "All the best", "Take care"]


@pytest.mark.parametrize("greeting", _GREETINGS)
def test_salutation_after_a_sentence(greeting: str) -> None:
    """Every form SALUTATION_RE knows is tried after a cut (the candidate loop checks only likely words)."""
    text = f"See you soon. {greeting}, Sean"
    assert [s.text for s in sentences(text)] == ["See you soon.", f"{greeting},", "Sean"]
    assert [s.text for s in sentences(f"{greeting}, Sean")] == [f"{greeting},", "Sean"]


# -- invariants --------------------------------------------------------------


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert not text[prev:s].strip(), "only whitespace between sentences"
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e
    assert not text[prev:].strip()


_ALPHABET = st.sampled_from(list("aAbZ .!?…,;:\"'“”()[]1 0\n\t•-*@/:)") + ["Mr.", "U.S.", " e.g. ", "...", "1) ", "🙂"])


@given(st.lists(_ALPHABET, max_size=60).map("".join))
@settings(max_examples=300, deadline=None)
def test_spans_cover_the_text(text: str) -> None:
    spans = Segmenter().spans(text)
    _check_spans(text, spans)
    # Sentences plus the whitespace between them give back the block exactly.
    if spans:
        rebuilt = text[: spans[0][0]] + "".join(
            text[s:e] + text[e : (spans[i + 1][0] if i + 1 < len(spans) else len(text))]
            for i, (s, e) in enumerate(spans)
        )
        assert rebuilt == text


def test_sentences_are_slices() -> None:
    text = "  One. Two!  Three?\n"
    found = sentences(text)
    assert found == [Sentence("One.", 2, 6, 2, 6), Sentence("Two!", 7, 11, 7, 11), Sentence("Three?", 13, 19, 13, 19)]
    assert all(text[s.start : s.end] == s.text for s in found)
    assert sentences("") == [] and sentences("   ") == []


def test_repeated_sentences_keep_their_own_offsets() -> None:
    text = "Yes. Yes. Yes."
    assert [(s.start, s.end) for s in sentences(text)] == [(0, 4), (5, 9), (10, 14)]


def test_do_no_harm_texts_segment_cleanly() -> None:
    from tests.support import do_no_harm_texts

    for label, text in do_no_harm_texts():
        _check_spans(text, Segmenter().spans(text))
        if label.startswith("segment_"):
            assert len(sentences(text)) == 1, label


# -- configuration, data, offline --------------------------------------------


def test_segmenter_is_plain_config() -> None:
    seg = dataclasses.replace(Segmenter(), extra_abbreviations=("approx",), split_lists=False)
    assert dataclasses.asdict(seg) == {
        "language": "en",
        "extra_abbreviations": ("approx",),
        "split_lists": False,
        "web_rules": True,
    }
    pipeline = Pipeline.from_config({"segment": {"extra_abbreviations": ["approx"]}})
    assert pipeline.segmenter == Segmenter(extra_abbreviations=("approx",))
    assert Pipeline.from_config(pipeline.to_config()).segmenter == pipeline.segmenter
    assert hash(seg) == hash(dataclasses.replace(seg))


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no sentence-segmentation data for language 'xx'"):
        Segmenter(language="xx").spans("Hi.")
    assert "en" in segment.languages()


def test_runs_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the segmenter tried to open a socket")

    def no_pickle(*args: object, **kwargs: object) -> None:
        raise AssertionError("the segmenter tried to unpickle")

    import pickle

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(pickle, "load", no_pickle)
    monkeypatch.setattr(pickle, "loads", no_pickle)
    _punkt.load.cache_clear()
    segment._parameters.cache_clear()
    assert [s.text for s in sentences("Dr. Who left. He came back.")] == ["Dr. Who left.", "He came back."]


def test_shipped_data_is_fresh() -> None:
    """The checked-in data is what scripts/build_punkt_params.py makes."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_punkt_params.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_data_is_plain_json_in_nltk_shape() -> None:
    data = _punkt.load("en")
    assert {"mr", "etc", "u.s", "a.m", "inc", "jan", "calif", "al"} <= data.abbrev_types
    assert {"no", "fig", "vol", "p"} <= data.number_prefix
    assert {"in", "min", "ft"} <= data.units and "in" not in data.abbrev_types
    assert ("a.m", "friday") in data.collocations
    assert "the" in data.sent_starters and data.ortho_context["the"] & _punkt.ORTHO_LC
    assert all(isinstance(p, tuple) and len(p) == 2 for p in data.collocations)


def test_parameters_work_in_nltk() -> None:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tok = PunktSentenceTokenizer(Segmenter().parameters().to_nltk())
    assert tok.tokenize("I met Dr. Smith at 5 p.m. on Jan. 3. It went well.") == [
        "I met Dr. Smith at 5 p.m. on Jan. 3.",
        "It went well.",
    ]


def test_import_stays_cheap() -> None:
    code = "import sys, tidings, tidings.segment; tidings.segment.sentences('A. B.'); print('nltk' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# -- evaluation gate ------------------------------------------------------------

#: Floors: what the segmenter reaches today, rounded down. Raise them when it gets better.
GOLDEN_RULES_FLOOR = 48
EWT_DEV_F1_FLOOR = 0.93


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in Segmenter().spans(text)]


def test_golden_rules_floor(shared_data: object) -> None:
    cases = _data.load_golden_rules()
    passed = _data.golden_rules_passed(cases, _split)
    failed = [c["rule"] for c in cases if c["id"] not in passed]
    assert len(passed) >= GOLDEN_RULES_FLOOR, f"golden rules failing: {failed}"


def test_ewt_dev_f1_floor(shared_data: object) -> None:
    score = _data.boundary_f1(_data.load_ewt_dev(), _split)
    assert score["f1"] >= EWT_DEV_F1_FLOOR, score


def test_scorer_agrees_with_the_convention() -> None:
    # Whitespace is ignored; the paragraph's own end is not a boundary.
    text = "A b.  C d. E"
    assert _data.boundary_counts(text, ["A b.", "C d.", "E"], ["A b.", "C d. E"]) == (1, 1, 2)
    assert _data.boundary_counts(text, ["A b.", "C d.", "E"], ["A b.  C d. E"]) == (0, 0, 2)


# -- linear time -----------------------------------------------------------------

#: Adversarial units, repeated to the input size.
ADVERSARIAL = {
    "dots": ".",
    "a.a.a": "a.",
    "quotes": '"',
    "no spaces": "ab",
    "period space": ". ",
    "abbreviations": "Mr. ",
    "initials": "a. ",
    "spaced ellipsis": " .",
    "closers": '.)" ',
    "bangs": "! ",
    "emoticons": ":) ",
    "separators": "--- ",
    "lists": "1) a ",
    "lettered lists": "a) b) ",
    "addresses": "a@b.c ",
    "citations": ".[1-",
    "timestamps": "1/1/2000 10:10 ",
    "salutations": "Thanks, Bob. ",
    "words alone on lines": "One.\nTwo.\n",
}


def _seconds(run: object, tries: int = 1) -> float:
    """Best wall time of ``tries`` calls of ``run``."""
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def _scales_linearly(run_small: object, run_large: object, slack: float) -> tuple[bool, float, float]:
    """4x the input in at most ~10x the time; a slow large run is retried (the machine may be busy)."""
    t_small = _seconds(run_small, 3)
    t_large = _seconds(run_large)
    for _ in range(2):
        if t_large < 10 * t_small + slack:
            break
        t_large = min(t_large, _seconds(run_large))
    return t_large < 10 * t_small + slack, t_small, t_large


@pytest.mark.slow
@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_linear_time(unit: str) -> None:
    """1 MB of adversarial input: about 4x the time of 256 KB, and well under a few seconds."""
    small = (unit * (262_144 // len(unit) + 1))[:262_144]
    large = (unit * (1_048_576 // len(unit) + 1))[:1_048_576]
    seg = Segmenter()
    ok, t_small, t_large = _scales_linearly(lambda: seg.spans(small), lambda: seg.spans(large), 0.1)
    assert ok, f"superlinear: {t_small:.3f}s for 256 KB, {t_large:.3f}s for 1 MB"
    assert t_large < 8.0, f"{t_large:.2f}s for 1 MB"


_PATTERN_NAMES = [n for n in dir(_patterns) if n.endswith("_RE")]
_PATTERN_UNITS = ["a.", ".", " .", '"', ":) ", "1) ", "a@b.", "/1/1 1:1", "--", "[1", "Hi,", "\u2600", "x" * 50 + " "]


@pytest.mark.parametrize("name", _PATTERN_NAMES, ids=_PATTERN_NAMES)
def test_patterns_are_linear(name: str) -> None:
    """Every pattern scans adversarial text of 4x the size in about 4x the time."""
    pattern = getattr(_patterns, name)

    def scan(text: str) -> object:
        return lambda: sum(1 for _ in pattern.finditer(text))

    for unit in _PATTERN_UNITS:
        small = unit * (60_000 // len(unit))
        large = unit * (240_000 // len(unit))
        ok, t_small, t_large = _scales_linearly(scan(small), scan(large), 0.03)
        assert ok, (name, unit, t_small, t_large)


_HINT_ALPHABET = st.sampled_from(
    list('aAxXD1 .:;=<^_)(/@-*~#,3Pw\n?!"[]')
    + ["://", "www.", "Hi,", " Sean", "04/26/2001 07:17", "1.)", "🙂", "é", ". . ."]
)


@given(st.lists(_HINT_ALPHABET, max_size=40).map("".join))
@settings(max_examples=500, deadline=None)
def test_scan_prechecks_never_skip_a_match(text: str) -> None:
    """The cheap tests that skip a scan hold wherever its pattern matches, and the rewritten patterns match the same."""
    if _patterns.SALUTATION_RE.search(text):
        assert _patterns.SALUTATION_END_RE.search(text)
    if _patterns.ADDRESS_HINT_RE.search(text):
        assert "@" in text or "://" in text or "www." in text
    if "://" not in text and "www." not in text:
        assert [m.span() for m in _patterns.ADDRESS_HINT_RE.finditer(text)] == [
            m.span() for m in _patterns.AT_SIGN_RE.finditer(text)
        ]
    if _patterns.TIMESTAMP_RE.search(text):
        assert "/" in text and ":" in text
    if _patterns.SEPARATOR_RE.search(text):
        assert any(c * 3 in text for c in "-*=_~#")
    if text.isascii():
        found = [(m.span(), m.groups()) for m in _patterns.EMOTICON_RE.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in _patterns.EMOTICON_ASCII_RE.finditer(text)]
        if not any(c in text for c in ";=<^") and "xD" not in text and "XD" not in text:
            assert found == [(m.span(), m.groups()) for m in _patterns.EMOTICON_COLON_RE.finditer(text)]
        if "?" not in text and "!" not in text:
            candidates = [(m.span(), m.groups()) for m in _patterns.CANDIDATE_RE.finditer(text)]
            assert candidates == [(m.span(), m.groups()) for m in _patterns.PERIOD_CANDIDATE_RE.finditer(text)]
    ones = [m.end() - (3 if m.group(1) else 2) for m in _patterns.LIST_ONE_RE.finditer(text)]
    assert ones == [m.start() for m in re.finditer(r"[1aA]\.?\)(?=\s)", text)]


def test_long_token_is_no_abbreviation() -> None:
    word = "x" * 100
    assert len(Segmenter().spans(f"I saw {word}. Then left.")) == 2


def test_engine_cuts_are_sorted_and_inside() -> None:
    text = "Hi, Yes. 1) a 2) b :) Bob --- x@y.com Z. 🙂 End."
    cuts = _engine.cuts(text, Segmenter().parameters())
    assert cuts == sorted(set(cuts)) and all(0 < c < len(text) for c in cuts)


def test_benchmark_data_loader_shape(shared_data: object) -> None:
    row = _data.load_ewt_dev()[0]
    assert set(row) >= {"doc", "text", "sentences"} and json.dumps(row)
