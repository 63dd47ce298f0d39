"""The song "it" means in a credit when the post has named no song yet: "Night
driving, and *X* on the radio. A wrote it; B sang it." A title nothing had said was a
song is "other" in the discourse memory; a credit verb with "it" for its object
("wrote it", "sang it", "composed it") says it is one, in a post that knows no track
at all, when that title is the last thing the memory holds and was quoted in this
sentence or the one before, not as a book, a film or an album."""

import re

from ..prose import match_key
from .credit_words import NOT_SONGS_RE
from .discourse import AMBIGUOUS, title_cased
from .patterns import ALBUM_WORDS_RE
from .sentences import clean_title
from .subjects import known_subject

# What a title quoted just after these words is: no song ("the novel *X*").
NOT_SONG_BEFORE_RE = re.compile(
    NOT_SONGS_RE.pattern + r"|\b(?:album|LP|record|paperback|poem|play|show)\b",
    re.IGNORECASE,
)


def untold_song(ctx, sentence, index):
    """The track of the title quoted last, for "it" at ``tokens[index]``, the object
    of a credit verb; None when the post knows a track already, or that title may
    be anything but a song."""
    if ctx.tracks or not ctx.recent:
        return None
    kind, key = ctx.recent[-1]
    title = ctx.quoted_titles.get(key)
    if kind != "other" or key in (AMBIGUOUS, ctx.film_key) or not title:
        return None
    if not title_cased(title) or ALBUM_WORDS_RE.search(title):
        return None
    if not _named_as_a_title(ctx, sentence, index, key):
        return None
    subject = known_subject(ctx, sentence, title, None)
    if subject is None or subject[1] != "track":
        return None
    return ctx.tracks.get(match_key(subject[0]))


def _named_as_a_title(ctx, sentence, index, key):
    """Whether the title ``key`` is quoted before "it" in this sentence, or in the
    one before, and no word just before its quote says it is a book, a film or a
    record of another kind ("the novel *X*", "her album *X*")."""
    offset = sentence.tokens[index].start
    places = [(sentence, start) for _t, start, _e in _quotes_of(sentence, key, offset)]
    if not places and ctx.previous is not None:
        places = [
            (ctx.previous, start) for _t, start, _e in _quotes_of(ctx.previous, key)
        ]
    return bool(places) and not any(
        NOT_SONG_BEFORE_RE.search(said.norm[max(0, start - 25) : start])
        for said, start in places
    )


def _quotes_of(sentence, key, before=None):
    return [
        quote
        for quote in sentence.quotes
        if match_key(clean_title(quote[0])) == key
        and (before is None or quote[2] <= before)
    ]
