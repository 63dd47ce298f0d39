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
from .patterns import COORDINATES_RE, DOUBLED_RE
from .place_words import (
    FILMED_PREPOSITIONS,
    MORE_DOUBLED_RE,
    NAMED_PLACE_NOUNS,
    NEIGHBOURHOOD_WORDS,
    NOT_FILMING_WORDS,
    NOT_SKIPPED,
    PLACE_ADJECTIVES,
    PLACE_ANAPHORA,
    PLACE_AUXILIARIES,
    PLACE_FILMED_RE,
    PLACE_FILMED_THERE_RE,
    PLACE_TARGET_STOPS,
    SCENE_WORDS,
    WHERE_HEADING_RE,
    about_shooting_last,
    item_described,
    named_place,
    negated,
    place_like,
    place_noun,
    place_subject,
    predicate_place,
    target_place_like,
)
from .sentences import run_backward, run_forward, skip_stop_starts

# Words a clause starts with, before a place that starts it: "so X on Y played".
CLAUSE_STARTS = frozenset({",", ";", ":", "so", "and", "but", "then", "while"})
# A lowercase word that ends a place's name: "the Durango and Silverton railroad".
PLACE_NOUNS = frozenset({"railroad", "railway", "line", "canal", "bridge", "highway"})
PREPOSITIONS = frozenset({"in", "at", "on", "of", "to", "from", "with", "by", "near"})
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


def locations_of(ctx, sentence):
    """Places the sentence says were filmed in ("there": the place named just before),
    listed after a filming sentence, then places that stood in for others."""
    filmed_locations(ctx, sentence)
    there = PLACE_FILMED_THERE_RE.search(sentence.norm)
    if there and not negated(sentence, there.start()):
        # "there": the place named last before it, in this sentence or before it.
        name = place_named_in(ctx, sentence, there.start()) or (
            "" if ctx.sentence_places else ctx.last_place
        )
        if name:
            ctx.offset = 0
            ctx.location(sentence, name)
    listed_location(ctx, sentence)
    identified_locations(ctx, sentence)
    doubled_locations(ctx, sentence)
    remember_place(ctx, sentence)
    if not sentence.listed:
        # "shot": about filming itself, not the story's setting ("It is set in X").
        shot = about_shooting_last(sentence.norm)
        ctx.filming_recent = "shot" if shot else sentence.filming_context


def filmed_locations(ctx, sentence):
    """ "filmed in X", "shot at X, Region", "filmed in X and Y", "shot in X, and the
    interiors at Y", "filmed in Brooklyn's Bay Ridge", "were done a few miles down the
    coast at X", "filmed on the corniche roads above X"."""
    tokens = sentence.tokens
    for match in PLACE_FILMED_RE.finditer(sentence.norm):
        if negated(sentence, match.start()):
            continue  # "None of it was shot in Nevada"
        index = sentence.index_at(match.end())
        last = match.group(0).split()[-1].lower()
        direct = last in FILMED_PREPOSITIONS or last in ("to", "of")
        after_end = place_at(ctx, sentence, index) if direct else None
        if after_end is None and last not in ("up", "based", "location"):
            ahead = ahead_place(tokens, index)  # not "set up camp on X"
            after_end = place_at(ctx, sentence, ahead) if ahead is not None else None
        while after_end is not None:
            index = next_place(tokens, after_end)
            if index is None:
                break
            after_end = place_at(ctx, sentence, index)


def ahead_place(tokens, index):
    """Where the place starts a few lowercase words after a filming phrase: "a few
    miles down the coast at X", "the corniche roads above X", "the streets of X"; or
    None ("shot dead in X", "filmed Madonna in X", "shot in the style of X")."""
    for ahead in range(index, min(len(tokens) - 1, index + 8)):
        token, after = tokens[ahead], tokens[ahead + 1]
        word = token.text.lower()
        named = after.cap or (
            after.text == "the" and ahead + 2 < len(tokens) and tokens[ahead + 2].cap
        )
        if named and (
            word in FILMED_PREPOSITIONS
            or word == "of"
            and ahead > index
            and place_noun(tokens[ahead - 1].text.lower())
        ):
            return ahead + 1
        if (
            token.cap
            or not token.text.replace("-", "").isalpha()
            or word in NOT_SKIPPED
            or word in NOT_FILMING_WORDS
            or word in ("down", "up")
            and ahead == index
        ):
            return None
    return None


