"""A possessive before a title that a phrase beside it calls a piece of score, not a
song: "Ida Marr's “X”, the slow organ piece behind the funeral scene", "Tom Reade's
“X” — an instrumental cue for the chase". Whose piece of score it is names who
wrote it; nobody sings an instrumental, so the name is its composer, not its
performer.

Guards: the possessive must stand right before the title (a word or two between
at most), and the phrase right after it, after a comma or a dash, must be "a",
"an" or "the" and up to three words before a noun of instrumental music (piece,
cue, instrumental, theme, composition); "A's “X”, the song that ..." or "A's “X”,
sung by B" keep A as the singer. Every pattern is bounded, with no nested
quantifier."""

import re

# After the title: a phrase that calls it a piece of score. ", the slow organ
# piece", " — an instrumental cue".
PIECE_AFTER = (
    r"[\"\u201d\u2019']?\s?(?:,|\s[\u2013\u2014])\s(?:a|an|the)\s(?:[\w-]{1,20}\s){0,3}?"
    r"(?:piece|cue|instrumental|theme|composition)\b"
)


def possessive_pieces(ctx, text):
    """Move to a track's composers the performers the post names with a possessive
    before the title of a piece it calls instrumental."""
    for track in ctx.tracks.values():
        kept = []
        for name in track["performers"]:
            if _owns_piece(name, track["title"], text):
                if name.casefold() not in (n.casefold() for n in track["composers"]):
                    track["composers"].append(name)
            else:
                kept.append(name)
        track["performers"][:] = kept


def _owns_piece(name, title, text):
    """Whether the post writes "Name's “Title”, the ... piece"."""
    found = re.search(
        rf"(?<![\w']){re.escape(name)}['\u2019]s\s(?:[a-z-]{{1,20}}\s){{0,2}}"
        rf"[\"\u201c\u2018']{re.escape(title)}" + PIECE_AFTER,
        text,
    )
    return found is not None
