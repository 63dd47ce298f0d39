"""False people: a credited name that is no person. Once all the rules have run, a
composer or performer that is a description ("Casablanca-born", "Leeds-based"), a
place the post names as a place (a location it found, a country, a state: "the motel
in Moab") is dropped, and an age before a name ("the 19-year-old A B") is no part of
it."""

import re

from ..prose import match_key
from .offer_credit_names import PLACES

# "19-year-old A B", "the 19 year old A B": an age before the name.
AGE_RE = re.compile(r"^(?:the\s)?\d{1,3}[-\s]years?[-\s]old\s(?=\S)", re.IGNORECASE)
# "Casablanca-born", "Leeds-based": where a person is from, no name.
ORIGIN_RE = re.compile(r"-(?:born|based|bred|raised)$", re.IGNORECASE)
PLACE_KEYS = frozenset(match_key(place) for place in PLACES)


def drop_place_names(ctx):
    """Drop the track credits that name a place or a description, and the age
    before a name."""
    places = PLACE_KEYS | set(ctx.locations)
    for value in ctx.tracks.values():
        for role in ("composers", "performers"):
            kept = []
            for name in value[role]:
                name = AGE_RE.sub("", name)
                if ORIGIN_RE.search(name) or match_key(name) in places:
                    continue
                if name not in kept:
                    kept.append(name)
            value[role][:] = kept
