"""How wide a place is: a country, state or region named beside the places inside it
("shot in Austria: in X, and in Y", "filmed in Z. The harbour scenes were shot in W")
is their region, not a filming location of its own; "filmed in X, at the Y" names Y
inside X."""

import re

from django.utils.translation import gettext as _

from .lexicon import CANADIAN_PROVINCES, COUNTRIES, PLACE_CONNECTORS, US_STATES
from .place_among import among_at
from .place_broad_names import named_region
from .place_reading import LINE_HEADS, listed_name
from .place_site_stand_ins import played_site
from .place_words import POSITION_NOUNS, named_place
from .sentences import run_forward

# Regions within a country that a post names as it names a state: counties, provinces,
# historic regions. Not towns: a town may be the only place a post gives.
REGIONS = frozenset(
    """
    Cornwall Devon Dorset Somerset Kent Sussex Essex Norfolk Suffolk Yorkshire
    Lancashire Cumbria Northumberland Cheshire Derbyshire Shropshire Herefordshire
    Gloucestershire Wiltshire Hampshire Surrey Cotswolds Highlands Lowlands Midlands
    Provence Brittany Normandy Burgundy Alsace Dordogne Corsica Tuscany Umbria Sicily
    Sardinia Lombardy Piedmont Liguria Apulia Calabria Campania Veneto Bavaria Saxony
    Andalusia Andalucia Catalonia Galicia Castile Asturias Flanders Wallonia Transylvania
    Patagonia Siberia Anatolia Bohemia Moravia Tyrol Lapland Jutland Outback Queensland
    Tasmania Hokkaido Kyushu Okinawa Bali Java Sumatra Borneo Punjab Kashmir
    Goa Kerala Rajasthan Lazio Abruzzo Molise Basilicata Marche Friuli Trentino
    Extremadura Navarre Aragon Cantabria Languedoc Auvergne Aquitaine Picardy
    Thuringia Hesse Swabia Franconia Westphalia
    """.split()
) | frozenset(
    {
        "New South Wales",
        "Western Australia",
        "South Australia",
        "Northern Territory",
        "the Highlands",
        "Scottish Highlands",
        "Lake District",
        "Peak District",
        "West Country",
        "East Anglia",
        "French Riviera",
        "Cote d'Azur",
        "Basque Country",
        "Black Forest",
        "Upstate New York",
    }
)
# How far after a broad place the places inside it may come, in sentences.
SCOPE_SENTENCES = 2


def broad(name):
    """Whether a place's name is a country, a state or a region."""
    name = name.removeprefix("the ")
    return bool(
        name in US_STATES
        or name in COUNTRIES
        or name in CANADIAN_PROVINCES
        or name in REGIONS
        or RANGE_RE.search(name)
        or COUNTY_RE.fullmatch(name)
        or named_region(name, broad)  # "North Yorkshire", "the Yorkshire Dales"
    )


# A county or a province by its name: "County Kerry", "Marin County", "Province of X".
COUNTY_RE = re.compile(
    r"(?:County|Province|Prefecture)\s[A-Z][\w'-]+|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?"
    r"\s(?:County|Province|Prefecture)|Province\sof\s[A-Z][\w'-]+"
)


# A mountain range, a region the places a post names next lie in: "the Canadian
# Rockies", "the Glarus Alps", "the Black Mountains".
RANGE_RE = re.compile(
    r"(?:Rockies|Alps|Mountains|Dolomites|Pyrenees|Andes|Ranges|Tablelands|Uplands)$"
)


def narrower_at(tokens, index):
    """Where a place inside the one just named starts, from ``tokens[index]`` right
    after it: "filmed in X, at the Y", "in X, in the Y", "shot in X: in Y", "in X over
    the winter of 1976: in Y"; or None. A town after a town ("in X, in Y") is a list."""
    if index + 3 < len(tokens) and tokens[index].text == ",":
        if (
            tokens[index + 1].text in ("in", "at", "on", "inside")
            and tokens[index + 2].text == "the"
        ):
            if tokens[index + 3].cap:
                # not "at X, on the Y Railway": the line X is on, not a place in X;
                # not "in X, in the West Midlands": the region X is in
                wider = line_named(tokens, index + 3) or region_named(tokens, index + 3)
                return None if wider else index + 2
            if position_of(tokens, index + 3):
                return index + 5  # "filmed in X, at the foot of Y"
        # "in X, mostly around Y"; "in X, among the stalls of the Y Market"
        return around_at(tokens, index + 1) or among_at(tokens, index + 1)
    for ahead in range(index, min(len(tokens) - 2, index + 8)):
        text = tokens[ahead].text
        if text == ":":
            after = tokens[ahead + 1].text
            if after in ("in", "at", "on") and (
                tokens[ahead + 2].cap or tokens[ahead + 2].text == "the"
            ):
                return ahead + 2
            return ahead + 1 if site_named(tokens, ahead + 1) else None
        if tokens[ahead].cap and not text.isdigit() or not text.isalnum():
            return None
    return None


