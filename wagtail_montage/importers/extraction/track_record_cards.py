"""A song given as a record's card, one label a line: "Title: <i>X</i>." then
"Artist: A.", "Writers: B, C.", "Label: D." The title is a track when the line
after it is a label of a song's people ("Artist", "Performer", "Writers", ...); the
artist named there is its performer. Not a film's card ("Title: <i>X</i>.
Director: A."), nor a title that runs on as a sentence."""

import re

from ..prose import match_key
from .sentences import (
    add_unique,
    clean_title,
    paragraph_text,
    split_sentences,
)

# The whole of the sentence before the title: "Title: ", "Single: ".
TITLE_LABEL_RE = re.compile(r"^(?:Title|Single|Song|Track)\s?:\s?\W?$", re.IGNORECASE)
# The whole of the sentence after it: nothing but its full stop.
END_RE = re.compile(r"^\W{0,2}\.?\s*$")
# The next line's label: a song's people.
PEOPLE_LABEL_RE = re.compile(
    r"^(?P<label>Artist|Artists|Performer|Performers|Performed\sby|Singer|Sung\sby"
    r"|Band|Act|Writer|Writers|Written\sby|Songwriter|Songwriters|Composer"
    r"|Composers)\s?:\s",
    re.IGNORECASE,
)
# Any label of a card's line: "Label: ", "Year: ", "B-side: ".
ANY_LABEL_RE = re.compile(r"^[A-Z][\w-]{1,15}(?:\s[\w-]{1,15})?\s?:\s")
# One name of a line's list: "Declan Moy", "The Wexford Arms", "Ann O'Hare".
NAME_RE = re.compile(r"^(?:The\s)?[A-Z][\w'.-]{0,30}(?:\s[A-Z][\w'.-]{0,30}){0,3}$")
# Between two names: ", ", " and ", " & ".
NAME_BREAK_RE = re.compile(r",\s(?:and\s)?|\s(?:and|&)\s")
# Labels whose names perform the song.
PERFORMING = frozenset(
    {
        "artist",
        "artists",
        "performer",
        "performers",
        "performed by",
        "singer",
        "sung by",
    }
    | {"band", "act"}
)


def record_card(ctx, sentence):
    """``(start, end, performers)`` of the title of a record card's "Title:" line,
    or None."""
    if len(sentence.quotes) != 1 or sentence.heading:
        return None
    text, start, end = sentence.quotes[0]
    if not TITLE_LABEL_RE.match(sentence.norm[:start]) or not END_RE.match(
        sentence.norm[end:]
    ):
        return None
    title = clean_title(text)
    if not title or match_key(title) == ctx.film_key or ctx.is_album_title(title):
        return None
    lines = _next_lines(ctx, sentence)
    label = PEOPLE_LABEL_RE.match(lines[0].norm) if lines else None
    if label is None:
        return None
    performers, composers = [], []
    for line in lines:
        found = PEOPLE_LABEL_RE.match(line.norm)
        if found is None:
            continue  # "Label: D.", "Year: 1991."
        names = _names(line.norm[found.end() :])
        if found.group("label").lower() in PERFORMING:
            add_unique(performers, names)
        else:
            add_unique(composers, names)
    ctx.offset = start
    add_unique(ctx.track(sentence, title)["composers"], composers)
    return start, end, performers


def _next_lines(ctx, sentence):
    """The labelled lines ("Artist: A.", "Label: D.") right after ``sentence`` in
    its paragraph."""
    block = ctx.post.body[sentence.paragraph][1]
    if not isinstance(block, str):
        return []
    found = split_sentences(paragraph_text(block), sentence.paragraph)
    norms = [other.norm for other in found]
    if sentence.norm not in norms:
        return []
    lines = []
    for other in found[norms.index(sentence.norm) + 1 :]:
        if not ANY_LABEL_RE.match(other.norm):
            break
        lines.append(other)
    return lines


def _names(text):
    """The names of a card line's value, "A, B and C."; none when any part is not
    a name ("Writers: the band, mostly")."""
    parts = NAME_BREAK_RE.split(text.strip().rstrip("."))
    if len(parts) > 4 or not all(NAME_RE.match(part) for part in parts):
        return []
    return parts
