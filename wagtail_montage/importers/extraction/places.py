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
    PLACE_CONNECTORS,
    PLACE_WORDS_RE,
    US_STATES,
)
from .place_after_marks import colon_towns, plural_owner
from .place_answers import answered_place
from .place_bare_denials import denied_before
from .place_bases import base_after_places
from .place_big_cities import quarter_after_city
from .place_bit_subjects import bit_subject
from .place_cues import (
    HEARSAY_RE,
    IN_THE_STORY_RE,
    RETRACTED_RE,
    STAND_IN_AFTER_RE,
    STILL_IMAGE_RE,
    WHERE_COLON_RE,
    clause_before,
    hearsay,
)
from .place_denials import denied_places, taken_back_places
from .place_describers import describer
from .place_doers import person_after
from .place_film_nouns import film_noun
from .place_footnotes import footnote_end, without_footnote
from .place_identity import filming_noted, filming_said, located_and_contrasted
from .place_items import field_label, item_place_described, quoted_outside_aside
from .place_lines import performing, site_on_line
from .place_listed_sites import listed_site
from .place_lower_heads import building_end
from .place_mentions import coordinates, remember_place, there_place
from .place_names import canonical_name, is_work_or_person, place_ok, possessive_owner
from .place_paired_clauses import defer_identity, paired_identities
from .place_playing import played_after, stood_in
from .place_reading import (
    STYLE_NOUNS,
    UP_OR_DOWN_AFTER,
    ahead_place,
    area_of,
    asked,
    filmed_next,
    next_place,
    past_brackets,
    region_of_country,
)
from .place_real_ones import before_bracket, real_one
from .place_region_tails import region_tail
from .place_reported import reported, unreal
from .place_scene_subjects import scene_subject_places
from .place_scope import (
    broad,
    broad_stand_ins,
    colon_items,
    drop_containers,
    drop_towns_of_quarters,
    drop_towns_of_sites,
    later_in_list,
    slot_of,
    town_in_list,
)
from .place_shots import in_shots, seen_in_shots
from .place_siblings import item_about_filming, list_items
from .place_spec_lists import spec_list
from .place_stop_headings import stop_places
from .place_story import story_scene_subject
from .place_suppliers import supplied_places
from .place_town_sites import site_after_town
from .place_venue_modifiers import town_after_venue, venue_of_a_body
from .place_where import where_shot_locations
from .place_wider_after_point import narrower_after
from .place_wider_ons import wider_on
from .place_within import owner_name
from .place_words import (
    FILMED_PREPOSITIONS,
    NAMED_PLACE_NOUNS,
    NAMED_TARGET_RE,
    PLACE_FILMED_RE,
    PLACE_FILMED_THERE_RE,
    ROUTE_RE,
    ROUTE_SUBJECT_RE,
    SHOT_RE,
    WHERE_HEADING_RE,
    about_shooting_last,
    named_place,
    negated,
    place_subject,
    predicate_place,
)
from .sentences import run_forward
from .stand_in_claimed import claimed_and_filmed
from .stand_in_fictional import fictional_stand_ins
from .stand_in_made import made_to_play
from .stand_in_really import really_locations
from .stand_in_settings import scene_set_elsewhere
from .stand_ins import doubled_locations


