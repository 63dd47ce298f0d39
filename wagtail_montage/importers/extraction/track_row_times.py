"""A tracklist's row that ends on the song's running time: "Aurora Serenade – A
Singer (3:48)", "A. Harbour Lights (4:02)", "Low Gate – The Reeds [2:55]". The time
is the record's, not part of the title or of the artist's name, and is taken off
before the row is read.

Guards: a time is minutes and seconds ("3:48", "12:05") in round or square brackets
at the row's very end; a clock time in the running text ("from 19:30") has no
bracket and keeps its words. A row whose title keeps a bracket of its own
("Harbour Lights (instrumental) (4:10)") is left to the readers that offer it:
writers differ on whether such a version is a song of its own."""

import re

# " (3:48)", " [12:05]" closing the row.
TIME_TAIL_RE = re.compile(r"\s(?:\([0-9]{1,2}:[0-5][0-9]\)|\[[0-9]{1,2}:[0-5][0-9]\])$")


def without_time(text):
    """``(text, timed)``: the row's text without its running time, and whether it
    had one."""
    found = TIME_TAIL_RE.search(text)
    return (text[: found.start()], True) if found else (text, False)


def versioned(title, timed):
    """Whether a timed row's title keeps a bracket of its own (a version's)."""
    return timed and "(" in title
