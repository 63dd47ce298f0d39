"""A list item that names a town, then a site in it, before its colon or dash:
"Kelso, Bridge Street: stood in for a Texas town", "Wanaka, Roys Peak Road – the
final shot". The site is the filming place and the town its region (an address, town
first), not two places.

Not read: a town and its state or country ("Hershey, Pennsylvania: ..."), a second
name with no word of a site or a street ("Kelso, Melrose: ...", two towns), an item
with no colon or dash after the second name ("Kelso, Bridge Street, for the chase")."""

import re

from .lexicon import PLACE_CONNECTORS
from .sentences import run_forward

# The last word of a site or a street inside a town.
SITE_LAST_RE = re.compile(
    r"^(?:Street|Road|Avenue|Lane|Square|Place|Parade|Terrace|Crescent|Quay|Wharf"
    r"|Pier|Park|Gardens?|Beach|Harbou?r|Market|Station|Castle|Church|Abbey|Bridge"
    r"|Hall|Hotel|Museum|Mill)$"
)
MARKS = frozenset({":", "\u2014", "\u2013", "-"})


def listed_site(tokens, start, end):
    """Where the site starts when the item's first name, from ``tokens[start]`` to
    ``tokens[end]``, is followed by a comma and a site's name closed by a colon or a
    dash; else None."""
    if not (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap):
        return None
    site_end = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=5)
    if (
        site_end is None
        or site_end >= len(tokens)
        or tokens[site_end].text not in MARKS
    ):
        return None
    if site_end - (end + 1) < 2 or not SITE_LAST_RE.match(tokens[site_end - 1].text):
        return None
    return end + 1
