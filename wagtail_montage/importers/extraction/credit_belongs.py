"""A part of the song named last said to belong to someone: "The tune belonged to
A, a piano man", "The lead single belongs to the Bs", "The song belongs, in the
credits at least, to two people: A and B", "The songwriting credit, on the 7-inch
and the sheet music, belongs to A and B". The tune, the words and the writing
credit are the writers'; the single, the record and the voice the performer's (a
song belongs to its writers only in a sentence about its credits)."""

import re

from .credit_tracks import is_title
from .sentences import add_unique, names_span

# Group 1: the noun; group 2: "song" or "songwriting"/"writing" before "credit".
BELONGS_RE = re.compile(
    r"\b(?:the|its|this|that)\s(?:(?:lead|title|first|main|original)\s)?"
    r"(tune|melody|words|lyrics?|(?:(song)?writing\s)?credits?|song|single|record"
    r"|recording|vocals?)\b"
    r"(?:(?:,\s[^,.;:!?\ue000\ue001]{1,60}){1,3},)?"  # ", on the 7-inch, on the LP,"
    r"\s(?:belongs|belonged)(?:,\s[^,.;:!?]{1,40},)?\sto\s"
    r"(?:(?:two|three|four|both)\s(?:people|men|women|writers)\s?[:,]?\s)?",
    re.IGNORECASE,
)
PERFORMING = frozenset({"single", "record", "recording", "vocal", "vocals"})
CREDIT_RE = re.compile(r"\bcredit(?:s|ed)?\b", re.IGNORECASE)


def belonging_parts(ctx, sentence, known_track):
    """Credit who the part of the song named last belongs to. ``known_track(ctx,
    text)``: the track named last in ``text``."""
    for match in BELONGS_RE.finditer(sentence.norm):
        noun = match.group(1).lower()
        if noun == "song" and not CREDIT_RE.search(sentence.norm):
            continue  # "the song belongs to her now": a singer's, a fan's?
        if noun.endswith(("credit", "credits")) and not match.group(2):
            continue  # "the credit belongs to A": any credit
        names = names_span(sentence, sentence.index_at(match.end()), limit=4)[0]
        names = [name for name in names if name[:1].isupper()]
        if not names or any(is_title(ctx, name) for name in names):
            continue
        track = known_track(ctx, sentence.norm[: match.start()]) or ctx.last_track()
        if track is not None:
            role = "performers" if noun in PERFORMING else "composers"
            add_unique(track[role], names)