def next_place(tokens, index):
    """Where a further place of the same list starts: "and Y", ", and at Y", ", and
    the mission control scenes at Y", ", the naval scenes at Y" (the verb left out),
    "and the bar where the brawl happens was in Y"."""
    comma = index < len(tokens) and tokens[index].text == ","
    index += comma
    scenes = True
    if index < len(tokens) and tokens[index].text == "and":
        index += 1
        if index < len(tokens) and tokens[index].cap:
            return index
    elif not (comma and index < len(tokens) and tokens[index].text == "the"):
        return None
    else:  # ", the naval scenes at Y", not an aside: ", the town next to Y"
        scenes = False
    for ahead in range(index, min(len(tokens) - 1, index + 10)):
        word = tokens[ahead].text
        scenes = scenes or word.lower() in SCENE_WORDS
        if word in ("at", "in", "on", "aboard", "near"):
            if not scenes:
                return None
            after = tokens[ahead + 1]
            if (
                after.cap
                or after.text == "the"
                and tokens[ahead + 2 :][:1]
                and (tokens[ahead + 2].cap)
            ):
                return ahead + 1
            continue  # "the finale out on the ice at Gimli"
        if (
            not word.replace("-", "").isalpha()
            or tokens[ahead].cap
            or word in NOT_FILMING_WORDS
        ):
            return None
    return None


def place_at(ctx, sentence, index):
    """The location named at ``tokens[index]`` (with its region and country), added;
    the index after it, or None."""
    tokens = sentence.tokens
    if index < len(tokens) and tokens[index].text == "the":
        index += 1
    # "the Valley of the Gods": two connectors in a row
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6, gap=2)
    if end is None:
        return None
    owner, index = possessive_owner(ctx, sentence, index, end)
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
    name = canonical_name(ctx, name)
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


def possessive_owner(ctx, sentence, index, end):
    """The town that owns the place in "Brooklyn's Bay Ridge district", "Winnipeg's
    Union Station", "Santa Cruz's boardwalk" (its region), and where the place starts;
    ("", index) for a name whole: "Land's End", "Martha's Vineyard"."""
    tokens = sentence.tokens
    mark = next(
        (at for at in range(index, end - 1) if tokens[at].possessive),
        None,
    )
    if mark is None:
        return "", index
    owner = sentence.span(index, mark + 1)[:-2]
    known = (
        match_key(owner) in ctx.locations
        or owner in US_STATES
        or owner in COUNTRIES
        or owner in CANADIAN_PROVINCES
        or match_key(owner) == match_key(ctx.last_place)
    )
    if end - mark > 2 or known:
        return owner, mark + 1
    if end < len(tokens) and tokens[end].text.lower() in NEIGHBOURHOOD_WORDS:
        return owner, mark + 1  # "Berlin's Kreuzberg district"
    return "", index


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
    """A list item after a sentence or heading about filming: "Hershey, Pennsylvania",
    "Madison, Georgia, for the town square", "Stone Mountain, seen from the highway",
    "The Varsity in Atlanta, for the diner scene", "Issaquah: the quarry itself"."""
    tokens = sentence.tokens
    if not (sentence.listed and tokens and tokens[0].cap):
        return
    if not (ctx.filming_recent or under_where_heading(ctx, sentence)):
        return
    start = 1 if tokens[0].text == "The" and len(tokens) > 1 else 0
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
    if sentence.quotes or end is None or not item_described(tokens, end):
        return
    place_at(ctx, sentence, start)


def about_shooting(ctx, sentence, offset):
    """Whether the sentence up to ``offset``, or the heading right before it, is about
    filming, not about where the story is set ("The camp is fictional, but the race
    was shot on X, and the dining hall is Y": filming said last)."""
    if about_shooting_last(sentence.norm[:offset]):
        return True
    body, index = ctx.post.body, sentence.paragraph - 1
    kind, value = body[index] if 0 <= index < len(body) else ("", "")
    text = (
        value.get("text", "") if kind == "heading" and isinstance(value, dict) else ""
    )
    return about_shooting_last(text)


