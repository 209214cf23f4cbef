"""Where sentences end: Punkt's decisions plus a rule layer, at candidates only.

Punkt's own code looks at every word. Here one regex scan finds the candidate
ends (terminal marks before whitespace), and Punkt's parameters (abbreviations,
orthographic context, collocations, sentence starters) and the rules are
applied there only. A few extra scans, each run only where one scan for rare
characters shows it is needed, add the boundaries that have no terminal mark
(inline lists, emoticons, separator lines, e-mail timestamps, addresses and
sign-offs).

Every decision reads only the text near the candidate and the start of the
current sentence, so an unbalanced quote or bracket can never swallow what
follows it.
"""

from __future__ import annotations

import re

from ._patterns import (
    ADDRESS_HINT_RE,
    AT_SIGN_RE,
    BULLET_RE,
    BULLETS,
    CANDIDATE_RE,
    CLOSERS,
    EMOJI_RE,
    EMOTICON_ASCII_RE,
    EMOTICON_COLON_RE,
    EMOTICON_RE,
    LIST_MARKER_RE,
    LIST_ONE_RE,
    LIST_START_RE,
    MULTI_PERIOD_RE,
    NUMBER_RE,
    OPENERS,
    ORDINAL_RE,
    PERIOD_CANDIDATE_RE,
    SALUTATION_END_RE,
    SALUTATION_RE,
    SEPARATOR_RE,
    SINGLE_QUOTE_RE,
    TERMINALS,
    TIME_INTRO_RE,
    TIMESTAMP_RE,
    TOKEN_REST_RE,
)
from ._punkt import ORTHO_LC, ORTHO_MID_UC, PunktData

__all__ = ["cuts", "spans"]

_LIST_PREFIX_CHARS = frozenset(" \t\n\r\f\v" + OPENERS + BULLETS)
_EMOTICON_FIRST = frozenset(":;=<^xX")
_EMOJI_MIN = "\u2600"
_OPENER_SET = frozenset(OPENERS)
_QUESTION_OR_BANG = frozenset("?!‽⁇⁈⁉")
#: Letters that start a word as it is (no emoticon like "XD" or "xD", no opener or closer).
_PLAIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz")
_SALUTATION_FIRST = frozenset("HhDdTtCcSsBbKkWwYyAa")
#: First words of the greetings and sign-offs of more than one word (SALUTATION_RE);
#: one of a single word ends in its comma.
_SALUTATION_OPENERS = frozenset(
    w
    for word in ("Dear", "Thank", "Best", "Kind", "Kindest", "Warm", "Warmest", "Yours", "All", "Take")
    for w in (word, word.lower())
)
#: How far (in characters) one inline list item may run before the next.
_ITEM_SPAN = 600
#: How far back (in characters) a lone quote looks for the quote it closes.
_QUOTE_SPAN = 2000
_NUMBER = "##number##"

# What kind of word follows a candidate.
_UPPER, _LOWER, _DIGIT, _OTHER = range(4)


