"""Calendar dates in the common English forms, read without a parser dependency.

Why not ``dateutil`` or ``dateparser``: a byline date comes in a handful of
shapes, and a fuzzy general parser finds "dates" in any run of numbers (a
price, a score), costs import time, and is slower per line than one compiled
pattern. The forms read here:

- ``September 4th, 2023``, ``Nov 19, 2019, 10:31 pm CST``, ``Thursday, November 9, 2023``
- ``30 January 2017``, ``04 Jun 2020``, ``14 Aug. 2020``
- ``2019-11-15`` (ISO, also with a time), ``2019/11/15``
- ``15/11/2019``, ``11/15/2019``, ``11/18/19``, ``13.12.2022`` (numeric; see the day/month policy;
  a two-digit year is 20yy up to 69, else 19yy)

Day/month policy for numeric dates with slashes: if one of the first two
numbers is above 12 it must be the day. If both are 12 or below the order is
ambiguous; then the caller's ``day_first`` decides (the structure reader
passes the order shown by an unambiguous numeric date elsewhere in the same
document, else :attr:`StructureOptions.day_first`, default day first, which is
what most of the English-writing world outside the US uses; US sites mostly
write the month as a word). Dotted dates (``13.12.2022``) are always day first:
that is the German/European form.
"""

from __future__ import annotations

import datetime as _dt

import regex

__all__ = ["DateMatch", "find_dates", "numeric_order_hint"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# A date in one of the forms above. Each alternative is a fixed sequence of
# bounded tokens (no nested repetition), so matching is linear in the line.
_DATE_RE = regex.compile(
    rf"""(?ix)
    (?<![\w.])(?:
        (?P<mdy_month>{_MONTH})\.?\s+(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_year>\d{{4}})
      | (?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_month>{_MONTH})\.?,?\s+(?P<dmy_year>\d{{4}})
      | (?P<iso_year>\d{{4}})[-/](?P<iso_month>\d{{1,2}})[-/](?P<iso_day>\d{{1,2}})
      | (?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_year>\d{{4}}|\d{{2}})
      | (?P<dot_day>\d{{1,2}})\.(?P<dot_month>\d{{1,2}})\.(?P<dot_year>\d{{4}})
    )(?![\d])
    """
)

# What every match of _DATE_RE holds: searching for it is far cheaper than trying the
# forms (behind their lookbehind) at every position.
_DIGIT_RE = regex.compile(r"\d")


class DateMatch:
    """A date found in a line: its span and the ISO day it names."""

    __slots__ = ("end", "iso", "start")

    def __init__(self, start: int, end: int, iso: str) -> None:
        self.start = start
        self.end = end
        self.iso = iso

    def __repr__(self) -> str:
        return f"DateMatch({self.start}, {self.end}, {self.iso!r})"


def _iso(year: str, month: int, day: str) -> str | None:
    try:
        d = _dt.date(int(year), month, int(day))
    except ValueError:
        return None
    if not 1900 <= d.year <= 2100:
        return None
    return d.isoformat()


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def find_dates(text: str, *, day_first: bool = True, pos: int = 0, endpos: int | None = None) -> list[DateMatch]:
    """Every valid date in ``text[pos:endpos]``, in order.

    >>> [d.iso for d in find_dates("Posted by Alfred on September 4th, 2023")]
    ['2023-09-04']
    >>> [d.iso for d in find_dates("Chris Davies - Nov 19, 2019, 10:31 pm CST; 2019-11-15; 15/11/2019")]
    ['2019-11-19', '2019-11-15', '2019-11-15']
    >>> find_dates("It cost 12.50 in 2019 and scored 3/4.")
    []
    """
    endpos = len(text) if endpos is None else endpos
    if _DIGIT_RE.search(text, pos, endpos) is None:
        return []  # every form holds a digit; most lines asked about have none
    found = []
    for m in _DATE_RE.finditer(text, pos, endpos):  # groups read one by one: a groupdict costs more
        if m["mdy_month"]:
            iso = _iso(m["mdy_year"], _month(m["mdy_month"]), m["mdy_day"])
        elif m["dmy_month"]:
            iso = _iso(m["dmy_year"], _month(m["dmy_month"]), m["dmy_day"])
        elif m["iso_year"]:
            iso = _iso(m["iso_year"], int(m["iso_month"]), m["iso_day"])
        elif m["num_a"]:
            a, b = int(m["num_a"]), int(m["num_b"])
            first_is_day = a > 12 or (b <= 12 and day_first)
            day, month = (a, b) if first_is_day else (b, a)
            year = m["num_year"]
            if len(year) == 2:  # `11/18/19`: a two-digit year is this century's up to 69
                year = str((2000 if int(year) < 70 else 1900) + int(year))
            iso = _iso(year, month, str(day))
        else:
            iso = _iso(m["dot_year"], int(m["dot_month"]), m["dot_day"])
        if iso is not None:
            found.append(DateMatch(m.start(), m.end(), iso))
    return found


# A numeric slash date whose order is not ambiguous (one part above 12).
_UNAMBIGUOUS_NUMERIC_RE = regex.compile(
    r"(?<![\w.])(?:(?P<day>1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?P<mday>1[3-9]|2\d|3[01]))/\d{4}(?!\d)"
)


def numeric_order_hint(text: str) -> bool | None:
    """True if the text writes numeric dates day first, False if month first, None if it never shows.

    >>> numeric_order_hint("Updated 15/11/2019"), numeric_order_hint("on 11/15/2019"), numeric_order_hint("no dates")
    (True, False, None)
    """
    m = _UNAMBIGUOUS_NUMERIC_RE.search(text) if "/" in text else None  # the slash: `in` is far faster than a scan
    if m is None:
        return None
    return m.group("day") is not None
