"""A band named with "the" that plays "it", the song, as a clause of its own: "The
Gulls play it.", "Ann wrote it; the Tin Fiddles played it.", "The Night Owls play
it: four lads from Cork". Not a station, a town or a person playing a record ("the
station in Yarmouth played it every night", "Oban plays it, and", "Mrs Lee played it
at her talk"): the name right after "the" opens the clause, and the clause ends at
"it"."""

from .credit_clauses import PLAYED_ELSEWHERE

PLAY_VERBS = frozenset({"play", "plays", "played"})
# Where the clause of "the <Band> played it" may start, just before "the".
CLAUSE_OPENERS = frozenset({";", ":", ",", "\u2014", "and", "but", "then"})
# After "it": the clause ends.
CLAUSE_ENDS = frozenset({".", ";", ":", ",", "!", "\u2014", ")"})
# Names of a broadcaster or a place, not a band.
NOT_BANDS = PLAYED_ELSEWHERE | {"bbc", "fm", "dj", "cinema", "town", "city", "village"}
# ... nor a building or a site standing in for another ("The Grand Hotel plays it").
NOT_BANDS |= frozenset(
    "hotel house hall museum cathedral church chapel abbey castle palace theatre"
    " street square park bridge pier harbour port bay island valley road station"
    " school college university library market mill farm manor tower"
    " building centre center gardens".split()
)


def band_plays_it(tokens, index):
    """Whether ``tokens[index]`` is "play(s)/played" in "the <Band> played it."."""
    if tokens[index].text not in PLAY_VERBS:
        return False
    if _at(tokens, index + 1) != "it" or _at(tokens, index + 2) not in CLAUSE_ENDS:
        return False
    the = index - 1  # where "the" is: "The" is capitalised too
    while the >= 0 and index - the < 6 and tokens[the].text.lower() != "the":
        if not tokens[the].cap:
            return False
        the -= 1
    if the < 0 or the == index - 1 or tokens[the].text.lower() != "the":
        return False
    names = [token.text for token in tokens[the + 1 : index]]
    if any(name.lower() in NOT_BANDS or name.isupper() for name in names):
        return False
    return the == 0 or _at(tokens, the - 1).lower() in CLAUSE_OPENERS


def _at(tokens, index):
    return tokens[index].text if 0 <= index < len(tokens) else "."
