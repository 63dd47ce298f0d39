"""Places a sentence mentions without saying they were filmed: the last one after
"in" (for a later "filmed there"), and a place's coordinates "(43.79 N, 110.68 W)"."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .patterns import COORDINATES_RE
from .place_names import place_ok
from .sentences import run_forward

# A sentence about a chart: its "in X" is where a record sold ("went to No. 3 in
# Canada on the RPM chart"), not a place a later "shot it there" means.
CHART_SENTENCE_RE = re.compile(
    r"\b(?:charts?|peaked|charted|No\.\s?\d|number\s(?:one|two|three|\d)|top\s(?:ten"
    r"|twenty|forty|\d+))\b|^\d+\s(?:in|on)\s",
    re.IGNORECASE,
)


def remember_place(ctx, sentence):
    """The last capitalised place after "in", for a later "filmed there"; not one of
    a sentence about a chart ("No. 3 in Canada")."""
    if CHART_SENTENCE_RE.search(sentence.norm):
        return
    ctx.last_place = place_named_in(ctx, sentence, len(sentence.norm)) or ctx.last_place


def place_named_in(ctx, sentence, offset):
    """The last capitalised place after "in" before ``offset``, or ""."""
    tokens, found = sentence.tokens, ""
    for index in range(len(tokens) - 1):
        if tokens[index + 1].start >= offset:
            break
        if tokens[index].text != "in" or not tokens[index + 1].cap:
            continue
        end = run_forward(tokens, index + 1, PLACE_CONNECTORS, max_words=6)
        name = sentence.span(index + 1, end)
        if (
            not sentence.inside_quote(tokens[index + 1].start)
            and place_ok(ctx, name, tokens[index + 1])
            and match_key(name) not in ctx.tracks
            and match_key(name) not in ctx.albums
        ):
            found = name
    return found


def coordinates(ctx, sentence, location, offset):
    match = COORDINATES_RE.match(sentence.norm[offset : offset + 80])
    if not match or location["latitude"] is not None:
        return
    latitude, north, longitude, east = match.groups()
    latitude = float(latitude) * (1 if north == "N" else -1)
    longitude = float(longitude) * (1 if east == "E" else -1)
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        location["latitude"], location["longitude"] = latitude, longitude
