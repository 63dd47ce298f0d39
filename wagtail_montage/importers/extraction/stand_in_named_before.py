"""The place a noun takes up before a stand-in verb is the last one its sentence
names before the noun, not one named after it: "filmed down in X - the ghost town
there plays Y - and the river scenes in Z" (X played Y; Z comes after the aside)."""

from ..prose import match_key


def named_before(ctx, sentence, index):
    """The key of the last of the sentence's places whose name the sentence writes
    before ``tokens[index]``; None when it names none there."""
    before = sentence.norm[: sentence.tokens[index].start]
    found = [
        (before.rfind(ctx.locations[key]["name"]), key)
        for key in ctx.sentence_places
        if key in ctx.locations
    ]
    found = [(at, key) for at, key in found if at >= 0]
    return match_key(ctx.locations[max(found)[1]]["name"]) if found else None
