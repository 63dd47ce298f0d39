"""The word "Soundtrack" in a field's label or value, not in an album's title: a
fact sheet's or a catalogue's field "Style: Soundtrack, Soft Rock", and an award's
category "Best Soundtrack Album: X". The label before its colon is the field's
name; the album, if any, is the value after it.

Guards: a label is one word opening the sentence, right before "Soundtrack" and its
colon, with no "Album" after it ("H: Soundtrack Album" heads what follows and is
left as it was), and not a word of the post's title ("Gull Point: Soundtrack"
under "Gull Point at fifty" is the album); a category is "Soundtrack Album" or
"Soundtrack LP" right before a colon ("X: Original Soundtrack: No. 4" is the
album X's)."""

from ..prose import match_key

RECORD_WORDS = ("Album", "LP", "Record")


def soundtrack_field(ctx, tokens, begin, index):
    """Whether ``tokens[index]`` ("Soundtrack"), with the run from ``begin``, is a
    field's label or value rather than an album's title."""
    after = index + 1
    record = after < len(tokens) and tokens[after].text in RECORD_WORDS
    after += record
    if record and after < len(tokens) and tokens[after].text == ":":
        return True  # "Best Soundtrack Album: X"
    return (
        not record
        and begin == 0
        and index == 2
        and tokens[1].text == ":"
        and match_key(tokens[0].text) not in match_key(ctx.post.title or "").split()
    )  # "Style: Soundtrack, Soft Rock"
