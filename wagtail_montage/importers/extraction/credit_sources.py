"""What a record's credit says, reported: "The writing credit on the 7-inch reads A
and B", "the credits split the writing between A and B", "the sleeve says words
and music by A". The song is the one the sentence names, else the one named last;
the names must end the clause."""

import re

from .credit_labels import last_track
from .credit_tracks import known_track
from .sentences import add_unique, names_span

# The credit and its verb; group 1: "writing" when the credit is the writers'.
SOURCE_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Mm]y|[Oo]ur)\s(?:old\s|original\s)?"
    r"(?:(writing|songwriting)\s)?(?:credits?|label|sleeve|liner\snotes)"
    r"(?:\s(?:on|of)\s[^.,;:\ue000\ue001]{1,30}?)?\s"
    r"(?:(split|splits|divide|divides)\sthe\s(?:song)?writing(?:\scredit)?\sbetween"
    r"|reads?|says|said|lists?|listed|gives?|gave|names?|named|shows?|showed)\s"
)
# What may follow the verb before the writers: "words and music by", "written by".
WRITERS_BY_RE = re.compile(
    r"(?:words\sand\smusic|music\sand\swords|music\sand\slyrics|written|composed"
    r"|co-written|penned)\s(?:by\s)?",
    re.IGNORECASE,
)
# What may end the writers' names: the clause's end, a bracket, "alone".
ENDS = frozenset({"", ".", ",", ";", "(", "alone", "\u2014"})


def reported_credits(ctx, sentence):
    """Credit the writers a record's reported credit names."""
    for found in SOURCE_RE.finditer(sentence.norm):
        start = found.end()
        role = WRITERS_BY_RE.match(sentence.norm, start)
        if role is not None:
            start = role.end()
        elif not (found.group(1) or found.group(2)):
            continue  # "the sleeve reads A": the act, maybe
        names, end = names_span(sentence, sentence.index_at(start), limit=4)
        tokens = sentence.tokens
        after = tokens[end].text.lower() if end < len(tokens) else ""
        if not names or after not in ENDS:
            continue
        if not all(name[:1].isupper() for name in names):
            continue
        track = known_track(ctx, sentence.norm) or last_track(ctx)
        if track is not None:
            add_unique(track["composers"], names)
