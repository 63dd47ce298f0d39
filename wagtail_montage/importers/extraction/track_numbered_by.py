"""A numbered heading that is a bare title and its artist after "by": "1. Tin Roof
Blues, by Ada Moon", "2) The Night the Pier Burned by The Terns". The title ends
where "by" begins (not "Tin Roof Blues, by Ada Moon" as one title), and with an
artist named after it a title may open on "The". Taken, like a bare numbered
title, only in a post whose title is about songs."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS

# "1. Title, by Artist": the place, then capitalised words (small words between
# them, never "by"), then ", by" or " by" and the artist's capitalised words ("and
# the", "&", "of" between them). Every run bounded.
NUMBERED_BY_RE = re.compile(
    r"^([0-9]{1,2}[.)])\s{1,3}"
    r"([A-Z][\w'\u2019-]{0,30}(?:\s(?:[A-Z0-9][\w'\u2019-]{0,30}|of|the|a|an|and"
    r"|in|on|to|for|at|with|from|or|my|your|me|you)){0,9})"
    r",?\sby\s"
    r"((?:the\s)?[A-Z][\w'\u2019.-]{0,30}(?:\s(?:[A-Z][\w'\u2019.-]{0,30}|and|the"
    r"|&|of|de|van|von|la|le)){0,6})$"
)

# Participles that end no title before "by": "Shot by A", "Directed by B".
PARTICIPLES = frozenset(
    {
        "shot",
        "written",
        "sung",
        "made",
        "done",
        "taken",
        "drawn",
        "told",
        "directed",
        "produced",
        "composed",
        "arranged",
        "performed",
        "recorded",
        "filmed",
        "photographed",
        "edited",
        "conducted",
        "played",
        "designed",
        "choreographed",
    }
)


def numbered_by(ctx, sentence, songs_title):
    """The heading as an entry with its title quoted and its artist after a dash
    ("1. “Tin Roof Blues” — Ada Moon"); "" when it is a numbered title and a name
    after "by" but no song's entry ("2. Shot by Ben Hale": no title "Shot by Ben
    Hale" either); None when it is not that shape or the post is not about songs."""
    found = NUMBERED_BY_RE.match(sentence.orig.strip())
    if not found or sentence.quotes or not songs_title:
        return None
    place, title, artist = found.groups()
    words = title.split()
    if (
        words[0] in STOP_STARTS - {"The"}
        or match_key(title) == ctx.film_key
        or words == ["The"]
        or words[-1].lower() in PARTICIPLES  # "3. Directed by A": who made what
        or artist.split()[-1] in ("and", "the", "&", "of")  # "by Ada and"
    ):
        return ""
    return f"{place} \u201c{title}\u201d \u2014 {artist}"