def locations_of(ctx, sentence):
    """Places the sentence says were filmed in ("there": the place named just before),
    listed after a filming sentence, then places that stood in for others."""
    filmed_locations(ctx, sentence)
    answered_place(ctx, sentence, place_at)
    colon_locations(ctx, sentence)
    where_shot_locations(ctx, sentence, place_at)
    there = PLACE_FILMED_THERE_RE.search(sentence.norm)
    if there and not negated(sentence, there.start()):
        # "there": the place named last before it, in this sentence or before it.
        name = there_place(ctx, sentence, there, place_at)
        if name:
            ctx.offset = 0
            ctx.location(sentence, name)
            places_inside(ctx, sentence, sentence.index_at(there.end()), name)
    listed_location(ctx, sentence)
    stop_places(ctx, sentence, place_at)  # "the wharf at X", under "Stop 5: X"
    identified_locations(ctx, sentence)
    scene_subject_places(ctx, sentence, place_at)  # "the harbour scene is X"
    really_locations(ctx, sentence)  # "The Paragon was really the Frolic Room"
    doubled_locations(ctx, sentence)
    fictional_stand_ins(ctx, sentence)  # "X played the fictional Castle Y"
    made_to_play(ctx, sentence)  # "to make X play Y"
    scene_set_elsewhere(ctx, sentence)
    claimed_and_filmed(ctx, sentence)  # "meant to be Y, but they shot it at X"
    route_locations(ctx, sentence)
    paired_identities(ctx, sentence, place_at)  # "..., and the N is X"
    supplied_places(ctx, sentence, place_at)  # "X supplied the harbour"
    denied_places(ctx, sentence)  # "The harbour is X, not Z": Z found before is none
    taken_back_places(ctx, sentence)  # "They say it was shot on X; it wasn't."
    denied_before(ctx, sentence)  # "... filmed at X." then "They were not."
    colon_towns(ctx, sentence)  # "shot in X: the Y and the Z", in X
    remember_place(ctx, sentence)
    if not sentence.listed:
        # "shot": about filming itself, not the story's setting ("It is set in X").
        shot = about_shooting_last(sentence.norm) or stood_in(ctx)
        ctx.filming_recent = filming_noted(ctx, sentence, shot)


def still_image(sentence, match):
    """Whether the filming phrase is about a photograph or another work: "The album
    cover was shot in X", "was photographed at X for the sleeve", "They shot the sequel
    in X" (its clause says so)."""
    before = clause_before(sentence.norm[: match.start()], match.group(0))
    # "From the sleeve notes: the video was shot at X" (not "Cover photo: shot at X")
    before = before.rsplit(":", 1)[-1] if re.search(r":\s*\w", before) else before
    after = re.split(r"[;:(]|\band\b|\bbut\b", sentence.norm[match.end() :])[0]
    return bool(STILL_IMAGE_RE.search(f"{before} {match.group(0)} {after}"))


def went_elsewhere(ctx, sentence, match):
    """Whether "the crew went to X" may be a trip for something else than filming:
    no word of filming in the sentence or the one before, no stand-in after it."""
    if not re.search(r"\bwent\s", match.group(0), re.IGNORECASE):
        return False
    return not (
        ctx.filming_recent == "shot"
        or SHOT_RE.search(sentence.norm)
        or STAND_IN_AFTER_RE.search(sentence.norm[match.end() :])
    )


def towns_of_places(ctx, towns):
    """ "The crew went to X and filmed in the old Y": X is Y's town, not a place."""
    for key in towns:
        later = ctx.sentence_places[ctx.sentence_places.index(key) + 1 :]
        town = ctx.locations.get(key)
        slot = slot_of(ctx, town) if town else None
        if not later or slot is None or town["stood_in_for"]:
            continue
        for other in later:
            inside = ctx.locations[other]
            inside["region"] = inside["region"] or town["name"]
        del ctx.locations[key]
        ctx.sentence_places.remove(key)
        slot.keep = False


def places_inside(ctx, sentence, colon, town):
    """ "set in X and mostly filmed there: the first kiss in Y, the row on the Z", "shot
    it there properly, lots of Y, and the climax on the Z": Y and Z, in X (then X is
    their region, not a place of its own)."""
    tokens = sentence.tokens
    colon += colon < len(tokens) and tokens[colon].text.endswith("ly")  # "properly"
    if not (colon < len(tokens) and tokens[colon].text in (":", ",")):
        return
    starts = colon_items(tokens, colon)
    if tokens[colon].text == "," and len(starts) < 2:
        return  # "shot it there, the climax on Y, the chase at Z": two items at least
    for start in starts:
        if place_at(ctx, sentence, start) is not None:
            inside = ctx.locations[ctx.sentence_places[-1]]
            inside["region"] = inside["region"] or town


