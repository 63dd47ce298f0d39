"""Stand-ins: "X doubled for Y", "X stood in for Y", "X, which plays Y", "X had to play
Y"; X is a filming location, Y what it played."""

import re

from ..prose import match_key
from .lexicon import (
    CANADIAN_PROVINCES,
    COUNTRIES,
    PLACE_CONNECTORS,
    US_STATES,
)
from .place_cues import STILL_IMAGE_RE
from .place_elsewhere import placed_in_post
from .place_items import headed, headed_name, list_colon
from .place_names import (
    canonical_name,
    is_work_or_person,
    place_ok,
    possessive_owner,
)
from .place_reading import area_name
from .place_scope import broad
from .place_stop_headings import stop_mentioned
from .place_words import (
    NEIGHBOURHOOD_WORDS,
    PLACE_AUXILIARIES,
    POSITION_NOUNS,
    TARGET_PLACE_NOUNS,
    named_place,
    negated,
    place_like,
    target_place_like,
)
from .sentences import run_backward, skip_stop_starts
from .stand_in_asides import ASIDE_STARTS, apposed_place, apposition_start
from .stand_in_both import both_played, numbered_end
from .stand_in_copula import place_subject
from .stand_in_described import described_site_place
from .stand_in_fiction_names import fiction_named
from .stand_in_head_nouns import head_named
from .stand_in_heads import headed_start, kind_named
from .stand_in_inner import inner_end, inner_place
from .stand_in_it_names import named_before_it
from .stand_in_mentioned import mentioned_noun, place_mentioned
from .stand_in_named_before import named_before
from .stand_in_part_of import part_of_named_site
from .stand_in_performed import doubled_matches
from .stand_in_place_heads import fictional_place, headed_place
from .stand_in_position_asides import position_aside_end, position_aside_start
from .stand_in_pronouns import previous_place, pronoun_target
from .stand_in_site_towns import site_before_town, site_end
from .stand_in_target_tails import without_film_tail
from .stand_in_targets import (
    present_use,
    stand_in_target,
    story_setting,
    suggest_stand_in,
    venue_target,
)
from .stand_in_town_sites import site_in_town
from .stand_in_verbs import film_named_target


def doubled_locations(ctx, sentence):
    """ "X doubled for Y", "X stood in for Y", "X, which stood in for Y", "X played Y":
    X is a location, Y what it played."""
    norm, tokens = sentence.norm, sentence.tokens
    for match in doubled_matches(ctx, sentence):
        verb = sentence.index_at(match.start())
        target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
        target = numbered_end(target)  # "Zone 9. The garage ...": "Zone 9"
        said = target  # "the fictional Castle X": a place of the story, as said
        target = fiction_named(target)  # "the fictional Tarnside": "Tarnside"
        target = without_film_tail(target)  # "a Lisbon hotel in the flashbacks"
        if both_played(ctx, sentence, match, target):
            continue  # "X and Y, both of which doubled for Z"
        name, start, region = stand_in_name(ctx, sentence, verb, target)
        # "The story's port is X, but Y plays it": X, when Y is a place filmed before
        target = target or pronoun_target(
            ctx, sentence, sentence.index_at(match.end()), start, name
        )
        if (
            not name
            or not target
            or sentence.person_context
            or negated(sentence, match.start())
            or present_use(sentence, match)  # "which doubles as a museum these days"
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
            or about_filming
            and (headed(name) or went_to(sentence, start))  # "Oakworth station played"
            or story_setting(ctx, sentence, target)  # "set in Y ... X played Y"
            or placed_in_post(ctx, sentence, name, start)  # "in X" elsewhere
            or (target_place_like(said) or fictional_place(said, target))
            and (placed_by_aside(tokens, start, verb) or headed_place(name))
            or place_subject(tokens, start)  # "That ridge is X playing Y"
            or kind_named(name)  # "Keleti railway station, also in Y, playing"
        ):
            continue
        if (
            SUPPOSED_RE.match(match.group(0))
            and not (
                target_place_like(target)
                or broad(
                    target
                )  # "which the film passes off as the Scottish Highlands"
                or sentence.filming_context
                and (target[:1].isupper() or venue_target(target))  # "a Newark disco"
                or film_named_target(match, target)  # "which the film presents as"
            )
        ):
            continue  # "Leeds, which was supposed to be a two-week shoot"
        if MEANT_RE.match(match.group(0)) and not IN_THE_FILM_RE.search(norm):
            continue  # "Leeds is meant to be a fun city": no word of the film
        name = fuller_name(sentence.norm[: match.start()], name)
        evidence = (
            known
            or regioned
            or place_like(name)
            or said_place(tokens, name, start)
            or target_place_like(target)
            or about_filming
            and not (not region and double_of_person(name, target))
            and not person_verb(
                match.group(0), name, target, in_town(tokens, start, region)
            )
            or story_setting(ctx, sentence, target)
            or placed_in_post(ctx, sentence, name, start)
            or place_subject(tokens, start)
        )
        if not evidence or not known and story_place(sentence, start):
            suggest_stand_in(ctx, sentence, name, target)
            continue
        ctx.offset = tokens[start].start if start is not None else 0
        location = ctx.location(sentence, name)
        ctx.sentence_places.append(match_key(name))
        location["stood_in_for"] = fuller_of(location["stood_in_for"], target)
        location["region"] = location["region"] or region
        if not location["country"] and name in US_STATES:
            location["country"] = "United States"


