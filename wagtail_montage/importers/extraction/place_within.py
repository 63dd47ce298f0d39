"""A place inside the one just named, said past an aside or with a direction: "filmed
in X, obviously, up at the Y", "in X, up at Y, doubling as Z", "in X, down on the Y"
(Y, in X); and a town's possessive before its part in lowercase words: "on the X's
steep streets", "along Y's old pier" (the place is X, Y)."""

from .lexicon import PLACE_CONNECTORS
from .place_scope import broad, line_named, region_named
from .place_words import place_noun

# A word that says the place after it lies up, down or out from the town: "up at Y".
DIRECTIONS = frozenset("up down out over right".split())
# Prepositions that place a site: "up at Y", "down on the Y"; not "in" ("down in Y",
# "out in the Y" name the wider region the place lies in).
SITE_PREPOSITIONS = frozenset({"at", "on"})


def aside_adverb(tokens, index):
    """Whether ``tokens[index]`` is an adverb set off by commas ("X, obviously, ..."):
    a word ending in "-ly" and a comma after it."""
    word = tokens[index].text
    return (
        index + 1 < len(tokens)
        and tokens[index + 1].text == ","
        and word.isalpha()
        and word.islower()
        and word.endswith("ly")
        and len(word) > 4
    )


def within_at(tokens, index, name=""):
    """Where a place inside the town just named starts, from the comma at
    ``tokens[index]``: "X, up at the Y", "X, obviously, up at Y", "X, naturally, at
    the Y"; None without a direction or an aside ("X, at Y" is read elsewhere), or
    before a region or a line ("X, up on the Pennines"); "X, out in Y" is X's region.
    After a region ``name``, "around Y" is a town in it: "the X Tablelands around Y"."""
    if (
        broad(name)
        and index + 1 < len(tokens)
        and tokens[index].text == "around"
        and tokens[index + 1].cap
    ):
        return index + 1
    if not (index < len(tokens) and tokens[index].text == ","):
        return None
    at = index + 1
    aside = at < len(tokens) and aside_adverb(tokens, at)
    at += 2 * aside
    direction = at < len(tokens) and tokens[at].text in DIRECTIONS
    at += direction
    if not (
        (aside or direction)
        and at + 1 < len(tokens)
        and tokens[at].text in SITE_PREPOSITIONS
    ):
        return None
    name = at + 1 + (tokens[at + 1].text == "the")
    if not (name < len(tokens) and tokens[name].cap):
        return None
    if region_named(tokens, name) or line_named(tokens, name):
        return None
    return at + 1


def owner_of_part(tokens, end):
    """Whether the name ending before ``tokens[end]`` is a possessive whose part
    follows in lowercase words ending with a place noun: "the X's steep streets", "Y's
    old pier" (at most three words; not "X's finest hour")."""
    if not (0 < end < len(tokens) and tokens[end - 1].possessive):
        return False
    for ahead in range(end, min(len(tokens), end + 3)):
        word = tokens[ahead].text
        if not (word.isalpha() and word.islower()) or word in PLACE_CONNECTORS:
            return False
        if place_noun(word):
            return True
    return False


def owner_name(name, tokens, end):
    """``name`` without its "'s" when it owns the part after it ("the X's steep
    streets": X); else ``name``."""
    return name[:-2] if owner_of_part(tokens, end) else name
