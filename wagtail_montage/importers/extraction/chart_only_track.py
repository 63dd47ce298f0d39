"""The post's one song for a chart "it" the memory cannot place.

The discourse memory answers "it" with nothing after a title it does not know: "it"
might be that other record ("Their next single, “X”, flopped. It went to No. 30").
But when the post has exactly one track and the other title is no longer the last
thing named ("She also wrote “X”, not in the film. Both are on her album.") or is
the track's own title spelt another way ("“A & B”, not “A and B”"), "it" or "the
song" in a clause that quotes no title and names a chart only a track can be on
("It peaked at number 11 on the UK Singles Chart") is that track.
"""

from ..prose import match_key
from .chart_names import chart_fits, chart_in
from .context import record_subject
from .discourse import AMBIGUOUS, anaphor_kind


def only_track(ctx, sentence, region, after, kind="peak"):
    """(title, kind, artist) of the post's one track for an anaphor between tokens
    ``region`` of a position whose chart (named in ``after``) a track can be on;
    else None."""
    start, end = region
    if kind != "peak" or len(ctx.tracks) != 1 or start >= end:
        return None
    begin = sentence.tokens[start].start
    finish = sentence.tokens[min(end, len(sentence.tokens)) - 1].end
    if any(sentence.quotes_within(begin, finish)):
        return None
    kinds = {anaphor_kind(sentence, at, start) for at in range(start, end)} - {None}
    if not kinds or "album" in kinds:
        return None
    chart = chart_in(after[:60].split(";")[0])
    if not chart or chart_fits("album", *chart) or not chart_fits("track", *chart):
        return None
    track = next(iter(ctx.tracks.values()))
    if not _other_passed(ctx, track["title"]):
        return None
    return record_subject("track", track)


def _other_passed(ctx, title):
    """Whether the last thing the memory holds is not another title, or is the
    track's own title spelt another way ("and" for "&")."""
    named = [item for item in ctx.recent if item != ("other", AMBIGUOUS)]
    if not named or named[-1][0] != "other":
        return True
    return _spelling(named[-1][1]) == _spelling(match_key(title))


def _spelling(key):
    return " ".join(key.replace("&", " and ").split())
