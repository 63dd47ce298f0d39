"""The song the post's own title names: "Arranging “X” for a choir" over "Our choir
voted, and the winner is “X”", "Lesson 4: the X riff" over "the opening riff of
“X”", "First dance of the year: X" over "the winner is “X” again". The first time
the body quotes that title (in quotation marks, not italics) it is a song; not the
film's title, an album's, a title with a year in brackets after it (a film), nor
one of a post whose title says it is about a record, a book or a show."""

import re

from ..prose import match_key
from .sentences import clean_title
from .track_cues import really_quoted

# a post about something other than a song: "The X album", "X, the novel"
OTHER_WORK_TITLE_RE = re.compile(
    r"\b(?:albums?|LPs?|EPs?|records?|box\sset|soundtracks?|films?|movies?|books?"
    r"|novels?|shows?|series|musicals?|plays?|episodes?|games?|poems?|bands?)\b",
    re.IGNORECASE,
)
YEAR_AFTER_RE = re.compile(r"^\W{0,3}\s?\(\s?(?:1[89]|20)[0-9]{2}\s?\)")


def titled_song(ctx, sentence):
    """``(start, end, [])`` of the first quoted title of the sentence that the
    post's title names, when it is no other work; else None."""
    post_title = ctx.post.title or ""
    if OTHER_WORK_TITLE_RE.search(post_title):
        return None
    post_key = f" {match_key(post_title)} "
    for text, start, end in sentence.quotes:
        title = clean_title(text)
        key = match_key(title) if title else ""
        if (
            len(key.split()) >= 2
            and f" {key} " in post_key
            and key != ctx.film_key
            and key not in ctx.tracks
            and not ctx.is_album_title(title)
            and not YEAR_AFTER_RE.match(sentence.norm[end:])
            and really_quoted(ctx, sentence, title)
        ):
            return start, end, []
    return None
