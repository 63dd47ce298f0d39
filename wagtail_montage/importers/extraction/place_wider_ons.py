"""A wider place after a town, set off by a comma and "on the": an island ("filmed in
X, on the Isle of Y", "at X, on the Y Islands"), a river ("at X, on the Rio Y") or a
side of a body of water or land ("at X, on the Y side of the bay", "in X, on the Y
end of the lake"): the region the town lies in, never a site inside it, so the town
stays the place."""

import re

from .lexicon import PLACE_CONNECTORS
from .sentences import run_forward

# The last word of an island's or an archipelago's name, or its first words ("the
# Isle of Wight", "the Kerkennah Islands", "the Isles of Scilly"), or a river called
# "Rio" ("the Rio Grande": a town's river, as "the X River" is a line it lies on).
ISLAND_NAME_RE = re.compile(
    r"(?:^(?:Isle|Isles|Island|Islands)\sof\s)|\s(?:Island|Islands|Isles|Peninsula)$"
    r"|^Rio\s"
)
# A lowercase noun after a name that makes it a part of something wider: "the Kerry
# side of the bay", "the Cornish end of the line", "the Welsh bank of the river".
SIDE_NOUNS = frozenset("side end shore bank edge coast half tip".split())


def wider_on(sentence, end):
    """The region and the index after it when ``tokens[end]`` opens ", on the Y"
    and Y is an island or the Y side of something; else None."""
    tokens = sentence.tokens
    if not (
        end + 3 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text == "on"
        and tokens[end + 2].text == "the"
        and tokens[end + 3].cap
    ):
        return None
    start = end + 3
    stop = run_forward(tokens, start, PLACE_CONNECTORS, max_words=4)
    if stop is None:
        return None
    name = sentence.span(start, stop)
    if ISLAND_NAME_RE.search(name):
        return name, stop
    side = stop < len(tokens) and tokens[stop].text.lower() in SIDE_NOUNS
    return (name, stop + 1) if side else None
