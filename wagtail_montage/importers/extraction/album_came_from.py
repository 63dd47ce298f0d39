"""A title after "the album" that is the subject of a clause about the album, not
its name: "the album “X” came from, “Y”", "the LP “X” is on", "the record “X”
appeared on". The title is the song's; the album is named after it, or not at
all. Every pattern is bounded."""

import re

# Right after the title: the song's place on the album, then a comma or the end.
CAME_FROM_AFTER_RE = re.compile(
    r"^\W{0,2}\s(?:came|comes|was\staken|is\staken|was\slifted)\sfrom\b"
    r"|^\W{0,2}\s(?:is|was|appears|appeared|sits|sat|turned\sup|turns\sup)\son"
    r"(?:\W|$)"
)


def song_of_the_album(norm, end):
    """Whether the title ending at ``end`` is followed by where it came from: "the
    album “X” came from, ..."."""
    return bool(CAME_FROM_AFTER_RE.match(norm[end : end + 30]))
