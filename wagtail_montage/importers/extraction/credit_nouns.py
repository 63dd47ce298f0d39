"""Credits in a noun phrase: "it is a Ted Vale composition", "“X”, a Vale original",
"the song's writer, A", "The songwriter was A"."""

from ..prose import match_key
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .sentences import add_unique, names_span, run_forward

# After "a <Name>": a song the name wrote ("a Ted Vale composition").
WORK_NOUNS = frozenset({"composition", "original", "co-write", "co-composition"})
# "its composer, A", "The writer was A": the role of the name.
WRITER_NOUNS = frozenset(
    {"composer", "writer", "songwriter", "lyricist", "co-writer", "co-composer"}
)
SINGER_NOUNS = frozenset({"singer", "vocalist"})
# Writers of a song alone, never of a film: "The songwriter was A".
SONG_WRITERS = frozenset({"songwriter", "lyricist", "co-writer"})
SONG_OWNERS = frozenset({"song's", "track's", "tune's", "single's"})


def noun_credits(ctx, sentence, known_track):
    """Credit the people these phrases name. ``known_track(ctx, text)``: the track
    named last in ``text``."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if word in ("a", "an"):
            _work_of(ctx, sentence, index, known_track)
        elif word in WRITER_NOUNS or word in SINGER_NOUNS:
            _role_of(ctx, sentence, index, known_track)


def _work_of(ctx, sentence, index, known_track):
    """ "a Ted Vale composition": Ted Vale wrote the track named before it."""
    tokens = sentence.tokens
    start = index + 1
    if start >= len(tokens) or tokens[start].text in STOP_STARTS:
        return
    end = run_forward(tokens, start, NAME_CONNECTORS, max_words=4)
    if end is None or end >= len(tokens) or tokens[end].text.lower() not in WORK_NOUNS:
        return
    if any(not token.cap or token.possessive for token in tokens[start:end]):
        return
    track = known_track(ctx, sentence.norm[: tokens[index].start])
    if track is not None:
        add_unique(track["composers"], [sentence.span(start, end)])


def _role_of(ctx, sentence, index, known_track):
    """ "the song's composer, A", "the track's singer A", "The songwriter was A" (not
    "its composer", "The composer was A": maybe the film's)."""
    tokens = sentence.tokens
    word = tokens[index].text.lower()
    role = "performers" if word in SINGER_NOUNS else "composers"
    after = index + 1
    if (
        index > 1
        and tokens[index - 1].text.lower() in SONG_OWNERS
        and tokens[index - 2].text.lower() == "the"
    ):
        track = known_track(ctx, sentence.norm[: tokens[index].start])
        track = track or _last_track(ctx)
        if after < len(tokens) and tokens[after].text == ",":
            after += 1
    elif (
        index == 1
        and tokens[0].text == "The"
        and word in SONG_WRITERS
        and after < len(tokens)
        and tokens[after].text in ("is", "was")
    ):
        track, after = _last_track(ctx), after + 1
    else:
        return
    names = names_span(sentence, after, limit=3)[0]
    if track is not None and names:
        add_unique(track[role], names)


def _last_track(ctx):
    subject = ctx.last()
    if subject is None or subject[1] != "track":
        return None
    return ctx.tracks[match_key(subject[0])]
