"""A post's title that names the song, not the film: "Chart run: X (1988)" over a
text that says "the song from <i>Y</i>, A's ‘X’", or "Karaoke diary: X" over
"Tonight: X, the B one, from Y". When the post's soundtrack record names a film Y
("<i>Y: Original Soundtrack</i>", or so written bare) and a sentence names X with
"from Y", the film is Y; the year the title gives stays. Nothing without both."""

import re

from ..prose import match_key
from .film_dated_records import film_of_record
from .film_titles import title_words
from .sentences import clean_title

# A soundtrack record's title written bare: "Y: Original Soundtrack", "Y - Original
# Motion Picture Score". The name is the capitalised tail of the group.
BARE_RECORD_RE = re.compile(
    r"([A-Z][^.:;,!?\ue000\ue001]{1,50}?)(?::|\s[-\u2013\u2014])\s(?:The\s)?Original"
    r"\s(?:Motion\sPicture\s)?(?:Soundtrack|Score)\b"
)
SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "at", "to", "for"})


def _tail(name):
    """The capitalised words that end ``name``: "I bought Tin Roof" -> "Tin Roof"."""
    words = name.split()
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in SMALL):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1
    return " ".join(words[start:])


def record_films(sentences):
    """The films the post's soundtrack records name, quoted or bare, in order."""
    names = []
    for sentence in sentences:
        found = [film_of_record(clean_title(text)) for text, _s, _e in sentence.quotes]
        found += [
            _tail(match.group(1)) for match in BARE_RECORD_RE.finditer(sentence.norm)
        ]
        names += [name for name in found if name and name not in names]
    return names


def film_over_song(title, sentences):
    """The film Y to take instead of ``title`` when a sentence names the title as a
    song "from Y" and a soundtrack record of the post names Y; else ""."""
    key = title_words(title)
    if not key.strip():
        return ""
    for film in record_films(sentences):
        other = title_words(film)
        if len(other.split()) < 2 or key in other or other in key:
            continue
        source = "from" + other
        if any(
            key in title_words(sentence.norm) and source in title_words(sentence.norm)
            for sentence in sentences
        ):
            return film
    return ""


def film_over_title_song(ctx, sentences):
    """Before the post is read: the film the post's title gave, made Y when the
    title names the song from Y."""
    film = film_over_song(ctx.post.film_title, sentences)
    if film:
        ctx.post.film_title, ctx.film_key = film, match_key(film)
