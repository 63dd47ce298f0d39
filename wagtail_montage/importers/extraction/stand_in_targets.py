"""What a stand-in played: "the Soviet Union", "a town in Minnesota", "Detroit's east
side", "an American base in Frankfurt"; "the outback" after "the Australian outback"
is the fuller one."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import location_value
from .lexicon import CANADIAN_PROVINCES, COUNTRIES, OPEN, PLACE_CONNECTORS, US_STATES
from .place_suffixes import place_suffixed
from .place_words import (
    NAMED_PLACE_NOUNS,
    PLACE_TARGET_STOPS,
    TARGET_PLACE_NOUNS,
    place_like,
    place_noun,
    target_place_like,
)
from .sentences import paragraph_text, run_forward
from .stand_in_called import called_end
from .stand_in_owned import owned_part_end
from .stand_in_quoted import quoted_target
from .stand_in_somewhere import somewhere_target

PREPOSITIONS = frozenset({"in", "at", "on", "of", "to", "from", "with", "by", "near"})
ARTICLES = frozenset({"the", "a", "an"})
# What a described target goes on past with its name: "a town in Ohio".
LOCATIVES = frozenset({"in", "at", "on", "near", "outside", "off", "under"})
# Where a described place lies from a named one: "a frontier beyond the Caspian", "a
# bridge over the Tagus", "a village across the Rhine" (not "over four Sundays").
SPATIAL = frozenset("beyond over across along behind above below beside past".split())

# A part an actor plays: "the harbor pilot's daughter", "a cop", "the lead".
ROLE_TARGET_RE = re.compile(
    r"^(?:[\w-]{1,20}\s){0,3}?(?:[\w-]{1,20}'s\s(?:daughter|son|wife|husband|mother"
    r"|father|brother|sister|friend|girlfriend|boyfriend|widow|partner)|(?:role|part"
    r"|character|lead|hero|heroine|villain|cop|detective|sheriff|nurse|doctor|mother"
    r"|father|daughter|son|wife|husband|girlfriend|boyfriend|director|producer|actor"
    r"|actress|star|singer|drummer|guitarist|bassist|musician|frontman|frontwoman"
    r"|vocalist|host|presenter|writer|editor|cameraman|photographer|stuntman"
    r"|stuntwoman|understudy|double)\b)",
    re.IGNORECASE,
)


def suggest_stand_in(ctx, sentence, name, target):
    """A place that may have stood in for ``target``: the editor's to decide."""
    ctx.suggest(
        _("Possible location: %(name)s, standing in for %(target)s")
        % {"name": name, "target": target},
        sentence,
        "location",
        {**location_value(name), "stood_in_for": target},
    )


# A venue a filmed place may be meant to be: "which is supposed to be a Newark disco".
VENUE_NOUNS = frozenset("disco nightclub club cafe café restaurant resort".split())


def venue_target(target):
    """Whether what a place played is a venue described: "a New York disco"."""
    words = target.split()
    return len(words) > 1 and words[0] in ARTICLES and words[-1] in VENUE_NOUNS


# Words of the present day: "X, which doubles as a museum these days" is what X is
# used for now, not what it played.
NOW_RE = re.compile(r"\b(?:today|now|nowadays|these\sdays|currently)\b", re.IGNORECASE)


def present_use(sentence, match):
    """Whether the clause of a stand-in verb speaks of the present day: "which doubles
    as a museum these days", "Today it doubles as a hotel"."""
    before = re.split(r"[,;:(]", sentence.norm[: match.start()])[-1]
    after = re.split(r"[,;:()]", sentence.norm[match.end() :])[0]
    return bool(NOW_RE.search(before) or NOW_RE.search(after))


# A noun of "the X of Y" that names a part of Y, not Y itself: "the port of Hamburg".
PART_NOUNS = frozenset({"port"})


FOOTNOTE_RE = re.compile(r"\.[0-9]{1,2}$")


