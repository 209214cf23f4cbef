"""datatrove: TidingsStep in real local pipelines (JSONL reader and writers, the local executor)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.integrations.corpus import records, write_jsonl
from tidings import Article, Pipeline, Removed
from tidings.integrations.records import summarize

_REASON = "the 'datatrove' extra is not installed: pip install 'tidings[datatrove]'"
pytest.importorskip("datatrove", reason=_REASON)
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from tidings.integrations.datatrove import TidingsStep


class WithBoilerplate:
    """A pipeline that also reports one removed block per text, whatever structure classifies.

    It stands in for the real pipeline only to make the removed-blocks path certain to run;
    the text and the rest come from the real default pipeline.
    """

    def __init__(self) -> None:
        self.pipeline = Pipeline.default()

    def __call__(self, text: str) -> Article:
        article = self.pipeline(text)
        article.removed.append(Removed("boilerplate", "Share this article", "share prompt", 0, 18))
        return article


def _read_jsonl(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.read_text().splitlines()]


def test_local_pipeline_from_jsonl_cleans_text_and_fills_metadata(tmp_path: Path) -> None:
    rows = records(60)
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in", rows, files=3)
    step = TidingsStep(prefix="t_", removed_writer=JsonlWriter(str(tmp_path / "removed"), compression=None))
    stats = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in"), glob_pattern="*.jsonl"),
            step,
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    out = {d["id"]: d for d in _read_jsonl(tmp_path / "out")}
    # datatrove's readers skip records whose text is empty.
    rows = [r for r in rows if r["text"]]
    pipeline = Pipeline.default()
    expected_removed = []
    for row in rows:
        article = pipeline(row["text"])
        doc = out[row["id"]]
        # datatrove's writer leaves out empty fields.
        assert doc.get("text", "") == article.text
        assert {k: doc["metadata"][f"t_{k}"] for k in summarize(article)} == summarize(article)
        expected_removed += [(row["id"], r.text) for r in article.removed]
    assert len(out) == len(rows)

    written = _read_jsonl(tmp_path / "removed")
    assert [(d["metadata"]["doc_id"], d["text"]) for d in written] == expected_removed

    ours = next(s for s in stats.stats if s.name == str(step))
    assert ours.stats["total"].total == len(rows)
    assert ours.stats["edits"].total == sum(len(pipeline(r["text"]).edits) for r in rows)


def test_removed_blocks_are_written_so_nothing_is_lost(tmp_path: Path) -> None:
    docs = [Document(text=r["text"], id=f"d{i}") for i, r in enumerate(records(5))]
    pipeline = WithBoilerplate()
    step = TidingsStep(pipeline, removed_writer=JsonlWriter(str(tmp_path / "removed"), compression=None))
    LocalPipelineExecutor(pipeline=[docs, step], tasks=1, logging_dir=str(tmp_path / "logs")).run()
    written = {d["id"]: d for d in _read_jsonl(tmp_path / "removed")}
    expected = [(doc.id, pipeline(doc.text).removed) for doc in docs]
    assert list(written) == [f"{i}/removed/{n}" for i, removed in expected for n in range(len(removed))]
    # The stand-in's block is last in each document's list.
    last = written[f"d0/removed/{len(expected[0][1]) - 1}"]
    assert last["text"] == "Share this article"
    assert last["metadata"] == {"doc_id": "d0", "kind": "boilerplate", "reason": "share prompt", "start": 0, "end": 18}


def test_two_worker_processes(tmp_path: Path) -> None:
    # The step (and its Pipeline) cross a process boundary, pickled by datatrove's executor.
    docs = [Document(text=r["text"], id=r["id"]) for r in records(20)]
    LocalPipelineExecutor(
        pipeline=[docs, TidingsStep(keep_article=True), JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    out = _read_jsonl(tmp_path / "out")
    # Each task runs the whole in-memory list, so every document is written twice.
    assert len(out) == 2 * len(docs)
    for d in out:
        assert Article.from_json(d["metadata"]["article"]).text == d.get("text", "")