def filmed_locations(ctx, sentence):
    """ "filmed in X", "shot at X, Region", "filmed in X and Y", "shot in X, and the
    interiors at Y", "filmed in Brooklyn's Bay Ridge", "were done a few miles down the
    coast at X", "filmed on the corniche roads above X"."""
    tokens, towns = sentence.tokens, []
    for match in PLACE_FILMED_RE.finditer(sentence.norm):
        before = sentence.norm[: match.start()]
        if (
            negated(sentence, match.start())
            or unreal(before)
            or film_noun(match, sentence.norm[match.end() :])  # "to film school in"
        ):
            continue  # "None of it was shot in Nevada", "If they had shot it in X"
        index = sentence.index_at(match.end())
        if asked(sentence):  # "Was any of it filmed in X?": asked, not said
            suggest_asked(ctx, sentence, index)
            continue
        if (
            hearsay(before)
            or reported(before, sentence.norm[match.end() :])  # "Everyone thinks"
            or went_elsewhere(ctx, sentence, match)
            or still_image(sentence, match)
            or RETRACTED_RE.search(sentence.norm[match.end() :])
            or base_after_places(ctx, match)  # "The crew were based in X"
        ):
            # "It is often repeated that it was shot in X": said by others; "The crew
            # went to X" with no word of filming: maybe a festival, a studio.
            suggest_asked(ctx, sentence, index, hearsay=True)
            continue
        last = match.group(0).split()[-1].lower()
        direct = last in FILMED_PREPOSITIONS or last in ("to", "of", "over")
        after_end = place_at(ctx, sentence, index) if direct else None
        if after_end is None and last not in ("up", "based", "location"):
            # not "set up camp on X"; "were done down the coast at X"
            ahead = ahead_place(tokens, index, down=last in UP_OR_DOWN_AFTER)
            after_end = place_at(ctx, sentence, ahead) if ahead is not None else None
        if last == "to" and filmed_next(tokens, after_end):
            towns.append(ctx.sentence_places[-1])  # "went to X and filmed in Y"
        place_list(ctx, sentence, after_end)
    towns_of_places(ctx, towns)


def place_list(ctx, sentence, after_end):
    """The further places of a list, from the end of its first: "X and Y", "X, and
    the interiors at Y", "X, which plays Z, and in Y", "X, Y and Z"."""
    tokens = sentence.tokens
    while after_end is not None:
        after_end = past_brackets(tokens, after_end)
        index = next_place(tokens, after_end)
        if index is None:
            index = later_in_list(tokens, after_end, next_place)
        if index is None:
            index = town_in_list(tokens, after_end)
        if index is None:
            break
        after_end = place_at(ctx, sentence, index)


def colon_locations(ctx, sentence):
    """Places after a colon that says where: "Where it was shot: X, plus Y", "Where
    they filmed: X on Skye, and Y"."""
    match = WHERE_COLON_RE.search(sentence.norm)
    if match is None or negated(sentence, match.start()):
        return
    place_list(ctx, sentence, place_at(ctx, sentence, sentence.index_at(match.end())))


def suggest_asked(ctx, sentence, index, hearsay=False):
    """The place a question asks about, or one only said to be where it was filmed
    ("Legend has it that it was shot in X"): a suggestion."""
    tokens = sentence.tokens
    index += index < len(tokens) and tokens[index].text == "the"
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    name = sentence.span(index, end) if end is not None else ""
    if name and place_ok(ctx, name, tokens[index]):
        message = (
            _("Possible location: %(name)s") % {"name": name}
            if hearsay
            else _("Possible location, asked about: %(name)s") % {"name": name}
        )
        ctx.suggest(message, sentence, "location", location_value(name))


def route_locations(ctx, sentence):
    """A scene's route in a sentence that also names where it was filmed: "they shot
    it around X: the bus chase goes straight through Y", "The getaway starts in Y,
    drops down through Z and ends on W, which doubles for V"."""
    if not (ctx.sentence_places and ROUTE_SUBJECT_RE.search(sentence.norm)):
        return
    for match in ROUTE_RE.finditer(sentence.norm):
        if negated(sentence, match.start()):
            continue
        index = sentence.index_at(match.end())
        if index < len(sentence.tokens) and not sentence.inside_quote(
            sentence.tokens[index].start
        ):
            after_end = place_at(ctx, sentence, index)
            if after_end is None:
                ahead = ahead_place(sentence.tokens, index)  # "on the beach at X"
                if ahead is not None:
                    place_at(ctx, sentence, ahead)
            place_list(ctx, sentence, after_end)  # "goes down X and over the Y"


