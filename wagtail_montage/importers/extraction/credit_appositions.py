"""A performer named by a possessive in apposition to a title: "“Iron Mile,” the
Tin Kites' roaring opener, ...", "“Iron Mile”, Dora Fell's big ballad"."""

import re

from ..prose import match_key
from .credit_subjects import names_before
from .sentences import add_unique, clean_title, names_span

# What a performer's possessive calls a recording (not "song", "theme" or "tune",
# which may be a writer's).
RECORDING_WORDS = r"opener|closer|ballad|duet|anthem|single|hit|showstopper"
# Companies, not acts: "Motown Records' biggest single".
COMPANY_WORDS = frozenset(
    {"Records", "Music", "Pictures", "Studios", "Radio", "Films", "Label"}
)
NAME = r"([A-Z][\w.-]{0,30}(?:\s(?:of|the|and|de|van|von|[A-Z][\w.-]{0,30})){0,4})"
# After a quoted title: ", Gears of Glory's roaring opener".
APPOSED_RE = re.compile(
    r",?\s(?:the\s)?"
    + NAME
    + r"['\u2019]s?\s(?:[a-z-]{1,20}\s){0,2}(?:"
    + RECORDING_WORDS
    + r")\b"
)


# The same in the post's text, the title quoted before it.
TITLED_RE = re.compile(
    r"[\u201c\"]([^\u201d\"]{1,80}?),?[\u201d\"]" + APPOSED_RE.pattern
)


def apposed_performers(ctx, text):
    """Credit the act whose possessive calls a title named before "its opener",
    "their single" (a title the post has as a track)."""
    for match in TITLED_RE.finditer(text):
        track = ctx.tracks.get(match_key(clean_title(match.group(1))))
        name = match.group(2)
        if track is None or name.split()[-1] in COMPANY_WORDS:
            continue
        if match_key(name) == ctx.film_key or match_key(name) in ctx.tracks:
            continue
        add_unique(track["performers"], [name])


# "a duet with A", "the duet between A and B", "a duet for A and B": the singers of
# the duet.
DUET_RE = re.compile(r"\bduet\s(?:with|between|for)\s")
# "the ballad A and B duet on": the names before the verb sing it.
DUET_VERBS = frozenset({"duet", "duets", "duetted", "duetting"})


def duet_partners(ctx, sentence):
    """ "Her second song is a duet with Cal Mott, “X”": Cal Mott sings “X”, the one
    track the sentence quotes; "“X”, the ballad A and B duet on": A and B sing it."""
    for match in DUET_RE.finditer(sentence.norm):
        names = names_span(sentence, sentence.index_at(match.end()), limit=2)[0]
        _sing_the_one_track(ctx, sentence, names)
    for index, token in enumerate(sentence.tokens):
        if token.text in DUET_VERBS and index > 0 and sentence.tokens[index - 1].cap:
            names = names_before(sentence, index, subject=True)
            _sing_the_one_track(ctx, sentence, names if len(names) > 1 else [])


def _sing_the_one_track(ctx, sentence, names):
    tracks = {
        id(track): track
        for track in (
            ctx.tracks.get(match_key(clean_title(text)))
            for text, _start, _end in sentence.quotes
        )
        if track is not None
    }
    if len(tracks) != 1:
        return
    names = [name for name in names if match_key(name) not in ctx.tracks]
    add_unique(next(iter(tracks.values()))["performers"], names)
