"""A community venue called by the body that runs it and a lowercase noun: "the Legion
hall", "the Lutheran church", "the Elks lodge", "the Safeway parking lot". The
capitalised word names no place (a legion, a church, a club); the place is the town
said after it ("the Legion hall over in Dauphin": Dauphin), or none."""

from .place_scope import broad

# The lowercase noun of a venue a body runs, right after its one capitalised word.
VENUE_NOUNS = frozenset("hall lodge church chapel parking car".split())
# What may come between the venue and its town: "the X hall (over) in Y".
TOWN_WORDS = frozenset("over down up out across".split())


def venue_of_a_body(tokens, index, end, article):
    """Whether the name from ``tokens[index]`` to ``tokens[end]``, after "the", is a
    single capitalised word before a venue's lowercase noun ("the Legion hall")."""
    return (
        article
        and end == index + 1
        and end < len(tokens)
        and tokens[end].text in VENUE_NOUNS
        and not broad(tokens[index].text)
    )


def town_after_venue(tokens, end):
    """Where the town starts after the venue's noun at ``tokens[end]``: "hall in Y",
    "hall over in Y", "parking lot in Y"; else None."""
    at = end + 1
    at += at < len(tokens) and tokens[at].text == "lot"  # "parking lot", "car park"
    at += at < len(tokens) and tokens[at].text == "park"
    at += at < len(tokens) and tokens[at].text in TOWN_WORDS
    if at + 1 < len(tokens) and tokens[at].text == "in" and tokens[at + 1].cap:
        return at + 1
    return None
