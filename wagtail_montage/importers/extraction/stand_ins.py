"""Stand-ins: "X doubled for Y", "X stood in for Y", "X, which plays Y", "X had to play
Y"; X is a filming location, Y what it played."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import location_value
from .lexicon import (
    CANADIAN_PROVINCES,
    COUNTRIES,
    PLACE_CONNECTORS,
    US_STATES,
)
from .patterns import DOUBLED_RE
from .place_names import (
    canonical_name,
    is_work_or_person,
    named_after,
    place_ok,
    possessive_owner,
)
from .place_scope import broad
from .place_words import (
    MORE_DOUBLED_RE,
    NAMED_PLACE_NOUNS,
    NEIGHBOURHOOD_WORDS,
    PLACE_ADJECTIVES,
    PLACE_ANAPHORA,
    PLACE_AUXILIARIES,
    PLACE_TARGET_STOPS,
    named_place,
    negated,
    place_like,
    target_place_like,
)
from .sentences import run_backward, run_forward, skip_stop_starts

# Words a clause starts with, before a place that starts it: "so X on Y played".
CLAUSE_STARTS = frozenset({",", ";", ":", "so", "and", "but", "then", "while"})
PREPOSITIONS = frozenset({"in", "at", "on", "of", "to", "from", "with", "by", "near"})


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
    town = region_before(tokens, start)
    if town is not None and broad(name):  # "Halifax, Nova Scotia stood in for"
        name, region, start = sentence.span(town, start - 1), name, town
    region = region or place_where(ctx, tokens, start)
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


def region_before(tokens, start):
    """Where the town starts in "Town, Region" when ``tokens[start]`` starts Region."""
    if start < 2 or tokens[start - 1].text != ",":
        return None
    return run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=6)


def place_where(ctx, tokens, start):
    """The place of "filmed in X, where Y played Z": Y is in X; or ""."""
    if not (
        ctx.sentence_places
        and start > 1
        and tokens[start - 1].text == "where"
        and tokens[start - 2].text == ","
    ):
        return ""
    return ctx.locations[ctx.sentence_places[-1]]["name"]


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
    owner, start = possessive_owner(ctx, sentence, start, end)
    region = region or owner  # "Melbourne's St Kilda, posing as"
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


# A part an actor plays: "the harbor pilot's daughter", "a cop", "the lead".
ROLE_TARGET_RE = re.compile(
    r"^(?:[\w-]{1,20}\s){0,3}?(?:[\w-]{1,20}'s\s(?:daughter|son|wife|husband|mother"
    r"|father|brother|sister|friend|girlfriend|boyfriend|widow|partner)|(?:role|part"
    r"|character|lead|hero|heroine|villain|cop|detective|sheriff|nurse|doctor|mother"
    r"|father|daughter|son|wife|husband|girlfriend|boyfriend)\b)",
    re.IGNORECASE,
)


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
    if ROLE_TARGET_RE.match(
        sentence.norm[tokens[index].start : tokens[index].start + 60]
    ):
        return ""  # "plays the harbor pilot's daughter": a part, not a place
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
