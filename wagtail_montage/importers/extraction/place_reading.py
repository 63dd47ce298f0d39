"""Reading the words around a filming place: where a list of places goes on ("and Y",
", and the interiors at Y"), where a place starts a few words after "filmed", where
its name ends ("Lower Bay station"), a question that only asks."""

from .lexicon import CLOSE, PLACE_CONNECTORS
from .place_distance_commas import place_after_way
from .place_route_overs import SHORE_NOUNS, way_over
from .place_time_words import from_named_place, time_word
from .place_words import (
    FILMED_PREPOSITIONS,
    NOT_FILMING_WORDS,
    NOT_SKIPPED,
    SCENE_WORDS,
    place_noun,
)
from .sentences import run_forward

# A lowercase word that ends a place's name: "the Durango and Silverton railroad".
# A lowercase noun after "X and Y" that makes both one place's name: "the Durango and
# Silverton railroad", "the old Hale and Sons distillery" (a works named after its
# founders).
PLACE_NOUNS = frozenset(
    """
    railroad railway line canal bridge highway distillery brewery winery mill mills
    factory works foundry tannery cannery warehouse shipyard store building
    """.split()
)

# A lowercase noun that makes the name before it say when or how, not where.
STYLE_NOUNS = frozenset(
    """
    style era week weekend holidays season fashion mode format stock footage look
    tradition manner spirit vein colour color version cut
    """.split()
)

# A lowercase noun that ends a place's name: "Lower Bay station", "Clacton pier".
NAME_HEADS = frozenset(
    {"station", "pier", "airport", "lighthouse", "garage", "depot", "peninsula"}
)
# A lowercase word that says what a name's head serves: "Holloway bus garage",
# "Oakworth railway station".
HEAD_MODIFIERS = frozenset("bus train railway tram coach ferry lifeboat".split())

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
        "Town",  # "the Old Town of X"
        "Vieja",  # "the Ciudad Vieja of X", "the Casco Viejo of Y"
        "Viejo",
    }
)

# The words a yes-or-no question starts with: "Was it filmed in X?"
QUESTION_STARTS = frozenset("was were is are did does do has have had".split())


def filmed_next(tokens, end):
    """Whether "and filmed" or "and shot" follows the place ending at ``end``."""
    return (
        end is not None
        and end + 1 < len(tokens)
        and tokens[end].text == "and"
        and tokens[end + 1].text in ("filmed", "shot")
    )


def past_brackets(tokens, index):
    """Where a list goes on after an aside in brackets at ``tokens[index]``: "in X
    (before it went touristy) and at Y"."""
    if index < len(tokens) and tokens[index].text == "(":
        for ahead in range(index + 1, min(len(tokens), index + 20)):
            if tokens[ahead].text == ")":
                return ahead + 1
    return index


def asked(sentence):
    """Whether the sentence is a yes-or-no question ("Q: Was any of it shot in X?")."""
    words = [token.text for token in sentence.tokens if token.word]
    words = words[1:] if words[:1] == ["Q"] else words
    return (
        sentence.norm.rstrip().rstrip(CLOSE + "\"'").endswith("?")  # "?" in quotes
        and bool(words)
        and words[0].lower() in QUESTION_STARTS
    )


# The last words of a filming phrase after which "up" or "down" says where, not how:
# "were done down the coast at X", "did the big scenes up at X", "was filmed down at
# X" (not "shot down in X": a shooting).
UP_OR_DOWN_AFTER = frozenset(
    "done staged scene scenes sequence sequences footage exteriors interiors filmed"
    " lensed".split()
)


def shore_or_place(tokens, noun):
    """Whether ``tokens[noun]`` before "of" names a place or part of one: "the roads
    of X", or "the shore of X" (not "the Ontario shore of X": X is then the region
    of the place named before)."""
    if tokens[noun].text == "shore":
        return tokens[noun - 1].text == "the"
    return place_noun(tokens[noun].text.lower())


