"""Every regular expression of the segmenter, compiled once.

Each pattern is anchored so that a scan over the text is linear: a run of marks
is matched only from its first character (a negative lookbehind), quantifiers
that could meet again are bounded, and nothing nests. ``tests/test_segment.py``
runs each on adversarial input of growing size.
"""

from __future__ import annotations

import re

#: Characters that end a sentence.
TERMINALS = ".!?…‽⁇⁈⁉"
#: Closing quotes and brackets that stay with the sentence they follow.
CLOSERS = "\"'”’»)]}›"
#: Opening quotes, brackets and list bullets stripped from the front of a word.
OPENERS = "\"'“‘«([{‹•⁃▪◦‣●○■□►▸➢➤✓✔*-–—¿¡"
#: List bullets.
BULLETS = "•⁃▪◦‣●○■□►▸➢➤✓✔"

# Candidate sentence ends: a run of terminal marks (or a spaced ellipsis
# ". . ."), then closing quotes/brackets and citation marks ("[12]", "[1-3]"),
# then whitespace or the end of the text. Group 1: the marks; group 2: what
# closes them; group 3: the next token (up to 40 chars), absent at the end.
# The first mark comes first in the pattern, so the scan runs at C speed (a
# leading lookbehind or alternation would make the engine try every position);
# the checks that it starts the run and is the period of a spaced ellipsis
# follow it, in the order the alternation "\.(?:[ ]\.){2,}|[marks]+" tries them.
_CANDIDATE_REST = (
    r"(?<![.!?…‽⁇⁈⁉].)"  # only from the first mark of a run: linear on "....."
    r"(?:(?<=\.)(?:[ ]\.){2,}|[.!?…‽⁇⁈⁉]*))"
    r"((?:[\"'”’»)\]}›]|\[\d{1,4}(?:[-–,][ ]?\d{1,4}){0,8}\])*)"
    r"(?:(?=\s+(\S{1,40}))|(?=\s*\Z))"
)
CANDIDATE_RE = re.compile(r"([.!?…‽⁇⁈⁉]" + _CANDIDATE_REST)
# The same for a text whose only terminal mark is the period (an ASCII text
# without "?" or "!"), where it finds the same: the engine finds a literal
# first character about five times faster than one of a class.
PERIOD_CANDIDATE_RE = re.compile(r"(\." + _CANDIDATE_REST)

# Emoticons and emoji written as their own word (":)", ":-(", ";P", ":D", "<3",
# "^_^", "xD", "🙂", "👍🏽"): on the web they end a sentence. The first character
# comes first in the pattern (a fast scan), the word boundary before it is
# checked after. Group 1: the next token, absent at the end.
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_EMOTICON = r"(?<=[:;=])[-o^']?[()\[\]DPpO3/\\|*]{1,3}|(?<=<)3|(?<=\^)_?\^|(?<=[xX])D"
_EMOTICON_NEXT = r"(?:(?=\s+(\S{1,40}))|(?=\s*\Z))"
EMOTICON_RE = re.compile(
    rf"[:;=<^xX{_EMOJI}](?<!\S.)(?:{_EMOTICON}|(?<=[{_EMOJI}])[{_EMOJI}\ufe0f\u200d]{{0,8}}){_EMOTICON_NEXT}"
)
# The same for an ASCII text, where it finds the same: a class of ASCII
# characters only is checked faster at each position of the scan.
EMOTICON_ASCII_RE = re.compile(rf"[:;=<^xX](?<!\S.)(?:{_EMOTICON}){_EMOTICON_NEXT}")
# The same for an ASCII text whose only emoticon character is ":" (most that
# hold one): a literal first character is found faster than one of a class.
EMOTICON_COLON_RE = re.compile(rf":(?<!\S.)(?:{_EMOTICON}){_EMOTICON_NEXT}")

# An emoji: tells, with the caller's ``in`` tests for the emoticon characters,
# whether a text needs the emoticon scan. A character class only, so the
# search runs at C speed.
EMOJI_RE = re.compile(f"[{_EMOJI}]")

# A separator line glued into the text: "***", "----", "=====", "____", "~~~", "###".
SEPARATOR_RE = re.compile(r"(?:\*\*\*|---|===|___|~~~|###)(?<!\S...)[-=*_~#]*(?!\S)")