def spans(text: str, data: PunktData, *, lists: bool = True, web: bool = True) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: no leading/trailing whitespace, only whitespace between them."""
    result = []
    start = 0
    found = cuts(text, data, lists=lists, web=web)
    found.append(len(text))
    for cut in found:
        if cut <= start:
            continue
        # Most pieces have one space before them and none after (a cut after a
        # mark): those are read by index, longer runs stripped at C speed.
        s = start
        if text[s].isspace():
            s += 1
            if s < cut and text[s].isspace():
                s = cut - len(text[s:cut].lstrip())
        if s < cut:
            e = cut
            if text[e - 1].isspace():
                e = s + len(text[s:e].rstrip())
            result.append((s, e))
        start = cut
    return result


def cuts(text: str, data: PunktData, *, lists: bool = True, web: bool = True) -> list[int]:
    """Sorted offsets where a sentence ends (the whitespace after them belongs to no sentence)."""
    extra = _extra_cuts(text, lists=lists, web=web)
    found: list[int] = []
    ei, ne = 0, len(extra)
    sent_start = 0
    special = data.special_types
    salute = web and "," in text and SALUTATION_END_RE.search(text) is not None
    if salute:
        cut = _salutation(text, 0)
        if cut:
            found.append(cut)
            sent_start = cut
    candidates = PERIOD_CANDIDATE_RE if text.isascii() and "?" not in text and "!" not in text else CANDIDATE_RE
    for m in candidates.finditer(text):
        marks, closers, nxt = m.groups()
        if nxt is None:  # the end of the text ends the sentence anyway
            continue
        s = m.start()
        if s < sent_start:
            continue
        while ei < ne and extra[ei] <= s:
            sent_start = extra[ei]
            found.append(sent_start)
            ei += 1
        # The common cases, decided here as _decide would, before a plain letter
        # (no emoticon like "XD", no opener or closer): "?", "!" before a
        # capital, and a lone period after an ordinary word of two letters or
        # more after a space (no abbreviation, unit or collocation head).
        c0 = nxt[0]
        if c0 not in _PLAIN_LETTERS:
            cut = _decide(text, data, s, m.end(), marks, closers, nxt, sent_start)
        elif marks == ".":
            j = text.rfind(" ", max(sent_start, s - 48), s)
            if closers or j < 0 or s - j < 3 or not (w := text[j + 1 : s]).isalpha() or w.lower() in special:
                # What _decide would do before a plain letter: the word after is the next token.
                kind = _UPPER if c0 < "a" else _LOWER
                cut = _decide_period(text, data, s, m.end(), closers, nxt, nxt, kind, sent_start)
            else:
                cut = s + 1
        elif marks == "?":
            if s and text[s - 1] == ":":
                cut = 0  # see _decide
            else:
                cut = m.end() if c0 < "a" or not closers else 0
        elif marks == "!" and c0 < "a":
            cut = m.end()
        else:
            cut = _decide(text, data, s, m.end(), marks, closers, nxt, sent_start)
        if cut:
            found.append(cut)
            sent_start = cut
            if salute and c0 in _SALUTATION_FIRST and ("," in nxt or nxt in _SALUTATION_OPENERS):
                cut = _salutation(text, cut)
                if cut:
                    found.append(cut)
                    sent_start = cut
    if ei < ne:
        found.extend(extra[ei:])
    if extra:
        found = sorted(set(found))
    return found


def _salutation(text: str, pos: int) -> int:
    """The cut after a greeting or sign-off that opens the sentence at ``pos`` ("Best regards,")."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    m = SALUTATION_RE.match(text, pos)
    return m.end() if m else 0


def _decide(text: str, data: PunktData, s: int, e: int, marks: str, closers: str, nxt: str, sent_start: int) -> int:
    """The cut after the candidate at ``text[s:e]`` (0 for none)."""
    c0 = nxt[0]
    # A lone closing quote or bracket after the mark still belongs to this sentence.
    if c0 in CLOSERS and not nxt.strip(CLOSERS):
        e2, nxt = _absorb_closers(text, e, nxt, sent_start)
        if nxt is None:
            return 0
        if e2 != e:
            closers, e = closers + text[e:e2].strip(), e2
        c0 = nxt[0]
    if (c0 in _EMOTICON_FIRST or c0 >= _EMOJI_MIN) and EMOTICON_RE.fullmatch(nxt):
        return 0  # "I love her. :)": the emoticon ends the sentence (see _extra_cuts)
    if c0 in ",;:":
        return 0  # "affiliates. , 2000": the sentence goes on
    word = nxt.lstrip(OPENERS) if c0 in _OPENER_SET else nxt
    c = word[:1]
    kind = _UPPER if c.isupper() else _LOWER if c.islower() else _DIGIT if c.isdigit() else _OTHER

    if marks == ".":
        return _decide_period(text, data, s, e, closers, nxt, word, kind, sent_start)

    if not _QUESTION_OR_BANG.isdisjoint(marks):
        if marks == "?" and s and text[s - 1] == ":":
            return 0  # "Direct Dial:? 203...": a character lost in transcoding, not a question
        if kind != _LOWER:
            return e
        if closers:  # '"Why?" he asked.'
            return 0
        if marks == "!" and _is_name_with_bang(text, s, sent_start):  # "Yahoo! in the"
            return 0
        return e

    if len(marks) > 1:  # an ellipsis: "...", "…", "..", ". . .", ". . . ."
        before = text[s - 1] if s else " "
        if before in "[(" and closers[:1] in ")]":  # "[...]": an omission mark inside a sentence
            return 0
        if kind == _UPPER and _is_first_person(word):
            return 0  # "the thing is . . . I didn't mean it": a pause, not an end
        if " " in marks:
            if kind != _UPPER:
                return 0
            if not before.isspace() and s:  # "compounds. . . . The": a period, then an ellipsis
                return s + 1
            return e
        return e if kind == _UPPER or (kind == _OTHER and word) else 0

    return e if kind == _UPPER else 0  # "…" alone


