"""A part of a song named as someone's right after its title, in apposition: the
voice is its singer's, the words or the tune its writer's.

    "“X”, Ada Vale's vocal over a drum machine"        Ada Vale sings it
    "“X”: Ada Vale's voice, Bo Lind's tune"            Ada Vale sings, Bo Lind wrote
    "“X” — Bo Lind's lyric, Cy Roe's melody"           both wrote it
    "“X”, Bo Lind's co-write with Cy Roe"              both wrote it
    "“X”, Bo Lind's self-penned ballad"                Bo Lind wrote it

Only a title the post already has as a track, and only when nothing but a comma, a
colon or a dash and the owner's name stand between the title and the possessive
(or "by" and the act before them: "“X” by the Owls — A's lyric"; or the part before
and the next owner: "A's voice, B's tune"). A word of
the owner's name alone counts only if the post credits that name already; a
sentence with a negation ("not Ada Vale's vocal") gives nothing. "A's song" or
"A's record" says whose record it is, read elsewhere, not who wrote it."""

from ..prose import match_key
from .credit_owned_pieces import a_credited_name
from .credit_tracks import is_title, word_at
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title, names_span, run_backward

COMPOSER = "composers"
PERFORMER = "performers"

# The parts a person makes, after the possessive.
PARTS = {
    **dict.fromkeys(("vocal", "vocals", "voice"), PERFORMER),
    **dict.fromkeys(
        ("lyric", "lyrics", "tune", "melody", "co-write", "self-penned"), COMPOSER
    ),
}
# Words allowed between the possessive and the part: "A's lead vocal".
MODIFIERS = frozenset({"lead", "own", "whispered", "aching", "lovely", "original"})
# Between the title (or the part before) and the owner.
LINKS = frozenset({",", ":", "\u2014", "\u2013", ";"})
NEGATIONS = frozenset({"not", "never", "n't", "nor", "wasn't", "isn't"})
# Owners that are no one: "the film's voice", "His vocal".
NOT_OWNERS = frozenset({"The", "This", "That", "Its", "It's", "His", "Her", "Their"})
CONNECTORS = frozenset({"of", "de", "van", "von", "&"})


def owned_parts(ctx, sentence):
    """Credit the owners of the parts of a song named beside its title."""
    tokens = sentence.tokens
    if not sentence.quotes or any(t.text.lower() in NEGATIONS for t in tokens):
        return
    track, last_part = None, None
    for index, token in enumerate(tokens):
        if not (token.possessive and token.cap):
            continue
        part = _part_after(tokens, index + 1)
        if part is None:
            continue
        start = run_backward(tokens, index, CONNECTORS, 4)
        if start is None or tokens[start].text in STOP_STARTS | NOT_OWNERS:
            continue
        if start < 1 or tokens[start - 1].text not in LINKS:
            continue
        if last_part is not None and start - 2 == last_part:
            owned = track  # "A's voice, B's tune": B's goes with the same song
        else:
            owned = _title_before(ctx, sentence, start - 1)
        if owned is None:
            continue
        name = sentence.span(start, index + 1)[:-2].strip()
        if not name or is_title(ctx, name) or not a_credited_name(ctx, name):
            continue
        role = PARTS[tokens[part].text.lower()]
        names = [name]
        if tokens[part].text.lower() == "co-write":
            names += _partners(ctx, sentence, part + 1)
        add_unique(owned[role], names)
        track, last_part = owned, part


def _part_after(tokens, index):
    """The index of a part noun after up to one modifier from ``tokens[index]``."""
    for ahead in range(index, min(len(tokens), index + 2)):
        word = tokens[ahead].text.lower()
        if word in PARTS:
            return ahead
        if word not in MODIFIERS:
            return None
    return None


def _title_before(ctx, sentence, link):
    """The track whose quoted title ends right before ``tokens[link]``, or None."""
    tokens = sentence.tokens
    offset = tokens[link].start
    for text, _start, end in sentence.quotes:
        gap = sentence.norm[end:offset] if end <= offset else None
        if gap is None:
            continue
        if any(ch.isalnum() for ch in gap):
            # "“X” by the Gulls — A's lyric": the act's name between, nothing else
            first = sentence.index_at(end)
            while first < link and tokens[first].start < end:
                first += 1
            if word_at(tokens, first).lower() != "by":
                continue
            names, stop = names_span(sentence, first + 1, limit=2)
            if not names or stop != link:
                continue
        return ctx.tracks.get(match_key(clean_title(text)))
    return None


def _partners(ctx, sentence, index):
    """The names after "with" right after a co-write: "co-write with B and C"."""
    tokens = sentence.tokens
    if index >= len(tokens) or tokens[index].text.lower() != "with":
        return []
    names, _end = names_span(sentence, index + 1, limit=3)
    return [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
