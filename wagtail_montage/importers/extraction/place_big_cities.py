"""Big cities a post names as the town around a quarter, a park or a hall: "shot in
Prague, in Mala Strana", "filmed in Montreal, in the Plateau" (the quarter is the
filming place, the city its region), where "in Kobe, in Sannomiya" could be a list of
two towns and is left to be read as one."""

from .lexicon import PLACE_CONNECTORS
from .place_scope import broad
from .sentences import run_forward

# Cities wide enough that a name said right after them with ", in" lies inside them.
BIG_CITIES = frozenset(
    """
    London Paris Rome Berlin Madrid Lisbon Prague Vienna Budapest Warsaw Dublin
    Edinburgh Glasgow Manchester Liverpool Amsterdam Brussels Copenhagen Stockholm
    Oslo Helsinki Athens Istanbul Moscow Milan Naples Barcelona Munich Hamburg Ghent
    Antwerp Bruges Porto Seville Marseille Lyon Tokyo Osaka Kyoto Yokohama Seoul
    Beijing Shanghai Bangkok Manila Jakarta Makassar Mumbai Delhi Kolkata Cairo Lagos
    Nairobi Johannesburg Sydney Melbourne Brisbane Perth Adelaide Auckland Wellington
    Toronto Montreal Vancouver Chicago Boston Philadelphia Pittsburgh Baltimore Detroit
    Cleveland Atlanta Miami Houston Dallas Denver Seattle Portland Havana
    """.split()
) | frozenset(
    {
        "New York",
        "Los Angeles",
        "San Francisco",
        "New Orleans",
        "Hong Kong",
        "Mexico City",
        "Buenos Aires",
        "Rio de Janeiro",
    }
)


def quarter_after_city(tokens, index, end):
    """Where the quarter starts when the big city named from ``tokens[index]`` to
    ``tokens[end]`` is followed by ", in Y" and Y is neither a big city nor a region;
    else None."""
    city = " ".join(token.text for token in tokens[index:end])
    if city not in BIG_CITIES or not (
        end + 2 < len(tokens)
        and tokens[end].text == ","
        and tokens[end + 1].text == "in"
        and tokens[end + 2].cap
    ):
        return None
    start = end + 2
    stop = run_forward(tokens, start, PLACE_CONNECTORS, max_words=5)
    if stop is None:
        return None
    name = " ".join(token.text for token in tokens[start:stop])
    if name in BIG_CITIES or broad(name) or listed_on(tokens, stop):
        return None
    return start


def listed_on(tokens, stop):
    """Whether a list goes on at ``tokens[stop]``: "in X, in Y and in Z", "in X, in
    Y, in Z" (towns one after another, not a quarter of X)."""
    after = [token.text for token in tokens[stop : stop + 2]]
    return bool(after) and (
        after[0] in ("and", "or", "&") or after[0] == "," and after[1:] == ["in"]
    )