def under_where_heading(ctx, sentence):
    """Whether the list comes right under a heading that only asks "Where"."""
    body = ctx.post.body
    kind, value = body[sentence.paragraph - 1] if sentence.paragraph else ("", "")
    text = (
        value.get("text", "") if kind == "heading" and isinstance(value, dict) else ""
    )
    return bool(WHERE_HEADING_RE.fullmatch(text.strip()))


def identified_locations(ctx, sentence):
    """In a sentence about filming (or right after one): "The junkyard is in X", "the
    hill where they raise the dish is X", "The hospital exteriors are the old X in Y",
    "the dining hall is the old lodge at X"."""
    tokens = sentence.tokens
    for index in range(1, len(tokens) - 1):
        if tokens[index].text not in ("is", "are", "was", "were"):
            continue
        if not (
            ctx.filming_recent == "shot"
            or about_shooting(ctx, sentence, tokens[index].end)
        ):
            continue
        start = predicate_place(tokens, index + 1)
        subject = place_subject(tokens, index) if start is not None else ""
        if (
            not subject
            or sentence.inside_quote(tokens[start].start)
            or is_work_or_person(ctx, sentence, start)
        ):
            continue
        if subject == "place":
            place_at(ctx, sentence, start)
            continue
        end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
        name = sentence.span(start, end)
        if place_ok(ctx, name, tokens[start]) and match_key(name) not in ctx.locations:
            ctx.suggest(
                _("Possible location: %(name)s") % {"name": name},
                sentence,
                "location",
                location_value(name),
            )


def is_work_or_person(ctx, sentence, start):
    """Whether the capitalised run at ``start`` is a known track, album or person."""
    end = run_forward(sentence.tokens, start, PLACE_CONNECTORS, max_words=6)
    key = match_key(sentence.span(start, end)) if end else ""
    people = {
        match_key(name)
        for track in ctx.tracks.values()
        for name in track["composers"] + track["performers"]
    }
    return key in ctx.tracks or key in ctx.albums or key in people


def remember_place(ctx, sentence):
    """The last capitalised place after "in", for a later "filmed there"."""
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


