"""The Article and its parts: plain, typed, JSON-serializable records.

An :class:`Article` is what the pipeline returns. Everything on it is plain data
(strings, ints, lists, dicts), so ``Article.from_dict(a.to_dict()) == a`` holds
exactly, and the JSON form carries a schema version so readers can tell which
shape they hold.

Offsets are primary: every :class:`Block` and :class:`Sentence` is a span of
``Article.text`` and its ``text`` is that slice, never a string searched for
afterwards.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal

import orjson

__all__ = ["SCHEMA", "Article", "Block", "BlockKind", "Edit", "Removed", "Sentence"]

#: Schema name and version written into every serialized Article.
SCHEMA = "tidings.article/1"

BlockKind = Literal["title", "byline", "heading", "paragraph", "list_item", "quote", "caption"]

#: Block kinds whose sentences are segmented and that make up ``Article.body``.
BODY_KINDS: frozenset[str] = frozenset({"heading", "paragraph", "list_item", "quote"})
#: Block kinds that are segmented into sentences.
PROSE_KINDS: frozenset[str] = frozenset({"paragraph", "list_item", "quote"})


@dataclass(frozen=True, slots=True)
class Edit:
    """One change made by one step.

    ``start``/``end`` index the text as it stood just before this edit was
    applied: replaying ``text = text[:start] + after + text[end:]`` for each edit
    in order turns the input into ``Article.text`` (see :func:`replay`).
    """

    step: str
    start: int
    end: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Block:
    """A span of ``Article.text`` with a structural kind."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: a span of ``Article.text``.

    ``source_start``/``source_end`` locate it in the decoded input, before any
    cleaner ran (text that a cleaner inserted maps to the place it was inserted).
    """

    text: str
    start: int
    end: int
    source_start: int
    source_end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A block dropped from the text (boilerplate), kept so nothing is lost."""

    kind: str
    text: str
    reason: str
    start: int  # offset in the text as it was when the block was removed
    end: int
    #: The block as it stood in the decoded input, before any cleaner ran.
    source_text: str = ""


@dataclass(slots=True)
class Article:
    """A cleaned, structured article. See ``docs/article.md`` for every field."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    source: str | None = None
    encoding: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """Headings, paragraphs and list items only, joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks if b.kind in BODY_KINDS)

    def __reduce__(self) -> tuple[Any, ...]:
        # Blocks and sentences travel as spans only (their text is a slice of
        # ``text``), a third of the bytes when Articles stream back from workers.
        blocks = [(b.kind, b.start, b.end) for b in self.blocks]
        sentences = [(s.start, s.end, s.source_start, s.source_end) for s in self.sentences]
        rest = {name: getattr(self, name) for name in _ARTICLE_FIELDS if name not in ("blocks", "sentences")}
        return (_unpickle_article, (rest, blocks, sentences))

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form, with the schema version first."""
        data: dict[str, Any] = {"schema": SCHEMA}
        for name in _ARTICLE_FIELDS:
            value = getattr(self, name)
            if name in _RECORD_LISTS:
                names = _RECORD_FIELDS[name]
                value = [dict(zip(names, _RECORD_GETTERS[name](item), strict=True)) for item in value]
            elif name in ("metadata", "stats"):
                value = copy.deepcopy(value)
            elif name == "authors":
                value = list(value)
            data[name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`; refuses data of another schema."""
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"cannot read an Article of schema {schema!r}; this tidings reads {SCHEMA!r}")
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in _RECORD_LISTS:
                value = [_RECORD_LISTS[f.name](**item) for item in value]
            kwargs[f.name] = value
        return cls(**kwargs)

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON text of :meth:`to_dict`, non-ASCII kept as is; compact on one line unless ``indent`` is given.

        orjson writes the records straight from their fields, several times
        faster than building the dict for the standard library's encoder, which
        matters when a batch job writes an Article per document. The caller's
        ``metadata`` is encoded by the standard library, so the compact and the
        indented forms agree on it (``NaN`` stays ``NaN``; a date is refused by
        both). Text orjson refuses, such as a lone surrogate from broken UTF-16,
        goes to the standard library's encoder, as does indented output.
        """
        if indent is None:
            data = {"schema": SCHEMA, **{name: getattr(self, name) for name in _ARTICLE_FIELDS}}
            metadata = json.dumps(self.metadata, ensure_ascii=False, separators=(",", ":")) if self.metadata else "{}"
            data["metadata"] = orjson.Fragment(metadata)
            try:
                return orjson.dumps(data).decode()
            except TypeError:
                return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))


def _reduce_record(self: Any) -> tuple[type, tuple[Any, ...]]:
    # A record pickles as its class and field values: a quarter of the default
    # slots state, which matters when Articles stream back from worker processes.
    return (type(self), _RECORD_GETTERS_BY_TYPE[type(self)](self))


_RECORD_LISTS: dict[str, type] = {
    "blocks": Block,
    "sentences": Sentence,
    "removed": Removed,
    "edits": Edit,
}
# Field names and getters computed once: to_dict runs per document in batch jobs,
# and dataclasses.asdict (a recursive deep copy) was its main cost.
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_RECORD_FIELDS = {k: tuple(f.name for f in fields(v)) for k, v in _RECORD_LISTS.items()}
_RECORD_GETTERS = {k: attrgetter(*names) for k, names in _RECORD_FIELDS.items()}
_RECORD_GETTERS_BY_TYPE = {_RECORD_LISTS[k]: getter for k, getter in _RECORD_GETTERS.items()}
for _record in _RECORD_LISTS.values():
    _record.__reduce__ = _reduce_record  # type: ignore[method-assign,assignment]


def _unpickle_article(rest: dict[str, Any], blocks: list[tuple[str, int, int]], sentences: list[tuple[int, int, int, int]]) -> Article:
    text = rest["text"]
    return Article(
        **rest,
        blocks=[Block(kind, text[start:end], start, end) for kind, start, end in blocks],
        sentences=[Sentence(text[start:end], start, end, ss, se) for start, end, ss, se in sentences],
    )


def replay(text: str, edits: list[Edit]) -> str:
    """Apply recorded edits in order to ``text``.

    Raises ``ValueError`` if an edit's ``before`` is not what stands at its span,
    so a wrong record can never pass silently.

    >>> replay("a , b", [Edit("repair_punctuation", 1, 2, " ", "")])
    'a, b'
    """
    for e in edits:
        if text[e.start : e.end] != e.before:
            raise ValueError(f"edit {e!r} does not match the text at {e.start}:{e.end}: {text[e.start:e.end]!r}")
        text = text[: e.start] + e.after + text[e.end :]
    return text
