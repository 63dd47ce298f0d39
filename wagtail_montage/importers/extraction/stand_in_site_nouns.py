"""Kinds of place the other lists leave out, for what a place played: "a terminal on
Puget Sound", "the Newark depot", "a Dublin café", "an unnamed highway". Each names a
site and nothing else: not "road" ("a road movie"), "garage" ("a garage band"), "gym"
("a gym teacher"), "dock" (what a pier is dressed as, the pier's name cut short) or
"nightclub" (a venue's name passed for one is no sure place)."""

SITE_NOUNS = frozenset(
    """
    terminal depot quay laundromat laundrette highway plaza
    cafe café restaurant arcade gymnasium funicular boulevard parkway freeway motorway
    interstate diner rink waterfront boardwalk promenade marina wharf jetty
    """.split()
)


def site_noun(word):
    """Whether ``word`` (lowercase) names a kind of site, in the singular or plural."""
    return word in SITE_NOUNS or word.removesuffix("s") in SITE_NOUNS
