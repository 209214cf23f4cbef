"""Running a pipeline over many items, in order, optionally in worker processes.

Items stream: at most a few chunks per worker are in flight, so memory stays
flat however long the input. Each worker builds its pipeline once (from the
pickled configuration), not once per item.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article import Article
    from .pipeline import Pipeline

__all__ = ["map_in_order"]

#: Items per task sent to a worker: large enough that pickling and scheduling
#: stay a small share of the work, small enough to keep workers evenly busy.
CHUNK_SIZE = 64
#: Chunks in flight per worker.
IN_FLIGHT_PER_WORKER = 4

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


class _Failed:
    """An item's exception, as it travels back (a converted result may itself be an exception)."""

    __slots__ = ("error",)

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Failed, (self.error,))


def _run_chunk(chunk: list[Any], finish: Callable[[Article], Any] | None, text_only: bool) -> list[Any]:
    assert _worker_pipeline is not None
    return _run_items(_worker_pipeline, chunk, finish, text_only)


def _run_items(
    pipeline: Pipeline, chunk: list[Any], finish: Callable[[Article], Any] | None, text_only: bool
) -> list[Any]:
    """The results of a chunk of items, cleaned together; a failed item's is its exception, as :class:`_Failed`."""
    if text_only:
        return [_Failed(r) if isinstance(r, Exception) else r for r in pipeline._texts(chunk)]
    # An item is a text, or (text, keyword arguments for the pipeline call).
    calls = [
        (item[0], item[1].get("source"), item[1].get("metadata")) if isinstance(item, tuple) else (item, None, None)
        for item in chunk
    ]
    out: list[Any] = []
    for result in pipeline._articles(calls):
        if isinstance(result, Exception):
            out.append(_Failed(result))
        elif finish is None:
            out.append(result)
        else:
            try:
                out.append(finish(result))
            except Exception as e:  # noqa: BLE001 - the item's result; the chunk goes on
                out.append(_Failed(e))
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
    parallel too and only the result crosses between processes.
    """
    if on_error not in ("raise", "return"):
        raise ValueError(f"on_error must be 'raise' or 'return', not {on_error!r}")
    iterator = iter(items)
    if jobs <= 1:
        # Items are cleaned a chunk at a time here too: together they run faster (see Pipeline._rounds).
        while chunk := list(islice(iterator, CHUNK_SIZE)):
            yield from _unpack(_run_items(pipeline, chunk, finish, text_only), on_error)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(pipeline,)) as pool:
        pending: deque[Future[list[Any]]] = deque()
        limit = jobs * IN_FLIGHT_PER_WORKER
        while True:
            while len(pending) < limit:
                chunk = list(islice(iterator, CHUNK_SIZE))
                if not chunk:
                    break
                pending.append(pool.submit(_run_chunk, chunk, finish, text_only))
            if not pending:
                return
            yield from _unpack(pending.popleft().result(), on_error)
