"""A song's line naming its artist and the film it comes from, its title without
quotation marks: "Mirror Pond — Ada Moon (from <i>Gull Point</i>, 1983)", the entry
of a ranked list or a playlist. The whole sentence is the line: a title in capitals,
a dash, the artist's name, and the film in italics in brackets after "from"."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import clean_title

# The whole line: title, dash, artist, "(from <i>Film</i>, 1983)".
SOURCE_LINE_RE = re.compile(
    r"^(?P<title>[A-Z0-9][\w'\u2019&.!?-]{0,30}(?:\s(?:[A-Z0-9(][\w'\u2019&.!?()-]{0,30}"
    r"|of|the|a|an|and|in|on|to|for|at|by|with|from|or|&)){0,9})"
    r"\s[\u2013\u2014-]\s(?P<artist>[A-Z][\w'.&-]{0,30}(?:\s(?:[A-Z][\w'.&-]{0,30}"
    r"|and|&|the|of)){0,5})"
    r"\s\(from\s\ue000[^\ue000\ue001]{1,80}\ue001(?:,\s(?:1[89][0-9]{2}|20[0-9]{2}))?\)"
    r"\W{0,2}$"
)


def source_line(ctx, sentence):
    """``(start, end, [artist])`` of the title of a song's source line, or None."""
    found = SOURCE_LINE_RE.match(sentence.norm.strip())
    if found is None or sentence.heading:
        return None
    title = clean_title(found.group("title"))
    if not title or title.split()[0] in STOP_STARTS:
        return None
    if match_key(title) == ctx.film_key or ctx.is_album_title(title):
        return None
    start = sentence.norm.index(found.group("title"))
    return start, start + len(found.group("title")), [found.group("artist")]
