"""Locations: "filmed in", "shot at", "X doubled for Y", "X stood in for Y"."""

import re

from ..prose import (
    match_key,
)
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
from .patterns import COORDINATES_RE, DOUBLED_RE, FILMED_RE
from .sentences import run_backward, run_forward, skip_stop_starts


def locations_of(ctx, sentence):
    """Places the sentence says were filmed in, then places that stood in for others."""
    filmed_locations(ctx, sentence)
    doubled_locations(ctx, sentence)


def filmed_locations(ctx, sentence):
    """ "filmed in X", "shot at X, Region", "filmed in X and Y"."""
    norm, tokens = sentence.norm, sentence.tokens
    for match in FILMED_RE.finditer(norm):
        index = sentence.index_at(match.end())
        while True:
            if index < len(tokens) and tokens[index].text == "the":
                index += 1
            end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
            if end is None:
                break
            name = sentence.span(index, end)
            if not place_ok(ctx, name, tokens[index]):
                break
            region = country = ""
            after_end = end
            if (
                end + 1 < len(tokens)
                and tokens[end].text == ","
                and tokens[end + 1].cap
            ):
                second_end = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
                second = sentence.span(end + 1, second_end)
                listed = second_end < len(tokens) and tokens[second_end].text in (
                    ",",
                    "and",
                )
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
            location["kind"] = (
                "studio"
                if re.search(r"\b(?:Studios?|Stages?|Backlot)\b", name)
                else location["kind"]
            )
            location["region"] = location["region"] or region
            location["country"] = location["country"] or country
            if not location["country"] and name in US_STATES:
                location["country"] = "United States"
            coordinates(ctx, sentence, location, tokens[after_end - 1].end)
            if (
                after_end + 1 < len(tokens)
                and tokens[after_end].text == "and"
                and tokens[after_end + 1].cap
            ):
                index = after_end + 1
                continue
            break


def doubled_locations(ctx, sentence):
    """ "X doubled for Y", "X stood in for Y": X is a location, Y what it played."""
    norm, tokens = sentence.norm, sentence.tokens
    for match in DOUBLED_RE.finditer(norm):
        verb = sentence.index_at(match.start())
        start = run_backward(tokens, verb - 1, PLACE_CONNECTORS, max_words=6)
        target_index = sentence.index_at(match.end())
        article = ""
        if target_index < len(tokens) and tokens[target_index].text.lower() == "the":
            article = sentence.span(target_index, target_index + 1) + " "
            target_index += 1
        target_end = run_forward(tokens, target_index, PLACE_CONNECTORS, max_words=6)
        if start is None or target_end is None:
            continue
        start = skip_stop_starts(tokens, start, verb)
        if tokens[start].text == "The":
            start += 1
        if start >= verb:
            continue
        name = sentence.span(start, verb)
        target = article + sentence.span(target_index, target_end)
        if not place_ok(ctx, name, tokens[start]) or sentence.person_context:
            continue
        places = (name, target.removeprefix(article))
        evidence = (
            any(
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
                f"Possible location: {name}, standing in for {target}", sentence
            )
            continue
        ctx.offset = tokens[start].start
        location = ctx.location(sentence, name)
        location["stood_in_for"] = location["stood_in_for"] or target
        if not location["country"] and name in US_STATES:
            location["country"] = "United States"


def place_ok(ctx, name, first):
    words = name.split()
    return bool(
        words
        and not first.text[0].isdigit()
        and words[0] not in MONTH_NAMES
        and words[0] not in NOT_PLACES
        and words[0] not in STOP_STARTS
        and not name.endswith("'s")
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
