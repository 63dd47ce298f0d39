"""The film's soundtrack named as a thing one has, with the film after "to" or "of":
"one record in the car: the soundtrack to “Winter Pier,” a film he saw twice",
"my copy of the soundtrack of <i>Winter Pier</i>", or with a numbered track of it
("the fourth track on the <i>Winter Pier</i> soundtrack"). With a word of the thing
itself in the sentence (a record, a tape, a copy, a track), it is the film's
untitled soundtrack album, like "the Winter Pier soundtrack on cassette"."""

import re

from .lexicon import CLOSE, OPEN


def soundtrack_of_film(film, norm):
    """Whether ``norm`` names the soundtrack to or of the film ``film``."""
    return bool(
        re.search(
            rf"\bsoundtrack\s(?:album\s|LP\s)?(?:to|of|from)\s(?:the\s(?:film|movie)\s)?"
            rf"{OPEN}?{re.escape(film)}[{CLOSE},]",
            norm,
            re.IGNORECASE,
        )
    )


def track_of_soundtrack(film, norm):
    """Whether ``norm`` names a track of the film's soundtrack, a record with
    tracks: "the fourth track on the <i>X</i> soundtrack"."""
    return bool(
        re.search(
            rf"\btrack\s(?:on|of|off)\s(?:the\s)?{OPEN}?{re.escape(film)}{CLOSE}?"
            r"\ssoundtrack\b",
            norm,
            re.IGNORECASE,
        )
    )
