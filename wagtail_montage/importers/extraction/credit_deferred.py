"""Credits of a song the post names before it says the song is the film's: "I was
sure “X” would win. ... The song was written by A. B sang it. ... The single climbed
to No. 3" - when A and B are credited, "X" is only a title the memory holds as
"other". The credits wait on that title, and are the track's if the post makes it a
track later; a title that never becomes one takes none."""

from .context import track_value
from .sentences import add_unique


def deferred_song(ctx, key):
    """The credits waiting on the title ``key``, as a track's value kept aside."""
    return ctx.deferred_credits.setdefault(key, track_value(key))


def credits_deferred(ctx):
    """The credits that waited on a title the post made a track in the end."""
    for key, waiting in ctx.deferred_credits.items():
        track = ctx.tracks.get(key)
        if track is not None:
            add_unique(track["composers"], waiting["composers"])
            add_unique(track["performers"], waiting["performers"])
