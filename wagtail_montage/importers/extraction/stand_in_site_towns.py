"""The site before the town or island it lies in or by, right before a stand-in's
comma: "the Villa Cimbrone up in Ravello, which plays Y", "Portree on the Isle of
Skye, which played Y", "The pit-head shots are Big Pit at Blaenavon, which played Y",
"the Moyenne Corniche above Villefranche, which stood in for Y". The site played Y;
the town is its region, as "the X in Y, which plays Z" reads (stand_in_inner).

Not read: a town after a comma ("shot in X, in Y, which": Y narrows X down), "in"
alone (stand_in_inner and stand_in_town_sites read it), a street or a road after "on"
(the site on it is read elsewhere), a river or a road before "at" ("on the Hudson at
Y, which": Y, on the river), a lowercase thing before the town ("the beach at
X, which": X), a name that opens no clause or follows no article or verb ("Ann Dove
at Leeds, which")."""

from .lexicon import PLACE_CONNECTORS
from .place_lines import site_on_line
from .sentences import run_backward

# The words that place a site in or by the town after them: "up in", "above", "on".
TWO_WORD_LEADS = frozenset({("up", "in"), ("down", "in"), ("out", "in")})
ONE_WORD_LEADS = frozenset({"above", "below", "overlooking", "at", "on"})
# What comes before the site's name: an article, a verb of being, a mark.
SITE_BEFORE = frozenset(
    {"the", "is", "are", "was", "were", ",", ";", ":", "of", "at", "on", "in"}
)
# A line through the town: the site on it is read elsewhere.
LINE_HEADS = frozenset("Street Road Avenue Lane Drive Boulevard Way".split())


def site_before_town(tokens, start):
    """Where the site starts when the town or island at ``tokens[start]`` follows "up
    in", "above", "at" or "on" and a capitalised name opened by an article, a verb of
    being or a mark; else None."""
    lead = start - 1 - (start > 1 and tokens[start - 1].text == "the")
    if lead < 2:
        return None
    words = (tokens[lead - 1].text.lower(), tokens[lead].text.lower())
    if words in TWO_WORD_LEADS:
        lead -= 1
    elif words[1] not in ONE_WORD_LEADS:
        return None
    last = lead - 1
    if last < 1 or not tokens[last].cap or tokens[last].text in LINE_HEADS:
        return None
    site = run_backward(tokens, last, PLACE_CONNECTORS, max_words=5)
    if site is None or site == 0 or tokens[site].text in ("The", "A", "An"):
        return None
    if tokens[site - 1].text.lower() not in SITE_BEFORE:
        return None
    if site_on_line(tokens, site, lead) is not None:
        return None  # "on the Mississippi at Natchez, which": Natchez, on the river
    return site


def site_end(tokens, start):
    """Where the site's name ends (before its "up in", "above", "at the") when the
    town starts at ``tokens[start]``."""
    lead = start - 1 - (start > 1 and tokens[start - 1].text == "the")
    pair = (tokens[lead - 1].text.lower(), tokens[lead].text.lower())
    return lead - (pair in TWO_WORD_LEADS)