def stand_in_target(ctx, sentence, index):
    """What a place played: "the Soviet Union", "Las Vegas", "a town in Minnesota",
    "the town of Iron Meadow" (the name), "Detroit's east side"."""
    tokens = sentence.tokens
    if index >= len(tokens):
        return ""
    if tokens[index].text == OPEN and index + 1 < len(tokens):
        # "playing “a boardwalk in New Jersey”": a described place in quotes, not a
        # title ("playing “Blue Moon”")
        quoted = stand_in_target(ctx, sentence, index + 1)
        described = quoted.split()[:1] in (["a"], ["an"], ["the"])
        return quoted if described and target_place_like(quoted) else ""
    if quoted_target(sentence, index):  # "stands in for the “dry lake outside Y”"
        return quoted_target(sentence, index)
    if tokens[index].text == "somewhere":  # "passed off as somewhere in Bavaria"
        return somewhere_target(sentence, index)
    if tokens[index].text in ("that", "this"):
        # "played that Kansas farm town": only a place, not "that song"
        target = stand_in_target_after(ctx, sentence, index)
        return target if place_like(target) else ""
    article = ""
    if tokens[index].text.lower() in ARTICLES:
        article = sentence.span(index, index + 1) + " "
        index += 1
    if (
        article == "the "
        and index + 2 < len(tokens)
        and tokens[index].text in NAMED_PLACE_NOUNS - PART_NOUNS
        and tokens[index + 1].text == "of"
        and tokens[index + 2].cap
    ):
        article, index = "", index + 2
    if index >= len(tokens) or ROLE_TARGET_RE.match(
        sentence.norm[tokens[index].start : tokens[index].start + 60]
    ):
        return ""  # "plays the harbor pilot's daughter": a part, not a place
    end = run_forward(tokens, index, PLACE_CONNECTORS, max_words=6)
    if end is None and not article and modifier(tokens, index):
        # "interwar Trieste", "1920s Chicago", "coastal Maine": the name, described.
        end = run_forward(tokens, index + 1, PLACE_CONNECTORS, max_words=6)
        return sentence.span(index, noun_tail(tokens, end)) if end is not None else ""
    if end is not None and tokens[end - 1].possessive:
        # "Detroit's east side": the town's part, to the clause's end.
        return article + sentence.span(index, described_end(tokens, end, False))
    if not article:
        end = end if end is None else noun_tail(tokens, with_state(tokens, end))
        end = end if end is None else named_tail(tokens, end)
        end = end if end is None else located_tail(ctx, sentence, end)
        # "Lake Victoria.1": a footnote's number after the full stop is no part of it
        return FOOTNOTE_RE.sub("", sentence.span(index, end)) if end is not None else ""
    # "the Himalayas", "the French coast", "a town in Minnesota": on to the clause's end.
    end = described_end(tokens, index if end is None else end, end is not None)
    if end <= index:
        return ""
    described = article == "the " and not tokens[end - 1].cap  # not "the X Diner"
    end = where_end(tokens, end) if described else end
    end = with_state(tokens, end)
    # "a Prussian fairground in 1890": the year is when, not where
    target = YEAR_AFTER_RE.sub("", article + sentence.span(index, end))
    if dangling(target):
        return ""  # "an unnamed frontier beyond": where it lies, cut off
    return fuller_target(ctx, sentence, target)


# Words a place's description cannot end with: what they lead to was cut off.
DANGLING = PREPOSITIONS | LOCATIVES | SPATIAL | {"and", "or", "between", "toward"}


def dangling(target):
    """Whether a described target ends with a preposition or a conjunction: "a bridge
    over", "a town near" (what follows it was left out)."""
    words = target.split()
    return len(words) > 1 and words[-1].lower() in DANGLING


YEAR_AFTER_RE = re.compile(r",?\sin\s[12][0-9]{3}$")  # not "of 1946", "the 1930s"


def noun_tail(tokens, end):
    """Where a named target ends when lowercase words after its name end with a place
    noun: "Kentucky coal country", "Maine fishing villages"; or when the name's place
    noun goes on with "of" or "for" and a name: "St Agatha's Home for the Incurable",
    "the Academy of the Sacred Heart"; else ``end``."""
    if (
        end + 2 < len(tokens)
        and tokens[end].text in ("of", "for")
        and place_suffixed(tokens[end - 1].text, TARGET_PLACE_NOUNS | HEAD_NOUNS)
    ):
        name = end + 1 + (tokens[end + 1].text == "the")
        if name < len(tokens) and tokens[name].cap:
            return run_forward(tokens, name, PLACE_CONNECTORS, max_words=4) or end
    for ahead in range(end, min(len(tokens), end + 3)):
        word = tokens[ahead].text
        if not (word.isalpha() and word.islower()) or word in PLACE_TARGET_STOPS:
            return end
        if word in TAIL_NOUNS or place_suffixed(word, TARGET_PLACE_NOUNS):
            return ahead + 1
    return end


