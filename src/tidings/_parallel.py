"""Running a pipeline over many items, in order, optionally in worker processes.

Items stream: at most a few chunks per worker are in flight, so memory stays
flat however long the input. Each worker builds its pipeline once (from the
pickled configuration), not once per item.
"""

from __future__ import annotations

import pickle
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from .errors import _detached

if TYPE_CHECKING:
    from .article import Article
    from .pipeline import Pipeline

__all__ = ["map_in_order"]

#: Items per chunk: large enough that pickling and scheduling stay a small
#: share of the work and a batch keeps each step's code in the caches, small
#: enough to keep workers evenly busy.
CHUNK_SIZE = 64
#: Characters per chunk: a chunk ends once its items reach this. A batch holds
#: every item's working set at once, so large documents go a few at a time.
CHUNK_CHARS = 1_000_000
#: Chunks in flight per worker.
IN_FLIGHT_PER_WORKER = 4

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    """``items`` in chunks of at most :data:`CHUNK_SIZE` items and about :data:`CHUNK_CHARS` characters.

    If reading the items fails, the items read before the failure still come
    as a chunk, then the error is raised.
    """
    iterator = iter(items)
    while True:
        chunk: list[Any] = []
        chars = 0
        try:
            for item in iterator:
                chunk.append(item)
                text = item[0] if isinstance(item, tuple) and item else item
                chars += len(text) if isinstance(text, str | bytes | bytearray) else 0
                if len(chunk) == CHUNK_SIZE or chars >= CHUNK_CHARS:
                    break
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


class _Failed:
    """An item's exception, as it travels back (a converted result may itself be an exception)."""

    __slots__ = ("error",)

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __reduce__(self) -> tuple[Any, ...]:
        # Crossing processes: the worker's traceback goes along as text (the
        # parent sees where a cleaner failed), and the exception as its own
        # recipe (what pickle would do with it), which the parent follows
        # itself: an exception that does not pickle, or does not rebuild from
        # its recipe, becomes a RuntimeError that names it instead of breaking the pool.
        error = self.error
        trace = "".join(traceback.format_exception(error))
        recipe: tuple[Any, ...] | None = error.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        try:
            pickle.dumps(recipe)
        except Exception:  # noqa: BLE001 - any failure to pickle means: send a stand-in
            recipe = None
        return (_failed_in_worker, (recipe, f"{type(error).__qualname__}: {error}", trace))


class _WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker process, as text."""

    def __str__(self) -> str:
        return f"\n{self.args[0]}"


def _failed_in_worker(recipe: tuple[Any, ...] | None, name: str, trace: str) -> _Failed:
    error: BaseException | None = None
    if recipe is not None:
        rebuild, args, *rest = recipe
        try:
            error = rebuild(*args)
            if rest and rest[0]:
                error.__setstate__(rest[0])  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - any failure to rebuild means: a stand-in
            error = None
    if not isinstance(error, Exception):
        error = RuntimeError(f"{name} (the exception itself could not be sent back from the worker)")
    error.__cause__ = _WorkerTraceback(trace)
    return _Failed(error)


def _run_chunk(chunk: list[Any], finish: Callable[[Article], Any] | None, text_only: bool) -> list[Any]:
    assert _worker_pipeline is not None
    return _run_items(_worker_pipeline, chunk, finish, text_only)


def _call(item: Any) -> tuple[Any, str | None, Any]:
    """A pipeline call of an item: a text, or ``(text, keyword arguments for the call)``."""
    if not isinstance(item, tuple):
        return item, None, None
    text, kwargs = item
    unknown = sorted(set(kwargs) - {"source", "metadata"})
    if unknown:
        raise TypeError(f"unexpected keyword arguments for a pipeline call: {unknown}")
    return text, kwargs.get("source"), kwargs.get("metadata")


def _run_items(
    pipeline: Pipeline, chunk: list[Any], finish: Callable[[Article], Any] | None, text_only: bool
) -> list[Any]:
    """The results of a chunk of items, cleaned together; a failed item's is its exception, as :class:`_Failed`."""
    if text_only:
        return [_Failed(r) if isinstance(r, Exception) else r for r in pipeline._texts(chunk)]
    failed: dict[int, Exception] = {}
    calls = []
    for i, item in enumerate(chunk):
        try:
            calls.append(_call(item))
        except Exception as e:  # noqa: BLE001 - the item's result; the chunk goes on
            failed[i] = _detached(e)
            calls.append(("", None, None))
    out: list[Any] = []
    for i, result in enumerate(pipeline._articles(calls)):
        if i in failed:
            out.append(_Failed(failed[i]))
        elif isinstance(result, Exception):
            out.append(_Failed(result))
        elif finish is None:
            out.append(result)
        else:
            try:
                out.append(finish(result))
            except Exception as e:  # noqa: BLE001 - the item's result; the chunk goes on
                out.append(_Failed(_detached(e)))
    return out


def _unpack(results: list[Any], on_error: str) -> Iterator[Any]:
    for result in results:
        if isinstance(result, _Failed):
            if on_error != "return":
                raise result.error
            yield result.error
        else:
            yield result


def map_in_order(
    pipeline: Pipeline,
    items: Iterable[Any],
    *,
    jobs: int = 1,
    on_error: str = "raise",
    finish: Callable[[Article], Any] | None = None,
    text_only: bool = False,
) -> Iterator[Any]:
    """Yield ``pipeline(item)`` for each item, in input order (``pipeline.clean_text(item)`` if ``text_only``).

    ``finish`` (a picklable function) is applied to each Article where it was
    made: in the worker, so turning Articles into output (e.g. JSON) runs in
    parallel too and only the result crosses between processes. If reading
    ``items`` fails, the results of the items before the failure come first.
    """
    if on_error not in ("raise", "return"):
        raise ValueError(f"on_error must be 'raise' or 'return', not {on_error!r}")
    chunks = _chunks(items)
    if jobs <= 1:
        # Items are cleaned a chunk at a time here too: together they run faster (see Pipeline._rounds).
        for chunk in chunks:
            yield from _unpack(_run_items(pipeline, chunk, finish, text_only), on_error)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(pipeline,)) as pool:
        pending: deque[Future[list[Any]]] = deque()
        limit = jobs * IN_FLIGHT_PER_WORKER
        reading: Exception | None = None  # what reading the items raised, once the chunks before it are out
        more = True
        while True:
            while more and reading is None and len(pending) < limit:
                try:
                    batch = next(chunks, None)
                except Exception as e:  # noqa: BLE001 - raised below, after the chunks read before it
                    reading = e
                    break
                if batch is None:
                    more = False
                else:
                    pending.append(pool.submit(_run_chunk, batch, finish, text_only))
            if not pending:
                if reading is not None:
                    raise reading
                return
            yield from _unpack(pending.popleft().result(), on_error)
