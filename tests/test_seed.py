"""Acceptance of issue 5: the seed article, exactly as the issue states it.

``tidings clean ../shared/examples/naltrexone.txt`` must give the title, author and
date from the glued header line, the run-in heading as its own block, the share
line removed (and kept on ``removed``), and the 17 body sentences. Parts of this
depend on the repair cleaners and the segmenter landing too (``Naltrexone, ,
naltrexone treatment`` and ``Share it!More``); the structure parts are ours.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings
from tests.support import SHARED
from tidings.cli import main

SEED = SHARED / "examples" / "naltrexone.txt"


@pytest.fixture(scope="module")
def seed() -> tidings.Article:
    if not SEED.exists():
        pytest.skip(f"seed example not found at {SEED}")
    return tidings.clean(SEED.read_text(encoding="utf-8"))


def test_metadata(seed: tidings.Article) -> None:
    assert seed.title == "Naltrexone and Neuroplasticity: Healing the Addicted Brain"
    assert seed.authors == ["Alfred"]
    assert seed.published == "2023-09-04"


def test_heading_then_its_paragraph(seed: tidings.Article) -> None:
    kinds = [(b.kind, b.text) for b in seed.blocks]
    at = kinds.index(("heading", "Understanding Addiction and Neuroplasticity"))
    kind, text = kinds[at + 1]
    assert kind == "paragraph"
    assert text.startswith("Before delving into the role of Naltrexone")
    after_heading = [s.text for s in seed.sentences if s.start > seed.blocks[at].end]
    assert after_heading[0].startswith("Before delving into the role of Naltrexone")


def test_share_line_removed_and_kept(seed: tidings.Article) -> None:
    removed = [r for r in seed.removed if "Share it!" in r.text]
    assert len(removed) == 1
    assert removed[0].kind == "boilerplate" and removed[0].reason
    assert " ".join(removed[0].text.split()).replace("! More", "!More") == "Like it? Share it!More by this author |"
    assert "Share it" not in seed.text
    assert "More by this author" not in seed.body


def test_body_sentences(seed: tidings.Article) -> None:
    sentences = [s.text for s in seed.sentences]
    assert len(sentences) == 17
    assert sentences[0] == "Addiction is a complex and devastating condition that affects millions of people worldwide."
    assert sentences[-1] == "This is where Naltrexone comes into play."


def test_title_and_byline_stay_in_text_not_in_body(seed: tidings.Article) -> None:
    assert seed.text.startswith('"Naltrexone and Neuroplasticity: Healing the Addicted Brain"\nPosted by Alfred')
    assert "Posted by" not in seed.body
    assert seed.body.startswith("Addiction is a complex")


def test_cli_gives_the_same(capsys: pytest.CaptureFixture[str], seed: tidings.Article, tmp_path: Path) -> None:
    code = main(["clean", str(SEED)])
    out = capsys.readouterr().out
    assert code == 0
    record = json.loads(out.splitlines()[0])
    assert record["title"] == seed.title
    assert record["authors"] == ["Alfred"]
    assert record["published"] == "2023-09-04"
