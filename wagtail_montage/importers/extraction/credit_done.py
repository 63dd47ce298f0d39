"""A song "done by" an act, right after its title: "“X”, done by the Gulls", "“X”
was done by A in one take", "“X” — done live by A —". Only a title already taken
for a track: "done" does not make a title a song."""

import re

from ..prose import match_key
from .credit_tracks import is_title
from .sentences import add_unique, clean_title, names_span

# Right after the closing mark of a quoted title. Group 1: the words up to "by".
DONE_RE = re.compile(
    r"\ue001,?\s(?:(?:was|is)\s|[\u2014\u2013]\s)?done\s(?:live\s|here\s)?by\s"
)


def done_by(ctx, sentence):
    """Credit the act a known track was "done by" as its performer."""
    for match in DONE_RE.finditer(sentence.norm):
        quote = next((q for q in sentence.quotes if q[2] == match.start() + 1), None)
        if quote is None:
            continue
        track = ctx.tracks.get(match_key(clean_title(quote[0])))
        if track is None:
            continue
        names = names_span(sentence, sentence.index_at(match.end()), limit=3)[0]
        add_unique(
            track["performers"],
            [name for name in names if name[:1].isupper() and not is_title(ctx, name)],
        )