def place_at(ctx, sentence, index):
    """The location named at ``tokens[index]`` (with its region and country), added;
    the index after it, or None."""
    tokens = sentence.tokens
    article = index < len(tokens) and tokens[index].text == "the"
    if article:
        index += 1
        # "the old Carrie Furnace": a word that only says how old or real it is
        index += index + 1 < len(tokens) and (
            describer(tokens[index].text) and tokens[index + 1].cap
        )
    # "the Valley of the Gods": two connectors in a row
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6, gap=2)
    if end is None:
        return None
    owner, index = possessive_owner(ctx, sentence, index, end)
    if owned := plural_owner(ctx, sentence, index, end):  # "New Orleans' Tremé"
        owner, index, end = owned
    of = area_of(tokens, index, end)
    if of is not None:
        owner, end = sentence.span(of + 1, end), of  # "the North Shore of Oahu"
    end = footnote_end(tokens, index, end)  # "in Y.15 The": Y; "X station"
    end = building_end(tokens, index, end, article)  # "the X Cork building"
    if styled_or_venue(tokens, index, end, article):
        # "shot in the Netflix era", "filmed in Easter week": no place; "the Legion
        # hall in Y": Y
        return town_of_venue(ctx, sentence, index, end, article)
    if region_tail(tokens, end, article):
        return None  # "filmed on the Gulf coast": a stretch, no place
    name = without_footnote(owner_name(sentence.span(index, end), tokens, end))
    if article and broad(name) and described_by(tokens, end):
        # "filmed in the old Colorado mining town": a town, not Colorado; "the Texas
        # town of Marfa": the town it names
        named = town_named(tokens, end)
        return place_at(ctx, sentence, named) if named is not None else None
    # "shot at Sardi's": a venue called after its owner, right after "at".
    venue = (
        index > 0
        and tokens[index - 1].text == "at"
        and end - index <= 2
        and (end == len(tokens) or not tokens[end].word)  # not "at X's insistence"
    )
    if not place_ok(ctx, name, tokens[index], venue=venue):
        return None
    name = canonical_name(ctx, name)
    region, country, after_end = region_after(ctx, sentence, end, owner)
    inner = narrower_after(tokens, index, after_end, name)
    if inner is None and after_end == end:  # "on the X at Y": Y, on the river X
        inner = site_on_line(tokens, index, end)
    if inner is None and after_end == end:  # "in Kobe, at Meriken Park": the park
        inner = site_after_town(tokens, index, end)
    if inner is None and after_end == end:  # "in Prague, in Mala Strana"
        inner = quarter_after_city(tokens, index, end)
    inner_end = place_at(ctx, sentence, inner) if inner is not None else None
    if inner_end is not None:  # "filmed in X, at the Y": Y, in X
        inside = ctx.locations[ctx.sentence_places[-1]]
        inside["region"] = inside["region"] or name
        return inner_end
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


def styled_or_venue(tokens, index, end, article):
    """Whether the name ending before ``tokens[end]`` names a style or a time ("the
    Netflix era") or a venue a body runs ("the Legion hall"), no place of its own."""
    return (end < len(tokens) and tokens[end].text in STYLE_NOUNS) or venue_of_a_body(
        tokens, index, end, article
    )


def town_of_venue(ctx, sentence, index, end, article):
    """The town after a venue a body runs, added ("the Legion hall in Y"); the index
    after it, or None when no town follows or the name is a style's."""
    tokens = sentence.tokens
    venue = venue_of_a_body(tokens, index, end, article)
    town = town_after_venue(tokens, end) if venue else None
    return place_at(ctx, sentence, town) if town is not None else None


def town_named(tokens, end):
    """Where Y starts in "the Texas town of Y" from the noun at ``tokens[end]``, or
    None ("the Oregon side of the Columbia River": no name of the noun's)."""
    for index in range(end, min(len(tokens) - 2, end + 3)):
        if tokens[index].text in NAMED_PLACE_NOUNS:
            named = tokens[index + 1].text == "of" and tokens[index + 2].cap
            return index + 2 if named else None
    return None


def described_by(tokens, end):
    """Whether a lowercase noun follows the name ending before ``tokens[end]``, so
    that the name only describes it: "the Colorado mining town", "the Nevada desert"."""
    return (
        end < len(tokens)
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and tokens[end].text not in PLACE_CONNECTORS | FILMED_PREPOSITIONS
        and tokens[end].text not in ("and", "or", "for", "where", "which", "to", "as")
    )


