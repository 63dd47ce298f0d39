"""A track given a chart only albums are on ("It peaked at No. 2 on Billboard's
soundtrack chart", "and the album climbed to No. 61 on the Billboard 200") means the
album the post has named, when it has named just one: the position is the album's,
not a suggestion about an unlikely chart for the track."""

from ..prose import match_key
from .chart_names import chart_fits


def album_instead(ctx, kind, chart, sentence=None, subject=None):
    """``(title, "album", artist)`` of the post's one album, for a track's position
    on an albums-only chart ``chart``; else None. A track ``subject`` moved to the
    album is kept, for the positions the rest of the sentence gives it."""
    if kind != "track" or not chart_fits("album", *chart) or len(ctx.albums) != 1:
        return None
    album = ctx.last("album")
    if album and subject and not chart_fits(kind, *chart):
        ctx.album_for = (sentence, subject, album)
        ctx.remember("album", match_key(album[0]))  # "..., and the RIAA certified it"
    return album


def carried_subject(ctx, sentence, subject):
    """The subject the sentence's next positions and levels carry on with: the
    album, once a position of ``subject`` was the album's ("the record got to No. 19
    on the Billboard 200 and No. 7 in Canada, and went gold" are all the LP's)."""
    moved = getattr(ctx, "album_for", None)
    if moved and moved[0] is sentence and moved[1] == subject:
        return moved[2]
    return subject
