"""A batch function for data pipelines: columns in, columns out.

:class:`BatchCleaner` is the adapter the others reuse. It takes a batch as a
mapping of column name to values (what HF ``Dataset.map(batched=True)`` and Ray
``map_batches`` pass), cleans one column and returns the batch with the cleaned
text and flat summary columns added.

Two properties make it safe in other people's pipelines:

- **One type per column, always.** Arrow fixes a column's type from the first
  batch it writes, so a column that starts as all ``None`` can never hold a
  string later (datasets raises mid-run). Every summary column is a ``str``,
  ``int`` or ``float`` in every row: an unknown title or date is ``""``, authors
  are joined into one string (see :data:`AUTHORS_SEPARATOR`).
- **It travels and hashes as plain data.** It pickles as the pipeline's
  configuration (canonical JSON), its own fields and the tidings version, so two
  equal BatchCleaners built in different processes pickle to the same bytes, and
  HF datasets' fingerprint (and so its cache) is stable across runs and
  ``num_proc`` workers. A pipeline with an unregistered custom cleaner cannot be
  rebuilt from its config; it then travels as the Pipeline itself (which pickles
  the custom cleaner by reference).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .. import __version__
from ..article import Article
from ..pipeline import Pipeline

__all__ = ["AUTHORS_SEPARATOR", "SUMMARY_COLUMNS", "BatchCleaner", "summarize"]

#: Joins an article's authors in the flat ``authors`` column.
AUTHORS_SEPARATOR = "; "

#: Name -> type of the flat summary of an Article (see :func:`summarize`).
SUMMARY_COLUMNS: dict[str, type] = {
    "title": str,
    "authors": str,
    "published": str,
    "n_chars_in": int,
    "n_chars_out": int,
    "n_blocks": int,
    "n_sentences": int,
    "n_edits": int,
    "n_removed": int,
    "boilerplate_ratio": float,
    "repeat_ratio": float,
}


def summarize(article: Article) -> dict[str, str | int | float]:
    """A flat summary of ``article``: the keys of :data:`SUMMARY_COLUMNS`, with their types.

    Every integration puts this in its records or metadata, so a filter written
    for one (``n_removed > 0``, ``boilerplate_ratio < 0.5``) works in all of them.

    >>> s = summarize(Article(text="One.", authors=["Ann Lee", "Bo Kim"], stats={"chars_in": 6}))
    >>> s["title"], s["authors"], s["n_chars_in"], s["n_chars_out"]
    ('', 'Ann Lee; Bo Kim', 6, 4)
    """
    stats = article.stats
    return {
        "title": article.title or "",
        "authors": AUTHORS_SEPARATOR.join(article.authors),
        "published": article.published or "",
        "n_chars_in": int(stats.get("chars_in", 0)),
        "n_chars_out": len(article.text),
        "n_blocks": len(article.blocks),
        "n_sentences": len(article.sentences),
        "n_edits": len(article.edits),
        "n_removed": len(article.removed),
        "boilerplate_ratio": float(stats.get("boilerplate_ratio", 0.0)),
        "repeat_ratio": float(stats.get("repeat_ratio", 0.0)),
    }


class BatchCleaner:
    """Clean one column of a batch; add the flat summary columns.

    ``batch[text_field]`` is cleaned with ``pipeline`` (default:
    ``Pipeline.default()``) into ``output_field`` (default: ``text_field``, i.e.
    in place); the columns of :data:`SUMMARY_COLUMNS` are added, each name
    prefixed with ``prefix``; ``keep_article=True`` adds the whole Article as
    JSON in ``<prefix>article``. Other columns pass through untouched. A missing
    text (``None``) stays ``None`` and its summary is that of an empty text.

    >>> clean = BatchCleaner(output_field="clean", prefix="t_")
    >>> out = clean({"id": [7], "text": ["Two  spaces."]})
    >>> out["id"], out["text"], out["clean"], out["t_n_edits"]
    ([7], ['Two  spaces.'], ['Two spaces.'], [1])
    """

    __slots__ = ("_config", "keep_article", "output_field", "pipeline", "prefix", "text_field")

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        text_field: str = "text",
        *,
        output_field: str | None = None,
        prefix: str = "",
        keep_article: bool = False,
    ) -> None:
        self.pipeline = pipeline if pipeline is not None else Pipeline.default()
        self.text_field = text_field
        self.output_field = output_field if output_field is not None else text_field
        self.prefix = prefix
        self.keep_article = keep_article
        self._config = _portable_config(self.pipeline)

    @property
    def columns(self) -> dict[str, type]:
        """Name -> type of every column this writes, in output order."""
        names = {self.output_field: str} | {self.prefix + k: t for k, t in SUMMARY_COLUMNS.items()}
        if self.keep_article:
            names[self.prefix + "article"] = str
        return names

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        """The batch with the cleaned text and the summary columns (one list per column)."""
        rows = self._rows(self._column(batch))
        out = dict(batch)
        for name in self.columns:
            out[name] = [row[name] for row in rows]
        return out

    def clean_records(self, records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Row-wise form of :meth:`__call__`: each record with the same columns added."""
        records = list(records)
        return [{**record, **row} for record, row in zip(records, self._rows(map(self._column, records)), strict=True)]

    def _column(self, batch: Mapping[str, Any]) -> Any:
        try:
            return batch[self.text_field]
        except KeyError:
            raise KeyError(f"no field {self.text_field!r} to clean; the fields are {sorted(batch)}") from None

    def _rows(self, texts: Iterable[str | bytes | None]) -> list[dict[str, Any]]:
        texts = list(texts)
        # Through map: a batch is cleaned faster than one call per text (the same Articles).
        articles = self.pipeline.map(["" if text is None else text for text in texts])
        return [self._row(text, article) for text, article in zip(texts, articles, strict=True)]

    def _row(self, text: str | bytes | None, article: Article) -> dict[str, Any]:
        row: dict[str, Any] = {self.output_field: None if text is None else article.text}
        row.update((self.prefix + k, v) for k, v in summarize(article).items())
        if self.keep_article:
            row[self.prefix + "article"] = article.to_json()
        return row

    def _state(self) -> tuple[Any, ...]:
        # The tidings version is part of the state so that datasets' cache is
        # not reused across versions, which may clean the same text differently.
        pipeline = self._config if self._config is not None else self.pipeline
        return (__version__, pipeline, self.text_field, self.output_field, self.prefix, self.keep_article)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, self._state())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BatchCleaner) and self._state() == other._state()

    def __hash__(self) -> int:
        return hash(self._state())

    def __repr__(self) -> str:
        return (
            f"BatchCleaner({self.pipeline!r}, text_field={self.text_field!r}, output_field={self.output_field!r}, "
            f"prefix={self.prefix!r}, keep_article={self.keep_article!r})"
        )


def _restore(
    version: str, pipeline: str | Pipeline, text_field: str, output_field: str, prefix: str, keep_article: bool
) -> BatchCleaner:
    # ``version`` is carried for the hash only (see ``BatchCleaner._state``): a
    # cleaner always runs with the tidings installed where it is unpickled.
    if isinstance(pipeline, str):
        pipeline = Pipeline.from_config(json.loads(pipeline))
    return BatchCleaner(pipeline, text_field, output_field=output_field, prefix=prefix, keep_article=keep_article)


def _portable_config(pipeline: Pipeline) -> str | None:
    """``pipeline``'s config as canonical JSON, or None where that config does not rebuild it."""
    try:
        config = json.dumps(pipeline.to_config(), sort_keys=True, ensure_ascii=False)
        # ConfigError (a ValueError) for an unregistered custom step; TypeError for options JSON cannot hold.
        rebuilt = Pipeline.from_config(json.loads(config))
    except (TypeError, ValueError):
        return None
    return config if rebuilt == pipeline else None
