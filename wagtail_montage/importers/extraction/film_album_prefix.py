"""A film's title given as the record of its music: "Songs from The Orchard Gate",
"Music from the Motion Picture Lantern Row", "Themes from Blue Pier" name the
records; the film is what follows the record's words ("The Orchard Gate"), when that
is two words or more ("Music from Nowhere" stays whole)."""

import re

# The words a record's title puts before its film's: "Music from", "Songs from the
# Film", "Selections from", "The Music of".
RECORD_PREFIX_RE = re.compile(
    r"^(?:The\s)?(?:Music|Songs|Themes|Selections|Highlights)\s(?:from|of)\s"
    r"(?:the\s(?:Motion\sPicture|Film|Movie)\s)?(?=[A-Z0-9])"
)


def film_of_record_title(title):
    """``title`` without a record's words before it ("Songs from The Orchard Gate" is
    "The Orchard Gate"); ``title`` when it has none, or what is left is one word."""
    found = RECORD_PREFIX_RE.match(title)
    if found is None:
        return title
    rest = title[found.end() :].strip()
    return rest if len(rest.split()) >= 2 else title  # not "Music from Nowhere"