def ahead_place(tokens, index, down=False):
    """Where the place starts a few lowercase words after a filming phrase: "a few
    miles down the coast at X", "the corniche roads above X", "the streets of X"; or
    None ("shot dead in X", "filmed Madonna in X", "shot in the style of X")."""
    for ahead in range(index, min(len(tokens) - 1, index + 8)):
        token, after = tokens[ahead], tokens[ahead + 1]
        word = token.text.lower()
        if ahead > index and place_after_way(tokens, ahead) is not None:
            return place_after_way(tokens, ahead)  # "miles to the south, at X"
        year = time_word(tokens, ahead)  # "shot over 23 days in May 1997 at X"
        named = (
            after.cap
            and not time_word(tokens, ahead + 1)
            or (
                after.text == "the"
                and ahead + 2 < len(tokens)
                and tokens[ahead + 2].cap
            )
        )
        if named and (
            word in FILMED_PREPOSITIONS
            or way_over(tokens, ahead)  # "on the road over X"
            or word == "of"
            and ahead > index
            and shore_or_place(tokens, ahead - 1)
            or word == "from"
            and ahead == index
            and from_named_place(tokens, ahead + 1)  # "filmed from X Bay"
        ):
            return ahead + 1
        if (
            token.cap
            and not year
            or not token.text.replace("-", "").isalpha()
            and not year
            or word in NOT_SKIPPED
            and not (word == "for" and after.text == "real")  # "shot for real on X"
            or word in NOT_FILMING_WORDS
            and tokens[ahead - 1].text not in ("a", "the")  # "on a set in X"
            or word in ("down", "up")
            and ahead == index
            and not down  # "shot down in X"; not "were done down the coast at X"
            and not (word == "up" and after.text in ("on", "at"))  # "shot up on X"
            and after.text != "the"  # "shot down the road in X"
        ):
            return None
    return None


# A word of nearness between "and" and a list's next place: "X and neighbouring Y".
NEARBY_WORDS = frozenset("neighbouring neighboring nearby adjacent adjoining".split())


# What may follow the last name of a list of places: "in X and Y, for the ...", "in X
# and Y over a wet month"; not a verb ("and Y hated it").
LIST_ENDS = frozenset(
    """
    , . ; : ( ) ? ! - — – and or for in on at over during with to where
    which as instead too respectively both alone itself themselves near outside
    across along around throughout before after from by while when though but
    below above beyond nearby
    """.split()
)


def listed_name(tokens, index):
    """Whether the name at ``tokens[index]`` ends a list rather than starts a clause:
    "in X and Y over a month", "and Y, for the ...", not "and Y was there"."""
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    return end is None or end >= len(tokens) or tokens[end].text.lower() in LIST_ENDS


def next_place(tokens, index):
    """Where a further place of the same list starts: "and Y", ", and at Y", ", and
    the mission control scenes at Y", ", the naval scenes at Y", "; the exteriors in
    Y" (the verb left out), "and the bar where the brawl happens was in Y"."""
    comma = index < len(tokens) and tokens[index].text in (",", ";")
    index += comma
    scenes = True
    if index < len(tokens) and tokens[index].text in ("and", "plus"):
        index += 1
        # "at X and neighbouring Y", "on X and beside Y"
        index += (
            index + 1 < len(tokens)
            and tokens[index + 1].cap
            and (
                tokens[index].text in NEARBY_WORDS
                or tokens[index].text in FILMED_PREPOSITIONS
            )
        )
        if index < len(tokens) and tokens[index].cap:
            # "in X and Y", not "in X, and Madonna hated it" (a new clause)
            return index if listed_name(tokens, index) else None
    elif comma and index < len(tokens) and tokens[index].text == "with":
        index += 1  # ", with a few more in Y", ", with a week in Y's Z"
    elif not (comma and index < len(tokens) and tokens[index].text == "the"):
        return None
    else:  # ", the naval scenes at Y", not an aside: ", the town next to Y"
        scenes = False
    for ahead in range(index, min(len(tokens) - 1, index + 10)):
        word = tokens[ahead].text
        scenes = scenes or word.lower() in SCENE_WORDS
        if (
            word in LIST_PREPOSITIONS
            or heading_to(tokens, index, ahead)
            or word == "of"  # "and along the shore of Y"
            and ahead > index
            and tokens[ahead - 1].text in SHORE_NOUNS
        ):
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
            or word in PEOPLE_WORDS
        ):
            return None
    return None


