"""Locations: "filmed in", "shot at", "X doubled for Y", "X stood in for Y"."""

import re

from django.utils.translation import gettext as _

from ..prose import (
    match_key,
)
from .context import location_value
from .lexicon import (
    CANADIAN_PROVINCES,
    COUNTRIES,
    MONTH_NAMES,
    NOT_PLACES,
    PLACE_CONNECTORS,
    PLACE_WORDS_RE,
    STOP_STARTS,
    US_STATES,
)
from .patterns import COORDINATES_RE, DOUBLED_RE, FILMED_RE, FILMED_THERE_RE
from .sentences import run_backward, run_forward, skip_stop_starts

# A lowercase word that ends a place's name: "the Durango and Silverton railroad".
PLACE_NOUNS = frozenset({"railroad", "railway", "line", "canal", "bridge", "highway"})
PREPOSITIONS = frozenset({"in", "at", "on", "of", "to", "from", "with", "by", "near"})
NEIGHBOURHOOD_WORDS = frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "area", "suburb"}
)
# The last word of a named part of a town: "the Strip District", "the North Shore",
# "the Lower East Side". Before "of Y" or after "Y's", Y is the town: its region.
AREA_WORDS = frozenset(
    {
        "District",
        "Quarter",
        "Side",
        "End",
        "Village",
        "Heights",
        "Shore",
        "Waterfront",
        "Docks",
        "Borough",
        "Ward",
        "Neighbourhood",
        "Neighborhood",
    }
)
# Words between a place and its stand-in verb: "which was dressed up as".
STAND_IN_AUXILIARIES = frozenset(
    {"also", "often", "once", "was", "were", "is", "are", "has", "had", "been"}
)
# Where a described stand-in ("a town in Minnesota") ends.
TARGET_STOPS = frozenset(
    {"as", "for", "during", "while", "when", "until", "which", "but", "because", "and"}
)


def locations_of(ctx, sentence):
    """Places the sentence says were filmed in ("there": the place named just before),
    listed after a filming sentence, then places that stood in for others."""
    filmed_locations(ctx, sentence)
    if FILMED_THERE_RE.search(sentence.norm) and ctx.last_place:
        ctx.offset = 0
        ctx.location(sentence, ctx.last_place)
    listed_location(ctx, sentence)
    doubled_locations(ctx, sentence)
    remember_place(ctx, sentence)
    if not sentence.listed:
        ctx.filming_recent = sentence.filming_context


def filmed_locations(ctx, sentence):
    """ "filmed in X", "shot at X, Region", "filmed in X and Y", "shot in X, and the
    interiors at Y", "filmed in Brooklyn's Bay Ridge"."""
    tokens = sentence.tokens
    for match in FILMED_RE.finditer(sentence.norm):
        index = sentence.index_at(match.end())
        while index is not None:
            after_end = place_at(ctx, sentence, index)
            if after_end is None:
                break
            index = next_place(tokens, after_end)


def next_place(tokens, index):
    """Where a further place of the same list starts: "and Y", ", and at Y", ", and
    the mission control scenes at Y"."""
    if index < len(tokens) and tokens[index].text == ",":
        index += 1
    if index >= len(tokens) or tokens[index].text != "and":
        return None
    index += 1
    if index < len(tokens) and tokens[index].cap:
        return index
    for ahead in range(index, min(len(tokens) - 1, index + 6)):
        word = tokens[ahead].text
        if word in ("at", "in", "on", "aboard", "near") and tokens[ahead + 1].cap:
            return ahead + 1
        if word in ("at", "in", "on") and tokens[ahead + 1].text == "the":
            return ahead + 1
        if not word.isalpha() or tokens[ahead].cap:
            return None
    return None


