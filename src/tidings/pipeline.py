"""The Pipeline: named cleaners in order, then structure, then sentences.

A :class:`Pipeline` is immutable configuration. Calling it on a text runs each
cleaner through the engine (which records every edit and keeps the offset map),
reads the structure, removes boilerplate as recorded edits, and segments
sentences per block. It keeps no state between calls, so one pipeline can be
shared by threads; it pickles by configuration, so it can be sent to workers.
"""

from __future__ import annotations

import dataclasses
import tomllib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, Literal, overload

from . import cleaners as _cleaners
from ._engine import OffsetMap, Replacement, apply_replacements
from .article import PROSE_KINDS, Article, Block, Edit, Removed, Sentence
from .cleaners import Cleaner
from .errors import ConfigError, _detached
from .segment import Segmenter
from .structure import Layout, StructureOptions, analyze

__all__ = ["Pipeline", "Step"]

#: One call of the pipeline: the text, its ``source`` and its ``metadata``.
_Call = tuple["str | bytes", "str | None", "Mapping[str, Any] | None"]

#: Name under which boilerplate removal is recorded in ``Article.edits``.
REMOVE_BOILERPLATE = "remove_boilerplate"


@dataclass(frozen=True)
class Step:
    """A cleaner in a pipeline, under a name, with its options."""

    name: str
    cleaner: Cleaner
    options: Any = None

    def __reduce__(self) -> tuple[Any, ...]:
        func = getattr(self.cleaner, "wrapped_function", None)
        if func is not None:
            return (_step_of_function, (self.name, func, self.options))
        return (Step, (self.name, self.cleaner, self.options))

    @classmethod
    def of(cls, spec: str | Cleaner | Step) -> Step:
        if isinstance(spec, Step):
            return spec
        if isinstance(spec, str):
            cleaner = _cleaners.get(spec)
            return cls(spec, cleaner, _default_options(cleaner))
        if callable(spec):
            cleaner = _cleaners.from_function(spec)
            return cls(cleaner.step_name, cleaner, _default_options(cleaner))
        raise ConfigError(f"a step is a registered name, a cleaner or a str -> str function, not {spec!r}")


def _step_of_function(name: str, func: Any, options: Any) -> Step:
    return Step(name, _cleaners.from_function(func, name), options)


def _default_options(cleaner: Cleaner) -> Any:
    options_type = getattr(cleaner, "options_type", None)
    return options_type() if options_type is not None else None


