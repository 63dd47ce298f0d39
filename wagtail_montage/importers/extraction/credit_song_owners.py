"""A surname that owns a song between a named person and "she" or "he": "X, which
he plays with the fiddler Ann Roe, and “Y”, a Trask song through and through — she
wrote it alone". "She" is Trask, whose full name the sentence does not give, not Ann
Roe: the sentence names two people before the pronoun, so it says who "she" is no
more than "A and B ... she" does."""

# Song nouns a surname can own: "a Trask song", "an Ashdown tune".
OWNED_NOUNS = frozenset(
    {"song", "tune", "number", "ballad", "composition", "piece", "instrumental"}
)


def surname_song_owner(tokens, start, end):
    """Whether the one capitalised word from ``start`` to ``end`` owns a song after
    "a" or "an": "a Trask song", "an Ashdown tune"."""
    return (
        end - start == 1
        and start > 0
        and tokens[start - 1].text.lower() in ("a", "an")
        and end < len(tokens)
        and tokens[end].text.lower() in OWNED_NOUNS
    )