def named_tail(tokens, end):
    """Where a named target ends when its decade follows: "Oslo of the 1920s"; else
    ``end``."""
    decade = (
        end + 2 < len(tokens)
        and tokens[end].text == "of"
        and tokens[end + 1].text == "the"
        and DECADE_RE.fullmatch(tokens[end + 2].text)
    )
    return end + 3 if decade else end


YEAR_RE = re.compile(r"1[89][0-9]{2}|20[0-9]{2}")


def located_tail(ctx, sentence, end):
    """Where a named target ends when the town's country or region follows it after
    "in": "Freetown in Sierra Leone", "Aspen in Colorado"; not a work's title ("Paris
    in Blue Hours", the post's film or a record it names); else ``end``."""
    tokens = sentence.tokens
    if not (end + 1 < len(tokens) and tokens[end].text == "in"):
        return end
    if YEAR_RE.fullmatch(tokens[end + 1].text):
        return end + 2  # "Saskatchewan in 1934": the name, in its year
    if not tokens[end + 1].cap:
        return end
    after = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
    if after is None:
        return end
    key = match_key(sentence.span(end + 1, after))
    film = match_key(ctx.post.film_title) or ctx.film_key
    if key in (film, "") or key in ctx.tracks or key in ctx.albums:
        return end
    return after


# A name's last word that goes on with "of" or "for": "the Academy of the Y".
HEAD_NOUNS = frozenset("home academy institute hospital society asylum".split())
# Place nouns that end a named target besides the target nouns: "coal country".
TAIL_NOUNS = frozenset(
    {"country", "countryside", "villages", "towns", "suburbs", "province", "district"}
)


def stand_in_target_after(ctx, sentence, index):
    """What a place played after a demonstrative at ``tokens[index]``: "that Kansas
    farm town" (read as "a Kansas farm town", said as the post says it)."""
    tokens = sentence.tokens
    if index + 1 >= len(tokens):
        return ""
    end = run_forward(tokens, index + 1, PLACE_CONNECTORS, max_words=6)
    end = described_end(tokens, index + 1 if end is None else end, end is not None)
    return sentence.span(index, end) if end > index + 1 else ""


def where_end(tokens, end):
    """Where "the village where the family stays" ends: a described place that only
    its "where" clause names; else ``end``."""
    if not (end < len(tokens) and tokens[end].text == "where"):
        return end
    for ahead in range(end + 1, min(len(tokens), end + 9)):
        if not tokens[ahead].word or tokens[ahead].text in ("and", "but", "while"):
            return ahead if ahead > end + 2 else end
    return end + 9 if end + 9 == len(tokens) else end


def with_state(tokens, end):
    """Where a target ends with the state or country after its town's comma: "the
    mill town of Harlow, Vermont," (the state too); else ``end``."""
    if not (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap):
        return end
    after = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
    state = " ".join(token.text for token in tokens[end + 1 : after])
    # "Harlow, Vermont, for", "Harlow, Vermont without a sign changed"
    closed = (
        after == len(tokens) or not tokens[after].word or tokens[after].text.islower()
    )
    regional = state in US_STATES or state in CANADIAN_PROVINCES or state in COUNTRIES
    return after if regional and closed else end


# Lowercase words that are no place's description: "for most of Chicago".
NOT_MODIFIERS = frozenset(
    """
    most much all some part half each every any both either itself themselves it them
    him her us this that these those another other such only just also even both
    """.split()
)


def modifier(tokens, index):
    """Whether ``tokens[index]`` describes the name right after it: "interwar
    Trieste", "1920s Chicago", "coastal Maine", "pre-war Lwów"; not "most of
    Chicago"."""
    word = tokens[index].text
    return (
        index + 1 < len(tokens)
        and tokens[index + 1].cap
        and not tokens[index + 1].text.isdigit()
        and (
            re.fullmatch(r"(?:1[0-9])?[0-9]0s", word) is not None
            or word.replace("-", "").isalpha()  # "pre-war Lwów", "post-war Vienna"
            and word.islower()
            and word not in NOT_MODIFIERS
            and word not in PREPOSITIONS
            and word not in PLACE_TARGET_STOPS
        )
    )


