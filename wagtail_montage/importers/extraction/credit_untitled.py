"""A credit whose "it" is a title the post never made a track: in "The other song
is Pit Lamps by A, who wrote it herself", "it" is Pit Lamps, the name before "by",
so the credit is no track's (not the song the post was last about)."""

from ..prose import match_key
from .credit_disputed import disputed_claim
from .credit_renditions import everyday_rendition

RELATIVE_ADVERBS = frozenset({"also", "actually", "both", "even", "then", "too"})


def no_credit(ctx, sentence, verb):
    """Whether the credit verb at ``verb`` credits no track of the post: "sang it
    forty times" (an everyday rendition), "Pit Lamps by A, who wrote it", "A claimed
    he wrote it" of a claim the post says was thrown out."""
    return (
        everyday_rendition(sentence, verb)
        or untitled_it(ctx, sentence, verb)
        or disputed_claim(ctx, sentence, verb)
    )


def untitled_it(ctx, sentence, verb):
    """Whether the credit verb at ``verb`` is "..., who [also] wrote it" after "Name
    by A", Name capitalised, unquoted and no track of the post."""
    tokens = sentence.tokens
    if verb + 1 >= len(tokens) or tokens[verb + 1].text.lower() != "it":
        return False
    who = verb - 1
    while who > 0 and tokens[who].text.lower() in RELATIVE_ADVERBS:
        who -= 1
    if who < 2 or tokens[who].text.lower() != "who" or tokens[who - 1].text != ",":
        return False
    by = who - 2
    while by > 0 and (tokens[by].cap or tokens[by].text.lower() in ("the", "&")):
        by -= 1
    if by == who - 2 or tokens[by].text.lower() != "by":
        return False
    start = by
    while start > 0 and tokens[start - 1].cap:
        start -= 1
    if start == by or start == 0 or sentence.inside_quote(tokens[start].start):
        return False  # "“X” by A", "It is by A", "Maybe by A"
    title = sentence.norm[tokens[start].start : tokens[by - 1].end]
    return match_key(title) not in ctx.tracks
