"""The mark right after a place's name: an apostrophe that makes it an owner ("New
Orleans' French Quarter") or the first word of a name whole ("the Tanners' Mills"), a
colon that opens the places inside it ("filmed in Leeds: the old X and the Y")."""

import re

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_names import whole_name_head
from .place_reading import plural_possessive
from .sentences import run_forward


def plural_owner(ctx, sentence, index, end):
    """The owner, start and end of a name with a plural possessive at ``tokens[end]``
    (None without one): "New Orleans' French Quarter" (the town, then its quarter),
    but one name whole when a single common noun follows a name that is no place the
    post knows: "the Weavers' Mills", "St Thomas' Hospital"."""
    tokens = sentence.tokens
    if not plural_possessive(tokens, end):
        return None
    owner = sentence.span(index, end)
    head = end + 1
    after = run_forward(tokens, head, PLACE_CONNECTORS, max_words=6, gap=2)
    word = tokens[head].text
    if (
        after == head + 1
        and (whole_name_head(word) or word.endswith("s") and whole_name_head(word[:-1]))
        and match_key(owner) not in ctx.locations
    ):
        return "", index, after
    return owner, head, after


def colon_towns(ctx, sentence):
    """A place filmed "in" and followed by a colon, then places named after it in the
    same sentence: they are inside it ("shot mostly in Leeds: the old X stood in for
    Y, and the finale at the Z"), so it is their region, not a place of its own; not
    after "around" ("shot around X: a mansion in Y", a town beside it)."""
    keys = ctx.sentence_places
    for key in keys:
        town = ctx.locations.get(key)
        if town is None or town["stood_in_for"]:
            continue
        colon = re.search(
            r"\bin\s" + re.escape(town["name"]) + r"\s?:\s", sentence.norm
        )
        if colon is None:
            continue
        for other in keys:
            inside = ctx.locations.get(other)
            if inside is None or inside is town:
                continue
            if inside["name"] in sentence.norm[colon.end() :]:
                inside["region"] = inside["region"] or town["name"]
