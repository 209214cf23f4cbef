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


def _run_chunk(chunk: list[Any], on_error: str, finish: Callable[[Article], Any] | None) -> list[Any]:
    assert _worker_pipeline is not None
    return _run_items(_worker_pipeline, chunk, on_error, finish)


def _run_items(
    pipeline: Pipeline, chunk: Iterable[Any], on_error: str, finish: Callable[[Article], Any] | None
) -> list[Any]:
    out: list[Any] = []
    for item in chunk:
        try:
            article = _run_one(pipeline, item)
            out.append(article if finish is None else finish(article))
        except Exception as e:
            if on_error != "return":
                raise
            out.append(e)
    return out


def _run_one(pipeline: Pipeline, item: Any) -> Article:
    # An item is a text, or (text, keyword arguments for the pipeline call).
    if isinstance(item, tuple):
        text, kwargs = item
        return pipeline(text, **kwargs)
    return pipeline(item)


def map_in_order(
    pipeline: Pipeline,
    items: Iterable[Any],
    *,
    jobs: int = 1,
    on_error: str = "raise",
    finish: Callable[[Article], Any] | None = None,
) -> Iterator[Any]:
    """Yield ``pipeline(item)`` for each item, in input order.

    ``finish`` (a picklable function) is applied to each Article where it was
    made: in the worker, so turning Articles into output (e.g. JSON) runs in
    parallel too and only the result crosses between processes.
    """
    if on_error not in ("raise", "return"):
        raise ValueError(f"on_error must be 'raise' or 'return', not {on_error!r}")
    iterator = iter(items)
    if jobs <= 1:
        for item in iterator:
            yield from _run_items(pipeline, (item,), on_error, finish)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(pipeline,)) as pool:
        pending: deque[Future[list[Any]]] = deque()
        limit = jobs * IN_FLIGHT_PER_WORKER
        while True:
            while len(pending) < limit:
                chunk = list(islice(iterator, CHUNK_SIZE))
                if not chunk:
                    break
                pending.append(pool.submit(_run_chunk, chunk, on_error, finish))
            if not pending:
                return
            yield from pending.popleft().result()
