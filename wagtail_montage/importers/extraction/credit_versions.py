"""A singer named by their recording: "Vera Slone's recording of “X”", "the finale
uses Ana Lee's version of “X”", "Vera Slone's recording, composed by A, climbed to
No. 9" (the track the sentence is about)."""

import re

from ..prose import match_key
from .credit_tracks import new_track
from .credit_words import NOT_THIS_FILM_RE
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title

# "Vera Slone's recording", "Ana Lee's own version"; group 1: the name.
RECORDING_RE = re.compile(
    r"(?<![\w'])([A-Z][\w'-]{0,30}(?:\s[A-Z][\w'-]{0,30}){0,3})['\u2019]s\s"
    r"(?:own\s|original\s|hit\s)?(?:recording|vocal|rendition|version|performance)\b"
)
# What follows: "of “X”" (group 1), or a comma and a credit of the track.
AFTER_RE = re.compile(r"^\sof\s\ue000([^\ue001]{1,100})\ue001|^,\s(?=\w+ed\sby\s)")

# A recording set against another: "A's version is better than the film's", "the
# film uses B's instead"; a cover.
COMPARED_RE = re.compile(
    r"\b(?:better|worse|than|prefer|prefers|preferred|instead|rather|isn't|wasn't"
    r"|not|never|cover|covered|remake|later|also)\b",
    re.IGNORECASE,
)


def recordings_of(ctx, sentence):
    """Credit the singer of "A's recording of “X”", and of "A's recording, composed
    by B, ..." that opens a sentence about the track named last."""
    for match in RECORDING_RE.finditer(sentence.norm):
        name = match.group(1)
        if (
            name.split()[0] in STOP_STARTS
            or NOT_THIS_FILM_RE.search(sentence.norm)
            or COMPARED_RE.search(sentence.norm)
        ):
            continue
        after = AFTER_RE.match(sentence.norm[match.end() :])
        if after is None:
            continue
        if after.group(1) is not None:
            track = _quoted(ctx, sentence, after.group(1), match.end())
        elif match.start() == 0:
            subject = ctx.last()
            track = (
                ctx.tracks.get(match_key(subject[0]))
                if subject and subject[1] == "track"
                else None
            )
        else:
            track = None
        if track is not None:
            add_unique(track["performers"], [name])


def _quoted(ctx, sentence, text, offset):
    known = ctx.tracks.get(match_key(clean_title(text)))
    if known is not None:
        return known
    for quote, start, end in sentence.quotes:
        if start >= offset and clean_title(quote) == clean_title(text):
            return new_track(ctx, sentence, quote, start, end)
    return None