def fuller_of(found, target):
    """What a place played: the one found first, unless ``target`` describes it more
    fully ("the bar in the film is really X, playing a Chicago hotel bar")."""
    if found and " " not in found and target.lower().endswith(" " + found.lower()):
        return target
    return found or target


# A stand-in verb that may say something else of a place: "X, which is supposed to
# be Y" (a place only when Y is one).
SUPPOSED_RE = re.compile(
    r"(?:which\s)?(?:is|was|are|were)\s(?:supposed|meant)"
    r"|which\s(?:in\sthe|they\s(?:used|call)|the\s)|whose\s"
    r"|act(?:s|ed|ing)\sas",
    re.IGNORECASE,
)


# "X is meant to be Y" without "which": a stand-in only when the sentence says it is
# so in the film ("In the clip X is meant to be Y").
MEANT_RE = re.compile(r"(?:is|was|are|were)\s(?:supposed|meant)", re.IGNORECASE)
IN_THE_FILM_RE = re.compile(
    r"\bin\s(?:the|this)\s(?:film|movie|clip|video|story|script|picture)\b",
    re.IGNORECASE,
)


def described_comma(tokens, back):
    """The comma before "the tilted yellow boxes" when ``tokens[back]`` ends such a
    lowercase description after a name ("X, the tilted yellow boxes that"); or None."""
    for before in range(back, max(0, back - 6), -1):
        word = tokens[before].text
        if word in ("the", "a", "an"):
            comma = before - 1
            named = comma > 0 and tokens[comma - 1].cap
            if before < back and tokens[comma].text == "," and named:
                return comma
            return None
        if not (word.replace("-", "").isalpha() and word.islower()):
            return None
    return None


def fuller_name(before, name):
    """The place's full name when the words before its stand-in verb gave one that
    says it is a place ("Inside Hollow Rock State Park the crew ..., and Hollow Rock
    was made to look like"); else ``name``."""
    if not name:
        return name
    for match in re.finditer(
        rf"\b{re.escape(name)}((?:\s[A-Z][\w'-]+){{1,3}})", before
    ):
        full = name + match.group(1)
        if place_like(full) or named_place(full):
            return full
    return name


def placed_by_aside(tokens, start, verb):
    """Whether an aside after the name at ``tokens[start]`` places it in a named
    town: "X, down in Y, played", "X, just outside Y, played"."""
    if start is None:
        return False
    comma = next(
        (at for at in range(start, verb) if tokens[at].text == ","),
        None,
    )
    if comma is None or comma + 2 >= verb:
        return False
    words = [token.text for token in tokens[comma + 1 : verb]]
    preposition = next((at for at, word in enumerate(words) if word in LOCATIVE), None)
    return (
        words[0].lower() in ASIDE_STARTS
        and preposition is not None
        and preposition + 1 < len(words)
        and words[preposition + 1][:1].isupper()
    )


LOCATIVE = frozenset({"in", "near", "outside", "past", "beyond"})
# The words before a name that say one went there: "in and around X", "went to X".
WENT = frozenset("in at around near outside inside aboard".split())
MOTION = frozenset("went moved headed decamped out over down up".split())


