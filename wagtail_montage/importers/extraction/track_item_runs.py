"""An item of a list that follows an item the post took as a song's entry ("“X” —
A (written by B)") is read as the same kind of entry: "“Y” — also A, under the
last thirty seconds" needs no credit of its own to be the list's next song."""

from ..prose import match_key
from .sentences import clean_title


def after_song_item(ctx, sentence):
    """Whether the sentence before, an item of the same list, opened on a title the
    post has made a track."""
    previous = ctx.previous
    if not (
        previous is not None
        and previous.listed
        and previous.paragraph == sentence.paragraph
        and previous.quotes
    ):
        return False
    text, start, _end = previous.quotes[0]
    if previous.norm[:start].strip(" \u2022*-"):
        return False
    return match_key(clean_title(text)) in ctx.tracks
