"""A site inside a town said with a part of it, after the town's comma: "shot in X,
among the stalls of the Y Market", "filmed in X, amid the ruins of Y Abbey": Y, in X
(the town is then Y's region, not a place of its own)."""

from .lexicon import PLACE_CONNECTORS
from .place_words import named_place
from .sentences import run_forward

# Prepositions that put what follows inside the place named after "of".
AMONG_WORDS = frozenset({"among", "amongst", "amid", "amidst"})


def among_at(tokens, index):
    """Where the site starts when ``tokens[index:]`` is "among the stalls of the Y
    Market" (up to three lowercase words before "of"), Y naming what it is; or None."""
    if not (index + 3 < len(tokens) and tokens[index].text in AMONG_WORDS):
        return None
    ahead = index + 1 + (tokens[index + 1].text in ("the", "its"))
    for at in range(ahead, min(len(tokens) - 1, ahead + 3)):
        word = tokens[at].text
        if word == "of":
            site = at + 1 + (tokens[at + 1].text == "the")
            end = run_forward(tokens, site, PLACE_CONNECTORS, max_words=6)
            if end is None:
                return None
            name = " ".join(token.text for token in tokens[site:end])
            return site if named_place(name) else None
        if not (word.isalpha() and word.islower()):
            return None
    return None
