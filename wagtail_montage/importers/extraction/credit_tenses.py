"""Which verb of a sentence credits someone with a track, in any tense: "A wrote
it", "A sang it", "A had written it", "A has since co-written “X”" (a writing
participle credits its subject only after an auxiliary: "written by" is
passive)."""

from .credit_band_plays import band_plays_it
from .credit_clauses import plays_it
from .credit_subjects import PERFORMED, WROTE, perfect_start
from .credit_supplied import supplies_a_part

WRITTEN = frozenset({"written", "co-written", "composed", "co-composed", "penned"})


def credit_role(tokens, index):
    """ "composers" when ``tokens[index]`` is an active writing verb, "performers"
    for a performing one, else None."""
    word = tokens[index].text.lower()
    if word in WROTE or (word in WRITTEN and perfect_start(tokens, index) < index):
        return "composers"
    if supplies_a_part(tokens, index):
        return "composers"  # "B, who supplied the words"
    if word in PERFORMED or plays_it(tokens, index) or band_plays_it(tokens, index):
        return "performers"
    return None
