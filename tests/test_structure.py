"""tidings.structure beyond its doctests: fixtures, invariants, languages, linear time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tidings
from tests.support import do_no_harm_texts
from tests.test_cleaners_punctuation import assert_linear
from tidings.structure import StructureOptions, analyze, split_blocks
from tidings.structure._dates import find_dates

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _article(name: str) -> tuple[tidings.Article, dict]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return tidings.clean(text), json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


# -- damaged articles of our own ------------------------------------------


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_metadata(name: str) -> None:
    article, expected = _article(name)
    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert article.published == expected["published"]


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_body_and_removed(name: str) -> None:
    article, expected = _article(name)
    assert article.body.startswith(expected["body_starts"])
    assert article.body.endswith(expected["body_ends"])
    assert [b.text for b in article.blocks if b.kind == "heading"] == expected["headings"]
    removed = [r.text for r in article.removed]
    for line in expected["removed"]:
        assert line in removed
        assert line not in article.text.splitlines()
    assert all(r.kind == "boilerplate" and r.reason for r in article.removed)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_nothing_lost(name: str) -> None:
    """Every line of the input is in the text or on ``removed``: nothing but boilerplate is dropped."""
    article, _ = _article(name)
    kept = " ".join(article.text.split())
    removed = {" ".join(r.text.split()) for r in article.removed}
    for block in article.blocks:
        assert " ".join(block.text.split()) in kept
    assert len(kept) + sum(map(len, removed)) > 0.9 * len(" ".join((FIXTURES / f"{name}.txt").read_text().split()))


# -- what analyze promises --------------------------------------------------

_TEXT = st.lists(
    st.sampled_from(
        [*"aAbB zZ.,:!?\"'\n|>/0123456789-©", "By ", "Share", "Posted by ", "The ", "Nov 19, 2019", "Word "]
    )
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_blocks_are_ordered_spans_of_lines(text: str) -> None:
    layout = analyze(text)
    last = 0
    for b in layout.blocks:
        assert last <= b.start < b.end <= len(text)
        assert text[b.start : b.end] == text[b.start : b.end].strip()
        assert "\n" not in text[b.start : b.end]
        assert b.kind in {"title", "byline", "heading", "paragraph", "list_item", "boilerplate", "caption"}
        assert (b.kind == "boilerplate") == bool(b.reason)
        last = b.end
    covered = "".join(text[b.start : b.end] for b in layout.blocks)
    assert len(covered.replace(" ", "")) == len("".join(text.split()).replace(" ", ""))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_split_blocks_is_idempotent(text: str) -> None:
    once = split_blocks(text)
    assert split_blocks(once) == once


def test_one_title_at_most_and_no_removal_without_prose() -> None:
    layout = analyze("Menu\nHome\nAbout us")
    assert [b.kind for b in layout.blocks].count("title") == 0
    assert all(b.kind != "boilerplate" or "furniture" in (b.reason or "") for b in layout.blocks)


@pytest.mark.parametrize(("label", "text"), do_no_harm_texts())
def test_do_no_harm_has_no_boilerplate(label: str, text: str) -> None:
    assert [b for b in analyze(text).blocks if b.kind == "boilerplate"] == []


def test_remove_boilerplate_off_keeps_everything() -> None:
    text = (FIXTURES / "bakery_news.txt").read_text(encoding="utf-8")
    article = tidings.Pipeline(structure=StructureOptions(remove_boilerplate=False))(text)
    assert article.removed == []
    assert "Privacy Policy" in article.text


# -- languages: shape alone removes menus ------------------------------------

SPANISH = """Inicio
Noticias
Deportes
Cultura
Contacto
El mercado del barrio abre los domingos
Por Lucía Torres
El mercado municipal del barrio abrirá también los domingos a partir del mes que viene, según anunció ayer el ayuntamiento después de varias reuniones con los comerciantes.
Los vendedores llevaban años pidiendo el cambio, porque muchos vecinos trabajan entre semana y solo pueden hacer la compra el fin de semana.
Compartir
Facebook
Twitter
© 2023 Diario del Barrio"""


def test_spanish_page_loses_menus_and_share_buttons() -> None:
    article = tidings.clean(SPANISH)
    assert article.title == "El mercado del barrio abre los domingos"
    assert article.authors == ["Lucía Torres"]
    assert article.body.startswith("El mercado municipal del barrio")
    assert article.body.endswith("el fin de semana.")
    removed = {r.text for r in article.removed}
    assert {"Inicio", "Deportes", "Compartir", "Facebook", "© 2023 Diario del Barrio"} <= removed


# -- dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("September 4th, 2023", "2023-09-04"),
        ("Nov 19, 2019, 10:31 pm CST", "2019-11-19"),
        ("Thursday, November 9, 2023 4:41AM", "2023-11-09"),
        ("Published: 30 January 2017", "2017-01-30"),
        ("Last updated 04 Jun 2020, originally created 17 Jun 2019", "2020-06-04"),
        ("Sept. 5, 2020", "2020-09-05"),
        ("2019-11-15", "2019-11-15"),
        ("2019-11-15T10:00:00Z", "2019-11-15"),
        ("15/11/2019", "2019-11-15"),
        ("11/15/2019", "2019-11-15"),
        ("13.12.2022", "2022-12-13"),
        ("By Justine Coleman - 11/18/19 11:04 PM EST", "2019-11-18"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso == iso


def test_ambiguous_numeric_date_policy() -> None:
    assert find_dates("04/05/2020")[0].iso == "2020-05-04"  # day first by default
    assert find_dates("04/05/2020", day_first=False)[0].iso == "2020-04-05"
    # The document's own unambiguous date decides for the ambiguous one.
    layout = analyze(
        "A Headline Here\nBy Jo Park 04/05/2020\n" + "Words of the story go on here and on. " * 5 + "\nSee 11/15/2019"
    )
    assert layout.published == "2020-04-05"


@pytest.mark.parametrize(
    "text", ["February 30, 2020", "99/99/2020", "1/2", "12.50", "version 2019-13-45", "March 2020"]
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


# -- linear time ---------------------------------------------------------------

ADVERSARIAL = {
    "title_case_run": lambda n: "It ends. " + "Word " * n,
    "sentence_gaps": lambda n: "abc. Def " * (n // 9 + 1),
    "headings_everywhere": lambda n: "this one. Big Red Dog The cat sat. " * (n // 35 + 1),
    "many_lines": lambda n: "Menu\n" * (n // 5 + 1),
    "one_long_line": lambda n: "x" * n,
    "glue": lambda n: "Aa" * (n // 2 + 1),
    "digits": lambda n: "1/2/" * (n // 4 + 1) + "12.12." * (n // 6 + 1),
    "month_spaces": lambda n: "Jan " + " " * n + "x",
    "bylines": lambda n: "By Ann, " * (n // 8 + 1),
    "names_line": lambda n: "Ann " * (n // 4 + 1),
    "crumbs": lambda n: "| a " * (n // 4 + 1),
    "quotes": lambda n: '"A"' * (n // 3 + 1),
    "posted": lambda n: "aPosted by " * (n // 11 + 1),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_analyze_linear_time(shape: str) -> None:
    assert_linear(analyze, ADVERSARIAL[shape], 20_000)


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(ADVERSARIAL))
def test_split_blocks_linear_time(shape: str) -> None:
    assert_linear(split_blocks, ADVERSARIAL[shape], 20_000)