def went_to(sentence, start):
    """Whether the name at ``tokens[start]`` is where the sentence went: "the shoot
    was in and around X, which played Y", "the scenes went to X, which played Y";
    not another work's shoot ("The remake was filmed in X, which played Y")."""
    tokens = sentence.tokens
    if start is None or start < 2:
        return False
    if STILL_IMAGE_RE.search(sentence.norm[: tokens[start].start]):
        return False
    before = tokens[start - 1].text.lower()
    return before in WENT or before == "to" and tokens[start - 2].text.lower() in MOTION


def said_place(tokens, name, start):
    """Whether the words say the name is a place's: "X High School", "RAAF Base X"
    (a place word in it), "a factory at X" (a place noun and "at" before it)."""
    return named_place(name) or (
        start is not None
        and start > 1
        and tokens[start - 1].text in ("at", "in")
        and tokens[start - 2].text in TARGET_PLACE_NOUNS
    )


# Words before a name that make it the story's place, not a filming one: "is set in
# X, which stands in for", "The town in the film, X, stands in for".
STORY_PLACE_RE = re.compile(
    r"(?:\b(?:set|takes\splace|is\slocated)\s(?:mostly\s|largely\s|entirely\s)?"
    r"(?:in|on|at)\s(?:the\s)?|\b(?:fictional|made-up|imaginary|invented"
    r"|in\sthe\s(?:film|story|script|novel|book|movie|show|video)),?\s"
    r"(?:(?:town|city|village|place|port|country|state|island)\s(?:of\s)?)?)$",
    re.IGNORECASE,
)


def story_place(sentence, start):
    """Whether the name at ``tokens[start]`` is said to be where the story is set or
    a made-up place ("The story is set in X, which stands in for Europe")."""
    if start is None:
        return False
    match = STORY_PLACE_RE.search(sentence.norm[: sentence.tokens[start].start])
    # "In the film, X is standing in for Y": X, the real place, plays Y there
    return bool(match) and not (match.start() == 0 and match.group(0)[:1] == "I")


# Stand-in verbs said of people as often as of places: "Kate pretends to be Cathy",
# "does a decent Marilyn", "was made up to look like", "subbed for", "dressed up as".
PERSON_VERB_RE = re.compile(
    r"pretend|does\sa|did\sa|doing\sa|made\sup|dressed|disguised|subbed|subs\b|act"
    r"|passe[sd]\sfor|pos(?:ed|es|ing)\sas|look\slike",
    re.IGNORECASE,
)


def in_town(tokens, start, region):
    """Whether the name at ``tokens[start]`` is a thing with "the" in a town (its
    region): "the Harlow Undercroft in Leeds pretending to be" (no person's name)."""
    return bool(region and start and tokens[start - 1].text.lower() == "the")


def person_verb(verb, name, target, placed=False):
    """Whether a stand-in verb that people do as well ("pretends to be") has nothing
    but talk of filming to say its subject is a place: no place word in the name
    ("X Bridge"), none in what it played ("a fishing village")."""
    return bool(
        PERSON_VERB_RE.search(verb)
        and not placed
        and not named_place(name)
        and not target_place_like(target)
    )


def double_of_person(name, target):
    """Whether "X doubled for Y" may be a stunt double's: two names of two words or
    more, neither saying it is a place ("Dale Rook doubled for Kurt Lane")."""
    return (
        len(name.split()) > 1
        and len(target.split()) > 1
        and target[:1].isupper()
        and not named_place(name)
        and not target_place_like(target)
        and not {name.split()[0], target.split()[0]} & PLACE_FIRST_WORDS
    )


# The first word of many a place's name, of no person's: "St Kilda", "Port Isaac".
PLACE_FIRST_WORDS = frozenset(
    """
    St St. Saint San Santa Port Fort Mount Lake Cape Point New North South East West
    Upper Lower Old El La Los Las Le Les Bad Glen Loch Ben Isle
    """.split()
)


