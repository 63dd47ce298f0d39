"""The film's soundtrack spoken of before its title is given: "the single that got
the soundtrack onto the radio", then "All three are on the soundtrack, titled
“Gull Point: Music from the Motion Picture”". The untitled album the first mention
made ("Gull Point (soundtrack)") is the titled one: once the whole post is read,
it gives way to the album whose title names the film and says it is its music,
and the chart facts said of it go to that album."""

from ..prose import match_key
from .album_untitled_named import check_untitled_soundtrack
from .patterns import ALBUM_WORDS_RE

UNTITLED_SUFFIX = " (soundtrack)"


def _titled_soundtrack(ctx, film_key, placeholder):
    """The one album, other than the placeholder, whose title opens on the film's
    and says it is the film's music ("Gull Point: Original Soundtrack"), or None."""
    found = [
        album
        for key, album in ctx.albums.items()
        if key != placeholder
        and ALBUM_WORDS_RE.search(album["title"])
        and match_key(album["title"]).startswith(film_key)
    ]
    return found[0] if len(found) == 1 else None


def merge_untitled_soundtrack(ctx):
    """Let the untitled soundtrack album give way to the titled one that is the same
    record, with its chart facts."""
    film = ctx.post.film_title
    if not film:
        return
    placeholder = match_key(f"{film}{UNTITLED_SUFFIX}")
    check_untitled_soundtrack(ctx, placeholder)  # named or denied in its sentence
    untitled = ctx.albums.get(placeholder)
    titled = _titled_soundtrack(ctx, match_key(film), placeholder)
    if untitled is None or titled is None:
        return
    for slots in ctx.slots.values():
        for slot in slots:
            if slot.kind == "album" and slot.value is untitled:
                slot.keep = False
            elif (
                slot.kind == "chart_fact"
                and slot.value.get("subject_kind") == "album"
                and slot.value.get("subject_title") == untitled["title"]
            ):
                slot.value["subject_title"] = titled["title"]
