"""A track given a chart only albums are on ("It peaked at No. 2 on Billboard's
soundtrack chart", "and the album climbed to No. 61 on the Billboard 200") means the
album the post has named, when it has named just one: the position is the album's,
not a suggestion about an unlikely chart for the track."""

from .chart_names import chart_fits


def album_instead(ctx, kind, chart):
    """``(title, "album", artist)`` of the post's one album, for a track's position
    on an albums-only chart ``chart``; else None."""
    if kind != "track" or not chart_fits("album", *chart) or len(ctx.albums) != 1:
        return None
    return ctx.last("album")