def region_after(ctx, sentence, end, owner):
    """The region, country and end of a place's name that ends before
    ``tokens[end]``: "Duluth, Minnesota", "Cork, Ireland", "the Biltmore Estate in
    Asheville" (its town), or ``owner`` ("Brooklyn's Bay Ridge")."""
    tokens = sentence.tokens
    if wider := wider_on(sentence, end):  # "X, on the Isle of Y": X, in Y
        return wider[0], "", wider[1]
    region, country, after_end = owner, "", end
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap:
        second_end = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
        second = sentence.span(end + 1, second_end)
        listed = second_end < len(tokens) and tokens[second_end].text in (",", "and")
        # "X, County Y, which played Z": no list
        # "X, County Y, which played Z": Y is X's county, no item of a list
        listed = listed and not (
            broad(second)
            and second_end + 1 < len(tokens)
            and tokens[second_end + 1].text == "which"
        )
        if second in US_STATES or second in CANADIAN_PROVINCES:
            region = second
            country = "United States" if second in US_STATES else "Canada"
            after_end = second_end
        elif second in COUNTRIES:
            country, after_end = second, second_end
        elif not listed and (broad(second) or not PLACE_WORDS_RE.search(second)):
            region, after_end = second, second_end
    elif region_of_country(tokens, end) is not None:
        # "the Marrow country of eastern Oregon": the region, then its state.
        start, after_end = region_of_country(tokens, end)
        region = sentence.span(start, after_end)
    elif not owner and end + 1 < len(tokens) and tokens[end].text == "in":
        town_end = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
        town = sentence.span(end + 1, town_end) if town_end is not None else ""
        # "the Biltmore Estate in Asheville"; not a town that is a place of its own
        # (a list: "Eureka, for the main street", "the Cookhouse in Eureka").
        if (
            town
            and place_ok(ctx, town, tokens[end + 1])
            and match_key(town) not in ctx.locations
        ):
            region, after_end = town, town_end
    return region, country, after_end


def listed_location(ctx, sentence):
    """A list item after a sentence or heading about filming: "Hershey, Pennsylvania",
    "Madison, Georgia, for the town square", "Stone Mountain, seen from the highway",
    "The Varsity in Atlanta, for the diner scene", "Issaquah: the quarry itself"."""
    tokens = sentence.tokens
    the = bool(tokens) and tokens[0].text.lower() == "the"  # "the X Center, for"
    if not (sentence.listed and tokens and (tokens[0].cap or the)):
        return
    # Right after a sentence about filming itself, or under a heading about it: not
    # after one that only names the film ("Director: X" is no place).
    if not (
        ctx.filming_recent == "shot"
        or under_where_heading(ctx, sentence)
        or item_about_filming(ctx, sentence)
    ):
        return
    start = 1 if the and len(tokens) > 1 else 0
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
    if (
        end is None
        or quoted_outside_aside(sentence, end)
        or not item_place_described(tokens, end)
        or field_label(ctx, sentence, start, end)  # "Remarks: ...", a log's field
    ):
        return
    if not list_of_names(ctx, sentence) or spec_list(ctx, sentence):
        return  # "I-vi-IV-V", "borrowed iv", "return via V7": notes, not places
    site = listed_site(tokens, start, end)  # "Kelso, Bridge Street: ..."
    if site is not None and place_at(ctx, sentence, site) is not None:
        inside = ctx.locations[ctx.sentence_places[-1]]
        inside["region"] = inside["region"] or sentence.span(start, end)
        return
    place_at(ctx, sentence, start)


def list_of_names(ctx, sentence):
    """Whether half the items of the sentence's list or more start with a name ("X",
    "the X"): a list of places, not one of notes or tags that start lowercase."""
    items = list_items(ctx, sentence)
    if not items:
        return True
    named = [item for item in items if re.match(r"(?:the\s)?[^\W_a-z]", item)]
    return len(named) * 2 >= len(items)


def under_where_heading(ctx, sentence):
    """Whether the list comes right under a heading that asks "Where" or speaks of
    filming ("Where they shot it", "Locations"), not "Where to buy it"."""
    body = ctx.post.body
    kind, value = body[sentence.paragraph - 1] if sentence.paragraph else ("", "")
    text = (
        value.get("text", "") if kind == "heading" and isinstance(value, dict) else ""
    ).strip()
    return bool(WHERE_HEADING_RE.fullmatch(text) or about_shooting_last(text))


