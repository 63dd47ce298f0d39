"""An album named as where the song comes from ("It was the second single from
X", "the opening track on her album X") is no referent for the next "it": that
"it" is still the song ("... from X. A wrote it with B"), neither the album nor
the doubt between the two that naming it after the song leaves."""

import re

from .record_sources import song_from_title

# What the memory holds for "the song or its album" (as discourse has it).
EITHER = ("other", "")


def song_source(ctx, sentence, title):
    """Whether the sentence before ``sentence`` (or ``sentence`` itself) names the
    album ``title`` as where a song comes from."""
    pattern = song_from_title(re.escape(title))
    for said in (sentence, ctx.previous):
        if said is not None and re.search(pattern, said.norm, re.IGNORECASE):
            return True
    return False


def song_memory(ctx, sentence):
    """What "it" may mean, last last, as ``ctx.recent`` holds it; without the album
    (or other title) named last only as the song's source, and the doubt after
    it, when the song comes before it."""
    recent, source = list(ctx.recent), False
    while recent and recent[-1][0] in ("album", "other"):
        kind, key = recent.pop()
        if (kind, key) == EITHER:
            continue
        title = ctx.albums[key]["title"] if kind == "album" else key
        if not song_source(ctx, sentence, title):
            return ctx.recent
        source = True
    return recent if source and recent and recent[-1][0] == "track" else ctx.recent