# The prepositions a further place of a list follows: "and at Y", "and under the Y".
LIST_PREPOSITIONS = frozenset(
    {"at", "in", "on", "aboard", "near", "along", "under", "beneath", "across", "over"}
)
# A direction before "to" right after "and": "filmed across X and down to Y".
DIRECTIONS = frozenset({"down", "up", "over", "out", "across", "along"})


def heading_to(tokens, index, ahead):
    """Whether ``tokens[ahead]`` is the "to" of "and down to Y", "and out to Y" (a
    direction right after the "and" of a list); not "and moved to Y"."""
    return (
        tokens[ahead].text == "to"
        and ahead == index + 1
        and tokens[index].text in DIRECTIONS
    )


# Words for people that start a clause about them, not a further place of a list: ",
# and nobody in X has forgiven us".
PEOPLE_WORDS = frozenset("nobody everybody everyone anyone someone somebody".split())


def name_end(tokens, end):
    """Where a place's name ends past lowercase words that are part of it: "the
    disused Lower Bay station", "the Durango and Silverton railroad"."""
    if end < len(tokens) and tokens[end].text in NAME_HEADS:
        return end + 1
    if (
        end + 1 < len(tokens)
        and tokens[end].text in HEAD_MODIFIERS
        and tokens[end + 1].text in NAME_HEADS
    ):
        return end + 2
    if end + 2 < len(tokens) and tokens[end].text == "and" and tokens[end + 1].cap:
        joined = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
        if joined < len(tokens) and tokens[joined].text.lower() in PLACE_NOUNS:
            return joined + 1
        if tokens[joined - 1].text in LINE_HEADS:
            return joined  # "the Forth and Clyde Canal"
        if joined == end + 2 and {tokens[end - 1].text, tokens[end + 1].text} <= (
            TRADE_HEADS
        ):
            return joined  # "Ned's Motel and Café", "the Anchor Bar and Grill"
    return end


# The last word of a line named after both its ends: "the Forth and Clyde Canal".
LINE_HEADS = frozenset("Railway Railroad Canal Navigation Tramway".split())
# Two trades one place is named after: "Ned's Motel and Café", "the Anchor Bar and
# Grill".
TRADE_HEADS = frozenset(
    """
    Motel Hotel Café Cafe Bar Grill Diner Restaurant Inn Saloon Lounge Spa Tavern
    Suites Pub Brewery Bakery Kitchen
    """.split()
)


def plural_possessive(tokens, end):
    """Whether the name ending before ``tokens[end]`` owns the next: "New Orleans'
    French Quarter", "Athens' Plaka"."""
    return (
        end is not None
        and end + 1 < len(tokens)
        and tokens[end].text == "'"
        and tokens[end - 1].text.endswith("s")
        and tokens[end - 1].end == tokens[end].start
        and tokens[end + 1].cap
    )


def area_of(tokens, start, end):
    """The index of "of" in "North Shore of Oahu" (a part of a town, then the town),
    or None: "Isle of Wight" and "Bay of Pigs" are names whole."""
    for index in range(start + 1, end - 1):
        if tokens[index].text == "of":
            if tokens[index - 1].text in AREA_WORDS and tokens[index + 1].cap:
                return index
            return None
    return None


def area_name(sentence, start, end, region):
    """The name between ``start`` and ``end`` and its region: "the Old Town of X" is
    the Old Town, in X; any other name is whole, with ``region``."""
    of = area_of(sentence.tokens, start, end)
    if of is None:
        return sentence.span(start, end), region
    return sentence.span(start, of), region or sentence.span(of + 1, end)


# Compass words before a state in "the X country of eastern Y".
COMPASS_WORDS = frozenset(
    """
    northern southern eastern western central upper lower north south east west
    northeastern northwestern southeastern southwestern
    """.split()
)


def region_of_country(tokens, end):
    """Where Y starts and ends in "country of (eastern) Y" after the name before
    ``tokens[end]`` ("the Marrow country of eastern New Mexico"); or None."""
    if not (
        end + 2 < len(tokens)
        and tokens[end].text == "country"
        and tokens[end + 1].text == "of"
    ):
        return None
    index = end + 2
    index += index + 1 < len(tokens) and tokens[index].text in COMPASS_WORDS
    if not tokens[index].cap:
        return None
    return index, run_forward(tokens, index, PLACE_CONNECTORS, max_words=4)
