"""A common noun that names a kind of place by how it is made: "observatory",
"distillery", "steelworks", "fairground", "bookshop", "roadhouse", "truck stop": a
place, though no list names it; not "story", "mystery", "history" (no place)."""

from .stand_in_site_nouns import site_noun

# Endings that make a noun a place: a place where something is done or kept
# ("-ory", "-ery"), or a compound whose last part is a place ("book+shop").
PLACE_ENDINGS = (
    "atory",
    "itory",
    "ery",
    "works",
    "yard",
    "house",
    "market",
    "shop",
    "ground",
    "grounds",
    "room",
    "field",
    "hall",
    "front",
    "side",
    "stop",
    "resort",
)
# Words with such an ending that are no place.
NOT_PLACES = frozenset(
    """
    mystery delivery recovery misery lottery battery every very discovery artillery
    machinery embroidery bravery slavery flattery imagery cookery upside downside
    inside outside aside beside background
    """.split()
)


def place_suffixed(word, nouns):
    """Whether ``word`` names a kind of place: in ``nouns`` (with or without its
    plural "s"), or made with a place's ending."""
    word = word.lower()
    if word in nouns or word.removesuffix("s") in nouns or site_noun(word):
        return True  # "a terminal on Puget Sound": a kind of site, too
    return (
        word not in NOT_PLACES
        and len(word) > 5
        and word.isalpha()
        and word.endswith(PLACE_ENDINGS)
    )