def region_named(tokens, index):
    """Whether the capitalised run at ``tokens[index]`` is a region, whole or by its
    last word ("the Peak District", "the West Midlands", "the Scottish Highlands"):
    the region of the place before it, never a site inside that place."""
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=4)
    if end is None:
        return False
    name = " ".join(token.text for token in tokens[index:end])
    return broad(name) or name.split()[-1] in REGIONS


def site_named(tokens, index):
    """Whether a site that says what it is starts at ``tokens[index]`` and ends its
    clause: "New York: Madison Avenue, grabbed by ..." (not "Leeds: Kev loved it")."""
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    return (
        end is not None
        and tokens[index].cap
        and named_place(" ".join(token.text for token in tokens[index:end]))
        and (end == len(tokens) or tokens[end].text in (",", ".", ";"))
    )


def line_named(tokens, index):
    """Whether the name at ``tokens[index]`` is a railway or canal ("the Bluebell
    Railway"): a line a station is on, broader than it."""
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    return end is not None and tokens[end - 1].text in LINE_HEADS


def position_of(tokens, index):
    """Whether ``tokens[index]`` starts "foot of Y", a part of the place after "of"
    ("filmed in X, at the foot of Y", "at the top of Y")."""
    if (
        index + 2 < len(tokens)
        and tokens[index].text in POSITION_NOUNS
        and tokens[index + 1].text == "of"
        and tokens[index + 2].cap
    ):
        return True
    return False


# Words that say the places after them are within the town: "in X, mostly around Y",
# "in X, along the Y", "in X, chiefly in Y".
WITHIN_ADVERBS = frozenset(
    "mostly largely mainly chiefly principally especially particularly".split()
)
WITHIN_PREPOSITIONS = frozenset({"around", "along", "inside", "within"})


def around_at(tokens, index):
    """Where the place inside a town starts at ``tokens[index]`` after its comma:
    "mostly around Y", "along the Y", "chiefly in Y"; or None ("in Y": a list)."""
    adverb = index < len(tokens) and tokens[index].text in WITHIN_ADVERBS
    index += adverb
    if index + 1 >= len(tokens):
        return None
    word = tokens[index].text
    if not (word in WITHIN_PREPOSITIONS or adverb and word in LIST_PREPOSITIONS):
        return None
    after = index + 1 + (tokens[index + 1].text == "the")
    return index + 1 if after < len(tokens) and tokens[after].cap else None


def later_in_list(tokens, index, next_at):
    """Where the next place of a list starts past an aside about the last one: "in X,
    which plays itself, and in Y", "at X, for the harbour, and at Y", "at X, which
    plays Z, and the air scenes at Y" (``next_at`` reads from the comma), also past
    the island or town of X ("at X on Y, which plays Z, and at W"); or None."""
    if index + 2 < len(tokens) and tokens[index].text in ("on", "in"):
        name = index + 1 + (tokens[index + 1].text == "the")  # "on the Salton Sea"
        end = run_forward(tokens, name, PLACE_CONNECTORS, max_words=4)
        index = end if tokens[name].cap and end is not None else index
    if not (
        index + 1 < len(tokens)
        and tokens[index].text == ","
        and (
            tokens[index + 1].text in ("which", "where", "for")
            or lowercase_aside(tokens, index + 1)  # "at X, under its glass roof, and"
        )
    ):
        return None
    for ahead in range(index + 2, min(len(tokens) - 3, index + 40)):
        text = tokens[ahead].text
        if text in (";", ":", ".", "?", "!"):
            return None
        if (
            text == ","
            and tokens[ahead + 1].text in ("and", "with")
            and not tokens[ahead + 2].cap  # not "..., and Kev loved it"
            and next_at(tokens, ahead) is not None
        ):
            return next_at(tokens, ahead)
    return None