def _options_from(options_type: type | None, name: str, values: Mapping[str, Any], base: Any = None) -> Any:
    """Build a step's frozen options from a mapping, naming any unknown key."""
    if options_type is None:
        if values:
            raise ConfigError(f"step {name!r} takes no options, got {sorted(values)}")
        return None
    known = {f.name for f in dataclasses.fields(options_type)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown option(s) {unknown} for {name!r}; known: {sorted(known)}")
    converted = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return dataclasses.replace(base if base is not None else options_type(), **converted)


class Pipeline:
    """An ordered list of named cleaners, plus structure and segmentation.

    >>> p = Pipeline.default().without("fix_encoding")
    >>> "fix_encoding" in p.names
    False
    >>> p.clean_text("Two  spaces,\\ttab.")
    'Two spaces, tab.'
    """

    __slots__ = ("_steps", "segmenter", "structure")

    def __init__(
        self,
        steps: Iterable[str | Cleaner | Step] | None = None,
        *,
        structure: StructureOptions | None = None,
        segmenter: Segmenter | None = None,
    ) -> None:
        chosen = [Step.of(s) for s in (_cleaners.DEFAULT_STEPS if steps is None else steps)]
        names = [s.name for s in chosen]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ConfigError(f"step(s) {repeated} appear more than once in the pipeline")
        self._steps: tuple[Step, ...] = tuple(chosen)
        self.structure = structure if structure is not None else StructureOptions()
        self.segmenter = segmenter if segmenter is not None else Segmenter()

    # -- building ---------------------------------------------------------

    @classmethod
    def default(cls) -> Pipeline:
        """The pipeline ``tidings.clean`` uses: every registered default step, in order."""
        return cls()

    @property
    def steps(self) -> tuple[Step, ...]:
        return self._steps

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self._steps)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise ConfigError(f"no step {name!r} in this pipeline; its steps: {', '.join(self.names)}") from None

    def _with_steps(self, steps: Sequence[Step]) -> Pipeline:
        return Pipeline(steps, structure=self.structure, segmenter=self.segmenter)

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        for name in names:
            self._index(name)
        return self._with_steps([s for s in self._steps if s.name not in names])

    def replace(self, name: str, step: str | Cleaner | Step) -> Pipeline:
        """A copy with the step called ``name`` replaced."""
        i = self._index(name)
        steps = list(self._steps)
        steps[i] = Step.of(step)
        return self._with_steps(steps)

    def insert(self, step: str | Cleaner | Step, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """A copy with ``step`` added before or after a named step (or at the end)."""
        if before is not None and after is not None:
            raise ConfigError("insert takes before= or after=, not both")
        steps = list(self._steps)
        if before is not None:
            at = self._index(before)
        elif after is not None:
            at = self._index(after) + 1
        else:
            at = len(steps)
        steps.insert(at, Step.of(step))
        return self._with_steps(steps)

    def configure(self, name: str, **options: Any) -> Pipeline:
        """A copy with options of the named step changed."""
        i = self._index(name)
        step = self._steps[i]
        new = dataclasses.replace(step, options=_options_from(step.cleaner.options_type, name, options, step.options))
        steps = list(self._steps)
        steps[i] = new
        return self._with_steps(steps)

    # -- configuration ----------------------------------------------------

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Pipeline:
        """Build from a mapping (the same shape as a TOML file; see ``docs/config.md``).

        Keys: ``steps`` (names, in order; default: the registry's order),
        ``skip`` (names to leave out), ``options`` (name -> option table),
        ``structure`` and ``segment`` (option tables).
        """
        unknown = sorted(set(config) - {"steps", "skip", "options", "structure", "segment"})
        if unknown:
            raise ConfigError(f"unknown config key(s) {unknown}; known: steps, skip, options, structure, segment")
        names = list(config.get("steps", _cleaners.DEFAULT_STEPS))
        skip = list(config.get("skip", ()))
        for name in [*names, *skip]:
            _cleaners.get(name)
        step_options = dict(config.get("options", {}))
        for name in step_options:
            if name not in names or name in skip:
                raise ConfigError(f"options given for {name!r}, which is not a step of this pipeline")
        steps = []
        for name in names:
            if name in skip:
                continue
            cleaner = _cleaners.get(name)
            steps.append(Step(name, cleaner, _options_from(cleaner.options_type, name, step_options.get(name, {}))))
        structure = _options_from(StructureOptions, "structure", config.get("structure", {}))
        segmenter = _options_from(Segmenter, "segment", config.get("segment", {}))
        return cls(steps, structure=structure, segmenter=segmenter)

    @classmethod
    def from_toml(cls, path: str | Path) -> Pipeline:
        """Build from a TOML file; errors name the file."""
        try:
            with open(path, "rb") as f:
                config = tomllib.load(f)
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{path}: cannot read pipeline config: {e}") from e
        try:
            return cls.from_config(config)
        except ConfigError as e:
            raise ConfigError(f"{path}: {e}") from e

    def to_config(self) -> dict[str, Any]:
        """The mapping :meth:`from_config` reads back (options as plain values)."""
        options = {
            s.name: _as_plain(dataclasses.asdict(s.options)) for s in self._steps if dataclasses.is_dataclass(s.options)
        }
        return {
            "steps": list(self.names),
            "options": {k: v for k, v in options.items() if v},
            "structure": _as_plain(dataclasses.asdict(self.structure)),
            "segment": _as_plain(dataclasses.asdict(self.segmenter)),
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # Registered steps travel by name and options; a custom cleaner that is
        # not registered travels by reference (pickle imports it by name).
        custom = {s.name: s for s in self._steps if _cleaners.REGISTRY.get(s.name) is not s.cleaner}
        return (_rebuild, (self.to_config(), custom))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self.to_config() == other.to_config() and self._steps == other._steps

    def __hash__(self) -> int:
        return hash(repr(self.to_config()))

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(map(repr, self.names))}])"

    # -- running ----------------------------------------------------------

    def __call__(
        self,
        text: str | bytes,
        *,
        source: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Article:
        """Clean ``text`` (a ``str``, or ``bytes`` to decode) into an :class:`Article`."""
        result = self._articles([(text, source, metadata)])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def clean_text(self, text: str | bytes) -> str:
        """Just the cleaned text: ``self(text).text``, without the work only an Article needs.

        No edit records, offset map, sentences or stats are made, so it is the
        faster call when the text is all a caller wants.
        """
        result = self._texts([text])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def _texts(self, texts: Sequence[str | bytes]) -> list[str | Exception]:
        """:meth:`clean_text` of each text, cleaned together (see :meth:`_rounds`), or the exception it raised."""
        errors: dict[int, Exception] = {}
        decoded = [self._decode(text, None, errors, i)[0] for i, text in enumerate(texts)]
        self._rounds(decoded, None, errors)
        return [errors.get(i, text) for i, text in enumerate(decoded)]

    @staticmethod
    def _decode(text: str | bytes, source: str | None, errors: dict[int, Exception], i: int) -> tuple[str, str | None]:
        """``text`` as a string and the encoding it was decoded from; a failure goes to ``errors[i]``."""
        if not isinstance(text, bytes | bytearray):
            return text, None
        from .io import decode

        try:
            return decode(bytes(text), source=source)
        except Exception as e:  # noqa: BLE001 - the text's result; the batch goes on
            errors[i] = _detached(e)
            return "", None

    def _articles(self, calls: Sequence[_Call]) -> list[Article | Exception]:
        """An Article for each ``(text, source, metadata)``, or the exception its text raised.

        The texts go through the steps together (see :meth:`_rounds`); one that
        fails stops there and the others go on.
        """
        errors: dict[int, Exception] = {}
        texts: list[str] = []
        encodings: list[str | None] = []
        for i, (text, source, _) in enumerate(calls):
            decoded, encoding = self._decode(text, source, errors, i)
            texts.append(decoded)
            encodings.append(encoding)
        records = [_Record(text) for text in texts]
        headers = self._rounds(texts, records, errors)
        results: list[Article | Exception] = []
        for i, (text, header, record) in enumerate(zip(texts, headers, records, strict=True)):
            if i in errors:
                results.append(errors[i])
                continue
            assert header is not None  # the last round of a text that did not fail analyzes it
            try:
                results.append(self._article(text, header, record, calls[i][1], calls[i][2], encodings[i]))
            except Exception as e:  # noqa: BLE001 - the text's result; the batch goes on
                results.append(_detached(e))
        return results

    def _article(
        self,
        text: str,
        header: Layout,
        record: _Record,
        source: str | None,
        metadata: Mapping[str, Any] | None,
        encoding: str | None,
    ) -> Article:
        chars_in = len(record.original)
        blocks, removed, edits = record.blocks, record.removed, record.edits
        sentences = self._sentences(text, blocks, record.offsets)
        stats = {
            "chars_in": chars_in,
            "chars_out": len(text),
            "edits": len(edits),
            "edits_by_step": record.edits_by_step,
            "blocks": len(blocks),
            "sentences": len(sentences),
            "removed_blocks": len(removed),
            "boilerplate_ratio": _ratio(sum(len(r.text) for r in removed), record.chars_before_removal),
            "repeat_ratio": _ratio(record.chars_removed_by_step.get("remove_repeats", 0), chars_in),
        }
        return Article(
            text=text,
            title=header.title,
            authors=list(header.authors),
            published=header.published,
            blocks=blocks,
            sentences=sentences,
            removed=removed,
            edits=edits,
            source=source,
            encoding=encoding,
            metadata=dict(metadata or {}),
            stats=stats,
        )

    def _rounds(
        self, texts: list[str], records: list[_Record] | None, errors: dict[int, Exception]
    ) -> list[Layout | None]:
        """Cleaners, structure and boilerplate removal, in rounds until nothing more changes, for a batch of texts.

        Each ``texts[i]`` is replaced by its cleaned text. A text takes another
        round when a step made a new line break (:func:`_breaks_line`) or a
        cleaner would change the lines around removed boilerplate
        (:meth:`_seams_change`); at most :data:`_MAX_ROUNDS`. ``records``, if
        given, keep every edit and removal for the Articles. Returns each
        text's first analysis: title, byline and date are read where the
        page's own context is whole (later rounds see the text without its
        boilerplate, and on the dev pages lost 3 of 67 titles), while the kinds
        of the blocks come from the last round, so there a title line may be a
        heading. A text whose step raises stops there, with its exception in
        ``errors`` (by index) and None for its analysis; texts already in
        ``errors`` are skipped.

        Each text takes exactly the steps it would alone: the batch changes
        only the order of the work, each step running over every text in turn,
        which keeps the step's code and data in the processor's caches (7-9%
        less time than taking each text through every step; docs/performance.md).
        """
        headers: list[Layout | None] = [None] * len(texts)
        active = [i for i in range(len(texts)) if i not in errors]
        failed = False  # whether a text of ``active`` failed in this step
        for round_ in range(1, _MAX_ROUNDS + 1):
            broke_lines: set[int] = set()
            for step in self._steps:
                find, options, name = step.cleaner.find_edits, step.options, step.name
                for i in active:
                    try:
                        proposals = find(texts[i], options)
                        if not proposals:
                            continue
                        texts[i], step_edits, applied = apply_replacements(texts[i], proposals, name)
                        if step_edits:
                            if records is not None:
                                records[i].step(name, step_edits, applied)
                            if any(_breaks_line(e.before, e.after) for e in step_edits):
                                broke_lines.add(i)
                    except Exception as e:  # noqa: BLE001 - the text's result; the batch goes on
                        errors[i] = _detached(e)
                        failed = True
                if failed:
                    active = [i for i in active if i not in errors]
                    failed = False
            again = []
            for i in active:
                if i in broke_lines and round_ < _MAX_ROUNDS:
                    again.append(i)
                    continue
                try:
                    record = None if records is None else records[i]
                    texts[i], layout, seams_change = self._structure_round(texts[i], record, round_ < _MAX_ROUNDS)
                    headers[i] = headers[i] or layout
                    if seams_change:
                        again.append(i)
                except Exception as e:  # noqa: BLE001 - the text's result; the batch goes on
                    errors[i] = _detached(e)
            active = again
            if not active:
                break
        return headers

    def _structure_round(self, text: str, record: _Record | None, may_repeat: bool) -> tuple[str, Layout, bool]:
        """``text`` analyzed and without its boilerplate, the analysis, and whether it takes another round.

        It does if ``may_repeat`` (another round is allowed) and the cleaners
        would change a seam the removal left.
        """
        layout = analyze(text, self.structure)
        drop = self._dropped(layout)
        if record is None:
            kept, removal_edits, _ = apply_replacements(text, self._removals(text, layout, drop), REMOVE_BOILERPLATE)
        else:
            kept, blocks, removed, removal_edits = self._remove_boilerplate(
                text, layout, drop, record.offsets, record.original
            )
            record.remove(len(text), blocks, removed, removal_edits)
        return kept, layout, may_repeat and self._seams_change(kept, removal_edits)

    def _seams_change(self, text: str, removal_edits: list[Edit]) -> bool:
        """Whether a cleaner would change the lines where removed boilerplate stood between two kept ones.

        Lines that boilerplate stood between become neighbours: a paragraph
        printed twice around an advertisement is a repeat only now, a line
        wrapped around a share bar can only now be joined. If the cleaners
        change a few lines around such a seam, the text takes another round
        (see :func:`_breaks_line`), so a second cleaning finds nothing to do.
        """
        windows: list[list[int]] = []
        # Where the removed text was, in ``text`` (edits replay in order, so each
        # start is an offset of the text after all of them). A removal at either
        # end of the text can change how unwrap_lines reads the run that now
        # ends there, but looking at both ends of every text cost 20%: not done
        # (docs/architecture.md).
        for seam in sorted({e.start for e in removal_edits if 0 < e.start < len(text)}):
            lo = hi = seam
            for _ in range(_SEAM_LINES):
                lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1
                found = text.find("\n", hi + 1)
                hi = len(text) if found < 0 else found
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi  # seams close together share one look
            else:
                windows.append([lo, hi])
        # A proposal counts only if it changes the text, as the engine applies it.
        return any(
            apply_replacements(text[lo:hi], step.cleaner.find_edits(text[lo:hi], step.options), step.name)[1]
            for lo, hi in windows
            for step in self._steps
        )

    def _dropped(self, layout: Layout) -> list[bool]:
        return [b.kind == "boilerplate" and self.structure.remove_boilerplate for b in layout.blocks]

    def _removals(self, text: str, layout: Layout, drop: list[bool]) -> list[Replacement]:
        """The deletions that remove the dropped blocks, each with one separator."""
        spans = layout.blocks
        removals: list[Replacement] = []
        last_kept = max((i for i, d in enumerate(drop) if not d), default=-1)
        for i, block in enumerate(spans):
            if not drop[i]:
                continue
            if i < last_kept:
                # Take the block's lines and the line breaks after them, but not the
                # next line's indentation: it belongs to that line (code stays code,
                # and a second cleaning sees the line as the first did).
                start = text.rfind("\n", 0, block.start) + 1
                end = text.rfind("\n", block.end, spans[i + 1].start) + 1
            else:
                # After the last kept block: take the separator before it.
                start, end = (spans[i - 1].end if i > 0 else 0), block.end
                if i == len(spans) - 1:
                    end = len(text)
            removals.append((start, end, ""))
        return removals

    def _remove_boilerplate(
        self, text: str, layout: Layout, drop: list[bool], offsets: OffsetMap, original: str
    ) -> tuple[str, list[Block], list[Removed], list[Edit]]:
        spans = layout.blocks
        removals = self._removals(text, layout, drop)
        removed = []
        for block, dropped in zip(spans, drop, strict=True):
            if dropped:
                in_source = original[offsets.to_source_start(block.start) : offsets.to_source_end(block.end)]
                removed.append(
                    Removed(
                        "boilerplate",
                        text[block.start : block.end],
                        block.reason or "",
                        block.start,
                        block.end,
                        in_source,
                    )
                )
        new_text, removal_edits, applied = apply_replacements(text, removals, REMOVE_BOILERPLATE)
        if applied:
            offsets.compose(applied)
        # Kept blocks move left by what was removed before them.
        ends = [end for _, end, _ in applied]
        removed_before = [0, *accumulate(end - start for start, end, _ in applied)]
        blocks = []
        for block, dropped in zip(spans, drop, strict=True):
            if dropped:
                continue
            shift = removed_before[bisect_right(ends, block.start)]
            start, end = block.start - shift, block.end - shift
            kind = "paragraph" if block.kind == "boilerplate" else block.kind
            blocks.append(Block(kind, new_text[start:end], start, end))
        return new_text, blocks, removed, removal_edits

    def _sentences(self, text: str, blocks: list[Block], offsets: OffsetMap) -> list[Sentence]:
        spans = [
            (block.start + s, block.start + e)
            for block in blocks
            if block.kind in PROSE_KINDS
            for s, e in self.segmenter.spans(block.text)
        ]
        return [
            Sentence(text[start:end], start, end, source_start, source_end)
            for (start, end), (source_start, source_end) in zip(spans, offsets.to_source_spans(spans))
        ]

    # Typed for the common call (Articles, errors raised); any other returns what convert makes, or exceptions.
    @overload
    def map(
        self, items: Iterable[str | bytes], *, jobs: int = ..., on_error: Literal["raise"] = ..., convert: None = ...
    ) -> Iterator[Article]: ...

    @overload
    def map(
        self,
        items: Iterable[str | bytes],
        *,
        jobs: int = ...,
        on_error: str = ...,
        convert: Callable[[Article], Any] | None = ...,
    ) -> Iterator[Any]: ...

    def map(
        self,
        items: Iterable[str | bytes],
        *,
        jobs: int = 1,
        on_error: str = "raise",
        convert: Callable[[Article], Any] | None = None,
    ) -> Iterator[Any]:
        """Clean many texts, yielding Articles in input order.

        Texts are cleaned a chunk of 64 at a time (fewer when they are long),
        each step over the chunk in turn, which is faster than calling the
        pipeline on each (the same Articles); the first comes once its chunk is
        clean. ``jobs > 1`` uses worker processes (guard the calling script with
        ``if __name__ == "__main__":``). ``on_error="return"`` yields the
        exception in place of a failed item and goes on; with ``"raise"`` the
        items before it are yielded first (the rest of its chunk is cleaned
        before the error is raised).

        ``convert``, if given, is applied to each Article where it was made and
        its result is yielded instead, e.g. ``convert=Article.to_json`` for JSON
        lines. With ``jobs > 1`` it and its results must be picklable (a
        module-level function or a method such as ``Article.to_json``); it runs
        in the workers, so only its result crosses between processes. That is
        the fast way to make output in parallel: rebuilding whole Articles in
        the calling process costs it about a tenth of the work
        (docs/performance.md).
        """
        from ._parallel import map_in_order

        return map_in_order(self, items, jobs=jobs, on_error=on_error, finish=convert)

    @overload
    def map_text(
        self, items: Iterable[str | bytes], *, jobs: int = ..., on_error: Literal["raise"] = ...
    ) -> Iterator[str]: ...

    @overload
    def map_text(
        self, items: Iterable[str | bytes], *, jobs: int = ..., on_error: Literal["return"]
    ) -> Iterator[str | Exception]: ...

    def map_text(self, items: Iterable[str | bytes], *, jobs: int = 1, on_error: str = "raise") -> Iterator[Any]:
        """:meth:`clean_text` of many texts, in input order: :meth:`map` for when the text is all a caller wants.

        Chunks, ``jobs`` and ``on_error`` work as in :meth:`map`; no Article is
        made, so it is the faster way to clean a corpus's texts.
        """
        from ._parallel import map_in_order

        return map_in_order(self, items, jobs=jobs, on_error=on_error, text_only=True)


class _Record:
    """What an Article keeps of a run: every edit, the offset map, the removed blocks, counts."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.offsets = OffsetMap()
        self.edits: list[Edit] = []
        self.edits_by_step: dict[str, int] = {}
        self.chars_removed_by_step: dict[str, int] = {}
        self.removed: list[Removed] = []
        self.blocks: list[Block] = []
        self.chars_before_removal = -1

    def step(self, name: str, step_edits: list[Edit], applied: list[Replacement]) -> None:
        self.offsets.compose(applied)
        self.edits.extend(step_edits)
        self.edits_by_step[name] = self.edits_by_step.get(name, 0) + len(step_edits)
        gone = sum(len(e.before) - len(e.after) for e in step_edits)
        self.chars_removed_by_step[name] = self.chars_removed_by_step.get(name, 0) + gone

    def remove(self, chars_before: int, blocks: list[Block], removed: list[Removed], removal_edits: list[Edit]) -> None:
        if self.chars_before_removal < 0:
            self.chars_before_removal = chars_before
        self.blocks = blocks
        self.removed.extend(removed)
        if removal_edits:
            self.edits.extend(removal_edits)
            self.edits_by_step[REMOVE_BOILERPLATE] = self.edits_by_step.get(REMOVE_BOILERPLATE, 0) + len(removal_edits)


def _rebuild(config: dict[str, Any], custom: dict[str, Step]) -> Pipeline:
    registered = {k: v for k, v in config.items() if k != "steps"}
    names = config["steps"]
    base = Pipeline.from_config(
        {**registered, "steps": [n for n in names if n not in custom]}
        | {"options": {k: v for k, v in config.get("options", {}).items() if k not in custom}}
    )
    by_name = {s.name: s for s in base.steps} | custom
    return Pipeline([by_name[n] for n in names], structure=base.structure, segmenter=base.segmenter)


def _as_plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _as_plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_as_plain(v) for v in value]
    return value


#: Rounds of the cleaners a text may take (see :func:`_breaks_line`).
_MAX_ROUNDS = 3


#: Lines on each side of a seam left by removed boilerplate that the cleaners
#: look at again: the longest run of lines ``remove_repeats`` drops as one repeat.
_SEAM_LINES = 4


def _breaks_line(before: str, after: str) -> bool:
    """Whether an edit of ``before`` into ``after`` makes a new line break.

    A step that breaks a line (``split_blocks`` parting a glued byline or date;
    ``normalize_whitespace`` turning U+2028 or a lone ``\\r`` into ``\\n``)
    changes what the steps before it would have seen: ``Dr.It`` followed by a
    glued date is a glued sentence only once the date stands on its own line.
    The cleaners then run again on the result, so a second cleaning finds
    nothing more to do (idempotence); at most :data:`_MAX_ROUNDS` rounds.
    """
    return after.count("\n") > before.count("\n")


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 6) if whole else 0.0
