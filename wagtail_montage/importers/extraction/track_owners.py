"""Whose a quoted title is, said in an apposition after it: "“X,” the Nina Vale
single." Every test is on a bounded run of tokens."""

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
