"""Text cleaners, and the one table of steps.

Each cleaner repairs one kind of damage, is usable on its own as ``str -> str``
and reports its edits with ``.explain(text)``. :data:`REGISTRY` is the only list
of steps: the default pipeline order, the config keys, the CLI's ``--skip``
choices and the docs' table of cleaners all come from it. Adding a cleaner is
one module and one line below.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from ..structure._split import split_blocks
from ._base import Cleaner, cleaner, from_function
from .encoding import FixEncodingOptions, fix_encoding
from .glued import split_glued
from .punctuation import repair_punctuation
from .repeats import remove_repeats
from .unwrap import unwrap_lines
from .whitespace import normalize_whitespace

__all__ = [
    "DEFAULT_STEPS",
    "REGISTRY",
    "Cleaner",
    "FixEncodingOptions",
    "cleaner",
    "fix_encoding",
    "from_function",
    "get",
    "normalize_whitespace",
    "register",
    "remove_repeats",
    "repair_punctuation",
    "split_glued",
    "unwrap_lines",
]

#: name -> cleaner, in default pipeline order.
REGISTRY: dict[str, Cleaner] = {
    c.step_name: c
    for c in (
        fix_encoding,
        normalize_whitespace,
        unwrap_lines,
        split_glued,
        repair_punctuation,
        remove_repeats,
        split_blocks,
    )
}

#: The steps of ``Pipeline.default()``, in order.
DEFAULT_STEPS: tuple[str, ...] = tuple(REGISTRY)


def register(func: Cleaner | Callable[[str], str], name: str | None = None) -> Cleaner:
    """Register a custom cleaner so configs and the CLI can name it.

    ``func`` is a cleaner made with :func:`cleaner`, or any ``str -> str``
    function (its change is then recorded as one edit). It is not added to the
    default order; put it in a pipeline with ``Pipeline.insert``.
    """
    made = from_function(func, name) if not isinstance(func, Cleaner) else func
    if name is not None and made.step_name != name:
        made = from_function(made.__call__, name)
    REGISTRY[made.step_name] = made
    return made


def get(name: str) -> Cleaner:
    """The registered cleaner called ``name``; the error lists the known names."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ConfigError(f"unknown step {name!r}; known steps: {', '.join(REGISTRY)}") from None
