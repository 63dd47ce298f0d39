"""A song noun that opens a credit ("The song was written by A", "The single was
recorded by B") means the song named last, even when the film's own title, or a
title the post calls a film, or a certification shouted in quotes ("GOLD!!") was
named after it: a film or an award is never "the song". Another song's title named
after it, one not the post's, still leaves the credit unplaced."""

from ..prose import match_key
from .context import record_subject
from .discourse import anaphor_kind
from .track_film_titles import described_films

# A quoted word that is an award, not a title: "I'd written “GOLD!!” next to it".
LEVELS = frozenset({"gold", "silver", "platinum", "diamond"})


def song_past_films(ctx, sentence, before):
    """``(title, "track", artist)`` of the song named last when a song noun stands
    just before ``tokens[before]`` (the credit), passing over films and awards
    named since; else None."""
    start = max(0, before - 4)
    if not any(
        anaphor_kind(sentence, index, start) == "track"
        for index in range(start, before)
    ):
        return None
    films = described_films(ctx) | {ctx.film_key}
    for found, key in reversed(ctx.recent):
        if found == "album":
            continue
        if found == "other":
            if not isinstance(key, str) or not _passed(key, films):
                return None
            continue
        track = ctx.tracks.get(key)
        if track is None:
            return None
        return record_subject("track", track)
    return None


def _passed(key, films):
    """Whether a title named as "other" is a film's or an award's."""
    return key in films or match_key(key).strip("!?. ") in LEVELS
