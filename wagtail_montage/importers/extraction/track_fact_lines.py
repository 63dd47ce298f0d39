"""A song given as a line of a fact sheet: its quoted title, a comma and its
artist, and nothing else in the sentence, after a label that says it is the music
("Music: “X”, Lumen Bay.", "Song – “X”, Ada Moon.") or opening the paragraph right
under a heading that does ("Song", then "“X”, Vanta Rue. Songwriters: ..."). The
artist is the performer; what the next lines say ("Writers: A, B") is that
song's."""

import re

from ..prose import match_key
from .sentences import clean_title, names_span

# Before the title, the whole of it: a label that says the title is the music.
MUSIC_LABEL_RE = re.compile(
    r"^(?:(?:the\s|montage\s|main\s)?(?:music|song|songs|track|theme|tune|needle\sdrop)"
    r"\s?[:\u2013\u2014-]\s?)?\W?$",
    re.IGNORECASE,
)
# Right after the title: a comma, then the artist.
COMMA_RE = re.compile(r"^\W?,\s")


def fact_line_song(ctx, sentence, under_song_heading):
    """``(start, end, [artist])`` of the title of a fact sheet's song line, or None;
    ``under_song_heading``: whether the sentence opens the paragraph under one."""
    if len(sentence.quotes) != 1:
        return None
    text, start, end = sentence.quotes[0]
    label = MUSIC_LABEL_RE.match(sentence.norm[:start])
    if not label or not COMMA_RE.match(sentence.norm[end : end + 4]):
        return None
    if not (label.group(0).strip(" \ue000") or under_song_heading):
        return None
    title = clean_title(text)
    if not title or match_key(title) == ctx.film_key or ctx.is_album_title(title):
        return None
    tokens = sentence.tokens
    index = sentence.index_at(end)
    while index < len(tokens) and not tokens[index].text[:1].isalnum():
        index += 1
    names, stop = names_span(sentence, index, limit=1)
    rest = "".join(token.text for token in tokens[stop:])
    if len(names) != 1 or rest not in ("", "."):
        return None  # "“X”, a ballad sung by ...": more than a name
    return start, end, names
