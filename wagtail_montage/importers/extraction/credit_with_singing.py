"""A singer named in a "with" phrase after the song's title ("The single of “X”,
with A singing, reached No. 15", "“X”, with A and B singing it") performs it, as
"with A on vocals" does; "with A dancing", "with A singing along" (someone in the
scene) is no credit, nor a title the sentence does not name before the phrase."""

import re

from .credit_tracks import is_title, known_track
from .sentences import add_unique, names_span

WITH_RE = re.compile(r",\swith\s(?=[A-Z])")
SINGING = frozenset({"singing", "crooning", "vocalising", "vocalizing"})
ALONG = frozenset({"along", "over", "to", "badly", "off-key"})


def with_singing(ctx, sentence):
    """Credit the singers of "“X”, with A singing" as the track's performers."""
    for match in WITH_RE.finditer(sentence.norm):
        track = known_track(ctx, sentence.norm[: match.start()])
        if track is None:
            continue
        names, end = names_span(sentence, sentence.index_at(match.end()), limit=2)
        tokens = sentence.tokens
        if not names or end >= len(tokens) or tokens[end].text not in SINGING:
            continue
        if end + 1 < len(tokens) and tokens[end + 1].text in ALONG:
            continue  # "with A singing along in the car": someone in the scene
        add_unique(track["performers"], [n for n in names if not is_title(ctx, n)])
