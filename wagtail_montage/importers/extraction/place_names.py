"""What a place is called: a name that can be a place, a town's possessive, a name
shortened after it was given in full, a known work or person."""

import re

from ..prose import match_key
from .lexicon import (
    CANADIAN_PROVINCES,
    COUNTRIES,
    MONTH_NAMES,
    NOT_PLACES,
    PLACE_CONNECTORS,
    STOP_STARTS,
    US_STATES,
)
from .place_claims import continent
from .place_dates import dated_or_counted
from .place_saints import saint_owned
from .place_words import (
    NAMED_PLACE_RE,
    NAMED_TARGET_RE,
    NEIGHBOURHOOD_WORDS,
    PLACE_ANAPHORA,
)
from .sentences import run_forward

# The words whose "'s" is "is": "That's X", "It's Y", "Here's Z".
CONTRACTED = frozenset({"that", "it", "here", "there", "this", "what", "where"})
# The words that ask which place, and never start its name: "Which Leeds street
# doubled for ...?", "What town played ...?".
QUESTION_WORDS = frozenset("Which What Where Whose Who How Why".split())


def contracted(word):
    """Whether ``word`` is a pronoun with "'s" for "is" or "has": "It's", "That’s"."""
    word = word.lower().replace("\u2019", "'")
    return word.endswith("'s") and word[:-2] in CONTRACTED


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
    if owner.lower() in CONTRACTED:  # "That's X", "It's Y"
        return "", mark + 1
    known = (
        match_key(owner) in ctx.locations
        or owner in US_STATES
        or owner in COUNTRIES
        or owner in CANADIAN_PROVINCES
        or match_key(owner) == match_key(ctx.last_place)
    )
    if end - mark > 2 and not known and headed_whole(tokens, mark, end):
        return "", index  # "Sadler's Wells Theatre", "Peggy's Point Lighthouse"
    if end - mark > 2 or known:
        return owner, mark + 1
    if end - mark == 2 and not (
        whole_name_head(tokens[mark + 1].text) or saint_owned(owner)
    ):
        return owner, mark + 1  # "Vancouver's Gastown", not "St Michael's Mount"
    if end < len(tokens) and tokens[end].text.lower() in NEIGHBOURHOOD_WORDS:
        return owner, mark + 1  # "Berlin's Kreuzberg district"
    return "", index


def headed_whole(tokens, mark, end):
    """Whether "X's Y Z" is one name: "X's Y" a name whole ("Sadler's Wells") and Z the
    kind of place it names ("Theatre"); not "Winnipeg's Union Station"."""
    return (
        end - mark == 3
        and tokens[mark + 1].text.lower() in WHOLE_NAME_HEADS
        and bool(NAMED_PLACE_RE.search(tokens[end - 1].text))
        # "Leith's Harbour Street": a town's street, named "Y Street" on its own
        and tokens[end - 1].text not in THOROUGHFARES
    )


# A street's last word: "X's Y Street" is town X's street "Y Street".
THOROUGHFARES = frozenset({"Street", "Road", "Avenue"})


# The last word of a name whole after a possessive: "Land's End", "Robin Hood's Bay",
# "Martha's Vineyard", "Joe's Diner" (what follows a town's possessive is a name).
WHOLE_NAME_HEADS = frozenset(
    """
    end vineyard head point landing hole gate cross wood woods rock rocks ferry inn
    court garden gardens green quay reach well wells lane mill field fields bay
    island isle hill creek cove harbour harbor bridge castle hall house cafe café
    diner bar pub tavern saloon grill kitchen place corner market seat chair leap
    causeway punchbowl dyke pass peak tor needle pulpit close wynd yard row alley steps
    gym gymnasium club store shop motel lodge salon parlour parlor bakery ranch
    """.split()
)


def whole_name_head(word):
    """Whether ``word`` after "X's" ends a name whole: a common noun, not a name."""
    if NAMED_PLACE_RE.search(word) or NAMED_TARGET_RE.search(word):
        return True  # "Fisherman's Wharf", "Shipwright's Cove"
    word = word.lower()
    return word in WHOLE_NAME_HEADS or word in PLACE_ANAPHORA


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


def canonical_name(ctx, name):
    """A place named earlier in full: "the Walled City" after "the Kowloon Walled
    City", "the Regent" after "the Hotel Regent" is the same place."""
    key = match_key(name)
    if len(key.split()) < 2 and not single_shortening(name):
        return name
    for other, location in ctx.locations.items():
        if other.endswith(" " + key) and other.split()[0] not in COMPASS_FIRSTS:
            return location["name"]
    return name


# The first words of a name whose last word names another place: "New York" is not
# the same place as "York", nor "North Berwick" as "Berwick".
COMPASS_FIRSTS = frozenset("new old north south east west upper lower great".split())


