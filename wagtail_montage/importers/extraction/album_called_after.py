"""An album named with the noun and verb that name it after its title: "<i>X</i>,
the record was called", "<i>X</i>, the album is titled", "<i>X</i>: that's what
the LP was called". "Album" and "LP" say so of any title; "record", which may be a
single, only of a title in italics, as albums are written."""

import re

# Right after the title: the record's noun, then the verb that named it.
CALLED_AFTER_RE = re.compile(
    r"^\W{0,3}[,:]?\s(?:that's\swhat\s|that\swas\s|as\s)?(?:the|my|our|his|her|their)"
    r"\s(?:(?:new|first|second|third|debut|solo|own|whole)\s)?(?P<noun>album|LP"
    r"|record)\s(?:was|is|got|ended\sup)\s(?:being\s)?(?:called|named|titled)\b",
    re.IGNORECASE,
)


def called_album_after(norm, end, quoted):
    """Whether the words after a title ending at ``end`` say an album was called
    so; ``quoted``: whether the title is in quotation marks, not italics."""
    return said_album(CALLED_AFTER_RE.match(norm[end : end + 60]), quoted)


def said_album(found, quoted):
    """Whether ``found``, a match whose "noun" group is an album's noun, names an
    album: "record" only of a title in italics (``quoted`` false)."""
    return found is not None and not (
        quoted and found.group("noun").lower() == "record"
    )
