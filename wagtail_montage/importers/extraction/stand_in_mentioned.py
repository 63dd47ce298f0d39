"""The place just named, taken up by a noun before a stand-in verb: "the arena
played", "the bombing ranges out there doubled for", and with a demonstrative any noun
of a place's kind: "those rotting warehouses stood in for", "that stretch of water
plays" (the place named just before)."""

from .place_words import PLACE_ANAPHORA, place_noun

# The words a noun that takes up a place starts with; the demonstratives point back
# whatever the noun ("those warehouses"), "the" only with a word of the place's kind.
# "its" and "their" point back too: "X, its waterfront standing in for Y" (X's part).
POINTERS = frozenset({"that", "this", "those", "these", "its", "their"})
DETERMINERS = POINTERS | {"the"}


def mentioned_noun(tokens, back):
    """The lowercase noun of "the arena", "the bombing ranges (out there)", "that
    stretch of water" ending at ``tokens[back]``, and whether a demonstrative points
    to it; or ("", False)."""
    while back > 0 and tokens[back].text.lower() in ("there", "out", "nearby"):
        back -= 1
    if back < 1 or tokens[back].cap or not tokens[back].text.isalpha():
        return "", False
    for before in range(back - 1, max(-1, back - 4), -1):
        word = tokens[before].text.lower()
        if word in DETERMINERS:  # "that harbour", "those rotting warehouses"
            nouns = [token.text.lower() for token in tokens[before + 1 : back + 1]]
            return tokens[back].text.lower(), word in POINTERS and any(
                place_noun(noun) or noun in PLACE_ANAPHORA for noun in nouns
            )
        if tokens[before].cap or not tokens[before].text.replace("-", "").isalpha():
            return "", False
    return "", False


def place_mentioned(ctx, noun, pointed=False, before=None):
    """The place just filmed, for "the arena", "the salt" (a word of its name), or
    "those warehouses" (pointed to); ``before``, the key of the sentence's last place
    named before the noun, when there is one."""
    if not (ctx.sentence_places or ctx.filming_recent) or not ctx.locations:
        return ""
    key = ctx.sentence_places[-1] if ctx.sentence_places else list(ctx.locations)[-1]
    key = before if before in ctx.locations else key
    name = ctx.locations[key]["name"]
    if pointed or noun in PLACE_ANAPHORA or noun in name.lower().split():
        return name
    if place_noun(noun) and ctx.filming_recent:
        return name  # "We shot it in Whitby. The harbour was doubling for Y."
    return ""
