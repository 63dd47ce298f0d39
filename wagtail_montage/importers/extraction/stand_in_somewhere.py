"""What a place played, given only as where it lies: "passed off as somewhere in
Bavaria", "the film insists it is somewhere in the Oklahoma panhandle", "playing
somewhere near Lyon" (the whole, "somewhere" and the place after it)."""

from .lexicon import PLACE_CONNECTORS
from .sentences import run_forward

# What follows "somewhere" before the name: "in", "near", "outside", "in the".
WHERE_WORDS = frozenset({"in", "near", "outside", "off", "along", "on"})
# Lowercase words a region's name may carry before its noun: "the Oklahoma panhandle".
MAX_TAIL = 2


def somewhere_target(sentence, index):
    """ "somewhere in Bavaria" from ``tokens[index]`` ("somewhere"): the words up to
    the end of the name after it, with a lowercase noun or two that the name
    describes ("the Oklahoma panhandle"); "" when no name follows."""
    tokens = sentence.tokens
    at = index + 1
    if not (at + 1 < len(tokens) and tokens[at].text in WHERE_WORDS):
        return ""
    name = at + 1 + (tokens[at + 1].text == "the")
    if not (name < len(tokens) and tokens[name].cap):
        return ""
    end = run_forward(tokens, name, PLACE_CONNECTORS, max_words=6)
    if end is None:
        return ""
    tail = end
    while (
        tail < min(len(tokens), end + MAX_TAIL)
        and tokens[tail].text.isalpha()
        and tokens[tail].text.islower()
        and tokens[tail].text not in WHERE_WORDS | {"and", "or", "but", "for", "with"}
        and name > at + 1  # "the Oklahoma panhandle": a noun only after "the"
    ):
        tail += 1
    return sentence.span(index, tail)
