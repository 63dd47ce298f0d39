"""The place inside another before a stand-in verb: "the X in Y, which plays Z", "X
Bay on Y played Z", "The X Room at Y College played Z" (X, in Y), and whether a name
is a region ("County Kerry")."""

from .lexicon import PLACE_CONNECTORS
from .place_lines import site_on_line
from .place_names import whole_name_head
from .place_scope import broad
from .place_words import PLACE_ADJECTIVES, TARGET_PLACE_NOUNS, named_place
from .sentences import run_backward, run_forward
from .stand_in_heads import compound_kind

# Words a clause starts with, before a place that starts it: "so X on Y played".
CLAUSE_STARTS = frozenset({",", ";", ":", "so", "and", "but", "then", "while"})
# The words before a name that say what a thing is or where: "at X", "That's X".
IS_WORDS = frozenset({"at", "is", "was", "s", "that's", "it's", "here's"})


# The words before a name that make it the one a sentence is about: "the X in Y",
# "Our X in Y plays Z" (a writer's own place).
DETERMINERS = frozenset({"the", "our", "my", "their"})


# The first word of a site's name that says it is one: "Fort X", "Mount X", "Cape X".
SITE_FIRST_WORDS = frozenset(
    "Fort Mount Mt Mt. Cape Port Lake Loch Isle Castle Point".split()
)


# A lowercase word for the part of a town a place is in: "X in south London".
TOWN_QUARTERS = frozenset(
    """
    north south east west northern southern eastern western central downtown uptown
    midtown suburban rural coastal inner outer greater
    """.split()
)


def quarter_before(tokens, start):
    """Where Y starts with the part of town said before it: "in south London" (for
    London), "in the downtown core"; else ``start``."""
    return start - (start > 2 and tokens[start - 1].text.lower() in TOWN_QUARTERS)


def inner_end(tokens, start):
    """Where X ends when ``tokens[start:]`` is Y in "X in Y", "X in the Y", "X in
    south Y"."""
    start = quarter_before(tokens, start)
    end = start - 1 - (tokens[start - 1].text == "the")
    # "the X hotel in Y", "the X concert hall in Y"
    return end - (
        compound_kind(tokens, end - 1) or tokens[end - 1].text in TARGET_PLACE_NOUNS
    )


def inner_place(tokens, start):
    """Where X starts when ``tokens[start:]`` is Y in "the (old) X in Y", "X on Y"
    (X a name that says it is a place, first in its clause), or None."""
    name_start = start
    start = quarter_before(tokens, start)  # "X in south Y"
    start -= start > 2 and tokens[start - 1].text == "the"  # "X in the Y"
    if start < 3 or tokens[start - 1].text not in ("in", "on", "at", "outside", "near"):
        return None
    last = start - 2
    kind = compound_kind(tokens, last)  # "the X concert hall in Y"
    if kind or tokens[last].text in TARGET_PLACE_NOUNS:  # "the X hotel in Y": X
        last -= kind or 1
        start_of = run_backward(tokens, last, PLACE_CONNECTORS, max_words=6)
        if (
            start_of is None
            or tokens[start_of - 1].text.lower() != "the"
            or "-" in tokens[last].text  # "the American-run base in Y"
        ):
            return None
    if not tokens[last].cap:
        return None
    inner = run_backward(tokens, last, PLACE_CONNECTORS, max_words=6)
    # "That's X", "The X Hall in Y"
    inner += tokens[inner].text.lower() in IS_WORDS | DETERMINERS and inner < last
    if site_on_line(tokens, inner, start - 1) is not None:
        return None  # "on the Mississippi at Natchez, which": Natchez, on the river
    if on_street(tokens, start, inner, name_start):
        return inner  # "Bar X on Y Street, standing in for": the bar, on its street
    before = inner - 1
    if before > 0 and tokens[before].text in PLACE_ADJECTIVES:
        before -= 1
    if before >= 0 and tokens[before].text.lower() in DETERMINERS:
        return inner  # "the X in Y", "Our X in Y plays"
    # First in its clause, or right after "at": "shot at X Raceway outside Y, which"
    first = before < 0 or tokens[before].text.lower() in CLAUSE_STARTS | IS_WORDS
    named = named_place(" ".join(token.text for token in tokens[inner : last + 1]))
    if first and named:
        return inner  # "Waimea Canyon on Kauai played"
    if (first or tokens[before].text in ("on", "in")) and inner < last:
        return (
            inner  # "is Corran Gaol in Belford, playing"; "on Quay Drive in Y, which"
        )
    if tokens[inner].text in SITE_FIRST_WORDS and inner < last:
        return inner  # "Fort X in Y, which had to pass for"
    if headed_before(tokens, inner, last, name_start):
        return inner  # "filmed in Coral Bay on Tavita, which"
    # "The valley is X in County Y, which": a place in a county, state or region.
    outer = run_forward(tokens, name_start, PLACE_CONNECTORS, max_words=6)
    wide = outer is not None and region_name(
        " ".join(t.text for t in tokens[name_start:outer])
    )
    return inner if wide and tokens[start - 1].text == "in" else None


# The last word of a street's name: a place named just before "on" it is on that street.
STREET_HEADS = frozenset(
    "Street Road Avenue Lane Boulevard Drive Pier Boardwalk Promenade Quay".split()
)


def on_street(tokens, start, inner, outer):
    """Whether "X on Y" names X on a street or a pier: "X Bar on Y Street", "the X
    Hippodrome on the Y Pier" (X, not the street, is the place)."""
    if tokens[start - 1].text != "on" or inner >= start - 1:
        return False
    end = run_forward(tokens, outer, PLACE_CONNECTORS, max_words=6)
    return (
        end is not None
        and tokens[end - 1].text in STREET_HEADS
        and not broad(" ".join(token.text for token in tokens[inner : start - 1]))
    )


def headed_before(tokens, inner, last, outer):
    """Whether X in "X on Y, which" names its kind of place (a bay, a castle, a hall)
    and Y does not name a building or a site: X is then the narrower place ("Coral Bay
    on Tavita", "Ashcombe Castle on Marrow Island"; not "Pier Road near the Grand
    Hotel")."""
    if inner >= last or not (
        whole_name_head(tokens[last].text)
        or tokens[last].text.lower() in TARGET_PLACE_NOUNS
    ):
        return False
    end = run_forward(tokens, outer, PLACE_CONNECTORS, max_words=6)
    return end is not None and not named_place(
        " ".join(token.text for token in tokens[outer:end])
    )


# The word that makes a name a county or a province: "County Kerry", "Kent County".
REGION_HEADS = frozenset({"County", "Province", "Prefecture", "Region", "Shire"})


def region_name(name):
    """Whether a name is a country, a state, a region or a county."""
    words = name.split()
    return broad(name) or bool(
        words and (words[0] in REGION_HEADS or words[-1] in REGION_HEADS)
    )