# A time a place spent playing another, before the stand-in verb: "which spent six
# weeks pretending to be", "spends the whole film standing in for".
SPENT_RE = re.compile(
    r"\b(?:spent|spends|spend|spending)\s(?:[a-z-]{1,12}\s){0,4}(?:weeks?|months?"
    r"|days?|years?|summer|winter|film|movie|picture|shoot|runtime|act|reel|half)\s$",
    re.IGNORECASE,
)


def before_verb(sentence, verb):
    """The last token before a stand-in verb and its auxiliaries ("was even"), or
    before the time the place spent at it ("which spent six weeks pretending")."""
    tokens, back = sentence.tokens, verb - 1
    spent = SPENT_RE.search(sentence.norm[: tokens[verb].start]) if tokens else None
    if spent:
        back = sentence.index_at(spent.start()) - 1
    while back >= 0 and tokens[back].text.lower() in PLACE_AUXILIARIES:
        back -= 1
    return back


def stand_in_name(ctx, sentence, verb, target=""):
    """The place before a stand-in verb, its first token and its region: "Wyoming
    doubled", "Duluth, Minnesota, which also doubled", "X, standing in for", "the
    arena played" (the place just filmed), "the French Quarter in New Orleans"."""
    tokens = sentence.tokens
    back = before_in_the_film(tokens, before_verb(sentence, verb))
    if back > 1 and tokens[back].text == "to" and tokens[back - 1].cap:
        back -= 1  # "borrowed a courtyard in X to stand in for Y"
    site_of, site = described_site_place(ctx, sentence, back)
    if site_of:  # "filmed in X, in a warehouse loft that plays Y"
        return site_of, site, ""
    if back > 0 and tokens[back].text.lower() in ("which", "that"):
        back -= 1
    back = whose_comma(tokens, back)
    # "X, which doubled for"; "X (doubling for Y)"; a list item's "X: doubled for Y"
    if back >= 0 and (tokens[back].text in (",", "(") or list_colon(sentence, back)):
        return name_at_comma(ctx, sentence, back)
    if back >= 0 and tokens[back].text.lower().replace("\u2019", "'") in IT_WORDS:
        return pronoun_place(ctx, sentence, back, target)
    head = headed_name(tokens, back)  # "Oakworth station played": the station's name
    if (
        back > 0
        and (tokens[back].text in TARGET_PLACE_NOUNS or head)
        and tokens[back - 1].cap
        and tokens[back - 1].text not in ("The", "A", "An")  # "The harbour was"
        and not tokens[back - 1].possessive
    ):
        back -= 1  # "the old Marlow Street pier was dressed as", "X harbour plays"
    described = described_comma(tokens, back)
    if described is not None:  # "X, the tilted yellow boxes that stand in for Y"
        return name_before_comma(ctx, sentence, described)
    noun, pointed = mentioned_noun(tokens, back)
    if noun:  # "the arena played", "the bombing ranges out there doubled for"
        found = (
            head_named(ctx, sentence, back, noun)  # "the X Pier ... the pier plays"
            or place_mentioned(ctx, noun, pointed, named_before(ctx, sentence, back))
            or apposed_place(ctx, sentence, back)
            or stop_mentioned(
                ctx, noun
            )  # "The harbour town plays Y", under "Stop 1: X"
        )
        return found, None, ""
    if back > 0 and tokens[back].text in NEIGHBOURHOOD_WORDS and tokens[back - 1].cap:
        back -= 1  # "Berlin's Kreuzberg district played"
    start = run_backward(tokens, back, PLACE_CONNECTORS, max_words=6)
    if start is None:
        return "", None, ""
    start = skip_stop_starts(tokens, start, back + 1)
    if tokens[start].text == "The":
        start += 1
    region, start = possessive_owner(ctx, sentence, start, back + 1)
    # "the Old Town of X doubles as": the Old Town, in X
    name, region = area_name(sentence, start, back + 1 + head, region)
    town = region_before(tokens, start)
    if town is not None and broad(name):  # "Halifax, Nova Scotia stood in for"
        name, region, start = sentence.span(town, start - 1), name, town
    region = region or place_where(ctx, tokens, start)
    inner = inner_place(tokens, start)
    if inner is not None:  # "the French Quarter in New Orleans dressed up as"
        name, region = sentence.span(inner, inner_end(tokens, start)), name
        start = inner
    if (
        start > back
        or not place_ok(ctx, name, tokens[start])
        or is_work_or_person(ctx, sentence, start)
    ):
        return "", None, ""
    return canonical_name(ctx, name), start, region