def _decide_period(
    text: str, data: PunktData, s: int, e: int, closers: str, nxt: str, word: str, kind: int, sent_start: int
) -> int:
    """The cut after a single period: Punkt's decisions by the word before it."""
    lo = max(sent_start, s - 48)
    seg = text[lo:s]
    if not seg or seg[-1].isspace():
        w = ""
    else:
        parts = seg.rsplit(None, 1)
        w = parts[-1]
        if len(parts) == 1 and lo > sent_start:
            w = " " + w  # a token longer than we look at: never an abbreviation
        elif w[0] in _OPENER_SET:
            w = w.lstrip(OPENERS)
    typ = w.lower()
    if w and (w[0].isdigit() or w[0] in "-+±~$£€¥#") and NUMBER_RE.fullmatch(w):
        typ = _NUMBER
    if typ in data.collocation_heads and (typ, _type_of(word)) in data.collocations:
        return 0  # Punkt 4.1.2: a known collocation is no boundary

    if typ == _NUMBER:
        if kind == _DIGIT or (kind == _OTHER and closers):
            return 0
        if _is_list_marker(text, sent_start, s - len(w), w):
            return 0  # "1. The first item", "2. the second"
        return e  # "$100.00. It is", "since 2019. ecobee has"
    if typ in data.units and _after_number(seg, len(w)):
        # "Rest 10 min. Serve warm.", "a 1/2 in. wrench", "30 yrs. old"
        return e if kind == _UPPER and nxt[0] != "(" else 0
    is_initial = len(w) == 1 and w.isalpha()
    if not is_initial and not (
        w
        and (
            typ in data.abbrev_types
            or ("." in w and MULTI_PERIOD_RE.fullmatch(w) is not None)
            or (kind == _DIGIT and typ in data.number_prefix)
            or ("-" in typ and typ.rsplit("-", 1)[1] in data.abbrev_types)
        )
    ):
        # An ordinary word (or a number prefix not before a number): Punkt's first pass.
        if kind == _UPPER:
            return e
        if closers and kind == _LOWER:
            return 0  # '(... an engineer.) at the', '"This is great." she said'
        return e
    if kind != _UPPER:
        return 0  # "U.S. citizens", "p. 55", "a.m. (CDT)", "E. coli"
    if nxt[0] == "(":
        return 0
    next_typ = _type_of(word)
    if is_initial:
        if _is_list_marker(text, sent_start, s - len(w), w):
            return 0  # "a. The first item"
        # Punkt 4.3: an initial ends a sentence only before a known sentence start.
        return e if _ortho_says_start(data, next_typ) else 0
    if typ in data.prepositive:
        return 0  # "Mr. Smith", "e.g. The Beatles"
    if typ in data.time:  # "6 P.M. Mr. Smith then went" vs "At 5 a.m. Mr. Smith went"
        intro = s - len(w) - sent_start < 24 and TIME_INTRO_RE.fullmatch(text[sent_start : s - len(w)].lstrip())
        return 0 if intro else e
    # Punkt 4.2 and 4.1.3: an abbreviation ends a sentence before a known sentence start.
    if _ortho_says_start(data, next_typ) or next_typ in data.sent_starters or _starter_stem(data, next_typ):
        return e
    return 0


def _after_number(seg: str, wlen: int) -> bool:
    """The token before the last ``wlen`` characters of ``seg`` is a number ("10 min", "1/2 in")."""
    before = seg[: len(seg) - wlen].rsplit(None, 1)
    return (
        bool(before)
        and seg[len(seg) - wlen - 1 : len(seg) - wlen].isspace()
        and (NUMBER_RE.fullmatch(before[-1]) is not None)
    )


def _type_of(word: str) -> str:
    """Punkt's type of the word after a period: lower case, trailing punctuation off, ’ as '."""
    return word.rstrip(".,;:!?\"'”’)]}").lower().replace("’", "'")


def _is_first_person(word: str) -> bool:
    """ "I", "I'm", "I’ve": upper case anywhere in a sentence."""
    return word[:1] == "I" and (len(word) == 1 or word[1] in "'’" or not word[1].isalnum())


def _ortho_says_start(data: PunktData, typ: str) -> bool:
    """Punkt's orthographic heuristic for a capitalised word: True = sentence start."""
    ortho = data.ortho_context.get(typ, 0)
    return bool(ortho & ORTHO_LC) and not ortho & ORTHO_MID_UC


def _starter_stem(data: PunktData, typ: str) -> bool:
    """A contraction or possessive of a sentence starter: "that's", "they’ve"."""
    i = typ.find("'")
    return i > 0 and typ[:i] in data.sent_starters and typ[:i] != "i"


