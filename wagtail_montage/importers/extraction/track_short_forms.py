"""A song's short name: a writer who has quoted "Ribbon of Static" calls it
"Ribbon" later ("“Ribbon” peaked at 12"). A track whose title is the first words
of one title the post quoted before it is that title's short form: its credits and
chart facts are the full title's, and it is no song of its own.

Guards: the full title is quoted first and is the only title the short one begins;
it is written as a title, is no album and not the film; and a short form credited to
other performers than the full title's is another song ("Love" by one band beside
"Love Me Tender" by another)."""

from ..prose import match_key
from .discourse import title_cased
from .track_album_heads import fold_album_heads
from .track_title_tails import tail_title

MAX_WORDS = 8  # a longer quote is words someone said, not a title


def _order(ctx):
    """Each title's key -> when the post quoted (or else named) it first."""
    order = {}
    for key in list(ctx.quoted_titles) + [key for key, _ in ctx.track_order]:
        order.setdefault(key, len(order))
    return order


def _titles(ctx):
    """The full titles a short form may stand for, key -> title as written."""
    titles = dict(ctx.quoted_titles)
    for key, track in ctx.tracks.items():
        titles.setdefault(key, track["title"])
    return {
        key: title
        for key, title in titles.items()
        if key
        and key not in ctx.albums
        and key != ctx.film_key
        and len(key.split()) <= MAX_WORDS
        and title_cased(title)
    }


def full_title(ctx, key, titles, order):
    """The key of the one earlier title ``key`` is the first words of, or None."""
    words = key.split()
    longer = [
        other
        for other in titles
        if len(other.split()) > len(words)
        and other.split()[: len(words)] == words
        and order.get(other, len(order)) < order.get(key, len(order))
    ]
    if not longer:  # "Nora Quill" of "Wake Up, Nora Quill"
        return tail_title(key, titles)
    return longer[0] if len(longer) == 1 else None


def _other_song(short, full):
    """Whether the two are credited to different performers."""
    if full is None or not short["performers"] or not full["performers"]:
        return False
    return not {match_key(name) for name in short["performers"]} & {
        match_key(name) for name in full["performers"]
    }


def _merge(short, full):
    for field in ("composers", "performers"):
        for name in short[field]:
            if name not in full[field]:
                full[field].append(name)


def merge_short_forms(ctx):
    """Fold each track that is a short form into its full title (see the module)."""
    order, titles = _order(ctx), _titles(ctx)
    slots = [slot for group in ctx.slots.values() for slot in group]
    for key, short in list(ctx.tracks.items()):
        long_key = full_title(ctx, key, titles, order)
        full = ctx.tracks.get(long_key)
        if long_key is None or _other_song(short, full):
            continue
        title = full["title"] if full else titles[long_key]
        if full is None:
            short["title"] = title
            ctx.tracks[long_key] = short
        else:
            _merge(short, full)
        del ctx.tracks[key]
        ctx.track_order = [
            (long_key, paragraph) if item == key else (item, paragraph)
            for item, paragraph in ctx.track_order
            if item != key or full is None
        ]
        for slot in slots:
            _rename(slot, short, key, title)
    fold_album_heads(ctx)  # "Lamplight" of the album “Lamplight: Songs from X”


def _rename(slot, short, key, title):
    value = slot.value
    if slot.kind == "track" and value is short and value["title"] != title:
        slot.keep = False  # folded into the full title's own block
    elif (
        slot.kind == "chart_fact"
        and value.get("subject_kind") == "track"
        and match_key(value.get("subject_title") or "") == key
    ):
        value["subject_title"] = title
