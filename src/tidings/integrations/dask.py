"""Dask: clean a corpus of records as a bag or a dataframe, on one machine or a cluster.

Both helpers add one ``map_partitions`` to the graph. The task function is a
:class:`~tidings.integrations.records.BatchCleaner`, which pickles as the
pipeline's configuration: each worker rebuilds the Pipeline when it unpickles
the task, once per partition at most, and never ships a pipeline object's
internals. Output is the same record for record as cleaning in one process,
whatever the scheduler (threads, processes, ``distributed``); see
``docs/integrations/dask.md`` for a multi-machine recipe.

Install with ``pip install 'tidings[dask]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._optional import require
from .records import BatchCleaner

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

    from ..pipeline import Pipeline

__all__ = ["clean_bag", "clean_dataframe", "clean_pandas"]

#: pandas dtype of each Python type a BatchCleaner column holds. Text is pandas'
#: ``string`` dtype (missing: ``pd.NA``), the same on pandas 1 to 3; ``object``
#: would leave Parquet writers unable to infer a schema from the meta.
_DTYPES: dict[type, str] = {str: "string", int: "int64", float: "float64"}


def clean_bag(
    bag: dask.bag.Bag, pipeline: Pipeline | None = None, text_field: str = "text", **options: Any
) -> dask.bag.Bag:
    """A bag of records (dicts) with ``text_field`` cleaned and the summary fields added.

    ``options`` go to :class:`~tidings.integrations.records.BatchCleaner`
    (``output_field``, ``prefix``, ``keep_article``).
    """
    require("dask.bag", "dask")
    return bag.map_partitions(BatchCleaner(pipeline, text_field, **options).clean_records)


def clean_dataframe(
    df: dask.dataframe.DataFrame, pipeline: Pipeline | None = None, text_field: str = "text", **options: Any
) -> dask.dataframe.DataFrame:
    """A dataframe with ``text_field`` cleaned and the summary columns added.

    The output's ``meta`` (column names and dtypes) is computed from the input's
    empty ``meta`` by the same function the partitions run, so it cannot drift
    from what they return. ``options`` are as for :func:`clean_bag`.
    """
    require("dask.dataframe", "dask")
    cleaner = BatchCleaner(pipeline, text_field, **options)
    return df.map_partitions(_clean_frame, cleaner, meta=_clean_frame(df._meta, cleaner))


def clean_pandas(
    frame: pandas.DataFrame, pipeline: Pipeline | None = None, text_field: str = "text", **options: Any
) -> pandas.DataFrame:
    """What :func:`clean_dataframe` does to each partition, for a pandas DataFrame in one process.

    >>> import pandas as pd
    >>> out = clean_pandas(pd.DataFrame({"text": ["Two  spaces.", None]}))
    >>> out["text"].tolist(), out["n_edits"].tolist()
    (['Two spaces.', <NA>], [1, 0])
    """
    require("pandas", "dask")
    return _clean_frame(frame, BatchCleaner(pipeline, text_field, **options))


def _clean_frame(frame: pandas.DataFrame, cleaner: BatchCleaner) -> pandas.DataFrame:
    import pandas as pd

    column = frame[cleaner.text_field]
    # pandas marks a missing text NaN (a float); the cleaner's missing text is None.
    texts = column.astype(object).where(column.notna(), None).tolist()
    cleaned = cleaner({cleaner.text_field: texts})
    out = frame.copy(deep=False)
    for name, kind in cleaner.columns.items():
        out[name] = pd.Series(cleaned[name], index=frame.index, dtype=_DTYPES[kind])
    return out