def single_shortening(name):
    """Whether one word may be a place named in full before ("the Bonaventure" after
    "the Westin Bonaventure"): not a country, a state or a province (a region its
    name may end with: "Lake Tahoe", "Kansas")."""
    return not (name in US_STATES or name in COUNTRIES or name in CANADIAN_PROVINCES)


def named_after(tokens, index):
    """Whether a name starts at ``tokens[index]``, after "the" or not."""
    index += index < len(tokens) and tokens[index].text == "the"
    return index < len(tokens) and tokens[index].cap


# What a film is shot on or in that is no place: a stock, a format, a camera, a
# process ("shot on VHS", "filmed in glorious Technicolor", "shot on a Sony Betacam").
FORMAT_WORDS = frozenset(
    """
    VHS Betacam Betamax Kodachrome Ektachrome Eastmancolor Technicolor Panavision
    CinemaScope VistaVision Cinerama IMAX Dolby Steadicam Hi-Def Hi8 MiniDV DV HD 4K
    16mm 35mm 70mm Super8 Polaroid Arriflex Arri Panaflex Bolex Handycam iPhone
    GoPro Kodak Fuji Fujifilm Sony Canon Nikon Panasonic Glorious
    """.split()
)
# Days and seasons a film is shot in or at: "filmed at Christmas", "in Easter week".
HOLIDAYS = frozenset(
    """
    Easter Christmas Halloween Thanksgiving Hanukkah Ramadan Lent Advent Passover
    Diwali Whitsun Midsummer Carnival
    """.split()
)


# Words that rank or judge, which label a list's items: "Rarest: the white label".
RANKINGS = frozenset(
    """
    Best Worst Rarest Finest Cheapest Dearest Biggest Oddest Weirdest Strangest
    Loudest Saddest Greatest Latest Earliest Longest Shortest Fastest Slowest Newest
    Oldest Hardest Easiest Favourite Favorite Verdict Overall Bonus Runner-up
    """.split()
)


def place_ok(ctx, name, first, venue=False):
    """Whether a capitalised run can be a place's name; ``venue``: a name that ends
    with "'s" may be one ("at Sardi's"). Not a format ("VHS") nor a holiday."""
    words = name.split()
    return bool(
        words
        and not first.text[0].isdigit()
        and not FORMAT_WORDS.intersection(words)
        and name not in HOLIDAYS
        and not continent(name)  # "the production moved to Europe"
        and not (name in RANKINGS or name.endswith("iest") and len(words) == 1)
        and words[0].removesuffix("s") not in MONTH_NAMES  # "Mondays: brisket"
        and not dated_or_counted(name)  # "Feb 1987 — ...", "Counts 1–4: ..."
        and not demonym(words)  # "the Maltese capital standing in for": no name
        and (words[0] not in NOT_PLACES or stock_word_in_name(words))
        and words[0] not in STOP_STARTS
        and words[0] not in QUESTION_WORDS
        and not contracted(words[0])  # "It's doubling for Y": no place's name
        # "Saint John's" is a place; "Brooklyn's" alone is not.
        and (not name.endswith("'s") or venue or words[0] in ("Saint", "St.", "St"))
        and match_key(name) != ctx.film_key
    )


# Words that follow a film stock's or a format's word: "Black and White", "Super 8".
STOCK_FOLLOWERS = frozenset({"White", "Motion", "Vision", "Cam", "Film"})


def stock_word_in_name(words):
    """Whether a word that names a film stock or format ("Black", "Kodak", "One")
    opens a longer name of capitalised words: "the Black Cap", "the Kodak Theatre",
    "One Canada Square"; not "Black and White" nor "Super 8"."""
    return len(words) > 1 and all(
        word[:1].isupper()
        and word.isalpha()
        and word not in NOT_PLACES
        and word not in STOCK_FOLLOWERS
        for word in words[1:]
    )


# A people's adjective, never a place's one-word name: "the Maltese capital", "the
# Cornish coast", "Flemish towns", "a Parisian street".
# "-ish" only from a list: "Squamish" is a town.
DEMONYM_RE = re.compile(r"[A-Z][a-z]{2,}(?:ese|ian|ean)")
DEMONYMS = frozenset(
    """
    French Dutch Welsh Greek Swiss Thai Scots Basque Breton English Irish Scottish
    Danish Swedish Finnish Polish Spanish Turkish Flemish Cornish British Moorish
    """.split()
)


def demonym(words):
    """Whether a one-word name is a people's adjective ("Maltese", "Danish",
    "Parisian", "French"); not "Valletta", "Bristol"."""
    return len(words) == 1 and (
        words[0] in DEMONYMS or DEMONYM_RE.fullmatch(words[0]) is not None
    )
