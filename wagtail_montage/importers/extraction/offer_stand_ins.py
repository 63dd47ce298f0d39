"""Broad offers of stand-ins, read after every precise rule: a filming place, then a
stand-in cue ("plays", "stood in for", "doubling as", "passed off as", "posing as",
"substituting for", "dressed as", "pretending to be", "impersonating", "cast as",
"portrayed", "turned into" ...), then what it played. What no block holds goes to the
editor as a location suggestion with its stood-in-for: on a place a block already
holds, accepting it fills that block's stood-in-for."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import location_value
from .lexicon import PLACE_CONNECTORS
from .offer_places import filming_sentence
from .offer_stand_in_geo import REGIONS, geographic_target
from .place_names import is_work_or_person, place_ok, possessive_owner
from .place_scope import broad
from .place_words import NAMED_PLACE_RE, NAMED_TARGET_RE, negated
from .sentences import skip_stop_starts
from .stand_in_targets import stand_in_target

# The cues that a place played another, strong (said only of places) and weak
# ("plays", "as": said of people and uses too, read after a place known or named).
STRONG_CUE_RE = re.compile(
    r"\b(?:(?:stood|stands|standing|stand)[\s-]in\sfor"
    r"|doubl(?:ed|es|ing)\s(?:as|for)|pass(?:ed|es|ing)\s(?:off\s)?(?:as|for)"
    r"|pos(?:ed|es|ing)\sas|substitut(?:ed|es|ing)\sfor"
    r"|(?:dressed|done|got|gets|made)(?:\sup|\sdown)?\s(?:as|to\s(?:play|look\slike"
    r"|resemble|be|pass\sfor))"
    r"|pretend(?:ed|ing|s)?\sto\sbe|impersonat(?:e|ed|es|ing)|masquerad(?:ed|es|ing)\sas"
    r"|(?:cast|disguised|redressed|repainted)\sas|portray(?:ed|s|ing)?"
    r"|(?:doing|does|did)\s(?:duty|service)\sas"
    # "X, which the script insists is Y", "which the film calls Y"
    r"|(?:which|that)\s(?:the\s)?(?:film|script|story|movie|picture|plot|title\scard)"
    r"\s(?:[a-z]{2,12}ly\s)?(?:insists|claims|says|pretends|calls)(?:\sis|\sit\sis)?"
    r"|(?:which|that)\sin\sthe\s(?:film|story|script|movie)\s(?:is|was|becomes))\s",
    re.IGNORECASE,
)
WEAK_CUE_RE = re.compile(
    r"\b(?:play(?:s|ed|ing)?(?!\s(?:to|at|in|on|for|with|out|up|down|along|over|live"
    r"|it|him|her|them|host|havoc|a\s(?:part|role|song|gig)|the\s(?:part|role|song"
    r"|track|guitar|piano|drums|bass|record|tune|theme|music|lead))\b)"
    r"|(?<=[,(]\s)as|(?<=\()as|becomes|became|(?:turned|turns|turning|made)\sinto"
    r"|(?:is|was|it's)\s(?:supposed|meant)\sto\sbe)\s",
    re.IGNORECASE,
)
# A cue after which the place is named, not before: "passes X off as Y".
PASSES_OFF_RE = re.compile(
    r"\bpass(?:ed|es|ing)\s(?:the\s)?([A-Z][^,;:.]{1,60}?)(?:,[^,;:.]{1,40},)?\soff\sas\s"
)
# Words a stand-in's place is named before, with the cue: "X, which also plays Y".
BETWEEN = frozenset(
    """
    , which that who also then even often once is was were are has had been itself
    here there now briefly later neatly convincingly cheerfully ( ) 's
    """.split()
)
# The prepositions a town follows its site with: "X in Y", "X, on Y".
SITE_PREPOSITIONS = frozenset(
    "in on at near outside off above below of across from past beyond by".split()
)
# Adverbs between a site and its town: "X up in Y".
SITE_ADVERBS = frozenset("up down out over just right back".split())
# Words that end a site's description: a verb, a conjunction, a relative.
NOT_BETWEEN_SITES = frozenset(
    """
    is are was were shot filmed built made staged done went moved and but which that
    where while who has have had
    """.split()
)
# The words a place's name follows: "the X", "in X", "X" after a comma or a colon.
NAME_OPENERS = frozenset(
    """
    the in at on near outside off above below of across from past beyond by , : ( -
    — – is was are were and 's it's that's passes passed passing
    """.split()
)
# Words of time or of a person after the cue: no place played ("plays every night");
# a second cue ("which in the film is playing Y"): the target is after it.
NOT_TARGETS_RE = re.compile(
    r"(?i)^(?:the\s)?(?:every|each|twice|once|himself|herself|themselves|itself"
    r"|along|well|better|nicely|beautifully|music|songs?|guitar|piano|drums|bass"
    r"|live|band|house\sband|singer|teacher|DJ|play(?:s|ed|ing)|doubling|standing)\b"
)


def offer_stand_ins(ctx, sentences):
    """Offer each place a sentence says played another that no block holds so."""
    offer_pairs(ctx, sentences, stand_ins_of)


def offer_pairs(ctx, sentences, pairs_of):
    """Offer each ``(place, what it played)`` that ``pairs_of(ctx, sentence, known)``
    reads and no block or suggestion holds, once."""
    known = known_places(ctx)
    offered = set()
    for sentence in sentences:
        if sentence.heading or sentence.refuted:
            continue
        for name, target in pairs_of(ctx, sentence, known):
            pair = (match_key(name), match_key(target))
            if pair in offered or said_before(pair, held_pairs(ctx)):
                continue
            if played_by_block(ctx, sentence, name, pair[1]):
                continue  # "X, a village out in Y, playing Z": X's block holds Z
            offered.add(pair)
            words = {"name": name, "target": target}
            value = {**location_value(name), "stood_in_for": target}
            message = _("Possible stand-in: %(name)s for %(target)s") % words
            ctx.suggest(message, sentence, "location", value)


def played_by_block(ctx, sentence, name, target):
    """Whether a block of a place the sentence names before ``name`` holds what
    ``name`` played: ``name`` is that place's town or region, read in its stead."""
    at = sentence.norm.find(name)
    bare = ARTICLES_RE.sub("", target)
    for slots in ctx.slots.values():
        for slot in slots:
            if not (slot.keep and slot.kind == "location"):
                continue
            other = slot.value["name"]
            played = ARTICLES_RE.sub("", match_key(slot.value["stood_in_for"]))
            before = sentence.norm.find(other)
            if played == bare and other != name and 0 <= before < at:
                return True
    return False


def known_places(ctx):
    """The places blocks hold or suggestions offer, by their keys."""
    values = [
        slot.value
        for slots in ctx.slots.values()
        for slot in slots
        if slot.keep and slot.kind == "location"
    ]
    values += [found["value"] for found in ctx.suggested if found["kind"] == "location"]
    return {match_key(value["name"]): value["name"] for value in values}


def said_before(pair, pairs):
    """Whether a place and what it played are held already, in other words or not:
    "the fictional Tarnside" is "Tarnside"."""
    name, target = pair
    bare = ARTICLES_RE.sub("", target)
    return any(
        name == other
        and played
        and (bare in ARTICLES_RE.sub("", played) or ARTICLES_RE.sub("", played) in bare)
        for other, played in pairs
    )


ARTICLES_RE = re.compile(r"^(?:the\s|a\s|an\s)?(?:fictional\s|fictitious\s)?")


def regions_of(ctx):
    """The keys of the towns, regions and countries of the places blocks hold."""
    return {
        match_key(slot.value[field])
        for slots in ctx.slots.values()
        for slot in slots
        if slot.keep and slot.kind == "location"
        for field in ("region", "country")
        if slot.value[field]
    }


def held_pairs(ctx):
    """``(place, what it played)`` of the blocks and of the suggestions made."""
    pairs = {
        (match_key(slot.value["name"]), match_key(slot.value["stood_in_for"]))
        for slots in ctx.slots.values()
        for slot in slots
        if slot.keep and slot.kind == "location"
    }
    pairs.update(
        (match_key(found["value"]["name"]), match_key(found["value"]["stood_in_for"]))
        for found in ctx.suggested
        if found["kind"] == "location"
    )
    return pairs


def stand_ins_of(ctx, sentence, known):
    """``(place, what it played)`` of each stand-in cue of the sentence."""
    for match in PASSES_OFF_RE.finditer(sentence.norm):
        if negated(sentence, match.start()):
            continue
        start = sentence.index_at(match.start(1))
        name = place_before(ctx, sentence, start + 1, known, strong=True, at=start)
        target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
        target = target.split(". ")[0]
        if name and good_target(target, name):
            yield name, target
    for pattern, strong in ((STRONG_CUE_RE, True), (WEAK_CUE_RE, False)):
        for match in pattern.finditer(sentence.norm):
            if negated(sentence, match.start()) or sentence.inside_quote(match.start()):
                continue
            cue = sentence.index_at(match.start())
            target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
            target = target.split(". ")[0]
            # "X plays 1950s Ohio": geography played is as strong a cue as any
            strong = strong or geographic_target(sentence, target)
            name = place_before(ctx, sentence, cue, known, strong)
            weak = not (strong or match_key(name) in known)
            if (
                name
                and good_target(target, name)
                and not (weak and not place_target(target))
            ):
                yield name, target


def good_target(target, name):
    """Whether what was played may be a place: not a time, a person or the place
    itself."""
    return bool(
        target
        and not NOT_TARGETS_RE.match(target)
        and match_key(target) != match_key(name)
        and len(target.split()) <= 8
        and target.split()[-1] not in ("St", "Mt", "Ft")  # "St. Vitus": cut off
    )


def place_before(ctx, sentence, cue, known, strong, at=None):
    """The place named right before the cue at ``tokens[cue]`` (past "which", "also",
    a comma, a bracket; past a town after its site: "X, in Y, doubling as"), or ""."""
    tokens = sentence.tokens
    last = cue - 1 if at is None else at
    while at is None and last >= 0 and tokens[last].text.lower() in BETWEEN:
        if tokens[last].text == ")":  # "X (Y then), dressed up as"
            while last > 0 and tokens[last].text != "(":
                last -= 1
        last -= 1
    if last < 0 or not tokens[last].cap:
        return ""
    start = name_start(tokens, last)
    if at is not None:
        start, last = at, run_end(tokens, at) - 1
    start = skip_stop_starts(tokens, start, last + 1)
    for _step in range(0 if at is not None else 3):  # "X, in Y, Z, which played": X
        earlier = site_before(tokens, start)
        if earlier is None:
            break
        start, last = earlier[0], earlier[1] - 1
    return place_name(ctx, sentence, start, last + 1, known, strong)


def site_before(tokens, start, placed=False):
    """``(start, end)`` of the site a town at ``tokens[start]`` is named after: "X in
    Y", "X, on the Isle of Y", "X, the toy-town village up in Y", "X, Y", "X, just up
    the Y"; or None. ``placed``: a preposition was read after the name already."""
    back = start - 1
    placed = placed or start > 1 and tokens[start - 1].text == ","
    while back >= 0 and start - back <= 8 and not tokens[back].text[:1].isupper():
        word = tokens[back].text.lower()
        # "X, that old mill town out in Y": a demonstrative after the comma
        shown = word == "that" and back > 0 and tokens[back - 1].text == ","
        if (
            word in NOT_BETWEEN_SITES
            and not shown
            or word.endswith(("ed", "ing"))
            or not (word == "," or tokens[back].word)
        ):
            return None
        placed = placed or word in SITE_PREPOSITIONS or word in SITE_ADVERBS
        back -= 1
    # a one-word site opens the sentence before its comma: "X, down in Y, played"
    opening = back == 0 and len(tokens) > 1 and tokens[1].text == ","
    if back < 0 or back == 0 and not opening:
        return None
    if not placed or not tokens[back].text[:1].isupper():
        return None
    first = name_start(tokens, back)
    if (
        back + 1 < start
        and tokens[back + 1].text.isalpha()
        and (
            tokens[back + 1].text.islower()
            and tokens[back + 1].text not in SITE_PREPOSITIONS | SITE_ADVERBS
        )
    ):
        # "the Royal Mail office in Y", "X, that old Victorian village out in Y": an
        # adjective, the preposition read already
        return site_before(tokens, first, placed=True)
    return skip_stop_starts(tokens, first, back + 1), back + 1


def name_start(tokens, last):
    """Where the name ending at ``tokens[last]`` starts, over up to two connectors in a
    row: "the Valley of the Gods", "Roque de los Muchachos"."""
    start = index = last
    while index > 0 and last - index < 8:
        index -= 1
        if tokens[index].cap:
            start = index
        elif not (
            tokens[index].text.lower() in PLACE_CONNECTORS
            and index > 0
            and (
                tokens[index - 1].cap
                or tokens[index - 1].text.lower() in PLACE_CONNECTORS
                and index > 1
                and tokens[index - 2].cap
            )
        ):
            break
    return start


def fuller(name, known):
    """The place's name in full when the post gave it so: "the Bonaventure" after
    "the Westin Bonaventure", "Arches" after "Arches National Park"."""
    key = match_key(name)
    return next(
        (
            known[other]
            for other in sorted(known)
            if other.endswith(" " + key) or other.startswith(key + " ")
        ),
        "",
    )


def placed(sentence, name):
    """Whether a name no block holds, before a weak cue ("plays", "as"), may still be
    a place: its last word is a site's or a landform's ("the X Pier", "X Valley"), or
    the sentence speaks of filming or of a filmed scene."""
    return bool(
        NAMED_PLACE_RE.search(name)
        or NAMED_TARGET_RE.search(name)
        or filming_sentence(sentence)
    )


def town_of_site(tokens, start):
    """Whether the name at ``tokens[start]`` follows a preposition after a name, the
    town of a site named before it: "the Hollin Inn, moored at X", "the old quarter of
    X" after a name; not after the sentence's first word ("The docks of X")."""
    index = start - 1
    if index < 1 or tokens[index].text not in SITE_PREPOSITIONS:
        return False
    while index > max(0, start - 9):
        index -= 1
        if index and tokens[index].cap:
            return True
    return False


def place_target(target):
    """Whether what a place played after a weak cue is a place: a name ("Vaasa", "a
    Chicago diner") or a place's noun last ("a transatlantic liner"), not a part or an
    instrument ("the two twins", "the cello")."""
    words = target.split()
    return bool(
        any(word[:1].isupper() for word in words if word not in ("The", "A", "An"))
        or words
        and TARGET_NOUNS_RE.fullmatch(words[-1].lower())
    )


# The nouns a place played ends with.
TARGET_NOUNS_RE = re.compile(
    r"(?:town|city|village|port|harbou?r|docks?|street|square|station|hotel|motel"
    r"|castle|palace|house|church|cathedral|school|hospital|prison|base|airstrip"
    r"|airport|desert|beach|coast|island|lake|river|valley|hills?|forest|farm|ranch"
    r"|garage|mill|factory|warehouse|market|bar|pub|diner|caf[eé]|restaurant|club"
    r"|estate|mansion|country|countryside|suburbs?|neighbou?rhood|quarter|district"
    r"|road|highway|bridge|liner|ship|planet|outpost|camp|resort|waterfront|shore"
    r"|streets|quays?|fort|temple|monastery|abbey|embassy|office|lodge|hall|studio)"
)


def town_with_region(tokens, end):
    """Whether the name ending before ``tokens[end]`` is a town with its state or
    country after a comma: "Duluth, Minnesota"."""
    return (
        end + 1 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text in REGIONS
    )


def run_end(tokens, start):
    end = start
    while end < len(tokens) and (
        tokens[end].cap or tokens[end].text.lower() in PLACE_CONNECTORS
    ):
        end += 1
    while end > start + 1 and not tokens[end - 1].cap:
        end -= 1
    return end


def place_name(ctx, sentence, start, end, known, strong):
    """The name at ``tokens[start:end]`` if it may be a filming place: known as one, or
    said with a strong cue and not a person's, a work's or a country's."""
    if start is None or start >= end:
        return ""
    tokens = sentence.tokens
    _owner, start = possessive_owner(ctx, sentence, start, end)
    if tokens[start].text in ("The", "the") and start + 1 < end:
        start += 1
    name = sentence.span(start, end)
    if not name or sentence.inside_quote(tokens[start].start):
        return ""
    if end - start == 1 and start > 1 and tokens[start - 1].text == "and":
        return ""  # "Harland and Wolff", "between X and Y": half a name
    if match_key(name) in regions_of(ctx):
        return ""  # "the X in Y, which played Z": Y is the block's town
    if not town_with_region(tokens, end):  # "Duluth, Minnesota": the town itself
        name = fuller(name, known) or name
    if match_key(name) in known:
        return name
    if not (strong or placed(sentence, name) and not town_of_site(tokens, start)):
        return ""
    before = tokens[start - 1].text.lower() if start else ""
    if before and not (before in NAME_OPENERS or tokens[start - 1].possessive):
        return ""  # "a few hired Greyhounds": no place's name
    if (
        broad(name)
        or not place_ok(ctx, name, tokens[start])
        or is_work_or_person(ctx, sentence, start)
    ):
        return ""
    return name
