"""The chart of a position told by its country alone, for a country with no chart
of its own in the list and no adjective the chart goes by ("It went to number 2 in
Norway", "a No. 5 hit in Belgium", "number 1 in the Netherlands"): offered as the
country's chart ("other:Norway") for the editor to accept, never a fact, since
writers differ on it (some give the country, some the chart the country is known
for). Ireland and New Zealand are chart_foreign's: their singles charts."""

import re

from .chart_foreign import ADJECTIVES, FOREIGN_RE, HIT_RE

# "a No. 2 hit in Norway", "a number one single in Denmark": a record's position in
# a country, told with the record's noun (not "a No. 2 hit in Japan's box office").
HIT_IN_RE = re.compile(
    r"^\s(?:hit|single|record)\s" + FOREIGN_RE.pattern[2:] + r"(?!['\u2019]s\b)"
    r"(?!\s(?:box|ticket|ratings|polls?|bestseller|draft|rankings?|list|tour)\b)"
)


def country_chart(after):
    """``("other", country)`` for a position whose own words name a country with
    no listed chart ("No. 2 in Norway", "a No. 3 hit in Austria"), or None: not one
    whose chart goes by its adjective (Ireland, New Zealand), not a list of the
    country's own ("No. 40 in Sweden's list of wedding songs")."""
    own = HIT_RE.sub("", after[:40].lstrip(" ,"), 1)
    found = FOREIGN_RE.match(own)
    if not found or found.group(1) in ADJECTIVES:
        return None
    if own[found.end() : found.end() + 2] in ("'s", "\u2019s"):
        return None
    return ("other", found.group(1))


def hit_in_country(after):
    """Whether a position is a record's in a country with no listed chart, told with
    the record's noun: "It had been a number 3 hit in Finland"."""
    return bool(HIT_IN_RE.match(after))
