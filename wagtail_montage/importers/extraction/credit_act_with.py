"""An act presented with its song, as a radio host or a countdown does: "First
the Bs with “X”", "Opening the countdown, The Bs with “X”", "Next up: A with “X”".
The name opens its clause (the sentence's start after a sequencing word, a comma,
a colon or a semicolon) and "with" and the quoted title follow it at once."""

from ..prose import match_key
from .credit_tracks import is_title, new_track
from .sentences import add_unique, clean_title, names_span

# Words that only order the acts before the name: "First", "Then", "Next up".
SEQUENCE = frozenset(
    {"first", "then", "next", "finally", "last", "lastly", "after", "up", "that"}
    | {"second", "third", "fourth", "fifth", "and", "now"}
)
CLAUSE_OPENERS = frozenset({",", ":", ";", "\u2014"})


def acts_with(ctx, sentence):
    """Credit the act of each "<act> with “X”" that opens its clause."""
    tokens = sentence.tokens
    for index in range(1, len(tokens) - 1):
        if tokens[index].text != "with":
            continue
        quoted = next(
            (quote for quote in sentence.quotes if quote[1] == tokens[index + 1].start),
            None,
        )
        if quoted is None:
            continue
        start = _clause_start(tokens, index)
        if start is None:
            continue
        names, end = names_span(sentence, start, limit=1)
        if end != index or not names or is_title(ctx, names[0]):
            continue
        track = ctx.tracks.get(match_key(clean_title(quoted[0])))
        track = track or new_track(ctx, sentence, *quoted)
        if track is not None:
            add_unique(track["performers"], names)


def _clause_start(tokens, index):
    """Where the name before "with" at ``tokens[index]`` starts when only
    capitalised words (and "&", "and the") stand between it and its clause's
    opening; else None."""
    start = index
    while start > 0 and (
        tokens[start - 1].cap or tokens[start - 1].text in ("&", "and", "the")
    ):
        start -= 1
    opened = start
    while start < index and tokens[start].text.lower() in SEQUENCE:
        start += 1  # "First the Bs", "Then A"
    if opened == 0 == start and tokens[0].text != "The":
        return None  # "Compare A with “X”": a verb, maybe, not a name
    if start >= index or not tokens[start].cap and tokens[start].text != "the":
        return None
    before = start - 1
    while before >= 0 and tokens[before].text.lower() in SEQUENCE:
        before -= 1
    if before >= 0 and tokens[before].text not in CLAUSE_OPENERS:
        return None
    return start
