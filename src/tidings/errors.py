"""Exception types. Each names what went wrong and what to do about it."""

from __future__ import annotations

__all__ = ["CleanerError", "ConfigError", "InputError", "NotTextError", "TidingsError"]


class TidingsError(Exception):
    """Base class of every error tidings raises on purpose."""


class ConfigError(TidingsError, ValueError):
    """A pipeline configuration names an unknown step or an invalid option."""


class CleanerError(TidingsError, RuntimeError):
    """A cleaner proposed edits the engine cannot apply (a bug in that cleaner)."""


class InputError(TidingsError, ValueError):
    """An input could not be read; the message names the file and, for JSONL, the line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.reason = message


class NotTextError(InputError):
    """The bytes are not text in any encoding we can trust (a binary file)."""


def _detached(error: Exception) -> Exception:
    """``error`` without the innermost-caught frame in its traceback (internal).

    A batch keeps a failed item's exception as that item's result; the frame
    that caught it holds the whole batch, and the exception itself: kept in
    the traceback, it would keep the batch alive as long as the exception.
    The frames where it was raised stay, so the traceback still shows where.
    """
    trace = error.__traceback__
    return error.with_traceback(trace.tb_next if trace is not None else None)
