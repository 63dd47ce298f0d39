"""A title named in passing, then identified by the next sentence as the film's
song: "I've had more requests for “X” than for anything else. If you missed it:
it's the Ida Marr song from the wedding-morning montage in <i>Film</i>", "People
still hum “X”. That's the song from the wedding scene." The title is a track, and
the name before "song", an act's ("the Ida Marr song"), its performer.

Guards: the sentence before must quote exactly one title (not the film's); this
sentence must say "it's", "it is", "it was" or "that's" then "the" (a name in
capitals maybe) and a song noun, then "from", "in", "over" or "under" and a
montage, a scene, a sequence, the credits or the film, quoting no title of its own
before that; "it's the song I hate most" or "it's the Ida Marr song everyone
knows" name no scene. Every pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .credit_deferred import deferred_song
from .sentences import add_unique, clean_title

# "it's the Ida Marr song from the wedding-morning montage", "That's the song over the
# end credits", "it was the Gulls number in the dance scene".
FILM_SONG_RE = re.compile(
    r"(?:^|[:;,\u2014]\s|\b(?:and|but|so)\s)(?:[Ii]t|[Tt]hat)(?:['\u2019]s|\sis|\swas)"
    r"\s(?:just\s|simply\s)?the\s(?P<act>[A-Z][\w'\u2019-]{0,25}(?:\s[A-Z][\w'\u2019-]"
    r"{0,25}){0,3}\s)?(?:song|number|track|tune|ballad|single)\s(?:from|in|over|under"
    r"|during)\s(?:the|that|its)\s(?:[\w-]{1,20}\s){0,3}?(?:montage|scene|sequence"
    r"|credits|film|movie|picture)\b(?!['\u2019])"
)


def film_song_next(ctx, sentence):
    """Whether the sentence identifies the one title of the sentence before as the
    film's song; its act, named before "song", waits as its performer."""
    previous = ctx.previous
    if previous is None or len(previous.quotes) != 1:
        return False
    found = FILM_SONG_RE.search(sentence.norm)
    if found is None or any(start < found.end() for _t, start, _e in sentence.quotes):
        return False
    key = match_key(clean_title(previous.quotes[0][0]))
    if not key or key == ctx.film_key:
        return False
    act = (found.group("act") or "").strip()
    if act and act not in ("The", "Only", "Other", "First", "Last"):
        add_unique(deferred_song(ctx, key)["performers"], [act])
    return True