def described_end(tokens, end, named):
    """Where a described target ends, from ``tokens[end]``: "a town in Ohio", "an
    American base in Frankfurt"; not "a Middle Eastern country in the climax", nor "a
    Phoenix mall the same way it played"."""
    stops = PLACE_TARGET_STOPS | PREPOSITIONS if named else PLACE_TARGET_STOPS
    first = end
    while (
        end < len(tokens)
        and end - first < 8
        and (
            tokens[end].text.replace("-", "").isalpha()  # "a small-town observatory"
            or owned_noun(tokens, end)  # "the fairy king's court"
        )
    ):
        word = tokens[end].text
        after_noun = end > first or named
        if word.lower() in ARTICLES and after_noun and tokens[end - 1].text.islower():
            if tokens[end - 1].text not in PREPOSITIONS:
                break  # "a Phoenix mall the same way"
        spatial = word in SPATIAL and not time_adjunct(tokens, end)
        if (word in LOCATIVES or spatial) and tokens[end - 1].text.islower():
            name = (
                end
                + 1
                + (
                    end + 2 < len(tokens)
                    and (tokens[end + 1].text == "the" or modifier(tokens, end + 1))
                )
            )
            described = described_place_end(tokens, end + 1)
            if described is not None:  # "a funicular in an unnamed river city"
                end = described
                continue
            part = part_of_named(tokens, end + 1)
            if part is not None:  # "a lighthouse on the coast of Brittany"
                end = part
                continue
            if not (name < len(tokens) and tokens[name].cap):
                break  # "a Middle Eastern country in the climax"
            # "a town in Ohio", "an American base in Frankfurt", "a farm in upstate
            # New York": with the name.
            end = run_forward(tokens, name, PLACE_CONNECTORS, max_words=6)
            continue
        if called_end(tokens, end) is not None:  # "a halt called Brindle Moor"
            end = called_end(tokens, end)
            break
        if word == "of" and end + 1 < len(tokens) and tokens[end + 1].cap:
            # "the abbey of St. Aldric": the name, with its "St." (no word); "the
            # town of X's arena": the part X owns
            end = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=6)
            end = owned_part_end(tokens, end)
            break
        if of_the_work(tokens, end):
            end += 3  # "the Breton village of the story": the work's own place
            break
        if word.lower() in stops or named and tokens[end].cap or adverb(tokens, end):
            break
        if in_the_work(tokens, end) or time_adjunct(tokens, end):
            break  # "a street in Hartford in the film", "Y over four Sundays"
        end += 1
    return end


def owned_noun(tokens, index):
    """Whether ``tokens[index]`` is a lowercase possessive that a lowercase place noun
    follows: "king's" in "the fairy king's court" (not "the heroine's dream")."""
    word = tokens[index].text
    return (
        tokens[index].possessive
        and word.islower()
        and index + 1 < len(tokens)
        and place_suffixed(tokens[index + 1].text, TARGET_PLACE_NOUNS | {"court"})
        # not "the duke's hall, Castle Y": the name after the comma is what it played
        and not (
            index + 3 < len(tokens)
            and tokens[index + 2].text == ","
            and tokens[index + 3].cap
        )
    )


# A time said after what a place played: "over four closed Sundays", "during the
# winter", "for two long weekends".
TIME_LEADS = frozenset("over during throughout for across until".split())
TIME_NOUNS = re.compile(
    r"(?:day|night|week|weekend|month|year|summer|winter|autumn|spring|season|shoot"
    r"|morning|evening|hour|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?$"
)


def time_adjunct(tokens, index):
    """Whether ``tokens[index]`` starts a time of at most four words: "over four closed
    Sundays", "during the winter" (not "over the harbour")."""
    if tokens[index].text.lower() not in TIME_LEADS:
        return False
    for after in tokens[index + 1 : index + 5]:
        if TIME_NOUNS.match(after.text):
            return True
        if not after.text.replace("-", "").isalnum():
            return False
    return False


