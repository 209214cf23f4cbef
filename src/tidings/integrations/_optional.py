"""The one place that turns a missing optional extra into an ImportError a user can act on."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, NoReturn

__all__ = ["missing_base", "require"]


def _missing(extra: str, error: ImportError) -> ImportError:
    return ImportError(f"this needs the optional extra {extra!r}: pip install 'tidings[{extra}]' ({error})")


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or raise an ImportError naming the extra that installs it.

    >>> require("json", "none").__name__
    'json'
    >>> require("no_such_module_here", "dask")
    Traceback (most recent call last):
    ...
    ImportError: this needs the optional extra 'dask': pip install 'tidings[dask]' (No module named 'no_such_module_here')
    """
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise _missing(extra, e) from e


def missing_base(extra: str, error: ImportError) -> type:
    """A stand-in base class for when ``extra`` is not installed.

    An adapter that must subclass its ecosystem's base class still imports
    (so documentation tools and test collection work without the extra); only
    making an instance raises the ImportError that names the extra.
    """

    class _MissingExtra:
        # __new__, not __init__: a subclass's own __init__ need not call super().
        def __new__(cls, *args: Any, **kwargs: Any) -> NoReturn:
            raise _missing(extra, error)

    return _MissingExtra
