"""An album's short title taken for a song: a writer who has named the album
“Lamplight: Songs from the Pier” (or “Lamplight (Deluxe)”) calls it “Lamplight”
later ("“Lamplight” itself went gold"), and a chart or certification reader that
finds no such song makes it one. A track whose title is the head of one album's
title (the words before its colon or its bracket), credited to nobody, is that
album: no track block, and its chart facts are the album's.

Guards: the album is the only one it heads; a track with a composer or a performer
is a song of its own (a title song named like its album)."""

from ..prose import match_key

HEAD_MARKS = (":", " (")


def _head(title):
    key = match_key(title)
    cuts = [key.find(mark) for mark in HEAD_MARKS if mark in key]
    return key[: min(cuts)].strip() if cuts else ""


def _album_headed(ctx, key):
    found = [album for album in ctx.albums.values() if _head(album["title"]) == key]
    return found[0] if len(found) == 1 else None


def fold_album_heads(ctx):
    """Make each uncredited track that heads one album's title that album's."""
    slots = [slot for group in ctx.slots.values() for slot in group]
    for key, track in list(ctx.tracks.items()):
        if track["composers"] or track["performers"]:
            continue  # a song of its own
        album = _album_headed(ctx, key)
        if album is None:
            continue
        for slot in slots:
            value = slot.value
            if slot.kind == "track" and value is track:
                slot.keep = False
            elif (
                slot.kind == "chart_fact"
                and value.get("subject_kind") == "track"
                and match_key(value.get("subject_title") or "") == key
            ):
                value.update(subject_title=album["title"], subject_kind="album")
