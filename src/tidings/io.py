"""Reading inputs: bytes to text, files and directories, JSONL; writing atomically."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError, NotTextError

__all__ = ["JsonlRecord", "atomic_writer", "decode", "iter_jsonl", "iter_paths", "read_text"]

# Byte-order marks, longest first (a UTF-32-LE BOM starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of common binary formats: refused before any guessing.
_BINARY_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF-": "a PDF document (extract its text first)",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip file (decompress it first)",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file",
    b"BZh": "a bzip2 file (decompress it first)",
    b"\xfd7zXZ\x00": "an xz file (decompress it first)",
    b"(\xb5/\xfd": "a zstd file (decompress it first)",
}

# Share of control characters (other than whitespace) above which decoded
# "text" is taken to be binary.
_MAX_CONTROL_SHARE = 0.01


def decode(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return ``(text, encoding_used)``.

    A byte-order mark wins, then strict UTF-8, then charset detection
    (charset-normalizer) for legacy encodings such as cp1252 and UTF-16 without
    a BOM. Binary data raises :class:`NotTextError`.

    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfhi")
    ('hi', 'utf-8-sig')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as e:
                raise NotTextError(f"starts with a {encoding} byte-order mark but is not valid {encoding}: {e.reason}", path=source) from e
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise NotTextError(f"this is {what}, not text", path=source)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data, source)
    if _looks_binary(text):
        raise NotTextError("this looks like binary data, not text (too many control characters)", path=source)
    return text, encoding


def _detect(data: bytes, source: str | None) -> tuple[str, str]:
    # Imported here: detection is only needed for the rare non-UTF-8 input.
    from charset_normalizer import from_bytes

    if b"\x00" not in data[:4096] and _is_cp1252(data):
        # Western text that is not UTF-8 is cp1252 far more often than anything
        # else; short samples make detectors guess among look-alike code pages.
        return data.decode("cp1252"), "cp1252"
    best = from_bytes(data).best()
    if best is None:
        raise NotTextError("not valid UTF-8 and no text encoding fits it (binary data?)", path=source)
    return str(best), best.encoding


_WESTERN_SYMBOLS = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0\u00b0\u00a3\u00a9\u00ae\u2122\u00bb\u00ab\u00b7\u2022")


def _is_cp1252(data: bytes) -> bool:
    """True if ``data`` decodes as cp1252 and its non-ASCII bytes look like Western text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [c for c in text if ord(c) > 127]
    if not high:
        return True
    # In Western text accented letters are a minority among letters; text of
    # another script decoded as cp1252 is mostly high characters.
    ascii_letters = sum(1 for c in text if c.isascii() and c.isalpha())
    letters_high = sum(1 for c in high if c.isalpha())
    if letters_high > 0.25 * (ascii_letters + letters_high):
        return False
    # Latin letters, typographic punctuation and symbols of Western text.
    western = sum(1 for c in high if c.isalpha() or c in _WESTERN_SYMBOLS)
    return western >= 0.9 * len(high)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\x7f")
    return "\x00" in sample or controls / len(sample) > _MAX_CONTROL_SHARE


def read_text(path: str | Path) -> tuple[str, str]:
    """Read and decode a file; errors name the file."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", path=str(path)) from e
    return decode(data, source=str(path))


def iter_paths(path: str | Path, pattern: str = "**/*") -> Iterator[Path]:
    """Files below a directory matching ``pattern``, in a stable (sorted) order; a file yields itself."""
    path = Path(path)
    if path.is_dir():
        yield from sorted(p for p in path.glob(pattern) if p.is_file())
    else:
        yield path


@dataclass(frozen=True, slots=True)
class JsonlRecord:
    """One JSONL line: its number, and the parsed object or the error reading it."""

    line: int
    record: dict[str, Any] | None
    error: InputError | None = None


def iter_jsonl(stream: IO[bytes], *, source: str) -> Iterator[JsonlRecord]:
    """Parse JSONL line by line; a bad line yields an error naming file and line, and reading goes on."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            yield JsonlRecord(number, None, InputError(f"not valid JSON: {e}", path=source, line=number))
            continue
        if not isinstance(record, dict):
            yield JsonlRecord(number, None, InputError(f"expected a JSON object, got {type(record).__name__}", path=source, line=number))
            continue
        yield JsonlRecord(number, record)


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, inputs: tuple[Path, ...] = ()) -> Iterator[IO[str]]:
    """Write a text file atomically: a temp file beside it, renamed over it on success.

    Refuses to write over any of ``inputs``. On error the target is untouched.
    """
    target = Path(path)
    resolved = target.resolve()
    for p in inputs:
        with contextlib.suppress(OSError):
            if resolved == p.resolve() or (target.exists() and os.path.samefile(target, p)):
                raise InputError("refusing to write the output over an input file", path=str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
