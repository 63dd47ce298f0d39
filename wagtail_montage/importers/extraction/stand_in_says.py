"""A place the film says is another, in the sentence that names where it was shot:
"filmed along X in Bristol, though the picture claims it's Y", "shot at X, but the
film insists the town is Y" (X played Y)."""

import re

from .place_names import place_ok
from .stand_in_targets import stand_in_target

# The film's own word for the place: "the picture claims it's", "the film says the
# pass is in", "the movie would have you believe it is".
FILM_SAYS_RE = re.compile(
    r"\b(?:the|this)\s(?:film|picture|movie|story|script)\s(?:says|claims|insists"
    r"|pretends|tells\sus|would\shave\syou\sbelieve)\s(?:that\s)?"
    r"(?:it's|it\sis|it\swas|the\s[a-z]{2,20}\s(?:is|was))\s(?:in\s)?"
    r"(?=[A-Z]|somewhere\s)"  # "the film insists it is somewhere in Y"
)


def film_says(ctx, sentence):
    """ "X ..., though the picture claims it's Y": the place named last before the
    film's word, found in this sentence, played Y (when it played nothing yet)."""
    for match in FILM_SAYS_RE.finditer(sentence.norm):
        before = [
            (sentence.norm.rfind(location["name"], 0, match.start()), location)
            for key in ctx.sentence_places
            if (location := ctx.locations.get(key)) is not None
        ]
        before = [pair for pair in before if pair[0] >= 0]
        if not before:
            continue
        location = max(before, key=lambda pair: pair[0])[1]
        index = sentence.index_at(match.end())
        target = stand_in_target(ctx, sentence, index)
        # "the film says it's March": a time, no place
        if not target or not place_ok(ctx, target, sentence.tokens[index]):
            continue
        if not location["stood_in_for"]:
            location["stood_in_for"] = target