# The first words of an aside in lowercase words that says where in a place: "at X,
# under that glass roof, and the arrivals at Y".
ASIDE_PREPOSITIONS = frozenset({"under", "beneath", "below", "inside", "beside"})


def lowercase_aside(tokens, index):
    """Whether ``tokens[index:]`` is an aside such as "under that glass station roof,":
    a preposition of where, then lowercase words up to a comma."""
    if tokens[index].text not in ASIDE_PREPOSITIONS:
        return False
    for ahead in range(index + 1, min(len(tokens), index + 8)):
        if tokens[ahead].text == ",":
            return ahead > index + 1
        if not (tokens[ahead].text.isalpha() and tokens[ahead].text.islower()):
            return False
    return False


LIST_PREPOSITIONS = ("in", "at", "on")
ITEM_PREPOSITIONS = frozenset({"in", "at", "on", "along", "near", "outside", "inside"})


def colon_items(tokens, colon):
    """Where the places start in a list of scenes after a colon: "filmed there: the
    first kiss in X, the row on the Y and the wedding at Z"; [] when the words after
    the colon are no such list."""
    starts, index = [], colon + 1
    while index < len(tokens):
        index += tokens[index].text == "the"
        for ahead in range(index, min(len(tokens) - 1, index + 5)):
            word = tokens[ahead].text
            if (
                word in ITEM_PREPOSITIONS
                or word == "of"
                and ahead == index + 1
                and (
                    tokens[index].text in QUANTITY_WORDS  # "lots of Y"
                )
            ):
                name = ahead + 1 + (tokens[ahead + 1].text == "the")
                if name < len(tokens) and tokens[name].cap:
                    starts.append(ahead + 1)
                    index = run_forward(tokens, name, PLACE_CONNECTORS, max_words=6)
                    index = past_description(tokens, index)
                    break
                return starts
            if not (word.isalpha() and word.islower()):
                return starts
        else:
            return starts
        if index < len(tokens) and tokens[index].text not in (",", "and"):
            return starts  # "the climax on Y down in the Z": Y's own region
        while index < len(tokens) and tokens[index].text in (",", "and"):
            index += 1
    return starts


# Words of how much of a place a list shows: "lots of Y", "plenty of Z".
QUANTITY_WORDS = frozenset({"lots", "plenty", "loads", "much", "most", "some"})


def past_description(tokens, index):
    """Where a list item goes on after its place's name: past "with the pastel
    hotels" up to the comma of the next item; ``index`` when no such words follow."""
    if not (index < len(tokens) and tokens[index].text == "with"):
        return index
    for ahead in range(index + 1, min(len(tokens), index + 7)):
        if tokens[ahead].text == ",":
            return ahead
        if not (tokens[ahead].text.isalpha() and tokens[ahead].text.islower()):
            return index
    return index


def town_in_list(tokens, index):
    """Where the next place starts in a list of names that ends with "and": "in X, Y
    and Z", "in X, in Y, and in Z" (from the comma after X); or None: "in X, Kev
    said"."""
    if not (index + 2 < len(tokens) and tokens[index].text == ","):
        return None
    start = index + 1 + (tokens[index + 1].text in LIST_PREPOSITIONS)
    at = start
    for _item in range(8):
        end = run_forward(tokens, at, PLACE_CONNECTORS, max_words=6)
        if end is None or end + 1 >= len(tokens):
            return None
        end += tokens[end].text == "," and tokens[end + 1].text == "and"
        if tokens[end].text == "and":
            last = end + 1 + (tokens[end + 1].text in LIST_PREPOSITIONS)
            named = last < len(tokens) and tokens[last].cap
            # not "in X, Kev, Dave and Sam said": a list of people
            return start if named and listed_name(tokens, last) else None
        if tokens[end].text != ",":
            return None
        at = end + 1 + (tokens[end + 1].text in LIST_PREPOSITIONS)
    return None


def slot_of(ctx, location):
    for slots in ctx.slots.values():
        for slot in slots:
            if slot.kind == "location" and slot.value is location and slot.keep:
                return slot
    return None


