"""A site named right after the town it is in, with "at" or "on" and no article:
"shot in Kobe, at Meriken Park" (Meriken Park, in Kobe), "filmed in Dumai, on Pantai
Merak" (a beach in Dumai). The site is the filming place and the town its region.

Not read: "in X, at the Y" and asides ("X, up at Y": place_wider_after_point and
place_within read them), a site before a site ("at the Ritz Hotel, on Piccadilly
Square": the hotel is the place), a street or a road (a line through the town), a lake
or a mountain (wider than the town, not inside it), a name with no site's word ("in
Kobe, at Sannomiya": a list of two towns)."""

import re

from .lexicon import PLACE_CONNECTORS
from .place_words import named_place
from .sentences import run_forward

# The last word of a site inside a town: "Meriken Park", "Ocean Beach", "Castle Hill".
SITE_LAST_RE = re.compile(
    r"^(?:Park|Gardens?|Beach|Pier|Promenade|Esplanade|Harbou?r|Quay|Wharf|Square"
    r"|Plaza|Market|Station|Castle|Palace|Cathedral|Church|Abbey|Fort|Fortress"
    r"|Museum|Hotel|Stadium|Arena|Bridge|Lighthouse|Docks?|Waterfront|Boardwalk"
    r"|Temple|Shrine|Mosque|Tower|Cemetery|Zoo|Campus)$"
)
# The first word of a site's name in languages that put it first: "Pantai X",
# "Playa X", "Piazza X", "Parque X", "Castello X".
SITE_FIRST_RE = re.compile(
    r"^(?:Pantai|Playa|Praia|Plage|Piazza|Plaza|Praça|Place|Parque|Parc|Castillo"
    r"|Castello|Château|Palacio|Palazzo|Fort|Villa|Jardin|Jardim|Taman)$"
)
# The last word of a line through a town or of ground wider than it.
NOT_INSIDE_RE = re.compile(
    r"^(?:Street|Road|Avenue|Boulevard|Drive|Lane|Way|Lake|Mountains?|Mount|Hills"
    r"|River|Coast|Valley|Island|Peninsula|Bay|Sea|Ocean)$"
)


def site_after_town(tokens, index, end):
    """Where the site starts when the town named from ``tokens[index]`` to
    ``tokens[end]`` is followed by ", at Y" or ", on Y" and Y's name says it is a
    site inside a town; else None."""
    town = " ".join(token.text for token in tokens[index:end])
    if named_place(town) or not (
        end + 2 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text in ("at", "on")
        and tokens[end + 2].cap
    ):
        return None
    start = end + 2
    stop = run_forward(tokens, start, PLACE_CONNECTORS, max_words=5)
    if stop is None or stop - start < 2:
        return None
    words = [token.text for token in tokens[start:stop]]
    if NOT_INSIDE_RE.match(words[-1]):
        return None
    if SITE_LAST_RE.match(words[-1]) or SITE_FIRST_RE.match(words[0]):
        return start
    return None