def doubled_locations(ctx, sentence):
    """ "X doubled for Y", "X stood in for Y", "X, which stood in for Y", "X played Y":
    X is a location, Y what it played."""
    norm, tokens = sentence.norm, sentence.tokens
    matches = [*DOUBLED_RE.finditer(norm), *MORE_DOUBLED_RE.finditer(norm)]
    for match in sorted(matches, key=lambda match: match.start()):
        verb = sentence.index_at(match.start())
        name, start, region = stand_in_name(ctx, sentence, verb)
        target = stand_in_target(sentence, sentence.index_at(match.end()))
        if (
            not name
            or not target
            or sentence.person_context
            or negated(sentence, match.start())
        ):
            continue
        known = match_key(name) in ctx.locations or match_key(name) == match_key(
            ctx.last_place
        )
        regioned = (
            region in US_STATES or region in COUNTRIES or region in CANADIAN_PROVINCES
        )
        about_filming = sentence.filming_context or ctx.filming_recent
        # "X played Y" is about a place only when X is one: known, "X, Region," or
        # about filming, with a name that says it is a place or playing a place.
        if match.group(1) and not (
            known
            or regioned
            or about_filming
            and (target_place_like(target) or named_place(name) or region)
        ):
            continue
        evidence = (
            known
            or regioned
            or place_like(name)
            or target_place_like(target)
            or about_filming
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
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = location["stood_in_for"] or target
        location["region"] = location["region"] or region
        if not location["country"] and name in US_STATES:
            location["country"] = "United States"


def stand_in_name(ctx, sentence, verb):
    """The place before a stand-in verb, its first token and its region: "Wyoming
    doubled", "Duluth, Minnesota, which also doubled", "X, standing in for", "the
    arena played" (the place just filmed), "the French Quarter in New Orleans"."""
    tokens = sentence.tokens
    back = verb - 1
    while back >= 0 and tokens[back].text.lower() in PLACE_AUXILIARIES:
        back -= 1
    if back > 0 and tokens[back].text.lower() in ("which", "that"):
        back -= 1
    if back >= 0 and tokens[back].text == ",":
        return name_before_comma(ctx, sentence, apposition_start(tokens, back))
    noun = mentioned_noun(tokens, back)
    if noun:  # "the arena played", "the bombing ranges out there doubled for"
        return place_mentioned(ctx, noun), None, ""
    if back > 0 and tokens[back].text in NEIGHBOURHOOD_WORDS and tokens[back - 1].cap:
        back -= 1  # "Berlin's Kreuzberg district played"
    start = run_backward(tokens, back, PLACE_CONNECTORS, max_words=6)
    if start is None:
        return "", None, ""
    start = skip_stop_starts(tokens, start, back + 1)
    if tokens[start].text == "The":
        start += 1
    region, start = possessive_owner(ctx, sentence, start, back + 1)
    name = sentence.span(start, back + 1)
    inner = inner_place(tokens, start)
    if inner is not None:  # "the French Quarter in New Orleans dressed up as"
        name, region, start = sentence.span(inner, start - 1), name, inner
    if (
        start > back
        or not place_ok(ctx, name, tokens[start])
        or is_work_or_person(ctx, sentence, start)
    ):
        return "", None, ""
    return canonical_name(ctx, name), start, region


def name_before_comma(ctx, sentence, comma):
    """ "X, which plays", "X, Region, which plays", "the X in Y, standing in for": X;
    the place just filmed when X is not named there ("the Gastown district of
    Vancouver, which")."""
    tokens = sentence.tokens
    fallback = ("", None, "")
    if ctx.sentence_places:
        before = sentence.norm[: tokens[comma].start]
        names = [ctx.locations[key]["name"] for key in ctx.sentence_places]
        fallback = (max(names, key=before.rfind), None, "")  # the nearest before
    start, end, region = run_backward(tokens, comma - 1, PLACE_CONNECTORS, 6), comma, ""
    if start is None:
        return fallback
    inner = run_backward(tokens, start - 2, PLACE_CONNECTORS, 6) if start > 1 else None
    if inner is not None and tokens[start - 1].text == ",":
        region, end, start = sentence.span(start, end), start - 1, inner  # "X, Y,"
    elif inner_place(tokens, start) is not None:
        region, end, start = (
            sentence.span(start, end),
            start - 1,
            inner_place(tokens, start),
        )
    key = match_key(canonical_name(ctx, sentence.span(start, end)))
    if key in ctx.locations:
        return ctx.locations[key]["name"], start, region
    before = start - 1 - (start > 1 and tokens[start - 1].text == "the")
    if ctx.sentence_places and start and tokens[before].text in ("of", "in"):
        return fallback  # "the Petit Champlain quarter of Quebec City, which"
    start = skip_stop_starts(tokens, start, end)
    start += tokens[start].text == "The" and start + 1 < end
    name = sentence.span(start, end)
    if not place_ok(ctx, name, tokens[start]) or is_work_or_person(
        ctx, sentence, start
    ):
        return fallback
    return name, start, region


def inner_place(tokens, start):
    """Where X starts when ``tokens[start:]`` is Y in "the (old) X in Y", "X on Y"
    (X a name that says it is a place, first in its clause), or None."""
    if (
        start < 2
        or tokens[start - 1].text not in ("in", "on")
        or not tokens[start - 2].cap
    ):
        return None
    inner = run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=6)
    before = inner - 1
    if before > 0 and tokens[before].text in PLACE_ADJECTIVES:
        before -= 1
    if before >= 0 and tokens[before].text.lower() == "the":
        return inner
    first = before < 0 or tokens[before].text.lower() in CLAUSE_STARTS
    named = named_place(" ".join(token.text for token in tokens[inner : start - 1]))
    return inner if first and named else None  # "Waimea Canyon on Kauai played"


def apposition_start(tokens, comma):
    """The comma before an aside that places X: "Narrabeen, on Sydney's northern
    beaches, played" (the aside's first comma); else ``comma``."""
    for back in range(comma - 1, max(0, comma - 9), -1):
        if tokens[back].text == ",":
            aside = tokens[back + 1].text.lower() if back + 1 < comma else ""
            return back if aside in ("on", "in", "near", "outside") else comma
        if not tokens[back].word:
            return comma
    return comma


