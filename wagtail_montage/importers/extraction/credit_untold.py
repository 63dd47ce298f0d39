"""The song "it" means in a credit when the post has named no song yet: "Night
driving, and *X* on the radio. A wrote it; B sang it." A title nothing had said was a
song is "other" in the discourse memory; a credit verb with "it" for its object
("wrote it", "sang it", "composed it") says it is one, in a post that knows no track
at all, when that title is the last thing the memory holds and was quoted in this
sentence or the one before, not as a book, a film or an album."""

import re

from ..prose import match_key
from .credit_deferred import deferred_song
from .credit_words import NOT_SONGS_RE
from .discourse import AMBIGUOUS, title_cased
from .patterns import ALBUM_WORDS_RE
from .sentences import clean_title
from .subjects import known_subject
from .track_song_source import song_source_before

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
    if kind != "other" or key in (AMBIGUOUS, ctx.film_key):
        return None
    title = _named_as_a_title(ctx, sentence, index, key)
    if title == "" and _quoted_before(ctx, key):
        return deferred_song(ctx, key)  # credits that wait on the title
    if not title or not title_cased(title) or ALBUM_WORDS_RE.search(title):
        return None
    subject = known_subject(ctx, sentence, title, None)
    if subject is None or subject[1] != "track":
        return None
    return ctx.tracks.get(match_key(subject[0]))


def _named_as_a_title(ctx, sentence, index, key):
    """The title ``key`` as quoted before "it" in this sentence, or in the one
    before; "" when it is not, or a word just before its quote says it is a book, a
    film or a record of another kind ("the novel *X*", "her album *X*")."""
    offset = sentence.tokens[index].start
    places = [(sentence, quote) for quote in _quotes_of(sentence, key, offset)]
    if not places and ctx.previous is not None:
        places = [(ctx.previous, quote) for quote in _quotes_of(ctx.previous, key)]
    if not places or any(
        NOT_SONG_BEFORE_RE.search(said.norm[max(0, quote[1] - 25) : quote[1]])
        or song_source_before(said.norm, quote[1])  # "the ballad from “Y”"
        for said, quote in places
    ):
        return ""
    return clean_title(places[-1][1][0])


def _quoted_before(ctx, key):
    """Whether the post quoted the title ``key`` before, title-cased."""
    title = ctx.quoted_titles.get(key)
    return bool(title) and title_cased(title)


def _quotes_of(sentence, key, before=None):
    return [
        quote
        for quote in sentence.quotes
        if match_key(clean_title(quote[0])) == key
        and (before is None or quote[2] <= before)
    ]


# Before a passive credit of no title: the song named last ("The song was written
# by A"). "It was written by A" may be a tagline's, a book's or a film's.
SONG_BEFORE_RE = re.compile(
    r"\bthe\s(?:song|tune|track|number|single)\s(?:was|is)\s(?:also\s|first\s)?$",
    re.IGNORECASE,
)


def untold_credit(ctx, sentence, match, roles):
    """The track of the title quoted last for a passive credit (``match``, "written
    by", with its ``roles``) after "the song was", or opening the sentence with a
    singer's credit ("*X*. Sung by A, written by B"), in a post that knows no
    track; else None."""
    before = sentence.norm[: match.start()]
    opening = not before.strip() and "performers" in roles
    if not (opening or SONG_BEFORE_RE.search(before[-40:])):
        return None
    index = sentence.index_at(match.start())
    if index >= len(sentence.tokens):
        return None
    return untold_song(ctx, sentence, index)
