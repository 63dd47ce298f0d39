"""Credits whose subject is who did it, described in a relative clause: "The band that
plays it, as we said, is A", "The man who wrote the song was B", or named after it in
commas ("The band that recorded it, The Bs, were four lads from Fife"). The song is
the one named last (or the post's one track)."""

import re

from .credit_labels import last_track
from .credit_tracks import is_title
from .sentences import add_unique, names_span

# Group 1: a writing verb; group 2: a performing verb.
DOER = (
    r"\b[Tt]he\s(?:[a-z-]{1,15}\s)?(?:band|group|singer|act|man|woman|person|people"
    r"|one|duo|trio|artist|songwriter|writer|composer|guy|girl)s?\s(?:that|who)\s"
    r"(?:actually\s|really\s|originally\s|first\s)?"
    r"(?:(wrote|writes|composed|co-wrote|penned)"
    r"|(plays|played|sings|sang|recorded|records|performs|performed))\s"
    r"(?:it|the\s(?:song|tune|track|single|theme))"
)
DOER_RE = re.compile(DOER + r"(?:,\s[^,.;]{1,40},)?\s(?:is|was|were|are)\s")
# "The band that recorded it, The Bs, were four lads": the doer named in commas.
APPOSED_RE = re.compile(DOER + r",\s(?=(?:[Tt]he\s)?[A-Z])")
ENDS = frozenset({"", ".", ";", ","})


def doers_described(ctx, sentence):
    """Credit the names "the band that plays it ... is" names."""
    for found in DOER_RE.finditer(sentence.norm):
        if any(start < found.start() for _text, start, _end in sentence.quotes):
            continue  # a title before: the other rules read it
        names, end = names_span(sentence, sentence.index_at(found.end()), limit=3)
        tokens = sentence.tokens
        if not names or (tokens[end].text if end < len(tokens) else "") not in ENDS:
            continue
        track = last_track(ctx)
        if track is None:
            continue
        names = [n for n in names if n[:1].isupper() and not is_title(ctx, n)]
        add_unique(track["composers" if found.group(1) else "performers"], names)
    for found in APPOSED_RE.finditer(sentence.norm):
        if any(start < found.start() for _text, start, _end in sentence.quotes):
            continue
        names, end = names_span(sentence, sentence.index_at(found.end()), limit=3)
        tokens = sentence.tokens
        track = last_track(ctx)
        if track is None or end >= len(tokens) or tokens[end].text != ",":
            continue  # "The band that recorded it, The Bs, were ...": in commas
        names = [n for n in names if n[:1].isupper() and not is_title(ctx, n)]
        add_unique(track["composers" if found.group(1) else "performers"], names)
