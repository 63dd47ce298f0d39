"""A place's name with lowercase words after it before a stand-in verb: "Keleti
railway station, also in Budapest, playing Y" (the station, named with its kind), "the
Harpa concert hall in Reykjavík, dressed as Y" (Harpa, in Reykjavík: a two-word kind
of place after a name, not the town after it); and an aside that places it after an
adverb ("X, also in Budapest, playing")."""

from .lexicon import PLACE_CONNECTORS
from .place_reading import HEAD_MODIFIERS, NAME_HEADS
from .place_words import TARGET_PLACE_NOUNS
from .sentences import run_backward

# Adverbs an aside that places a name may start with: "X, also in Y, playing".
ASIDE_ADVERBS = frozenset({"also", "likewise", "again", "similarly", "both"})


def without_adverb(aside):
    """The aside's words past an adverb that starts it: ["in", "Y"] for "also in Y"."""
    if len(aside) > 2 and aside[0].lower() in ASIDE_ADVERBS:
        return aside[1:]
    return aside


def headed_start(tokens, last):
    """Where a name starts whose kind of place ends at ``tokens[last]``: "Keleti
    railway station", "the Varna ferry terminal"; or None."""
    if not (last > 0 and tokens[last].text in NAME_HEADS):
        return None
    before = last - 1
    before -= before > 0 and tokens[before].text in HEAD_MODIFIERS
    return run_backward(tokens, before, PLACE_CONNECTORS, max_words=6)


def compound_kind(tokens, last):
    """How many lowercase words end at ``tokens[last]`` to say a name's kind of place
    in two: 2 for "concert hall" in "the Harpa concert hall in Y", else 0."""
    if (
        last > 2
        and tokens[last].text in TARGET_PLACE_NOUNS
        and tokens[last - 1].text.isalpha()
        and tokens[last - 1].text.islower()
        and tokens[last - 1].text not in PLACE_CONNECTORS
        and tokens[last - 2].cap
    ):
        return 2
    return 0


def kind_named(name):
    """Whether a name ends with its kind of place in lowercase: "Keleti railway
    station", "Varna ferry terminal" (a place, whatever it played)."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1] in NAME_HEADS
