"""An album named by its noun and the verb that names it just before its title: "on
an album called <i>X</i>", "a compilation titled “X”", "her second LP, named
<i>X</i>", "a record called <i>X</i>", "the LP was simply called <i>X</i>". "Album", "LP" and "compilation" say so of
any title; "record", which may be a single, only of a title in italics, as albums
are written. Not an album said to be another's or to be no album ("a song called
“X”" names a song)."""

import re

from .album_called_after import said_album

# Just before the title: an album's noun, a few words of what it is, then the verb.
NOUN = r"(?P<noun>album|LP|compilation|soundtrack\salbum|record)"
CALLED_BEFORE_RE = re.compile(
    rf"\b(?:an?|the|his|her|their|its|one|my|our)\s(?:[a-z-]{{2,15}}\s){{0,2}}?{NOUN}"
    r"(?:\s(?:that\s)?(?:was|is)|,)?(?:\s(?:simply|just|originally|officially))?"
    r"\s(?:called|titled|entitled|named)[,:]?\s\W?$",
    re.IGNORECASE,
)


def called_album_before(norm, start, quoted):
    """Whether the words before a title starting at ``start`` call it an album;
    ``quoted``: whether the title is in quotation marks, not italics."""
    return said_album(CALLED_BEFORE_RE.search(norm[max(0, start - 60) : start]), quoted)
