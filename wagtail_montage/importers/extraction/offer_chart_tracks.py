"""The chart reader (offer_charts) run once more after the track and album offers:
a record only a suggestion holds is read as a track or an album too, so "it was on
place 3 in the Hitlista" after a song no block holds offers its chart peak with
that title; accepting both makes the record with its chart fact. A certification is
not offered so: "it became gold" is as often the album's as the song's. The offers
already made are held: nothing is offered twice.

A record no block holds is a weaker guess, so its chart fact is kept only when the
record is named in that sentence or is the record the text named last before it:
"it" past another title may be a song the post never made a record of."""

from ..prose import match_key
from .offer_charts import offer_charts


def offer_suggested_charts(ctx, sentences):
    """Offer the chart facts of the records the track and album suggestions hold."""
    extra = {"track": {}, "album": {}}
    for item in ctx.suggested:
        if item["kind"] in extra and item["value"] and item["value"].get("title"):
            key = match_key(item["value"]["title"])
            if key and key not in ctx.tracks and key not in ctx.albums:
                extra[item["kind"]].setdefault(key, item["value"])
    if not (extra["track"] or extra["album"]):
        return
    tracks, albums = ctx.tracks, ctx.albums
    ctx.tracks = {**tracks, **extra["track"]}
    ctx.albums = {**albums, **extra["album"]}
    made = len(ctx.suggested)
    try:
        offer_charts(ctx, sentences)
    finally:
        ctx.tracks, ctx.albums = tracks, albums
    keys = set(extra["track"]) | set(extra["album"])
    titles = [
        value["title"]
        for value in [*tracks.values(), *albums.values(), *extra["track"].values()]
        + list(extra["album"].values())
    ]
    near = last_named(sentences, titles)
    new = {id(item) for item in ctx.suggested[made:]}

    def loose(item):
        if id(item) not in new:
            return False
        value = item["value"] or {}
        title = value.get("subject_title") or ""
        # a level ("it became gold") is too loose for a guessed record
        return not (
            value.get("fact_kind") == "chart_peak"
            and (
                match_key(title) not in keys
                or title.casefold() in near.get(item["sentence"], ())
            )
        )

    ctx.withdraw(loose)


def last_named(sentences, titles):
    """Each sentence's own titles (case-folded) with the title named last before it:
    the records a chart fact of that sentence may be about."""
    folded = {title.casefold() for title in titles if title}
    found, last = {}, ()
    for sentence in sentences:
        text = sentence.display.casefold()
        own = {title: text.rfind(title) for title in folded if title in text}
        found[sentence.display] = set(own) | set(last)
        if own:
            last = (max(own, key=own.get),)
    return found
