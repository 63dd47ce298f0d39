"""A position in brackets right after "top ten in <country>": "The single got into the top
ten in the UK (No. 8), then climbed higher in Austria", "a top-twenty hit in Canada
(number 14)". The bracket gives the record's peak on that country's chart, never on the chart
of a country the sentence names after the bracket."""

import re

from .patterns import COUNTRIES_OF, COUNTRY_RE

_COUNTRY = COUNTRY_RE.pattern.removeprefix(r"\b[Ii]n\s")
# "top ten in the UK (", "a top-twenty hit in Canada (", "the top 40 in Britain (".
TOP_ASIDE_RE = re.compile(
    r"\b[Tt]op[\s-](?:ten|twenty|thirty|forty|fifty|five|three|[0-9]{1,2})"
    r"(?:[\s-](?:hit|single|record))?\s[Ii]n\s" + _COUNTRY + r"\s?\($"
)


def top_aside_country(lead):
    """The country key of "top ten in <country> (" that ``lead`` (the words before
    a position) ends with, or None."""
    found = TOP_ASIDE_RE.search(lead)
    return COUNTRIES_OF.get(found.group(1)) if found else None