def described_place_end(tokens, index):
    """Where "an unnamed river city" ends when ``tokens[index:]`` is a place described
    in lowercase words (an article, at most three words, a place noun); or None: "in
    the climax"."""
    if not (index < len(tokens) and tokens[index].text in ("a", "an", "some")):
        return None
    end = index + 1
    while end < min(len(tokens), index + 4):
        word = tokens[end].text
        if not (word.isalpha() and word.islower()) or word in STOPS_OF_DESCRIBED:
            break
        end += 1
    return (
        end if end > index + 1 and tokens[end - 1].text in TARGET_PLACE_NOUNS else None
    )


STOPS_OF_DESCRIBED = PLACE_TARGET_STOPS | PREPOSITIONS | LOCATIVES


COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest".split()
)
# The wholes a compass part is of, unnamed: "the east of the country".
WHOLES = frozenset("country state island region province county".split())


def part_of_named(tokens, index):
    """Where "the coast of Brittany", "the edge of the Camargue" ends when it starts at
    ``tokens[index]`` (a part of a named place); or None."""
    if not (index + 3 < len(tokens) and tokens[index].text == "the"):
        return None
    noun, of = tokens[index + 1].text, tokens[index + 2].text
    name = index + 3 + (tokens[index + 3].text == "the" and index + 4 < len(tokens))
    part = place_noun(noun) or noun in ("north", "south", "east", "west", "outskirts")
    if of == "of" and noun in COMPASS and tokens[name].text in WHOLES:
        return name + 1  # "a small town in the east of the country"
    if not (part and of == "of" and tokens[name].cap):
        return None  # not "a town on the night of the Blitz"
    return run_forward(tokens, name, PLACE_CONNECTORS, max_words=6)


# Adverbs without "-ly" that may follow what a place played: "a Kentish estate
# throughout", "a Dutch port instead".
TRAILING_ADVERBS = frozenset("throughout instead again too twice".split())


INTENSIFIERS = frozenset("very quite rather pretty so really most just".split())
# How well a place played another, after an intensifier or a "-ly" word: "just fine",
# "surprisingly well".
HOW_WELL = frozenset("well fine nicely enough".split())
# Two words that start an adverbial after what a place played: "a mill town once
# again", "every bit as well".
ADVERB_PAIRS = frozenset({("once", "again"), ("once", "more"), ("every", "bit")})

# The works a stand-in is said of after what it played: "plays a town in the film".
WORK_NOUNS = frozenset("film movie picture story script clip video montage".split())


def of_the_work(tokens, index):
    """Whether "of the story", "of the title", "of the 1950s" starts at
    ``tokens[index]``: what the place played is the work's own, or of its time, and
    the phrase is part of it ("the Breton village of the story"); after a name, only
    a decade ("the Lisbon of the 1950s", not "the Lowtide of the title")."""
    if not (
        index + 2 < len(tokens)
        and tokens[index].text == "of"
        and tokens[index + 1].text == "the"
    ):
        return False
    owner = tokens[index + 2].text
    if tokens[index - 1].cap:  # "the Lowtide of the title": the name alone
        return bool(DECADE_RE.fullmatch(owner))
    return bool(OWN_WORK_RE.fullmatch(owner) or DECADE_RE.fullmatch(owner))


# What a played place belongs to: the story's, the title's, a decade's.
OWN_WORK_RE = re.compile(r"story|title|narrative|novel|plot|script|tale")
DECADE_RE = re.compile(r"[12][0-9]{3}s")


def in_the_work(tokens, index):
    """Whether "in the film" ("throughout this movie", "in the film's opening") starts
    at ``tokens[index]``: it says where the place plays its part, and is no part of
    what it played."""
    if not (
        index + 2 < len(tokens)
        and tokens[index].text.lower() in ("in", "throughout", "for")
        and tokens[index + 1].text.lower() in ("the", "this", "that", "its")
    ):
        return False
    noun = tokens[index + 2]
    if noun.text.lower().removesuffix("'s") in WORK_NOUNS | WORK_PARTS:
        return tokens[index].text != "for" or noun.text in WORK_PARTS
    # "in the heroine's dream": a part of the work that someone in it owns
    return (
        noun.possessive
        and index + 3 < len(tokens)
        and tokens[index + 3].text in WORK_PARTS
    )


