"""A film's title given as its album's: "Price guide: X - Original Motion Picture
Score (1979)" is the film X, not "X - Original Motion Picture Score"."""

import re

# The words an album's title adds to its film's after a colon or a dash: "X: Original
# Motion Picture Soundtrack", "X - Original Score", "X - Music from the Film".
ALBUM_SUFFIX_RE = re.compile(
    r"(?::|\s[-\u2013\u2014])\s(?:The\s)?(?:Original\s)?(?:Motion\sPicture\s)?"
    r"(?:Soundtrack|Score|Music\sfrom\sthe\s(?:Motion\sPicture|Film|Movie)"
    r"|Songs\sfrom\sthe\s(?:Motion\sPicture|Film|Movie))(?:\sAlbum)?\s*$",
    re.IGNORECASE,
)


def film_of_album_title(title):
    """``title`` without the album's words after it ("X - Original Motion Picture
    Score" is X); ``title`` when it has none, or nothing is left before them."""
    found = ALBUM_SUFFIX_RE.search(title)
    if found is None or found.start() < 2:
        return title
    return title[: found.start()].strip()