def name_at_comma(ctx, sentence, comma):
    """The place before a stand-in's comma: the one an aside puts at a part of another
    ("X, at the head of Y, which"), or else the name before the comma or before its
    apposition."""
    placed = position_aside(ctx, sentence, comma)
    if placed[0]:
        return placed
    return name_before_comma(ctx, sentence, apposition_start(ctx, sentence, comma))


def position_aside(ctx, sentence, comma):
    """The place before an aside that puts it at a part of another, right before the
    stand-in's comma: "X, at the head of Y, which played" (X, in Y); or no name."""
    tokens = sentence.tokens
    start = (
        position_aside_start(ctx, tokens, comma) if tokens[comma].text == "," else None
    )
    if start is None:
        return "", None, ""
    start += tokens[start].text == "The"
    name = sentence.span(start, position_aside_end(tokens, start))
    if not place_ok(ctx, name, tokens[start]) or is_work_or_person(
        ctx, sentence, start
    ):
        return "", None, ""
    return canonical_name(ctx, name), start, ""


# "it" before a stand-in verb, with its "is" or not: "it plays", "it's doubling for".
IT_WORDS = frozenset({"it", "it's"})


def pronoun_place(ctx, sentence, it, target):
    """The place "it" stands for before a stand-in verb: the place just filmed in the
    sentence, or, when what it played is a place, the name the sentence gives one
    ("the village on the rock is X, but in the film it pretends to be a village")."""
    tokens = sentence.tokens
    before = sentence.norm[: tokens[it].start]
    filmed = [
        ctx.locations[key]["name"]
        for key in ctx.sentence_places
        if before.rfind(ctx.locations[key]["name"]) >= 0
    ]
    if filmed:
        return max(filmed, key=before.rfind), None, ""
    if not target_place_like(target):
        return "", None, ""
    found = named_before_it(ctx, sentence, it)
    if found[0] or it > 0:
        return found
    # "They did the big scenes at X. It was meant to be a prison in Brittany."
    return previous_place(ctx), None, ""


FILM_NOUNS = frozenset({"film", "movie", "picture", "story", "script", "clip", "video"})


def before_in_the_film(tokens, back):
    """Where the words before "in the film" end when ``tokens[back]`` ends it: "X,
    which in the film plays Y"; else ``back``."""
    if (
        back >= 3
        and tokens[back].text.lower() in FILM_NOUNS
        and tokens[back - 1].text.lower() in ("the", "this")
        and tokens[back - 2].text.lower() == "in"
    ):
        return back - 3
    return back


def whose_comma(tokens, back):
    """The comma of "X, whose warehouses doubled for" when ``tokens[back]`` ends the
    noun after "whose"; else ``back``."""
    for before in range(back, max(0, back - 9), -1):
        word = tokens[before].text
        if word == "whose":
            return before - 1 if before > 0 and tokens[before - 1].text == "," else back
        if not (word.replace("-", "").isalpha() and word.islower()):
            return back
    return back


def region_before(tokens, start):
    """Where the town starts in "Town, Region" when ``tokens[start]`` starts Region."""
    if start < 2 or tokens[start - 1].text != ",":
        return None
    return run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=6)


def place_where(ctx, tokens, start):
    """The place of "filmed in X, where Y played Z": Y is in X; or ""."""
    where = start - 1 - (start > 2 and tokens[start - 1].text == "the")
    if not (
        ctx.sentence_places
        and where > 0
        and tokens[where].text == "where"
        and tokens[where - 1].text == ","
    ):
        return ""  # not "filmed in X, where the Y passed for Z"
    return ctx.locations[ctx.sentence_places[-1]]["name"]