# The parts of a work a place plays in: "in the dream sequence", "for the finale".
WORK_PARTS = frozenset(
    """
    dream dreams sequence scene scenes finale flashback flashbacks prologue epilogue
    opening ending climax montage nightmare fantasy
    """.split()
)


def adverb(tokens, index):
    """Whether ``tokens[index]`` is an adverb after what a place played: "a lake town
    beautifully", "a Soviet port convincingly for a week"; not "a lonely outpost"."""
    word = tokens[index].text
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    how = after.text if after is not None else ""
    if how in HOW_WELL and (word in INTENSIFIERS or word.endswith("ly")):
        return True  # "rather well", "surprisingly well", "just fine"
    if word in INTENSIFIERS and how.endswith("ly"):
        return True  # "a Maine fishing village very convincingly"
    if (word, how) in ADVERB_PAIRS or how == "than":
        return True  # "once again", "every bit as well", "better than most"
    return word in TRAILING_ADVERBS or (
        word.endswith("ly")
        and word.islower()
        and (after is None or not (after.text.isalpha() and after.text.islower()))
        or word.endswith("ly")
        and after is not None
        and after.text in PLACE_TARGET_STOPS | PREPOSITIONS
    )


def fuller_target(ctx, sentence, target):
    """The target as the post gave it in full before: "the outback" after "what the
    film calls the Australian outback" is "the Australian outback"."""
    words = target.split()
    if words[0] != "the" or len(words) < 2 or not all(w.islower() for w in words[1:]):
        return target
    rest = re.escape(" ".join(words[1:]))
    full = re.compile(rf"\bthe ((?:[A-Z][\w-]{{1,20}} ){{1,3}}){rest}\b")
    for text in texts_so_far(ctx, sentence):
        match = full.search(text)
        if match:
            return "the " + match.group(1) + " ".join(words[1:])
    return target


def texts_so_far(ctx, sentence):
    """The sentence, then the text of its paragraph and the three before it."""
    texts = [sentence.norm]
    body = ctx.post.body
    for index in range(max(0, sentence.paragraph - 3), sentence.paragraph + 1):
        kind, value = body[index] if index < len(body) else ("", "")
        if kind == "paragraph" and isinstance(value, str):
            texts.append(paragraph_text(value))
    return texts


# Words of a concert, where "X played Y" is a musician's: "played Memphis in 1956".
GIG_RE = re.compile(
    r"\b(?:gigs?|concerts?|tour(?:ed|ing|s)?|shows?|live|crowds?|audiences?|stage"
    r"|encores?|setlist|venues?|sold[\s-]out|band|singer|in\s(?:19|20)[0-9]{2})\b",
    re.IGNORECASE,
)


def story_setting(ctx, sentence, target):
    """Whether the post said the story is set in what a place played, or that it was
    not filmed there ("The film is set in Aspen. ... Whistler plays Aspen", "Not in
    Amarillo! ... Tucumcari played Amarillo"): a place, not a part."""
    if not target[:1].isupper() or GIG_RE.search(sentence.norm):
        return False  # "The band played Memphis twice on that tour"
    said = re.compile(
        r"\b(?i:set|takes\splace|not|never)\s(?:(?:mostly|largely|entirely|partly)\s)?"
        rf"(?:in|on)\s(?:the\s)?{re.escape(target)}\b"
        # "The resort in the story is Y", "the town in the film is called Y"
        r"|\b(?i:town|city|village|resort|port|island|county|state|country|place)"
        r"\sin\sthe\s(?:story|film|movie|script|novel|book)\s(?:is|was)\s"
        rf"(?:called\s)?{re.escape(target)}\b"
        # "The film says Y", "the subtitles tell you it is Y", "is meant to be in Y"
        r"|\b(?i:film|movie|story|script|subtitles?|captions?|credits?)\s(?:says?|said"
        r"|claims?|insists?|tells?\syou|calls?\sit)\s(?:(?:it|this)\s(?:is|was)\s)?"
        rf"{re.escape(target)}\b"
        rf"|\b(?:meant|supposed)\sto\sbe\s(?:in\s)?{re.escape(target)}\b"
    )
    return any(said.search(text) for text in texts_so_far(ctx, sentence))
