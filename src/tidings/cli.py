"""The ``tidings`` command line.

Exit codes (a script can trust them):

* 0: every input was cleaned;
* 1: some inputs failed (each named on stderr with file and line); the rest were cleaned;
* 2: usage error (bad option, unknown step, unreadable config, output over an input).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

FORMATS = ("jsonl", "json", "text")
INPUT_FORMATS = ("auto", "text", "jsonl")
#: File endings read as JSONL when ``--input-format auto``.
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _version() -> str:
    from . import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tidings",
        description="Clean messy scraped article text into structured, explainable articles.",
        epilog="Exit codes: 0 all inputs cleaned, 1 some inputs failed (named on stderr), 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"tidings {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = commands.add_parser(
        "clean",
        help="clean files, directories or stdin",
        description="Clean each input into an Article. PATH is a file, a directory (read recursively) or - for stdin.",
    )
    inputs = clean.add_argument_group("input")
    inputs.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or - for stdin")
    inputs.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read inputs; auto: *.jsonl/*.ndjson as JSONL, everything else (and stdin) as text",
    )
    inputs.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    inputs.add_argument(
        "--glob", default="**/*", help="files to take from a directory (default: **/*; hidden files are skipped)"
    )
    output = clean.add_argument_group("output")
    output.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    output.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl: one Article per line; json: a JSON array; text: each article's text, articles separated by a blank line",
    )
    output.add_argument("--explain", action="store_true", help="print every edit (step, position, before -> after) to stderr")
    output.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    steps = clean.add_argument_group("pipeline")
    steps.add_argument("--config", metavar="TOML", help="pipeline configuration file (see docs/config.md)")
    steps.add_argument("--skip", action="append", default=[], metavar="STEP", help="leave out a step (repeatable)")
    steps.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")

    commands.add_parser("steps", help="list the cleaning steps in default order", description="List the cleaning steps.")
    return parser


# -- inputs ---------------------------------------------------------------


class _Failure:
    """An input that could not be read; reported in order, never cleaned."""

    __slots__ = ("error",)

    def __init__(self, error: Exception) -> None:
        self.error = error


def _collect_files(paths: Sequence[str], pattern: str) -> list[tuple[str, Path | None]]:
    """Every input as (label, path); stdin is ``("-", None)``. Listed up front, before any output exists."""
    from .io import iter_paths

    found: list[tuple[str, Path | None]] = []
    for raw in paths:
        if raw == "-":
            found.append(("-", None))
            continue
        path = Path(raw)
        if path.is_dir():
            for p in iter_paths(path, pattern):
                if not any(part.startswith(".") for part in p.relative_to(path).parts):
                    found.append((str(p), p))
        else:
            found.append((raw, path))
    return found


def _is_jsonl(label: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return label.endswith(JSONL_SUFFIXES)


def _work(files: list[tuple[str, Path | None]], args: argparse.Namespace) -> Iterator[Any]:
    """The stream of work items: ``(payload, kwargs)`` for the pipeline, or a :class:`_Failure`."""
    from .errors import InputError
    from .io import iter_jsonl

    for label, path in files:
        try:
            stream: IO[bytes] = sys.stdin.buffer if path is None else open(path, "rb")  # noqa: SIM115
        except OSError as e:
            yield _Failure(InputError(f"cannot read: {e.strerror or e}", path=label))
            continue
        try:
            if _is_jsonl(label, args.input_format):
                for rec in iter_jsonl(stream, source=label):
                    if rec.error is not None:
                        yield _Failure(rec.error)
                        continue
                    assert rec.record is not None
                    text = rec.record.get(args.text_field)
                    if not isinstance(text, str):
                        what = "missing" if text is None else f"of type {type(text).__name__}, not a string"
                        yield _Failure(InputError(f"field {args.text_field!r} is {what}", path=label, line=rec.line))
                        continue
                    metadata = {k: v for k, v in rec.record.items() if k != args.text_field}
                    yield (text, {"source": f"{label}:{rec.line}", "metadata": metadata})
            else:
                yield (stream.read(), {"source": label})
        except OSError as e:
            yield _Failure(InputError(f"cannot read: {e.strerror or e}", path=label))
        finally:
            if path is not None:
                stream.close()


# -- running --------------------------------------------------------------


def _pipeline(args: argparse.Namespace) -> Any:
    from .pipeline import Pipeline

    pipeline = Pipeline.from_toml(args.config) if args.config else Pipeline.default()
    if args.skip:
        pipeline = pipeline.without(*args.skip)
    return pipeline


@dataclass(frozen=True, slots=True)
class _Rendered:
    """One article as the CLI writes it, made in the worker that cleaned it."""

    output: str
    chars_in: int
    explanation: str


def _render(article: Any, *, fmt: str, explain: bool) -> _Rendered:
    output = article.text if fmt == "text" else article.to_json()
    return _Rendered(output, article.stats.get("chars_in", 0), _explain(article) if explain else "")


def _results(pipeline: Any, items: Iterator[Any], args: argparse.Namespace) -> Iterator[Any]:
    """Run the pipeline over work items in order, passing failures through."""
    from ._parallel import map_in_order

    pending: deque[Any] = deque()

    # Read failures keep their place in the stream: they ride through the pool as
    # empty items whose results are replaced by the failure.
    def tagged() -> Iterator[Any]:
        for item in items:
            pending.append(item)
            if isinstance(item, _Failure):
                yield ("", {"source": None})
            else:
                yield item

    finish = partial(_render, fmt=args.format, explain=args.explain)
    for result in map_in_order(pipeline, tagged(), jobs=args.jobs, on_error="return", finish=finish):
        item = pending.popleft()
        yield item.error if isinstance(item, _Failure) else result


class _Progress:
    """A one-line progress display on a terminal's stderr; silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.shown = 0.0
        self.docs = 0
        self.chars = 0

    def update(self, chars: int) -> None:
        self.docs += 1
        self.chars += chars
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.2:
            self.shown = now
            self._show(now)

    def _show(self, now: float) -> None:
        mb = self.chars / 1e6
        rate = mb / max(now - self.started, 1e-9)
        sys.stderr.write(f"\r{self.docs} done, {mb:.1f} MB, {rate:.2f} MB/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.docs:
            self._show(time.monotonic())
            sys.stderr.write("\n")


def _explain(article: Any) -> str:
    where = article.source or "-"
    return "".join(
        f"{where}: {e.step} @{e.start}: {json.dumps(e.before, ensure_ascii=False)} -> {json.dumps(e.after, ensure_ascii=False)}\n"
        for e in article.edits
    )


def _write_all(args: argparse.Namespace, results: Iterator[Any], out: IO[str]) -> int:
    failed = 0
    first = True
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    if args.format == "json":
        out.write("[")
    for result in results:
        if isinstance(result, Exception):
            failed += 1
            sys.stderr.write(f"tidings: error: {result}\n")
            continue
        progress.update(result.chars_in)
        if result.explanation:
            sys.stderr.write(result.explanation)
        if args.format == "json":
            out.write("\n" if first else ",\n")
            out.write(result.output)
        else:
            if args.format == "text" and not first:
                out.write("\n")
            out.write(result.output)
            out.write("\n")
        first = False
    if args.format == "json":
        out.write("\n]\n" if not first else "]\n")
    progress.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _clean(args: argparse.Namespace) -> int:
    from .errors import ConfigError, InputError
    from .io import atomic_writer

    if args.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    pipeline = _pipeline(args)
    files = _collect_files(args.paths, args.glob)
    if args.output is None:
        return _write_all(args, _results(pipeline, _work(files, args), args), sys.stdout)
    inputs = tuple(p for _, p in files if p is not None)
    try:
        with atomic_writer(args.output, inputs=inputs) as out:
            return _write_all(args, _results(pipeline, _work(files, args), args), out)
    except InputError as e:
        raise ConfigError(str(e)) from e


def _steps() -> int:
    from .cleaners import REGISTRY

    width = max(map(len, REGISTRY))
    for name, cleaner in REGISTRY.items():
        print(f"{name:<{width}}  {cleaner.summary}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from .errors import ConfigError

    try:
        if args.command == "steps":
            return _steps()
        return _clean(args)
    except ConfigError as e:
        sys.stderr.write(f"tidings: error: {e}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
