"""A credited name that is a chart's or a certifier's, not a person's or an act's:
a list of a song's chart runs ("“X”: RPM (Canada), peak 19", "“X”: UK Singles
Chart, peak 58") reads like a list of songs and their artists, and the name after
the title is taken for a performer. Such a name is no credit, whatever rule read
it.

Guards: the whole name must be a chart's or a certifier's name, as the chart rule
reads them ("RPM", "Billboard Hot 100", "Kent Music Report", "BPI"), or a name ending
on a chart's kind and "Chart" ("the Irish Singles Chart"); an act with a chart's word
among others ("RPM Orchestra", "Hot 100 Club") stays. Every pattern is bounded, with
no nested quantifier."""

import re

from .patterns import CERTIFIERS, CHARTS

# "Irish Singles Chart", "the Dutch Top 40 charts", "Billboard Country": the words
# of a chart (not "The Charts", an act).
CHART_WORDS_RE = re.compile(
    r"^(?:the\s)?(?:Billboard(?:\s[\w-]{1,20}){0,3}|(?:[\w'-]{1,20}\s){0,3}"
    r"(?:Singles|Albums?|Pop|Top\s[0-9]{1,3}|Hit|Airplay|Sales|Country|Dance|Rock)"
    r"\s(?:Chart|Charts|Parade))$",
    re.IGNORECASE,
)


def chart_name(name):
    """Whether a credited name is wholly a chart's or a certifier's name."""
    text = name.strip()
    if CHART_WORDS_RE.match(text):
        return True
    for pattern, _key in CHARTS + CERTIFIERS:
        found = pattern.search(text)
        if found and found.start() == 0 and found.end() == len(text):
            return True
    return False