def mentioned_noun(tokens, back):
    """The lowercase noun of "the arena", "the bombing ranges (out there)" ending at
    ``tokens[back]``, or ""."""
    while back > 0 and tokens[back].text.lower() in ("there", "out", "nearby"):
        back -= 1
    if back < 1 or tokens[back].cap or not tokens[back].text.isalpha():
        return ""
    for before in range(back - 1, max(-1, back - 3), -1):
        if tokens[before].text.lower() == "the":
            return tokens[back].text.lower()
        if tokens[before].cap or not tokens[before].text.replace("-", "").isalpha():
            return ""
    return ""


def place_mentioned(ctx, noun):
    """The place just filmed, for "the arena", "the salt" (a word of its name)."""
    if not (ctx.sentence_places or ctx.filming_recent) or not ctx.locations:
        return ""
    key = ctx.sentence_places[-1] if ctx.sentence_places else list(ctx.locations)[-1]
    name = ctx.locations[key]["name"]
    if noun in PLACE_ANAPHORA or noun in name.lower().split():
        return name
    return ""


def canonical_name(ctx, name):
    """A place named earlier in full: "the Walled City" after "the Kowloon Walled
    City" is the same place (a shortening of two words or more)."""
    key = match_key(name)
    if len(key.split()) < 2:
        return name
    for other, location in ctx.locations.items():
        if other.endswith(" " + key):
            return location["name"]
    return name


def stand_in_target(sentence, index):
    """What a place played: "the Soviet Union", "Las Vegas", "a town in Minnesota",
    "the town of Iron Meadow" (the name)."""
    tokens = sentence.tokens
    if index >= len(tokens):
        return ""
    article = ""
    if tokens[index].text.lower() in ("the", "a", "an"):
        article = sentence.span(index, index + 1) + " "
        index += 1
    if (
        article == "the "
        and index + 2 < len(tokens)
        and tokens[index].text in NAMED_PLACE_NOUNS
        and tokens[index + 1].text == "of"
        and tokens[index + 2].cap
    ):
        article, index = "", index + 2
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    if not article:
        return sentence.span(index, end) if end is not None else ""
    # "the Himalayas", "the French coast", "a town in Minnesota": on to the clause's end.
    named, end = end is not None, index if end is None else end
    stops = PLACE_TARGET_STOPS | PREPOSITIONS if named else PLACE_TARGET_STOPS
    while end < len(tokens) and end - index < 8 and tokens[end].text.isalpha():
        if tokens[end].text.lower() in stops or named and tokens[end].cap:
            break
        if tokens[end].text in PREPOSITIONS - {"of"} and not named_after(
            tokens, end + 1
        ):
            break  # "a Middle Eastern country in the climax", not "a town in Ohio"
        end += 1
    return article + sentence.span(index, end) if end > index else ""


def named_after(tokens, index):
    """Whether a name starts at ``tokens[index]``, after "the" or not."""
    index += index < len(tokens) and tokens[index].text == "the"
    return index < len(tokens) and tokens[index].cap


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
    """Once the whole post is read: places as the post finally gives them. A place
    named short before it is named in full ("the Walled City ... shoot inside the
    Kowloon Walled City") is the full one; a stand-in too unsure for a fact ("Toronto
    stood in for Chicago") is one when the post later says it was filmed there."""
    for key, location in list(ctx.locations.items()):
        full = canonical_name(ctx, location["name"])
        if match_key(full) == key:
            continue
        del ctx.locations[key]
        kept = ctx.locations[match_key(full)]
        kept["stood_in_for"] = kept["stood_in_for"] or location["stood_in_for"]
        for slot in (slot for slots in ctx.slots.values() for slot in slots):
            if slot.kind == "location" and slot.value is location:
                slot.keep = False
    for found in list(ctx.suggested):
        value = found["value"] or {}
        location = ctx.locations.get(match_key(value.get("name")))
        if found["kind"] != "location" or location is None:
            continue
        location["stood_in_for"] = location["stood_in_for"] or value["stood_in_for"]
        ctx.suggested.remove(found)
        ctx.suggestions[:] = [
            line
            for line in ctx.suggestions
            if not line.startswith(found["message"] + " — ")
        ]
