#!/usr/bin/env python3
"""Build the English Punkt parameters that ship in ``tidings/segment/data/``.

Run from the repository root::

    python scripts/build_punkt_params.py          # writes src/tidings/segment/data/punkt_en.json
    python scripts/build_punkt_params.py --check  # exits 1 if the shipped file is stale

Sources: every word below is from lists written for tidings by its authors
(titles, months, days, US state abbreviations in AP style, corporate suffixes,
Latin abbreviations, units, academic and military ranks, reference words, and
the closed-class English words that start sentences). Nothing is trained on
third-party text, so the data is ours to ship under the project's licence. No
pickle: the output is plain JSON in the shape of nltk's ``PunktParameters``
(``abbrev_types``, ``collocations``, ``sent_starters``, ``ortho_context`` with
nltk's flag bits), plus a ``tidings`` table with the classes the rule layer
adds (see ``docs/segmentation.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "tidings" / "segment" / "data" / "punkt_en.json"

# nltk.tokenize.punkt's orthographic-context flags (same bit values, so the data
# can be loaded into nltk's PunktParameters as is).
ORTHO_BEG_UC = 1 << 1  # upper-case word at the beginning of a sentence
ORTHO_MID_UC = 1 << 2  # upper-case word in the middle of a sentence
ORTHO_UNK_UC = 1 << 3  # upper-case word in an unknown position
ORTHO_BEG_LC = 1 << 4  # lower-case word at the beginning of a sentence
ORTHO_MID_LC = 1 << 5  # lower-case word in the middle of a sentence
ORTHO_UNK_LC = 1 << 6  # lower-case word in an unknown position

# -- abbreviations (lower case, no final period; inner periods kept) --------

#: Titles and ranks written before a name: never the end of a sentence when a
#: capitalised word follows ("Mr. Smith", "Gen. Then" is not English).
PREPOSITIVE_TITLES = """
mr mrs ms messrs mmes mme mlle dr drs prof profs rev revd hon fr msgr
gen lt col maj capt cpt cmdr cdr adm brig sgt cpl pvt ens comdr lieut
gov sen sens rep reps supt insp det atty amb pres
mt mts
""".split()

#: Latin and editorial abbreviations that always introduce more of the
#: sentence ("e.g. The Beatles", "cf. Smith", "vs. Chicago").
PREPOSITIVE_OTHER = """
e.g eg i.e ie cf vs v viz approx ca c.f p.s ps n.b nb incl esp attn
""".split()

#: Abbreviations that stand before a number and only there ("No. 5",
#: "Fig. 3", "pp. 12-14", "N°. 1026"); elsewhere they are ordinary words
#: ("I said no. Then").
NUMBER_PREFIX = """
no nos n° nr vol vols fig figs pp p pg ch chap sec sect art arts eq eqs
op para paras pt pts ref refs tab ex no°
""".split()

MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # not "may"
DAYS = "mon tue tues wed thu thur thurs fri".split()  # not "sat"/"sun": common words

#: US states in AP style, leaving out those that are common words (ill, ind,
#: miss, mass, wash, ore, la, pa, mo, del, me).
US_STATES = """
ala ariz ark calif colo conn fla ga kan kans ky md mich minn mont neb nebr
nev okla tenn tex va vt wis wisc wyo
""".split()

CORPORATE = """
inc corp co cos ltd llc plc bros assn assoc intl mfg govt dept depts univ
est estd
""".split()

LATIN = "etc al et seq ibid op cit loc viz sic".split()

#: Postpositive titles and degrees written without inner periods.
POSTPOSITIVE = "jr sr esq phd".split()

#: Units written after a number ("10 min.", "1/2 in.", "30 yrs."): after a
#: number they are abbreviations that never stand before a name, so a
#: capitalised word after them starts a sentence ("Rest 10 min. Serve warm.").
#: "in" is a unit only after a number.
UNITS = """
in ft lb lbs oz qt qts gal gals yd yds mi hr hrs min mins sec secs yr yrs mo mos wk wks
sq cu deg tbsp tsp pkg pt pts
""".split()

ACADEMIC = "asst assoc inst dept univ coll dir mgr eds ed trans comp repr rev".split()

PLACES = "ave blvd rd hwy pkwy apt bldg ste fl mtn st ft pt".split()

MISC = "tel ext misc esp incl approx avg est".split()

# -- sentence starters ------------------------------------------------------

#: Closed-class English words (and a few very frequent sentence-initial ones)
#: that, capitalised after an abbreviation or an initial, start a new sentence
#: ("Jane and co. They should know."). Proper nouns are deliberately absent:
#: a capitalised word we don't know continues the sentence ("U.S. Government").
SENTENCE_STARTERS = """
a an the this that these those there here it its he she they we you i me my
his her their our your who whom whose which what when where why how whatever
whoever whenever wherever however
but and or so yet nor then than thus hence therefore also still now today
tonight yesterday tomorrow meanwhile moreover furthermore nevertheless
nonetheless instead otherwise besides indeed perhaps maybe finally first
second third next last later afterwards anyway anyhow overall
after before since while although though because if unless as once until
in on at for from by with without during over under to of about into through
across against among between despite according regarding upon within
some any no every each all both either neither many much most more few
several such another other one two three
is are was were be been do does did have has had could would
should might must please thank thanks
yes no not never always sometimes often usually again actually really
unfortunately fortunately hopefully obviously clearly of course just even
only oh ok okay sure already soon
""".split()

#: Contractions of sentence starters (they are typed as written, lower case).
STARTER_CONTRACTIONS = """
it's that's there's here's he's she's what's who's where's how's let's
i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll
they're they've they'd they'll don't doesn't didn't can't couldn't won't
wouldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't
""".split()

#: Pairs (word before the period, word after it, lower case) that would
#: otherwise be split: Punkt's collocations, negative evidence for a boundary.
#: A capitalised word after an abbreviation only splits when it is a known
#: sentence starter, so pairs are needed only where a starter is part of a name.
COLLOCATIONS = [
    ("vol", "one"),  # "Vol. One"
    ("no", "one"),  # "No. One"
    ("pt", "one"),  # "Pt. One"
]

#: Words that go on a time of day ("at 3 a.m. Friday", "5 p.m. EST", "9 a.m. Jan. 5"):
#: with "a.m"/"p.m" they make collocations, not sentence ends.
TIME_FOLLOWERS = """
monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
est edt cst cdt mst mdt pst pdt et ct mt pt gmt utc bst cet cest ist jst aest
local eastern central pacific mountain
""".split()


def build() -> dict:
    prepositive = sorted(set(PREPOSITIVE_TITLES) | set(PREPOSITIVE_OTHER))
    number_prefix = sorted(set(NUMBER_PREFIX))
    abbrevs = set(PREPOSITIVE_TITLES) | set(PREPOSITIVE_OTHER)
    for group in (MONTHS, DAYS, US_STATES, CORPORATE, LATIN, POSTPOSITIVE, UNITS, ACADEMIC, PLACES, MISC):
        abbrevs |= set(group)
    abbrevs.discard("in")  # a unit after a number only
    abbrevs |= {
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "n.y",
        "l.a",
        "ph.d",
        "m.d",
        "b.a",
        "m.a",
        "b.sc",
        "m.sc",
    }
    abbrevs -= set(number_prefix)  # those are abbreviations only before a number
    starters = set(SENTENCE_STARTERS)
    # An upper-case sentence start, lower case inside sentences, never upper case
    # in mid-sentence: Punkt's orthographic heuristic then says "sentence start".
    flags = ORTHO_BEG_UC | ORTHO_MID_LC | ORTHO_UNK_LC
    ortho = {w: flags for w in starters | set(STARTER_CONTRACTIONS)}
    # "I" is upper case everywhere: not evidence of a sentence start for an
    # initial ("Albert I. Jones"), but a frequent sentence starter after an
    # abbreviation ("I live in the U.S. I love it.").
    ortho["i"] = ORTHO_BEG_UC | ORTHO_MID_UC
    for w in ("i'm", "i've", "i'd", "i'll"):
        ortho[w] = ORTHO_BEG_UC | ORTHO_MID_UC
    return {
        "format": "tidings.punkt/1",
        "language": "en",
        "generated_by": "scripts/build_punkt_params.py",
        "abbrev_types": sorted(abbrevs),
        "collocations": sorted(
            [list(p) for p in COLLOCATIONS] + [[t, f] for t in ("a.m", "p.m") for f in TIME_FOLLOWERS]
        ),
        "sent_starters": sorted(starters | set(STARTER_CONTRACTIONS)),
        "ortho_context": dict(sorted(ortho.items())),
        "tidings": {
            "prepositive": prepositive,
            "number_prefix": number_prefix,
            "time": ["a.m", "p.m"],
            "units": sorted(set(UNITS)),
        },
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped data differs from a fresh build")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output file (default: {OUT})")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run scripts/build_punkt_params.py", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
