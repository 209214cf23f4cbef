"""What a cleaner is, and the decorator that makes one.

A cleaner is written as a *finder*: a function that looks at the text and
yields replacements ``(start, end, new_text)``, sorted and non-overlapping. The
:func:`cleaner` decorator turns it into a ``str -> str`` function that also
offers ``.find_edits`` (the proposals) and ``.explain`` (the recorded edits), so
explanations and offsets come from the one engine for every cleaner.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar, runtime_checkable

from .._engine import Replacement, apply_replacements, diff_replacements
from ..article import Edit

__all__ = ["Cleaner", "cleaner", "from_function"]

O = TypeVar("O")


@runtime_checkable
class Cleaner(Protocol):
    """A named text repair: ``str -> str`` with its edits reportable."""

    step_name: str
    options_type: type | None
    summary: str

    def __call__(self, text: str, options: Any = None) -> str: ...

    def find_edits(self, text: str, options: Any = None) -> list[Replacement]: ...

    def explain(self, text: str, options: Any = None) -> list[Edit]: ...


def _summary(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0] if (doc or "").strip() else ""


def cleaner(
    *, name: str | None = None, options: type | None = None
) -> Callable[[Callable[..., Iterable[Replacement]]], Cleaner]:
    """Make a cleaner of a finder.

    ``options``, if given, is the frozen dataclass of the cleaner's settings;
    the finder is then called as ``find(text, options)``, else ``find(text)``.
    """

    def decorate(find: Callable[..., Iterable[Replacement]]) -> Cleaner:
        step_name = name or find.__name__
        default = options() if options is not None else None

        def find_edits(text: str, opts: Any = None) -> list[Replacement]:
            if options is None:
                return list(find(text))
            if opts is None:
                opts = default
            elif isinstance(opts, dict):
                opts = dataclasses.replace(default, **opts)  # type: ignore[type-var]
            return list(find(text, opts))

        @functools.wraps(find)
        def clean(text: str, options: Any = None) -> str:
            return apply_replacements(text, find_edits(text, options), step_name)[0]

        def explain(text: str, opts: Any = None) -> list[Edit]:
            return apply_replacements(text, find_edits(text, opts), step_name)[1]

        clean.step_name = step_name  # type: ignore[attr-defined]
        clean.options_type = options  # type: ignore[attr-defined]
        clean.summary = _summary(find.__doc__)  # type: ignore[attr-defined]
        clean.find_edits = find_edits  # type: ignore[attr-defined]
        clean.explain = explain  # type: ignore[attr-defined]
        return clean  # type: ignore[return-value]

    return decorate


def from_function(func: Callable[[str], str], name: str | None = None) -> Cleaner:
    """Wrap a plain ``str -> str`` function as a cleaner.

    Its change is recorded as one edit over the smallest span that differs.

    >>> shout = from_function(str.upper, name="shout")
    >>> shout.explain("hi there")
    [Edit(step='shout', start=0, end=8, before='hi there', after='HI THERE')]
    """
    if isinstance(func, Cleaner):
        return func

    @cleaner(name=name or getattr(func, "__name__", "custom"))
    def wrapped(text: str) -> list[Replacement]:
        return diff_replacements(text, func(text))

    wrapped.summary = _summary(getattr(func, "__doc__", None))  # type: ignore[attr-defined]
    # The wrapper is a closure, which pickle cannot import by name; a pipeline
    # that holds it pickles the plain function instead and wraps it again.
    wrapped.wrapped_function = func  # type: ignore[attr-defined]
    return wrapped
