"""Dask: bags and dataframes of JSONL records on a 2-worker distributed.LocalCluster equal one-process output."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integrations.corpus import records, write_jsonl
from tidings.integrations.dask import clean_bag, clean_dataframe, clean_pandas
from tidings.integrations.records import BatchCleaner

_REASON = "the 'dask' extra is not installed: pip install 'tidings[dask]'"
db = pytest.importorskip("dask.bag", reason=_REASON)
dd = pytest.importorskip("dask.dataframe", reason=_REASON)
distributed = pytest.importorskip("distributed", reason=_REASON)
pd = pytest.importorskip("pandas", reason=_REASON)

N_RECORDS = 300


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    # Two worker processes: tasks and the cleaner really cross process boundaries.
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture
def jsonl_files(tmp_path: Path) -> list[str]:
    return [str(p) for p in write_jsonl(tmp_path, records(N_RECORDS), files=4)]


def _expected() -> list[dict[str, object]]:
    return BatchCleaner(prefix="t_").clean_records(records(N_RECORDS))


def test_bag_on_a_local_cluster_equals_one_process(client: object, jsonl_files: list[str]) -> None:
    bag = db.read_text(jsonl_files).map(json.loads)
    assert bag.npartitions == 4
    out = clean_bag(bag, prefix="t_").compute()
    assert out == _expected()


def test_dataframe_on_a_local_cluster_equals_one_process(client: object, jsonl_files: list[str]) -> None:
    df = dd.read_json(jsonl_files, lines=True, dtype=False)
    cleaned = clean_dataframe(df, prefix="t_")
    out = cleaned.compute()
    assert out.to_dict("records") == _expected()
    # The declared meta is what the partitions really return.
    assert dict(cleaned.dtypes) == dict(out.dtypes)


def test_pandas_frame_keeps_missing_text_missing() -> None:
    out = clean_pandas(pd.DataFrame({"text": ["a  b", None, float("nan")], "id": [1, 2, 3]}))
    assert out["text"].tolist()[0] == "a b"
    assert out["text"].isna().tolist() == [False, True, True]
    assert out["id"].tolist() == [1, 2, 3]
    assert out["n_chars_out"].tolist() == [3, 0, 0]
