"""A named singer seen singing a quoted title, "A singing “X”", "with B performing
“X” on the radio": A and B perform X, and X is a song. Not a cover or a karaoke
turn the sentence says is one, nor after "like" ("it sounds like A singing “X”"),
nor in a question ("Is that really A singing “X”?")."""

import re

from ..prose import match_key
from .credit_subjects import names_before
from .credit_tracks import is_title, new_track
from .sentences import add_unique, clean_title

# The gerund right before the title.
SINGING = frozenset({"singing", "performing", "crooning"})
# A performance that is not the film's recording.
NOT_THE_RECORD_RE = re.compile(
    r"\b(?:cover(?:ing|ed|s)?|karaoke|parod(?:y|ies|ying)|impression|tribute)\b",
    re.IGNORECASE,
)
# Before the singer: a likeness or a wish, no performance.
LIKE_WORDS = frozenset({"like", "imagine", "imagining", "unlike"})


def singing_titles(ctx, sentence):
    """Credit the singer of each "A singing “X”" in the sentence."""
    tokens = sentence.tokens
    for index in range(1, len(tokens) - 1):
        if tokens[index].text not in SINGING:
            continue
        quoted = next(
            (quote for quote in sentence.quotes if quote[1] == tokens[index + 1].start),
            None,
        )
        if quoted is None or NOT_THE_RECORD_RE.search(sentence.norm):
            continue
        if sentence.norm.rstrip().endswith("?"):
            return  # "Is that really A singing “X”?": a doubt, put to be denied
        singers = [
            name for name in names_before(sentence, index) if not is_title(ctx, name)
        ]
        if not singers or _likeness(sentence, index, singers):
            continue
        track = ctx.tracks.get(match_key(clean_title(quoted[0])))
        track = track or new_track(ctx, sentence, *quoted)
        if track is not None:
            add_unique(track["performers"], singers)


def _likeness(sentence, index, singers):
    """Whether "like" (or "imagine") comes right before the singers' names."""
    tokens = sentence.tokens
    start = index
    while start > 0 and (tokens[start - 1].cap or tokens[start - 1].text == "&"):
        start -= 1
    return start > 0 and tokens[start - 1].text.lower() in LIKE_WORDS
