"""A record named after its act in apposition to a title, or as its predicate:
"“X”, the A hit", "“X” was the Bs record of that year". A (the Bs) performs it.
A song ("the A song") may be a writer's, so it is not read here; a title of the
film, a track or an album, a chart's or a season's words ("the Top Ten hit", "the
Christmas hit") are no act, and "the A hit from 1980" may be another record."""

from ..prose import match_key
from .credit_name_songs import known_title, said_of
from .sentences import add_unique, names_span

# The records an act has, not a writer ("the A single" is read with the tracks).
HIT_NOUNS = frozenset({"hit", "smash", "record"})
# Words of a chart or a season, no act's: "the Top Ten hit", "the Christmas hit".
NOT_ACTS = frozenset(
    {"top", "ten", "twenty", "forty", "number", "one", "christmas", "summer"}
    | {"chart", "radio", "dance", "disco", "novelty", "country", "pop", "soul"}
)
# After the noun: another record of the act's ("the A hit from 1980", "of 1979").
ANOTHER = frozenset({"from", "of", "before", "after"})


def name_hits(ctx, sentence, defer):
    """Credit the act of each "the A hit" said of a title."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text.lower() != "the" or index == 0:
            continue
        names, end = names_span(sentence, index + 1, limit=1)
        if not names or end >= len(tokens) or tokens[end].text not in HIT_NOUNS:
            continue
        name = names[0].removesuffix("'").removesuffix("'s")
        if _titled(ctx, name) or NOT_ACTS & {w.lower() for w in name.split()}:
            continue
        if end + 1 < len(tokens) and tokens[end + 1].text.lower() in ANOTHER:
            continue
        title, _singers = said_of(ctx, sentence, index)
        if title == "it" or title is None:
            continue  # "It was the A single": which single, maybe another
        track = known_title(ctx, title)
        if track is not None:
            add_unique(track["performers"], [name])
        else:
            defer(ctx, sentence, title[2], [], [name])


def _titled(ctx, name):
    key = match_key(name)
    film = match_key(ctx.post.film_title) or ctx.film_key
    return (
        key in (film, film.removeprefix("the "))
        or key in ctx.tracks
        or (key in ctx.albums)
    )