def place_at(ctx, sentence, index):
    """The location named at ``tokens[index]`` (with its region and country), added;
    the index after it, or None."""
    tokens = sentence.tokens
    if index < len(tokens) and tokens[index].text == "the":
        index += 1
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    if end is None:
        return None
    owner = ""
    if tokens[index].possessive and end - index > 1 and is_area(tokens, index + 1, end):
        owner = sentence.span(index, index + 1)[:-2]  # "Brooklyn's Bay Ridge district"
        index += 1
    of = area_of(tokens, index, end)
    if of is not None:
        owner, end = sentence.span(of + 1, end), of  # "the North Shore of Oahu"
    if end + 2 < len(tokens) and tokens[end].text == "and" and tokens[end + 1].cap:
        joined = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
        if joined < len(tokens) and tokens[joined].text.lower() in PLACE_NOUNS:
            end = joined + 1  # "the Durango and Silverton railroad"
    name = sentence.span(index, end)
    if not place_ok(ctx, name, tokens[index]):
        return None
    region, country, after_end = owner, "", end
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap:
        second_end = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
        second = sentence.span(end + 1, second_end)
        listed = second_end < len(tokens) and tokens[second_end].text in (",", "and")
        if second in US_STATES or second in CANADIAN_PROVINCES:
            region = second
            country = "United States" if second in US_STATES else "Canada"
            after_end = second_end
        elif second in COUNTRIES:
            country, after_end = second, second_end
        elif not listed and not PLACE_WORDS_RE.search(second):
            region, after_end = second, second_end
    ctx.offset = tokens[index].start
    location = ctx.location(sentence, name)
    ctx.sentence_places.append(match_key(name))
    if re.search(r"\b(?:Studios?|Stages?|Backlot)\b", name):
        location["kind"] = "studio"
    location["region"] = location["region"] or region
    location["country"] = location["country"] or country
    if not location["country"] and name in US_STATES:
        location["country"] = "United States"
    coordinates(ctx, sentence, location, tokens[after_end - 1].end)
    return after_end


def is_area(tokens, start, end):
    """Whether ``tokens[start:end]`` names a part of a town: "Strip District", or a
    name followed by "neighbourhood" or "district"."""
    if tokens[end - 1].text in AREA_WORDS:
        return True
    return end < len(tokens) and tokens[end].text.lower() in NEIGHBOURHOOD_WORDS


def area_of(tokens, start, end):
    """The index of "of" in "North Shore of Oahu" (a part of a town, then the town),
    or None: "Isle of Wight" and "Bay of Pigs" are names whole."""
    for index in range(start + 1, end - 1):
        if tokens[index].text == "of":
            if tokens[index - 1].text in AREA_WORDS and tokens[index + 1].cap:
                return index
            return None
    return None


def listed_location(ctx, sentence):
    """A list item "Hershey, Pennsylvania" after a sentence about filming."""
    tokens = sentence.tokens
    if not (sentence.listed and ctx.filming_recent and tokens and tokens[0].cap):
        return
    end = run_forward(tokens, 0, PLACE_CONNECTORS, max_words=6)
    rest = [token.text for token in tokens[end:] if token.text != "."]
    region = " ".join(rest[1:])
    if rest and (
        rest[0] != ","
        or not (
            region in US_STATES or region in COUNTRIES or region in CANADIAN_PROVINCES
        )
    ):
        return
    place_at(ctx, sentence, 0)


def remember_place(ctx, sentence):
    """The last capitalised place after "in", for a later "filmed there"."""
    tokens = sentence.tokens
    for index in range(len(tokens) - 1):
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
            ctx.last_place = name


