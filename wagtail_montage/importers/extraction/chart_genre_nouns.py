"""A record called by its kind of song after it was named: "the ballad", "the
march", "the waltz". The post told each track's kind where it named it ("a
stamping reel at the ceilidh, “X”", "“Y”, a slow waltz for the wedding"),
so "the ballad" is the track told a ballad, or, when none was, the last track not
told another kind: after "a reel, “X”", "By September the ballad was everywhere"
is the song named before the reel, not the reel."""

import re

from .sentences import CLOSE, OPEN, paragraph_text

GENRES = frozenset(
    {
        "ballad",
        "reel",
        "jig",
        "march",
        "waltz",
        "polka",
        "lullaby",
        "hymn",
        "shanty",
        "lament",
        "dirge",
        "rag",
        "stomp",
        "instrumental",
        "duet",
        "serenade",
        "nocturne",
        "tango",
        "samba",
        "hornpipe",
        "anthem",
    }
)
_GENRE_WORDS = "|".join(sorted(GENRES))
# The kind told before a title in its sentence: "a stamping reel at the ceilidh
# supper, “X”" (no other title, no sentence's end between).
KIND_BEFORE_RE = re.compile(
    rf"\b({_GENRE_WORDS})s?\b[^.!?;{OPEN}{CLOSE}\n]{{0,40}}{OPEN}$"
)
# The kind told after a title, as its apposition: "“X”, a slow waltz for ...".
KIND_AFTER_RE = re.compile(
    rf"^{CLOSE}?,\s(?:a|an|the|its|their|her|his)\s(?:[\w'-]+\s){{0,2}}"
    rf"({_GENRE_WORDS})\b"
)


def described_track(ctx, sentence, index):
    """(title, kind, artist) of the track "the <kind>" at ``tokens[index]`` means by
    the kinds the post told its tracks; None when the word is no kind of song or the
    kinds tell nothing the memory does not."""
    word = sentence.tokens[index].text.lower()
    if word not in GENRES or not ctx.tracks:
        return None
    kinds = _told_kinds(ctx, sentence)
    recent = [key for found, key in reversed(ctx.recent) if found == "track"]
    order = recent + [key for key, _paragraph in reversed(ctx.track_order)]
    told = [key for key in order if word in kinds.get(key, ())]
    if told:
        return _subject(ctx, told[0])
    if not recent or not kinds.get(recent[0]):
        return None  # the last track was told no other kind: the memory's own
    untold = [key for key in order if not kinds.get(key)]
    return _subject(ctx, untold[0]) if untold else None


def _subject(ctx, key):
    track = ctx.tracks[key]
    return (track["title"], "track", ", ".join(track["performers"][:1]))


def _told_kinds(ctx, sentence):
    """Each track's kinds of song, told beside its title in the paragraphs up to the
    sentence's."""
    kinds = {}
    body = getattr(ctx.post, "body", None) or ()
    for kind, value in body[: sentence.paragraph + 1]:
        if kind != "paragraph" or not isinstance(value, str):
            continue
        text = paragraph_text(value).casefold()
        for key, track in ctx.tracks.items():
            title = track["title"].casefold()
            if not title:
                continue
            at = text.find(OPEN + title)
            while at != -1:
                end = at + len(title) + 1
                found = KIND_BEFORE_RE.search(text[max(0, at - 60) : at + 1])
                found = found or KIND_AFTER_RE.match(text[end : end + 60])
                if found:
                    kinds.setdefault(key, set()).add(found.group(1))
                at = text.find(OPEN + title, end)
    return kinds
