"""Places a sentence mentions without saying they were filmed: the last one after
"in" (for a later "filmed there"), and a place's coordinates "(43.79 N, 110.68 W)"."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .patterns import COORDINATES_RE
from .place_codes import code_name
from .place_names import place_ok
from .place_words import named_place
from .sentences import run_forward

# A sentence about a chart: its "in X" is where a record sold ("went to No. 3 in
# Canada on the RPM chart"), not a place a later "shot it there" means.
CHART_SENTENCE_RE = re.compile(
    r"\b(?:charts?|peaked|charted|No\.\s?\d|number\s(?:one|two|three|\d)|top\s(?:ten"
    r"|twenty|forty|\d+))\b|^\d+\s(?:in|on)\s",
    re.IGNORECASE,
)


# The words before "in" that place a life, not a filming: "Born in X", "grew up in Y".
LIFE_WORDS = frozenset("born raised up died buried lived lives living".split())


def remember_place(ctx, sentence):
    """The last capitalised place after "in", for a later "filmed there"; not one of
    a sentence about a chart ("No. 3 in Canada")."""
    if CHART_SENTENCE_RE.search(sentence.norm):
        return
    named = place_named_in(ctx, sentence, len(sentence.norm))
    if named:
        ctx.last_place, ctx.last_place_at = named, sentence.number


# "It was the X Pier.", "That's the X Hotel": a place named as what something is,
# a sentence of its own (or one inside a quotation).
IDENTIFIED_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\ue000))(?:It|That|This)(?:'s|\swas|\sis)\s(?:the\s)?"
    r"(?P<name>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,4})(?=[.!]|$)"
)


def identified(sentence, offset):
    """The last place before ``offset`` a short sentence only names: "It was the
    Santa Cruz Pier." (a name that says it is a place), or ""."""
    names = [
        match.group("name")
        for match in IDENTIFIED_RE.finditer(sentence.norm[:offset])
        if named_place(match.group("name"))
    ]
    return names[-1] if names else ""


# How many sentences after a place a bare "filmed there" may still mean it.
THERE_REACH = 3


def recent_place(ctx, sentence):
    """The place a bare "filmed there" means: the last one named after "in", if it
    was named in the last few sentences; else "" (not a town far above)."""
    at = getattr(ctx, "last_place_at", None)
    return (
        ctx.last_place if at is not None and sentence.number - at <= THERE_REACH else ""
    )


def place_named_in(ctx, sentence, offset):
    """The last capitalised place after "in" before ``offset``, or ""."""
    tokens, found = sentence.tokens, ""
    for index in range(len(tokens) - 1):
        if tokens[index + 1].start >= offset:
            break
        if tokens[index].text != "in" or not tokens[index + 1].cap:
            continue
        if index and tokens[index - 1].text.lower() in LIFE_WORDS:
            continue  # "Born in X", "she grew up in Y": a life, not a place filmed
        end = run_forward(tokens, index + 1, PLACE_CONNECTORS, max_words=6)
        name = sentence.span(index + 1, end)
        if (
            not sentence.inside_quote(tokens[index + 1].start)
            and place_ok(ctx, name, tokens[index + 1])
            and not code_name(name)  # "the cover in F1 ... shot there": a lot
            and match_key(name) not in ctx.tracks
            and match_key(name) not in ctx.albums
        ):
            found = name
    return found or identified(sentence, offset)


def coordinates(ctx, sentence, location, offset):
    match = COORDINATES_RE.match(sentence.norm[offset : offset + 80])
    if not match or location["latitude"] is not None:
        return
    latitude, north, longitude, east = match.groups()
    latitude = float(latitude) * (1 if north == "N" else -1)
    longitude = float(longitude) * (1 if east == "E" else -1)
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        location["latitude"], location["longitude"] = latitude, longitude


def there_in(ctx, sentence, end, place_at):
    """ "The film was shot there, in X, Ohio": the place "there" means, named right
    after it, added with ``place_at``; whether it was."""
    tokens = sentence.tokens
    index = sentence.index_at(end)
    if not (
        index + 2 < len(tokens)
        and tokens[index].text == ","
        and tokens[index + 1].text in ("in", "at")
        and tokens[index + 2].cap
    ):
        return False
    return place_at(ctx, sentence, index + 2) is not None


def there_place(ctx, sentence, there, place_at):
    """The place "filmed there" (``there``, its match) means: the one named right
    after it (added), else the last one named in this sentence or just before."""
    if there_in(ctx, sentence, there.end(), place_at):
        return ""  # "shot there, in X, Region": X, added
    return place_named_in(ctx, sentence, there.start()) or (
        "" if ctx.sentence_places else recent_place(ctx, sentence)
    )
