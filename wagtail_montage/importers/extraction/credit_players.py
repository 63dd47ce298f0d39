"""A writer who also plays on the record: "It was written by A, who also plays the
harmonica on the record", "B wrote it, and he plays the banjo on it too". The
player performs the song. Only a person the sentence already credited for the song
(the name just before "who", the one writer "he" or "she" points back at); a hedge
("who I believe plays") leaves the credit out."""

import re

from .credit_tracks import is_title, it_track, known_track
from .sentences import add_unique, names_span

# Group 1: who plays ("who", "he", "she"); group 2: what it is played on.
PLAYS_RE = re.compile(
    r"\b(who|he|she)\s(?:according\sto\s(?:the|his|her)\s[a-z]{3,12}\s)?"
    r"(?:also\s|even\s|himself\s|herself\s)?(?:plays|played)\s"
    r"(?:the\s|a\s|an\s|his\s|her\s)?[a-z][a-z-]{2,20}(?:\s[a-z][a-z-]{2,20})?\son\s"
    r"(it|the\s(?:record|single|track|recording|song))\b"
)

# What may come between the writer and "who": a comma, a short apposition ("A, a
# session man who ...", "A, the band's pianist, who ...").
APPOSED_RE = re.compile(r"^(?:,\s(?:a|an|the|his|her|their)\s[\w' -]{1,35})?,?\s$")


def players_of(ctx, sentence):
    """Credit as a performer the writer who, the sentence says, plays on the song."""
    norm = sentence.norm
    for match in PLAYS_RE.finditer(norm):
        if match.group(2) == "it":
            track = it_track(ctx, sentence, match.start(2))
        else:
            track = ctx.last_track()
        if track is None:
            continue
        name = _player(norm[: match.start()], match.group(1), track["composers"])
        if name is not None and name not in track["performers"]:
            track["performers"].append(name)


# "with A on vocals", "with A on lead guitar": A plays on the song (an instrument
# only: not "with A on the hood of a car").
ON_PART_RE = re.compile(
    r",\swith\s(?=[A-Z])[^,;:]{2,40}?\son\s(?:lead\s|backing\s)?(?:vocals|piano"
    r"|keyboards|guitar|drums|bass|saxophone|sax|trumpet|fiddle|violin|cello"
    r"|harmonica|accordion|banjo|organ)\b"
)


def players_on(ctx, sentence):
    """ "“X” by the duo A & B, with C on vocals": C performs the track the sentence
    names."""
    for match in ON_PART_RE.finditer(sentence.norm):
        track = known_track(ctx, sentence.norm[: match.start()])
        if track is None:
            continue
        start = sentence.index_at(match.start() + len(", with "))
        names, end = names_span(sentence, start, limit=2)
        if end >= len(sentence.tokens) or sentence.tokens[end].text != "on":
            continue
        add_unique(track["performers"], [n for n in names if not is_title(ctx, n)])


def _player(before, pronoun, writers):
    """The writer ``pronoun`` points back at in ``before``: for "who" the one named
    last, no more than a short apposition before it; for "he"/"she" the only one."""
    named = [(before.rfind(name), name) for name in writers if name in before]
    if not named:
        return None
    if pronoun != "who":
        return named[0][1] if len(named) == 1 else None
    at, name = max(named)
    if not APPOSED_RE.match(before[at + len(name) :]):
        return None  # "A wrote it in 1970 and a man who plays ...": someone else
    return name


# "co-written by A and the singer, B": B sings the song too.
SINGER_RE = re.compile(r"\bthe\s(?:singer|vocalist),?\s(?=[A-Z])")


def singing_writers(ctx, sentence):
    """A writer the credit names as "the singer" performs the song, when no one else
    is said to."""
    for match in SINGER_RE.finditer(sentence.norm):
        track = known_track(ctx, sentence.norm[: match.start()]) or ctx.last_track()
        if track is None or track["performers"]:
            continue
        names = names_span(sentence, sentence.index_at(match.end()), limit=1)[0]
        if names and names[0] in track["composers"]:
            track["performers"].append(names[0])
