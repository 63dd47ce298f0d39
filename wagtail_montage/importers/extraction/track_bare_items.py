"""Songs of a bulleted tracklist written without quotation marks: under a heading
that says the list is of songs ("Tracklist (side one)", "The songs", "Side two"),
in a post that names the film's soundtrack album or whose heading names the film,
each item a title alone or a title, a dash and its artist: "Salt Kiss — The
Gulls", "Harbour Wall (Reprise)". Not a heading that says its songs are not the
film's, not an item that runs on as a sentence ("Salt Kiss was the single"), and
not a list whose items are not all titles."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title, names_span
from .track_contents_lists import songs_contents
from .track_ranked import NOT_FILMS_RE, SONGS_HEADING_RE
from .track_row_times import versioned, without_time
from .track_side_prefixes import without_side

# A title in capitals (small words lowercase; a bracketed version after it), then
# maybe a dash and the rest: "Undertow (Instrumental) — Carl Mendes".
ITEM_RE = re.compile(
    r"^(?P<title>[A-Z0-9][\w'\u2019&.!?-]{0,30}(?:\s(?:[A-Z0-9(][\w'\u2019&.!?()-]{0,30}"
    r"|of|the|a|an|and|in|on|to|for|at|by|with|from|or|&)){0,9})"
    r"(?:\s[\u2013\u2014]\s|\s-\s|$)"
)
# The post names the film's record: "X: Music from the Motion Picture", "X (Original
# Soundtrack)", "the soundtrack".
SOUNDTRACK_RE = re.compile(
    r"\b(?:soundtrack|music\sfrom|songs\sfrom|motion\spicture|OST)\b", re.IGNORECASE
)


def bare_item(ctx, sentence):
    """Whether the sentence is an item of a tracklist without quotation marks; its
    song (and artist) made."""
    heading = ctx.heading
    if not sentence.listed or sentence.quotes or heading is None:
        return False
    if songs_contents(ctx, heading):
        pass  # "Contents" after "five favourites from the film"
    elif not SONGS_HEADING_RE.search(heading.norm) or NOT_FILMS_RE.search(heading.norm):
        return False
    elif not _films_record(ctx, heading):
        return False
    whole = sentence.norm.strip()
    text = without_side(whole)  # "A1 Paper Kites": the record's side and place
    shift = len(whole) - len(text)
    text, timed = without_time(text)  # "Low Gate (2:55)": the song's running time
    found = ITEM_RE.match(text)
    if not found:
        return False
    title = clean_title(found.group("title"))
    if not title or title.split()[0] in STOP_STARTS or match_key(title) == ctx.film_key:
        return False
    if versioned(title, timed):
        return False  # "Low Gate (instrumental) (2:55)"
    performers = []
    if found.end() < len(text):
        performers, stop = names_span(
            sentence, sentence.index_at(shift + found.end()), limit=2
        )
        if not performers or stop < sentence.index_at(shift + len(text)) - 1:
            return False  # "Salt Kiss — the dance scene, and the best of them"
    ctx.offset = 0
    track = ctx.track(sentence, title)
    add_unique(track["performers"], performers)
    return True


def _films_record(ctx, heading):
    """Whether the list is the film's record's: the post names its soundtrack album,
    or the heading or the post's title names the film or a soundtrack."""
    return bool(
        SOUNDTRACK_RE.search(heading.norm)
        or SOUNDTRACK_RE.search(ctx.post.title or "")  # "X (Original Soundtrack)"
        or (ctx.film_key and ctx.film_key in match_key(heading.norm))
        or any(SOUNDTRACK_RE.search(album["title"]) for album in ctx.albums.values())
    )
