"""Credited names as they are finally written down, whatever rule read them: no
possessive left on a name ("Ana Pell's demos" is Ana Pell), no connective or number taken
for a name ("A wrote it AND sang it" credits no "AND"), and two people named in full
and joined ("written by Ana Pell & Tom Reade") are two writers, while an act that
joins a name to a band ("Ana Pell and the Reeds") or two single names ("Pell &
Reade") stays one act."""

import re

from .credit_chart_names import chart_name
from .credit_cleanup import POSSESSIVE_RE
from .credit_descriptors import described_names
from .credit_shouted import shouted_clause
from .credit_titles import without_rank
from .sentences import add_unique

# Words that join or qualify, never a name on their own ("AND", "Both"); nor is a
# name without a letter ("Who sang it? A, who wrote it too 6. Which ...": the next
# question's number).
CONNECTIVES = frozenset(
    {"and", "or", "but", "nor", "also", "both", "then", "too", "the", "with", "&"}
)
# "Ana Pell & Tom Reade": two whole names, each of two or three capitalised words.
WHOLE = r"[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,2}"
PAIR_RE = re.compile(rf"^({WHOLE})\s(?:&|and)\s({WHOLE})$")
# Words of an act, not of a person ("Lou Vance and His Band", "Ana Pell & The Reeds").
ACT_WORDS = frozenset(
    {
        "the",
        "his",
        "her",
        "their",
        "band",
        "orchestra",
        "choir",
        "singers",
        "players",
        "boys",
        "girls",
        "brothers",
        "sisters",
        "trio",
        "quartet",
        "ensemble",
        "club",
        "crew",
        "gang",
        "combo",
        "sound",
        "family",
        "friends",
        "company",
        "collective",
        "project",
        "quintet",
        "revue",
        "all-stars",
    }
)


def final_names(ctx):
    """Every credited name of every track, written down as one person or act."""
    described_names(ctx)  # "by Hull outfit The Sandpipers", "the Revue"
    for track in ctx.tracks.values():
        for role in ("composers", "performers"):
            names = []
            for name in track[role]:
                add_unique(names, final_name(name))
            track[role][:] = names


def final_name(name):
    """The names one credited name stands for: none, itself cleaned, or two."""
    name = without_rank(POSSESSIVE_RE.sub("", name.strip()).strip())
    if name.casefold() in CONNECTIVES or not any(c.isalpha() for c in name):
        return []
    if shouted_clause(name) or chart_name(name):
        return []  # "[Caption: WHO WROTE IT?]", "“X”: RPM (Canada), peak 19"
    pair = PAIR_RE.match(name)
    if pair and not ACT_WORDS & set(name.casefold().split()):
        return [pair.group(1), pair.group(2)]
    return [name]
