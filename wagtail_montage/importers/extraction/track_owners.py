"""Whose a quoted title is, said in an apposition after it: "“X,” the Nina Vale
single.", "“X” is Ada Vale herself, singing her own song." Every test is on a
bounded run of tokens."""

from .sentences import names_span

# After "“X” is A": what A does in it. "is Ada Vale herself, singing", "is the Gulls
# playing".
DOING = frozenset({"singing", "playing", "sings", "plays"})
SELVES = frozenset({"herself", "himself", "themselves", ","})

# Words in capitals before a song noun that name no one: "the Christmas single".
NO_OWNER_WORDS = frozenset(
    {
        "Top",
        "Hot",
        "Christmas",
        "Number",
        "Billboard",
        "Summer",
        "Winter",
        "Motown",
        "Cold",
        "War",
        "Eurovision",
    }
)


def named_owner(sentence, start):
    """ "“X,” the Nina Vale single.": two or three capitalised words of a name
    between "the" and a song noun that ends the clause, the artist; else []."""
    tokens = sentence.tokens
    if tokens[start - 1].text != "the":
        return []
    ahead = start
    while ahead < min(len(tokens), start + 3) and (
        tokens[ahead].cap
        and tokens[ahead].text.isalpha()
        and not tokens[ahead].text.isupper()
        and tokens[ahead].text not in NO_OWNER_WORDS
    ):
        ahead += 1
    if (
        ahead - start < 2
        or ahead + 1 >= len(tokens)
        or tokens[ahead].text not in ("single", "ballad", "duet", "song", "record")
        or tokens[ahead + 1].text not in (".", ",", ";")
    ):
        return []
    return [sentence.span(start, ahead)]


def singer_named(sentence, index):
    """ "“X” is Ada Vale herself, singing her own song": the name from ``index``
    when a verb of performing follows it; else []."""
    tokens = sentence.tokens
    names, stop = names_span(sentence, index, limit=1)
    while stop < len(tokens) and stop < index + 8 and tokens[stop].text in SELVES:
        stop += 1
    if names and stop < len(tokens) and tokens[stop].text in DOING:
        return names
    return []
