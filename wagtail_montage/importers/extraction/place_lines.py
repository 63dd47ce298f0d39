"""A site named on a river or a road: "shot on the Mississippi at Natchez", "filmed
along Route 66 at the Blue Whale": the site is the place filmed, the river or road
only where it lies; a name that says it is a place ("X Island", "X Necropolis")."""

from .lexicon import OPEN, PLACE_WORDS_RE
from .place_describers import describer
from .place_words import NAMED_TARGET_RE, named_place

# The prepositions that put a scene on a river or a road.
ALONG_WORDS = frozenset({"on", "along", "down", "up", "beside", "by"})
# A word that makes a name a river, a lake or a road: "Route 66", "the Hudson River".
LINE_WORDS = frozenset(
    """
    Route Highway Interstate Turnpike River Lake Loch Canal Creek Trail Railway
    Railroad
    """.split()
)


def site_on_line(tokens, start, end):
    """Where the site starts in "on the X at Y", "on the X, at Y", "along Route 66 at
    the Y" (``X`` from ``tokens[start]`` to ``tokens[end]``): at "the" or Y; or None.
    X is a river or a road: one word after "the" ("the Mississippi") or a name with a
    word such as "River" or "Route"; not "on the Queen Mary at Long Beach" (a ship, a
    place)."""
    comma = end + 1 < len(tokens) and tokens[end].text == ","  # "on the X, at Y"
    at = end + comma
    if not (0 < start < end and at + 2 < len(tokens) and tokens[at].text == "at"):
        return None
    article = tokens[start - 1].text == "the"
    before = start - 1 - article
    before -= before > 0 and describer(tokens[before].text)  # "on old Route 66"
    if before < 0 or tokens[before].text not in ALONG_WORDS:
        return None
    words = [token.text for token in tokens[start:end]]
    if not (article and len(words) == 1 or LINE_WORDS.intersection(words)):
        return None
    site = at + 1 + (tokens[at + 1].text == "the")
    return at + 1 if site < len(tokens) and tokens[site].cap else None


def place_headed(name):
    """Whether a name of two words or more ends with a word that makes it a place:
    "Rottnest Island", "Glasgow Necropolis", "Union Station"; not "Sam Park" alone
    (the caller asks too that what it played is a place)."""
    words = name.split()
    return len(words) > 1 and bool(
        named_place(name)
        or NAMED_TARGET_RE.search(name)
        or PLACE_WORDS_RE.fullmatch(words[-1])
        or words[-1] in PLACE_HEADS
    )


# Last words of a place's name the shared patterns leave out.
PLACE_HEADS = frozenset(
    """
    Necropolis Cemetery Graveyard Churchyard Castle Priory Citadel Observatory
    Lido Pavilion
    """.split()
)


# What a band or a singer does with a song: "X doing “Song”", "X singing “Song”".
PERFORMING_WORDS = frozenset("doing singing playing performing covering".split())


def performing(sentence, end):
    """Whether the name ending before ``tokens[end]`` performs a quoted song next:
    "the montage is X doing “Song”" (a band, not a place)."""
    tokens = sentence.tokens
    return (
        end + 1 < len(tokens)
        and tokens[end].text in PERFORMING_WORDS
        and tokens[end + 1].text == OPEN
    )
