"""Adapters that drop tidings into other people's pipelines, each an optional extra.

- :mod:`tidings.integrations.records`: :class:`~tidings.integrations.records.BatchCleaner`,
  a picklable, stably hashed batch function (columns in, columns out) for HF
  ``datasets.map``, Ray ``map_batches`` and similar (``pip install 'tidings[datasets]'``
  for the datasets test; the class itself needs nothing).
- :mod:`tidings.integrations.dask`: bags and dataframes at corpus scale (``tidings[dask]``).
- :mod:`tidings.integrations.datatrove`: a datatrove ``PipelineStep`` (``tidings[datatrove]``).
- :mod:`tidings.integrations.langchain`: a LangChain document transformer (``tidings[langchain]``).
- :mod:`tidings.integrations.llamaindex`: a LlamaIndex transform component (``tidings[llamaindex]``).

Importing this package imports none of those ecosystems; each module imports its
own when it is imported or used, and a missing extra raises an ImportError that
names the ``pip install`` to run.
"""