def _is_list_marker(text: str, sent_start: int, w_start: int, w: str) -> bool:
    """``w`` is an ordinal ("1", "a", "iv") that opens the current sentence."""
    if not ORDINAL_RE.fullmatch(w):
        return False
    for ch in text[sent_start:w_start]:
        if ch not in _LIST_PREFIX_CHARS:
            return False
    return True


def _is_name_with_bang(text: str, s: int, sent_start: int) -> bool:
    """ "Yahoo!" inside a sentence: a capitalised word, not the sentence's first."""
    lo = max(sent_start, s - 40)
    seg = text[lo:s]
    if not seg or seg[-1].isspace():
        return False
    parts = seg.rsplit(None, 1)
    if len(parts) < 2 or not parts[0].strip():
        return False
    return parts[-1][:1].isupper()


def _absorb_closers(text: str, e: int, nxt: str, sent_start: int) -> tuple[int, str | None]:
    """Attach lone closing quotes/brackets that follow a mark; return the new end and next token.

    A lone straight quote closes only if a quote is open: quotes may span
    sentences ("' A radical cleric ... . He meant the phrase. ' And then"), so
    the count runs over up to ``_QUOTE_SPAN`` characters before it, not just
    the current sentence (bounded, so the work stays linear).
    """
    while nxt is not None and not nxt.strip(CLOSERS):
        i = text.index(nxt, e)
        if nxt[0] in "\"'" and not _quote_is_open(text, nxt[0], max(0, i - _QUOTE_SPAN), i):
            break  # this quote opens the next sentence
        e = i + len(nxt)
        rest = text[e : e + 48].split(None, 1)
        nxt = rest[0] if rest else None
    return e, nxt


def _quote_is_open(text: str, quote: str, lo: int, hi: int) -> bool:
    """An unclosed ``quote`` stands in ``text[lo:hi]`` (apostrophes inside words don't count)."""
    if quote == '"':
        return text.count('"', lo, hi) % 2 == 1
    depth = 0
    for m in SINGLE_QUOTE_RE.finditer(text, lo, hi):
        if m.group(2) is not None or (m.group(1) is not None and not depth):
            depth += 1  # an opener, or a lone quote with none open
        elif depth:
            depth -= 1
    return depth > 0


def _extra_cuts(text: str, *, lists: bool, web: bool) -> list[int]:
    """Boundaries that have no terminal mark before them (each scan only where a hint shows it is needed)."""
    # Each scan runs only where a character its pattern cannot match without
    # is in the text (``in`` tests run at C speed; most texts need none).
    found: list[int] = []
    if lists and (")" in text or LIST_START_RE.match(text)):
        found.extend(_list_cuts(text))
    if not web:
        return found
    if text.isascii():
        if ";" in text or "=" in text or "<" in text or "^" in text or ("D" in text and "x" in text and "xD" in text):
            emoticons = EMOTICON_ASCII_RE
        elif ":" in text:
            # "XD" is looked for only beside another emoticon character, as it always was.
            emoticons = EMOTICON_ASCII_RE if "X" in text and "XD" in text else EMOTICON_COLON_RE
        else:
            emoticons = None
    elif (
        ":" in text
        or ";" in text
        or "<" in text
        or "^" in text
        or ("D" in text and "x" in text and "xD" in text)
        or "=" in text
        or EMOJI_RE.search(text)
    ):
        emoticons = EMOTICON_RE
    else:
        emoticons = None
    if emoticons is not None:
        for m in emoticons.finditer(text):
            if m.group(1) is not None:
                found.append(m.end())
    if (
        ("-" in text and "---" in text)  # a one-character test first: it runs at memchr speed
        or ("*" in text and "***" in text)
        or ("=" in text and "===" in text)
        or ("_" in text and "___" in text)
        or ("~" in text and "~~~" in text)
        or ("#" in text and "###" in text)
    ):
        for m in SEPARATOR_RE.finditer(text):
            if text[m.end() : m.end() + 3].lstrip()[:1].islower():
                continue  # "cut off to CPS --- do you know": a dash
            if m.start():
                found.append(m.start())
            found.append(m.end())
    if "/" in text and ":" in text:
        for m in TIMESTAMP_RE.finditer(text):
            start = m.start()
            while start > m.start() - 2 and start and text[start - 1].isdigit():
                start -= 1
            if start == m.start() or (start and not text[start - 1].isspace()):
                continue
            prev = text[max(0, start - 24) : start].split()
            if prev and not prev[-1][:1].islower():  # "Kay Mann 04/26/2001 07:17 AM", not "on 04/25/01"
                found.append(start)
            found.append(m.end())
    urls = ("/" in text and "://" in text) or "www." in text
    if urls or "@" in text:
        found.extend(_address_cuts(text, ADDRESS_HINT_RE if urls else AT_SIGN_RE))
    if not found:
        return found
    if len(found) > 1:
        found.sort()
    return [c for c in found if 0 < c < len(text)]


