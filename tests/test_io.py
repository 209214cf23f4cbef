"""Decoding bytes and writing files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.errors import InputError, NotTextError
from tidings.io import atomic_writer, decode

TEXT = "Caf\u00e9 \u2013 \u201cquoted\u201d na\u00efve \u20ac5"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32"), ("cp1252", "cp1252")],
)
def test_decodes_common_encodings(encoding: str, expected: str) -> None:
    assert decode(TEXT.encode(encoding)) == (TEXT, expected)


def test_other_scripts_are_not_taken_for_cp1252() -> None:
    russian = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430 \u0443 \u0442\u0435\u0431\u044f \u0441\u0435\u0433\u043e\u0434\u043d\u044f?"
    text, encoding = decode(russian.encode("cp1251"))
    assert text == russian and encoding != "cp1252"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(64), b"%PDF-1.7\n", b"\x00\x01\x02\x03" * 100, bytes(range(256)) * 4],
)
def test_binary_is_refused_with_the_file_named(data: bytes) -> None:
    with pytest.raises(NotTextError, match="^pic.bin: "):
        decode(data, source="pic.bin")


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_not_text(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except NotTextError:
        return
    assert isinstance(text, str) and encoding


def test_atomic_writer_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_writer(target) as f:
        f.write("partial")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.txt"]
    with atomic_writer(target) as f:
        f.write("new")
    assert target.read_text() == "new"


def test_atomic_writer_refuses_an_input(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("keep me")
    with pytest.raises(InputError, match="over an input"), atomic_writer(source, inputs=(source,)):
        pass
    assert source.read_text() == "keep me"
