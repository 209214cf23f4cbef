"""tidings: clean, structured, trustworthy articles from messy scraped text.

>>> import tidings
>>> tidings.clean_text("We donâ€™t  know.")
'We don’t know.'
"""

from __future__ import annotations

from typing import Any

from .article import Article, Block, Edit, Removed, Sentence
from .cleaners import cleaner, register
from .errors import CleanerError, ConfigError, InputError, NotTextError, TidingsError
from .pipeline import Pipeline, Step

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "CleanerError",
    "ConfigError",
    "Edit",
    "InputError",
    "NotTextError",
    "Pipeline",
    "Removed",
    "Sentence",
    "Step",
    "TidingsError",
    "__version__",
    "clean",
    "clean_text",
    "cleaner",
    "register",
]

_DEFAULT: Pipeline | None = None


def _default() -> Pipeline:
    # Built on first use, not at import; a Pipeline is immutable, so sharing it is safe.
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT


def clean(text: str | bytes, **kwargs: Any) -> Article:
    """Clean ``text`` with the default pipeline into an :class:`Article`.

    Keyword arguments (``source``, ``metadata``) go to :meth:`Pipeline.__call__`.
    """
    return _default()(text, **kwargs)


def clean_text(text: str | bytes) -> str:
    """Clean ``text`` with the default pipeline and return just the text."""
    return _default()(text).text
