"""A site described, not named, inside a place just named, that plays another: "filmed
in X, in a warehouse loft that plays Y", "shot at X, in an old school that stands in
for Y", "filmed in X, on a street that doubles for Y": X plays Y."""

# The prepositions that put a described site inside the place before it.
INSIDE = frozenset({"in", "on", "at", "inside"})


def described_site_place(ctx, sentence, back):
    """The place just named in the sentence, and the index of its described site's
    preposition, when ``tokens[back]`` is "that" or "which" after ", in a <noun>"; or
    ("", None)."""
    tokens = sentence.tokens
    if not (
        back > 3 and tokens[back].text in ("that", "which") and ctx.sentence_places
    ):
        return "", None
    for index in range(back - 1, max(0, back - 6), -1):
        text = tokens[index].text
        if text in ("a", "an"):
            break
        if not (text.isalpha() and text.islower()):
            return "", None
    else:
        return "", None
    prep = index - 1
    if not (
        prep > 0
        and tokens[prep].text in INSIDE
        and tokens[prep - 1].text == ","
        and index + 1 < back
    ):
        return "", None
    location = nearest_before(ctx, sentence, tokens[prep - 1].start)
    if location is None or location["stood_in_for"]:
        return "", None
    return location["name"], prep


def nearest_before(ctx, sentence, offset):
    """The place of this sentence named last before ``offset``; or None."""
    found = []
    for key in ctx.sentence_places:
        location = ctx.locations.get(key)
        at = sentence.norm.rfind(location["name"], 0, offset) if location else -1
        if at >= 0:
            found.append((at, location))
    return max(found, key=lambda pair: pair[0])[1] if found else None
