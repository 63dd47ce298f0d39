"""A song said to be its singer's own wrote it too: "A's own instrumental “X”",
"“X”, A: her own song, words and music", "“X”: A at the piano, playing her own
tune". The singer is the one performer of the title the sentence names; not in
a denial ("he did not sing his own song").

The possessive ("A's own") names the writer outright; "her own" means the one
performer of the sentence's one track whom the sentence names."""

import re

from ..prose import match_key
from .sentences import add_unique, clean_title

# The song noun after "own".
OWN_NOUNS = r"(?:song|tune|composition|number|instrumental|ballad|piece|melody|words)"
OWNER_OWN_RE = re.compile(
    r"((?:[A-Z][\w'\u2019-]{1,30}\s){0,2}[A-Z][\w-]{1,30})['\u2019]s\sown\s"
    + OWN_NOUNS
    + r",?\s[\ue000\u201c\"]"
)
PRONOUN_OWN_RE = re.compile(
    r"\b(?:his|her|their)\s(?:very\s)?own\s" + OWN_NOUNS + r"\b"
)
DENIAL_RE = re.compile(r"\b(?:not|never|n't|nor|rather\sthan|instead\sof)\b")


def own_songs(ctx, sentence):
    """Credit the writer a song's "own" names."""
    if DENIAL_RE.search(sentence.norm):
        return
    for match in OWNER_OWN_RE.finditer(sentence.norm):
        track = _quoted_track(ctx, sentence, match.end() - 1)
        if track is not None:
            add_unique(track["composers"], [match.group(1)])
    if PRONOUN_OWN_RE.search(sentence.norm):
        _pronoun_own(ctx, sentence)


def _quoted_track(ctx, sentence, offset):
    """The track of the title quoted at ``offset``, or None."""
    quoted = next((quote for quote in sentence.quotes if quote[1] == offset), None)
    if quoted is None:
        return None
    return ctx.tracks.get(match_key(clean_title(quoted[0])))


def _pronoun_own(ctx, sentence):
    """ "“X”, A: her own song": the one performer of the one track the sentence
    quotes whom the sentence names is its writer too."""
    tracks = {
        id(track): track
        for text, _start, _end in sentence.quotes
        for track in [ctx.tracks.get(match_key(clean_title(text)))]
        if track is not None
    }
    if len(tracks) != 1:
        return
    track = next(iter(tracks.values()))
    named = [name for name in track["performers"] if name in sentence.norm]
    if len(named) == 1:
        add_unique(track["composers"], named)
