"""A site named with its town just before a stand-in's comma: "at Dreamland in X,
which is playing Y", "Staithes in Z, which doubled for W". The site played Y and the
town is its region, as "the French Quarter in X dressed up as Y" reads without the
comma; "filmed in X, in Y, which" (a town narrowed down) stays the nearer name's."""

from .lexicon import PLACE_CONNECTORS
from .place_names import place_ok
from .sentences import run_backward

# What may come before the site: a preposition of place, a verb or a mark ("and" only
# inside the site's name: "Harland and Wolff in X").
SITE_LEADS = frozenset({"at", "on", ",", ";", ":", "is", "was", "the"})


def site_in_town(ctx, sentence, start):
    """Where the site starts when the town at ``tokens[start]`` follows "in" and a
    capitalised name led by a preposition or a joint; else None."""
    tokens = sentence.tokens
    if not (start > 1 and tokens[start - 1].text == "in" and tokens[start - 2].cap):
        return None
    site = run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=4)
    if site is None or site == 0:
        return None  # "Shot in X's Y, posing as": no site, a verb
    if site > 2 and tokens[site - 1].text == "and" and tokens[site - 2].cap:
        # "Harland and Wolff in X": a firm's two names, one site
        site = run_backward(tokens, site - 2, PLACE_CONNECTORS, max_words=3) or site
    if tokens[site - 1].text.lower() not in SITE_LEADS or tokens[site].text in (
        "The",
        "A",
        "An",
    ):
        return None
    name = sentence.span(site, start - 1)
    return site if place_ok(ctx, name, tokens[site]) else None