# The date-and-time part of an e-mail header timestamp, from its first slash:
# "08/16/2000 03:48 PM", "04/25/01 12:42:55" (the day or month digits before
# the slash are checked by the caller).
TIMESTAMP_RE = re.compile(r"/\d{1,2}/\d{2,4}[ ]\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp]\.?[Mm]\.?)?(?!\S)")

# A greeting or sign-off that opens a sentence and stands alone before a
# capitalised word: "Hi, Yes ...", "Best regards, Debra", "Thanks, Sean".
# Only tried at sentence starts (``match``), never scanned for.
SALUTATION_RE = re.compile(
    r"(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear [A-Z]\w{0,30}|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ss]incerely"
    r"|(?:(?:[Bb]est|[Kk]ind|[Kk]indest|[Ww]arm|[Ww]armest) )?[Rr]egards|[Bb]est wishes|[Yy]ours truly"
    r"|[Yy]ours sincerely|[Aa]ll the best|[Tt]ake care),(?=[ ]+[A-Z])"
)

# How every greeting or sign-off ends (a search for it tells whether a text can hold one).
SALUTATION_END_RE = re.compile(r",[ ]+[A-Z]")

# Where a web or e-mail address may be: "://", "www.", "@" (the caller takes
# the whole whitespace-delimited token around it).
ADDRESS_HINT_RE = re.compile(r"://|www\.|@")
# The same in a text without "://" or "www.": a literal is found faster than a class.
AT_SIGN_RE = re.compile("@")

# The rest of a whitespace-delimited token (what str.isspace() calls whitespace).
TOKEN_REST_RE = re.compile(r"\S*")

# A list marker: an optional bullet, then a number, letter or roman numeral with
# its delimiter ("1.", "2.)", "3)", "a.", "iv.", "• 9.", "⁃10."), before
# whitespace. Group 1: the bullet; 2: the ordinal; 3: the delimiter.
LIST_MARKER_RE = re.compile(
    r"(?<![^\s•⁃▪◦‣●○■□►▸➢➤✓✔])([•⁃▪◦‣●○■□►▸➢➤✓✔]?[ ]?)(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})(\.\)|[.)])(?=\s)"
)

# "1)", "a)", "A)", "1.)" (the first item of a list inside a text; the caller
# checks the whitespace before it), matched at its bracket so that the scan
# runs at C speed and does not stop at every "a". Group 1: the ordinal before
# ".)"; group 2: the ordinal before ")".
LIST_ONE_RE = re.compile(r"\)(?=\s)(?:(?<=([1aA])\.\))|(?<=([1aA])\)))")

# A straight single quote standing alone (group 1: " ' "), opening (group 2:
# after whitespace or an opener, before a non-space) or closing (after a
# non-space, before whitespace, punctuation or the end). Inside a word ("don't")
# it matches nothing.
SINGLE_QUOTE_RE = re.compile(r"(?<!\S)(')(?!\S)|(?<![^\s(\[\"])(')(?=\S)|(?<=\S)'(?=[\s.,;:!?)\]]|\Z)")

# A bullet standing as its own word.
BULLET_RE = re.compile(r"(?<!\S)[•⁃▪◦‣●○■□►▸➢➤✓✔](?=\s|\d)")

# The start of a text that is a list (checked before the list scans run).
LIST_START_RE = re.compile(r"\s*(?:[•⁃▪◦‣●○■□►▸➢➤✓✔][ ]?)?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})(?:\.\)|[.)])\s")

# A number as Punkt types it ("##number##"): "55", "$100.00", "1,000", "3:30", "2.0".
NUMBER_RE = re.compile(r"[-+±~]?[$£€¥#]?\d[\d,.:/-]{0,30}%?")

# A run of one-to-three-letter pieces joined by periods: "U.S", "e.g", "Ph.D", "a.m".
MULTI_PERIOD_RE = re.compile(r"(?:[^\W\d_]{1,3}\.){1,6}[^\W\d_]{1,3}")

# A roman numeral or single letter used as a list ordinal.
ORDINAL_RE = re.compile(r"\d{1,3}|[^\W\d_]|[ivxlcIVXLC]{1,5}")

# An introductory time phrase ending in a.m./p.m.: "At 5 a.m. Mr. Smith went".
TIME_INTRO_RE = re.compile(
    r"[^\w\s]{0,3}(?:at|by|until|till|before|after|from|around|about|since|near|on)[ ]{1,3}[\d:.]{1,8}[ ]{0,3}",
    re.IGNORECASE,
)