def drop_containers(ctx):
    """A country, state or region with places named inside it, in its sentence after
    it or in the next two: their region, not a place ("It was filmed in Japan. The
    Tokyo scenes were shot in X"); a broad place named alone stays one."""
    found = []
    for key, location in ctx.locations.items():
        slot = slot_of(ctx, location)
        if slot is not None:
            found.append((slot.order, key, location, slot))
    for order, key, location, slot in found:
        if location["stood_in_for"] or not broad(location["name"]):
            continue
        inside = [
            other
            for other_order, other_key, other, _slot in found
            if other_key != key
            and not broad(other["name"])
            and other_order > order
            and other_order[0] <= order[0] + SCOPE_SENTENCES
        ]
        if not inside:
            continue
        for other in inside:
            other["region"] = other["region"] or location["name"]
        del ctx.locations[key]
        slot.keep = False


def broad_stand_ins(ctx):
    """A country, state or region that played another after the post named places
    of its own ("... shot on the X Pier. California pretending to be New Jersey,
    iconic."), or that was filmed in more than two sentences after them ("... at X
    and Y. Our ruling: it was filmed in Wales, not Cornwall"): a summary of them, a
    suggestion rather than a place. Said first ("Wyoming doubled for the Soviet
    Union. The farm was filmed in X"), it stays."""
    found = [
        (slot_of(ctx, location), key, location)
        for key, location in ctx.locations.items()
    ]
    found = [(slot, key, location) for slot, key, location in found if slot is not None]
    for slot, key, location in found:
        if not broad(location["name"]):
            continue
        gap = 0 if location["stood_in_for"] else SCOPE_SENTENCES
        if not any(
            other_slot.order[0] + gap < slot.order[0] and not broad(other["name"])
            for other_slot, _key, other in found
        ):
            continue
        del ctx.locations[key]
        slot.keep = False
        message = (
            _("Possible location: %(name)s, standing in for %(target)s")
            % {"name": location["name"], "target": location["stood_in_for"]}
            if location["stood_in_for"]
            else _("Possible location: %(name)s") % {"name": location["name"]}
        )
        ctx.suggest_line(
            message,
            slot.sentence,
            "location",
            dict(location),
        )


# The first word of a town's quarter named after it: "Old Montreal", "Downtown Reno".
QUARTER_PREFIXES = frozenset(
    "old downtown uptown midtown central historic inner".split()
)


def drop_towns_of_quarters(ctx):
    """A town filmed beside a quarter named after it ("shot in Quebec. Old Quebec
    stands in for Paris"): the quarter's region, not a place of its own."""
    for key, location in list(ctx.locations.items()):
        if location["stood_in_for"]:
            continue
        quarters = [
            other
            for other_key, other in ctx.locations.items()
            if other_key.endswith(" " + key)
            and other_key.split()[0] in QUARTER_PREFIXES
            and len(other_key.split()) == len(key.split()) + 1
        ]
        slot = slot_of(ctx, location)
        if not quarters or slot is None:
            continue
        for other in quarters:
            other["region"] = other["region"] or location["name"]
        del ctx.locations[key]
        slot.keep = False


def drop_towns_of_sites(ctx):
    """A town said to be where the film was shot, then sites named for what they are
    and given no town of their own in the next sentences ("It was shot in Leeds. The
    fight is at the Kirkgate Market"): their town, not a place of its own."""
    found = [
        (slot.order, key, location, slot.sentence)
        for key, location in ctx.locations.items()
        for slot in [slot_of(ctx, location)]
        if slot is not None
    ]
    for order, key, location, sentence in found:
        name = location["name"]
        if (
            location["stood_in_for"]
            or broad(name)
            or location["region"]
            or named_place(name)
            or not re.search(rf"\b(?:in|around)\s{re.escape(name)}\b", sentence)
        ):
            continue  # not a town the film was shot in: "at the X Bowl"
        # "The filming was in X: the montage goes down Y Street": the sites after
        # the colon are inside X too.
        colon = re.search(rf"\b(?:in|around)\s{re.escape(name)}\s?:", sentence)
        first = order[:2] if colon else (order[0] + 1,)
        sites = [
            other
            for other_order, other_key, other, _sentence in found
            if other_key != key
            and first <= other_order[:2]
            and other_order[0] <= order[0] + SCOPE_SENTENCES
            and not other["region"]
            and (named_place(other["name"]) or played_site(other))  # "a housing estate"
        ]
        if not sites:
            continue
        for other in sites:
            other["region"] = location["name"]
        del ctx.locations[key]
        slot_of(ctx, location).keep = False