def _address_cuts(text: str, hints: re.Pattern[str]) -> list[int]:
    """Cuts after web and e-mail addresses that end a line-like sentence.

    "...21big.html http://...", "<x@y.com> Groups:", "x@y.com Our web address":
    an address (not ending in a terminal mark) followed by another address or
    a capitalised word. ``hints`` finds where addresses may be:
    ``ADDRESS_HINT_RE``, or ``AT_SIGN_RE`` in a text without web addresses.
    """
    found = []
    last = -1
    n = len(text)
    for m in hints.finditer(text):
        if m.start() < last:
            continue
        end = TOKEN_REST_RE.match(text, m.end()).end()  # type: ignore[union-attr]  # \S* always matches
        last = end
        if end - m.start() > 400 or end == n or text[end - 1] in TERMINALS:
            continue
        rest = text[end : end + 48].split(None, 1)
        if not rest:
            continue
        nxt = rest[0]
        if nxt[:1].isupper() or ADDRESS_HINT_RE.search(nxt) or (nxt[:1].isdigit() and "/" in nxt):
            found.append(end)
    return found


def _list_cuts(text: str) -> list[int]:
    """Cuts before the items of inline lists.

    A list that opens the text may start at any ordinal and use any delimiter
    ("9. a 10. b", "a. x b. y", "1.) x 2.) y", "• x • y"); one inside the text
    must count from one with a closing bracket ("nights 1) what ... 2) I would"),
    so that "Chapter 2. The" or "see 1. and" are never taken for items.
    """
    found: list[int] = []
    if LIST_START_RE.match(text):
        first = LIST_MARKER_RE.search(text)
        if first is not None:
            bullet = first.group(1).strip()
            if bullet:
                found.extend(b.start() for b in BULLET_RE.finditer(text) if b.start() and text[b.start()] == bullet)
            found.extend(_chain(text, first.group(2), first.group(3), first.end(), first=True))
    for m in LIST_ONE_RE.finditer(text):
        ordinal, style = (m.group(1), ".)") if m.group(1) else (m.group(2), ")")
        start = m.end() - 1 - len(style)
        if not start or not text[start - 1].isspace() or (found and start <= found[-1]):
            continue
        if _find_item(text, _ordinal_next(ordinal), style, m.end()) < 0:
            continue  # a lone "1)" is not a list
        found.append(start)
        found.extend(_chain(text, ordinal, style, m.end()))
    return found


def _chain(text: str, ordinal: str, style: str, pos: int, *, first: bool = False) -> list[int]:
    """Starts of the markers that continue a list from ``ordinal`` ("2)" after "1)") in ``style``.

    Each next item is looked for within ``_ITEM_SPAN`` characters of the one
    before, so the work is bounded by the list's own length.
    """
    found = []
    expect = _ordinal_next(ordinal, first)
    while expect is not None:
        i = _find_item(text, expect, style, pos)
        if i < 0:
            break
        found.append(i)
        pos = i + len(expect) + len(style)
        expect = _ordinal_next(expect)
    return found


def _find_item(text: str, ordinal: str | None, style: str, pos: int) -> int:
    """Start of the marker ``ordinal + style`` standing as a word within ``_ITEM_SPAN`` after ``pos`` (-1: none)."""
    if ordinal is None:
        return -1
    marker = ordinal + style
    end = min(len(text), pos + _ITEM_SPAN)
    i = text.find(marker, pos, end)
    while i >= 0:
        j = i + len(marker)
        before = text[i - 1] if i else " "
        if (before.isspace() or before in BULLETS) and (j == len(text) or text[j].isspace()):
            # The item starts at its bullet, if it has one: "• 10.", "⁃10."
            if before in BULLETS:
                return i - 1
            if i >= 2 and text[i - 2] in BULLETS:
                return i - 2
            return i
        i = text.find(marker, i + 1, end)
    return -1


def _ordinal_next(ordinal: str, first: bool = False) -> str | None:
    """The ordinal after ``ordinal`` in its own style: "9" -> "10", "b" -> "c"; roman numerals: None.

    A lettered list starts at "a" (``first``): "J. K. Rowling" is no list.
    """
    if ordinal.isdigit():
        return str(int(ordinal) + 1)
    if len(ordinal) == 1 and ordinal not in "zZ" and (not first or ordinal in "aA"):
        return chr(ord(ordinal) + 1)
    return None
