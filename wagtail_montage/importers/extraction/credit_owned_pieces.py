"""A piece of score named as someone's ("Tom Reed's main title, “X”", "Reed's
instrumental “X”", "“X”, Reed's theme for the film") is a piece they wrote: a theme,
a cue or an instrumental is its composer's, where someone's single or hit is their
performance (read elsewhere). Only a title the post already has as a track is
credited; a possessive of a film or a company ("the studio's theme") is no one, nor
one word no credit of the post names ("Vic's theme": a character's)."""

from ..prose import match_key
from .credit_tracks import is_title
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title, run_backward

# Nouns of a piece its owner wrote.
PIECES = frozenset(
    {"theme", "instrumental", "cue", "composition", "score", "overture", "prelude"}
    | {"title", "waltz", "nocturne", "suite", "fanfare", "lament", "elegy"}
)
# Words allowed between the owner and the noun: "main title", "love theme".
MODIFIERS = frozenset(
    {"main", "end", "opening", "closing", "love", "title", "piano", "guitar", "solo"}
    | {"only", "first", "famous", "lovely", "haunting", "gorgeous", "big", "little"}
)
# Owners that are no writer: "the film's theme", "the studio's cue".
NOT_OWNERS = frozenset({"The", "This", "That", "Its", "It's", "His", "Her"})


def owned_pieces(ctx, sentence):
    """Credit the writer of a piece of score named as theirs beside its title."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if not (token.possessive and token.cap):
            continue
        noun = _piece_after(tokens, index + 1)
        if noun is None:
            continue
        track = _title_beside(ctx, sentence, index, noun)
        if track is None:
            continue
        start = run_backward(tokens, index, {"of", "de", "van", "von", "&"}, 4)
        if start is None or tokens[start].text in STOP_STARTS | NOT_OWNERS:
            continue
        name = sentence.span(start, index + 1)[:-2].strip()
        if name and not is_title(ctx, name) and a_credited_name(ctx, name):
            add_unique(track["composers"], [name])


def a_credited_name(ctx, name):
    """Whether ``name`` may be a writer: a whole name, or one word of a name the post
    credits already ("Reed's theme" after "written by Tom Reed"; not "Vic's theme",
    a character's)."""
    if " " in name:
        return True
    return any(
        name in credited.split()
        for track in ctx.tracks.values()
        for credited in track["composers"] + track["performers"]
    )


def _piece_after(tokens, index):
    """The index of a piece noun after up to two modifiers from ``tokens[index]``."""
    for ahead in range(index, min(len(tokens), index + 3)):
        word = tokens[ahead].text
        if word in PIECES and not (word == "title" and _next(tokens, ahead) in PIECES):
            return ahead
        if word not in MODIFIERS:
            return None
    return None


def _next(tokens, index):
    return tokens[index + 1].text if index + 1 < len(tokens) else ""


def _title_beside(ctx, sentence, owner, noun):
    """The track quoted right after the noun ("'s theme, “X”"), or right before the
    owner ("“X”, A's theme"), or None."""
    tokens = sentence.tokens
    after = tokens[noun].end
    before = tokens[owner - 1].start if owner > 0 else 0
    for text, start, end in sentence.quotes:
        between = sentence.norm[after:start] if start >= after else None
        if between is not None and between.strip() in ("", ","):
            return ctx.tracks.get(match_key(clean_title(text)))
        gap = sentence.norm[end:before] if end <= before else None
        if gap is not None and owner > 0 and _apposed(sentence, end, owner):
            return ctx.tracks.get(match_key(clean_title(text)))
    return None


def _apposed(sentence, end, owner):
    """Whether only a comma and the owner's name stand between a quote's end and the
    possessive at ``tokens[owner]``: "“X”, Tom Reed's theme"."""
    tokens = sentence.tokens
    first = sentence.index_at(end)
    if first >= len(tokens) or tokens[first].text != ",":
        return False
    return (
        all(token.cap for token in tokens[first + 1 : owner + 1]) and owner - first <= 4
    )