def name_before_comma(ctx, sentence, comma):
    """ "X, which plays", "X, Region, which plays", "the X in Y, standing in for": X;
    the place just filmed when X is not named there ("the Gastown district of
    Vancouver, which")."""
    tokens = sentence.tokens
    fallback = ("", None, "")
    before = sentence.norm[: tokens[comma].start]
    # The nearest place named before the comma; not one the sentence names after it
    # ("X, with its old port, stood in for Y, and the rest was filmed around Z").
    names = [
        ctx.locations[key]["name"]
        for key in ctx.sentence_places
        if before.rfind(ctx.locations[key]["name"]) >= 0
    ]
    if names:
        fallback = (max(names, key=before.rfind), None, "")
    comma -= comma > 1 and tokens[comma - 1].text in ("too", "again")  # "at X too,"
    last = comma - 1
    last -= (
        last > 0 and tokens[last].text in NEIGHBOURHOOD_WORDS and tokens[last - 1].cap
    )
    start, end, region = run_backward(tokens, last, PLACE_CONNECTORS, 6), last + 1, ""
    if start is None:  # "Keleti railway station, also in Y, playing"
        start = headed_start(tokens, last)
    if start is None:
        return fallback if same_item(sentence, fallback[0], comma) else ("", None, "")
    inner = run_backward(tokens, start - 2, PLACE_CONNECTORS, 6) if start > 1 else None
    if inner is not None and tokens[start - 1].text == ",":
        site = ctx.locations.get(match_key(sentence.span(start, end)))
        if site and site["region"] == sentence.span(inner, start - 1):
            return site["name"], start, site["region"]  # "Kelso, Bridge Street:"
        region, end, start = sentence.span(start, end), start - 1, inner  # "X, Y,"
    # "the Grand Hall in Leeds, Yorkshire, playing": the hall, not its town
    while inner_place(tokens, start) is not None:  # "X on Y Street in Z": X, in Z
        region, end, start = (
            region or sentence.span(start, end),
            inner_end(tokens, start),
            inner_place(tokens, start),
        )
    site = site_in_town(ctx, sentence, start)  # "Dreamland in X, which is playing"
    if site is not None and not region:
        region, end, start = sentence.span(start, end), start - 1, site
    site = site_before_town(tokens, start) if not region else None
    if site is not None:  # "the Villa X up in Y, which plays", "X on the Isle of Y"
        region, end, start = sentence.span(start, end), site_end(tokens, start), site
    key = match_key(canonical_name(ctx, sentence.span(start, end)))
    if key in ctx.locations:
        return ctx.locations[key]["name"], start, region
    before = start - 1 - (start > 1 and tokens[start - 1].text == "the")
    before -= before > 0 and tokens[before].text in TOWN_PARTS  # "in downtown Y"
    if (
        fallback[0]
        and start
        and tokens[before].text in ("of", "in")
        and tokens[before - 1].text != ","  # "in X, in Y, which": Y narrows X down
        and not position_before(tokens, before)
        and not part_of_named_site(tokens, before, start, end)  # "of the Y Market"
        and same_item(sentence, fallback[0], comma)  # not "X; the rest in Y, which"
    ):
        return fallback  # "the Petit Champlain quarter of Quebec City, which"
    start = skip_stop_starts(tokens, start, end)
    start += tokens[start].text == "The" and start + 1 < end
    owner, start = possessive_owner(ctx, sentence, start, end)
    region = region or owner  # "Melbourne's St Kilda, posing as"
    name = sentence.span(start, end)
    # "It is Ronnie Blake's, dressed up as": a venue called after its owner
    venue = start > 0 and tokens[start - 1].text in ("is", "was", "at")
    if not place_ok(ctx, name, tokens[start], venue=venue) or is_work_or_person(
        ctx, sentence, start
    ):
        return fallback
    return name, start, region


def position_before(tokens, of):
    """Whether "of" follows a part of a place: "on the roof of the X, which" (X)."""
    return of > 1 and tokens[of].text == "of" and tokens[of - 1].text in POSITION_NOUNS


# A lowercase word for a part of the town a place is in: "in downtown Y, whose".
TOWN_PARTS = frozenset(
    "downtown uptown midtown central old historic suburban rural coastal".split()
)


def same_item(sentence, name, comma):
    """Whether no new item of a list or clause starts between the place ``name`` and
    the comma before a stand-in verb: not "filmed at X, and the old mill, which
    doubled as Y" (the mill's, not X's)."""
    if not name:
        return False
    before = sentence.norm[: sentence.tokens[comma].start]
    between = before[before.rfind(name) + len(name) :]
    return not re.search(r",\s(?:and|while|but)\s|;", between)
