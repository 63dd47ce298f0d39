"""Which track a credit is about: "it" ("A wrote it, and it opened her album X": not
the album), a title named before, a quoted title made a track."""

import re

from ..prose import match_key
from .credit_song_sources import song_memory
from .credit_words import FOR_THE_FILM_RE, NOT_SONGS_RE, NOT_THIS_FILM_RE, SONG_NOUNS
from .elsewhere import title_elsewhere
from .sentences import clean_title
from .track_noun_titles import noun_only_title


def about_songs(sentence, index):
    """Whether "it" (``tokens[index]``) may be a song: its clause names no script,
    book or film but as where the song is ("wrote it for the film"). The clause: the
    words around it up to a semicolon, or a comma before a new clause ("A wrote it
    with B, and A has said ... which is a nice story")."""
    offset = sentence.tokens[index].start
    norm = sentence.norm
    begin = max(0, offset - 60)
    begin = max(begin, norm.rfind(";", begin, offset) + 1)
    finish = min(len(norm), offset + 50)
    for mark in (";", ", and ", ", but ", ", which ", ", who "):
        found = norm.find(mark, offset, finish)
        if found >= 0:
            finish = found
    return not NOT_SONGS_RE.search(FOR_THE_FILM_RE.sub(" ", norm[begin:finish]))


def word_at(tokens, index):
    return tokens[index].text if index < len(tokens) else ""


def it_track(ctx, sentence, offset):
    """The track "it" at ``offset`` points at: the title named last, but for one the
    sentence names only after it ("A wrote it, and it opened her album X"); None when
    that is no track."""
    before, after = match_key(sentence.norm[:offset]), match_key(sentence.norm[offset:])
    quoted = [quote for quote in sentence.quotes if quote[2] <= offset]
    if quoted:
        text, start, end = quoted[-1]
        key = match_key(clean_title(text))
        if key not in ctx.tracks:
            return _song_quoted(ctx, sentence, quoted[-1], offset)
    for kind, key in reversed(song_memory(ctx, sentence)):
        if kind == "other":
            return None
        title = (ctx.albums if kind == "album" else ctx.tracks)[key]["title"]
        if kind == "track" and key in ctx.albums:
            pass  # "A wrote it, and it's the title track of her album X": X's song
        elif _names(after, title) and not _names(before, title):
            continue
        return ctx.tracks[key] if kind == "track" else None
    return None


def _song_quoted(ctx, sentence, quote, offset):
    """ "“X,” the ballad over the titles, is by A, who wrote it with B": "it" is the
    title the sentence quoted before it, a track when a song noun follows it; None
    for a title that is no song ("“X”, her memoir, says she wrote it in a week")."""
    text, start, end = quote
    between = {
        word.lower() for word in re.findall(r"[\w-]+", sentence.norm[end:offset])
    }
    if not between & SONG_NOUNS or NOT_THIS_FILM_RE.search(sentence.norm):
        return None
    return new_track(ctx, sentence, text, start, end)


def _names(text, title):
    key = re.escape(match_key(title))
    return re.search(rf"(?<!\w){key}(?!\w)", text) is not None


def new_track(ctx, sentence, text, start, end):
    """The track of a title quoted at ``start``, unless it is an album, the film or a
    song the sentence says is not in the film."""
    title = clean_title(text)
    if (
        not title
        or ctx.is_album_title(title)
        or match_key(title) == ctx.film_key
        or title_elsewhere(sentence.norm, start, end)
        or noun_only_title(title)  # "someone has written THE SINGLE"
    ):
        return None
    ctx.offset = start
    return ctx.track(sentence, title)


def _other_title_before(ctx, sentence, offset):
    """Whether the sentence quotes a title that is no track before ``offset``."""
    return any(
        match_key(clean_title(text)) not in ctx.tracks
        for text, _start, _end in sentence.quotes_within(0, offset)
    )


# After "that one" with no noun: "A wrote that one and B sang it", "in 1970".
ENDS_ONE = frozenset(
    {"and", "but", "or", "too", "also", "in", "on", "for", "with", "at", "by"}
    | {"alone", "himself", "herself", "themselves", "together", "while", "after"}
)


def _ends_here(tokens, index):
    """Whether no noun follows at ``tokens[index]``: the clause ends, or goes on
    with a conjunction or a preposition ("wrote that one, and", "that one in 1970")."""
    word = word_at(tokens, index).lower()
    return not word[:1].isalpha() or word in ENDS_ONE


def known_track(ctx, text):
    """The track named in ``text`` that comes last in it."""
    text, best, last = match_key(text), None, -1
    for key, track in ctx.tracks.items():
        for found in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text):
            if found.end() > last:
                best, last = track, found.end()
    return best


def is_title(ctx, name):
    key = match_key(name)
    return key in ctx.tracks or key in ctx.albums or key == ctx.film_key


def this_song(ctx, sentence, index):
    """ "wrote and played this synth instrumental", "sang that lovely ballad", "wrote
    that one": a demonstrative and a song noun (or "one" alone) after a credit verb
    are the track named last; ``(track, index after the noun)`` or None."""
    tokens = sentence.tokens
    if word_at(tokens, index).lower() not in ("this", "that"):
        return None
    for ahead in range(index + 1, min(len(tokens), index + 4)):
        word = tokens[ahead].text
        if word == "one" and ahead == index + 1 and _ends_here(tokens, ahead + 1):
            if _other_title_before(ctx, sentence, tokens[index].start):
                return None  # "The B-side, “Y”, ... A wrote that one": Y
            word = "song"  # "A wrote that one", not "that one line"
        if word in SONG_NOUNS:
            subject = ctx.last()
            if subject is None or subject[1] != "track":
                return None
            return ctx.tracks[match_key(subject[0])], ahead + 1
        if not (word.isalpha() and word.islower()):
            return None
    return None
