"""A song described and credited in apposition to its title or as its predicate,
however the description runs: "“X”, a ragged, fiddle-driven thing by the Bs", "the
song is a 1976 single by the Bs" (the Bs perform it), "“X”, a husband-and-wife
composition by A and B" (A and B wrote it). Not "a cover of a song by A"."""

from .credit_name_songs import known_title, said_of
from .credit_words import NAME_BREAKS, SONG_NOUNS
from .sentences import add_unique, names_span

# Nouns of a song said to be "by" its writers.
WRITTEN = frozenset({"composition", "co-write", "co-composition"})
# Nouns of a song besides the usual ones: "a strange thing by A".
NOUNS = SONG_NOUNS | WRITTEN | {"thing", "cut", "jam", "piece", "confection"}
# Words that make it another song than the one named: "a cover of a song by A".
NOT_EPITHETS = NAME_BREAKS | {"a", "an", "the", "cover", "version", "remake", "rip-off"}
# How many tokens the description may run to.
REACH = 7


def epithet_credits(ctx, sentence, defer):
    """Credit the names after each "a <description> <song noun> by"."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text.lower() not in ("a", "an") or index == 0:
            continue
        noun = _noun_at(tokens, index + 1)
        if noun is None or noun + 1 >= len(tokens) or tokens[noun + 1].text != "by":
            continue
        names = names_span(sentence, noun + 2, limit=3)[0]
        if not names:
            continue
        role = "composers" if tokens[noun].text.lower() in WRITTEN else "performers"
        title, _singers = said_of(ctx, sentence, index)
        track = known_title(ctx, title)
        if track is not None:
            add_unique(track[role], names)
        elif title is not None and title != "it" and role == "performers":
            defer(ctx, sentence, title[2], [], names)


def _noun_at(tokens, start):
    """The index of the song noun that ends a description from ``tokens[start]``
    (lowercase words, commas between them, a year), or None."""
    for index in range(start, min(len(tokens), start + REACH)):
        text = tokens[index].text
        if text.lower() in NOUNS and text.islower():
            return index
        if text.lower() in NOT_EPITHETS or not _describes(text):
            return None
    return None


def _describes(text):
    """A word of a description: lowercase ("ragged", "fiddle-driven"), a comma or
    a year ("1976")."""
    if text == ",":
        return True
    if text.isdigit():
        return len(text) == 4
    return text.replace("-", "").isalpha() and text.islower()
