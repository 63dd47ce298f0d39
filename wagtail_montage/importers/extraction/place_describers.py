"""A word between "the" and a place's name that only describes the place: "the old
Carrie Furnace", "the frozen Lake Louise", "the flooded Harwick Quarry", "the deserted
Harwick Pier"."""

from .place_words import PLACE_ADJECTIVES

# Words ending like a participle that are no adjective of a place.
NOT_DESCRIBERS = frozenset(
    """
    been seen then when even seven eleven often kitten garden golden linen listen
    woolen woollen dozen hundred kindred
    """.split()
)


def describer(word):
    """Whether ``word`` before a name only describes the place: one of the words of
    age or reality ("old", "real"), or a participle ("frozen", "flooded", "deserted",
    "sunken")."""
    return word in PLACE_ADJECTIVES or (
        word.isalpha()
        and word.islower()
        and len(word) > 4
        and word.endswith(("ed", "en"))
        and word not in NOT_DESCRIBERS
    )