def identified_locations(ctx, sentence):
    """In a sentence about filming (or right after one): "The junkyard is in X", "the
    hill where they raise the dish is X", "The hospital exteriors are the old X in Y",
    "the dining hall is the old lodge at X"."""
    tokens = sentence.tokens
    for index in range(1, len(tokens) - 1):
        if tokens[index].text not in ("is", "are", "was", "were"):
            continue
        if not (filming_said(ctx, sentence, index) or in_shots(tokens, index)):
            continue
        start = predicate_place(tokens, index + 1)
        # "the X sequence, with the Y, is"; "The X (shots 20 to 26) was"
        subject_end = before_bracket(tokens, before_aside(tokens, index))
        subject = place_subject(tokens, subject_end) if start is not None else ""
        subject = bit_subject(tokens, subject_end, subject)  # "the seaside bit is X"
        subject = subject or start is not None and story_scene_subject(tokens, index)
        if (
            not subject
            or tokens[index + 1].text.lower() in ("not", "never")  # "is NOT X"
            or sentence.inside_quote(tokens[start].start)
            or is_work_or_person(ctx, sentence, start)
            or IN_THE_STORY_RE.search(sentence.norm[tokens[start].start :])
        ):
            continue  # "The town is X in the story": the story's place
        if HEARSAY_RE.search(sentence.norm[: tokens[index].start]) or reported(
            sentence.norm[: tokens[index].start]
        ):
            suggest_asked(ctx, sentence, start, hearsay=True)  # "Myth: the pier is X"
            continue
        end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
        name = sentence.span(start, end)
        if person_after(sentence, end) or performing(sentence, end):
            continue  # "The chase is Ann Dove at her best", "X doing “Song”": a person
        if (
            subject == "place"
            or filmed_then_named(sentence, index, name)
            or located_and_contrasted(ctx, sentence, index, end)  # "X in Y"
            or seen_in_shots(tokens, index, start, end)  # "the ridge in the wide shots"
            or real_one(tokens, index)  # "The gas station was a real one in X"
            or played_after(sentence, end)  # "The pool is the X, playing Y"
        ):
            place_at(ctx, sentence, start)
            continue
        if place_ok(ctx, name, tokens[start]) and match_key(name) not in ctx.locations:
            defer_identity(ctx, sentence, start, end, name)  # place_paired_clauses


def before_aside(tokens, verb):
    """Where the subject ends before an aside that closes right before ``verb``: "The
    Rio sequence, with the carnival float, is" (the comma after "sequence"); else
    ``verb``."""
    if not (verb > 1 and tokens[verb - 1].text == ","):
        return verb
    for back in range(verb - 2, max(0, verb - 14), -1):
        if tokens[back].text == ",":
            aside = tokens[back + 1].text.lower() in ASIDE_OPENERS
            return back if aside else verb
    return verb


# "The villa, which I'd assumed was in X, is Y": an aside, too.
ASIDE_OPENERS = frozenset("with including like especially complete which".split())


def filmed_then_named(sentence, verb, name):
    """Whether "..., and the long aerial shot of the bridge is X" follows a clause of
    the same sentence that says where it was shot, and X says it is a place ("the
    Marrow Viaduct"): a place, though its subject is no place word."""
    return bool(
        (named_place(name) or NAMED_TARGET_RE.search(name))
        and re.search(
            r",\s(?:and|while)\sthe\s[^,;]*$",
            sentence.norm[: sentence.tokens[verb].start],
        )
        and about_shooting_last(sentence.norm[: sentence.tokens[verb].start])
    )


def resolve_places(ctx):
    """Once the whole post is read: places as the post finally gives them. A place
    named short before it is named in full ("the Walled City ... shoot inside the
    Kowloon Walled City") is the full one; a stand-in too unsure for a fact ("Toronto
    stood in for Chicago") is one when the post later says it was filmed there. A
    country, state or region named beside places inside it is their region."""
    drop_containers(ctx)
    drop_towns_of_quarters(ctx)
    drop_towns_of_sites(ctx)
    broad_stand_ins(ctx)
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
    regions = {match_key(location["region"]) for location in ctx.locations.values()}
    for key, location in list(ctx.locations.items()):
        # "shot it around Chicago: ... Chicago's Pilsen": the town is Pilsen's region.
        if key in regions and not location["stood_in_for"]:
            del ctx.locations[key]
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
