"""A chart named as someone's "hit parade" in lower case, right after a position:
"No. 4 on the Meridian hit parade", "number two in the Danish hit parade" (an other
chart, "Meridian hit parade"), as "the Ö3 Hit Parade" is read by chart_names.

Read: "on", "in" or "at", an optional "the", one or two capitalised words (a maker,
a station, a country's adjective), then "hit parade". Not read: a bare "the hit
parade" (whose country the post's context tells, read as before), a hit parade of
a kind ("the hit parade of albums"), one of a country whose chart is listed ("the
British hit parade", "the German hit parade": the country's own chart, read as
before), a name that opens the sentence after the position ("... No. 2. Meridian hit
parade fans ...")."""

import re

PARADE_RE = re.compile(
    r"^\s(?:on|in|at)\s(?:the\s)?((?:[A-Z\u00c0-\u00de][\w'\u2019-]{1,20}\s){1,2})"
    r"hit\sparade\b(?!\sof\b)"
)
# Names of countries whose own chart is listed: their hit parade is that chart.
LISTED = frozenset(
    {
        "UK",
        "British",
        "English",
        "US",
        "American",
        "Canadian",
        "Australian",
        "German",
        "West",
        "Irish",
    }
)


def hit_parade(after):
    """``("other", name)`` of the hit parade named right after a position, or None."""
    found = PARADE_RE.match(after)
    if not found:
        return None
    words = found.group(1).split()
    if LISTED & set(words):
        return None
    return ("other", " ".join(words) + " hit parade")
