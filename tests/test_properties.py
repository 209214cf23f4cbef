"""Properties of the whole default pipeline on arbitrary and text-like input.

Idempotence, never raising, explanations that replay, and spans that are slices.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import tidings
from tidings.article import replay

# Pieces that real scraped text is made of, including its damage.
_PIECES = [
    "the", "The", "cat", "sat", "Dr.", "e.g.,", "U.S.", "C++", "1,000.50", "3.14", "naltrexone", "Naltrexone",
    "It", "is", "a", "Posted by Alfred", "September 4th, 2023", "Share it!", "More", "http://x.org/a.b",
    "a@b.co", "donâ€™t", "cafÃ©", "&amp;", "&#39;", "\u201c", "\u201d", '"', "'", "(", ")", "[1]",
    ".", ",", ", ,", "..", "...", "\u2026", "?!", "!", "?", ";", ":", "-", "\u2014", "neuro-", "\u00a0", "\u200b",
    "\u00ad", "\t", " ", "  ", "\n", "\n\n", "\r\n", "- item", "1.", "Like it?", "|", "\u65e5\u672c", "\U0001f600",
]
text_like = st.lists(st.sampled_from(_PIECES), max_size=60).map(lambda parts: " ".join(parts))
anything = st.text(max_size=300)

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.one_of(text_like, anything))
# Found by hypothesis: the boilerplate line went with the indentation after it,
# and only then were the repeats seen.
@example("[1] \n Share it! Share it! Share it! Share it!")
@example("[1]\n We went to the market today.\nWe went to the market today.")
# A line broken by split_blocks changes what the steps before it see: they run again.
@example("We went to the market today. Dr.ItSeptember 4th, 2023")
@example("Dr. \nHome > NewsHome > News)Dr.|naltrexone)..Posted by Alfred")
# An indented (code) line after a boilerplate line keeps its indentation when that line goes.
@example('Share on Facebook donâ€™t \n\t " \xad the The , , [1] ? \xad &#39; U.S.')
# Copies that only boilerplate stood between.
@example("It rained all day long. \r\n 0 comments \n\t  \n It rained all day long.")
@example("'Share on Facebook.[1];Share it!Posted by Alfredcat\u200be.g.,the.-naltrexone, ,the\n Share on Facebook\n&amp;Dr....")
def test_idempotent(text: str) -> None:
    once = tidings.clean_text(text)
    assert tidings.clean_text(once) == once


@_SETTINGS
@given(st.one_of(text_like, anything))
@example("We went to the market today. Dr.ItSeptember 4th, 2023")  # two rounds of cleaners
def test_explanations_replay_and_spans_are_slices(text: str) -> None:
    article = tidings.clean(text)
    assert replay(text, article.edits) == article.text
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
        assert block.text and block.text == block.text.strip()
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
        assert 0 <= s.source_start <= s.source_end <= len(text)
    starts = [s.start for s in article.sentences]
    assert starts == sorted(starts)


@_SETTINGS
@given(st.one_of(text_like, anything))
def test_clean_text_is_the_article_text(text: str) -> None:
    assert tidings.clean_text(text) == tidings.clean(text).text


@_SETTINGS
@given(st.binary(max_size=200))
def test_bytes_never_crash(data: bytes) -> None:
    try:
        article = tidings.clean(data)
    except tidings.NotTextError:
        return
    assert isinstance(article.text, str)