def doubled_locations(ctx, sentence):
    """ "X doubled for Y", "X stood in for Y", "X, which stood in for Y", "X played Y":
    X is a location, Y what it played."""
    norm, tokens = sentence.norm, sentence.tokens
    for match in DOUBLED_RE.finditer(norm):
        verb = sentence.index_at(match.start())
        name, start = stand_in_name(ctx, sentence, verb)
        target = stand_in_target(sentence, sentence.index_at(match.end()))
        if not name or not target or sentence.person_context:
            continue
        known = match_key(name) in ctx.locations or match_key(name) == match_key(
            ctx.last_place
        )
        if match.group(1) and not known:
            continue  # "X played Y" is about a place only when X is one
        places = (name, target)
        evidence = (
            known
            or any(
                place in US_STATES
                or place in COUNTRIES
                or place in CANADIAN_PROVINCES
                or PLACE_WORDS_RE.search(place)
                for place in places
            )
            or sentence.filming_context
        )
        if not evidence:
            ctx.suggest(
                _("Possible location: %(name)s, standing in for %(target)s")
                % {"name": name, "target": target},
                sentence,
                "location",
                {**location_value(name), "stood_in_for": target},
            )
            continue
        ctx.offset = tokens[start].start if start is not None else 0
        location = ctx.location(sentence, name)
        location["stood_in_for"] = location["stood_in_for"] or target
        if not location["country"] and name in US_STATES:
            location["country"] = "United States"


def stand_in_name(ctx, sentence, verb):
    """The place before a stand-in verb, and its first token: "Wyoming doubled",
    "Duluth, Minnesota, which also doubled" (the place named just before)."""
    tokens = sentence.tokens
    back = verb - 1
    while back >= 0 and tokens[back].text.lower() in STAND_IN_AUXILIARIES:
        back -= 1
    # "X, which stood in for", "shot in X, standing in for": the place just named.
    if back >= 0 and tokens[back].text.lower() in ("which", "that", ","):
        if ctx.sentence_places:
            return ctx.locations[ctx.sentence_places[-1]]["name"], None
        return "", None
    start = run_backward(tokens, back, PLACE_CONNECTORS, max_words=6)
    if start is None:
        return "", None
    start = skip_stop_starts(tokens, start, back + 1)
    if tokens[start].text == "The":
        start += 1
    if start > back or not place_ok(ctx, sentence.span(start, back + 1), tokens[start]):
        return "", None
    return sentence.span(start, back + 1), start


def stand_in_target(sentence, index):
    """What a place played: "the Soviet Union", "Las Vegas", "a town in Minnesota"."""
    tokens = sentence.tokens
    if index >= len(tokens):
        return ""
    article = ""
    if tokens[index].text.lower() in ("the", "a", "an"):
        article = sentence.span(index, index + 1) + " "
        index += 1
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    if not article:
        return sentence.span(index, end) if end is not None else ""
    # "the Himalayas", "the French coast", "a town in Minnesota": on to the clause's end.
    named, end = end is not None, index if end is None else end
    stops = TARGET_STOPS | PREPOSITIONS if named else TARGET_STOPS
    while end < len(tokens) and end - index < 8 and tokens[end].text.isalpha():
        if tokens[end].text.lower() in stops or named and tokens[end].cap:
            break
        end += 1
    return article + sentence.span(index, end) if end > index else ""


def place_ok(ctx, name, first):
    words = name.split()
    return bool(
        words
        and not first.text[0].isdigit()
        and words[0] not in MONTH_NAMES
        and words[0] not in NOT_PLACES
        and words[0] not in STOP_STARTS
        # "Saint John's" is a place; "Brooklyn's" alone is not.
        and (not name.endswith("'s") or words[0] in ("Saint", "St.", "St"))
        and match_key(name) != ctx.film_key
    )


def coordinates(ctx, sentence, location, offset):
    match = COORDINATES_RE.match(sentence.norm[offset : offset + 80])
    if not match or location["latitude"] is not None:
        return
    latitude, north, longitude, east = match.groups()
    latitude = float(latitude) * (1 if north == "N" else -1)
    longitude = float(longitude) * (1 if east == "E" else -1)
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        location["latitude"], location["longitude"] = latitude, longitude


def resolve_places(ctx):
    """Once the whole post is read: places as the post finally gives them."""
