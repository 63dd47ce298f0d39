"""A song named after its writers, "a A song", "a A and B composition", "another A
tune", said of a track: as the predicate of the title, "it" or "the song" ("the
song is a A and B composition"), in apposition to the title ("“X”, a A song";
"“X”, the Bs' big moment, a A and B song") or as what a singer of the title sings
("“X”, C singing a A song": C sings it). Not "like a A song", not a band's song
("a Gullies song": a performer's as much as a writer's)."""

import re

from ..prose import match_key
from .credit_words import ACT_NOUNS
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title, names_span, paragraph_text

# The noun after the writers' names.
WRITTEN_NOUNS = frozenset(
    {"song", "tune", "number", "composition", "co-write", "co-composition"}
)
# What a singer of the title is seen doing: "C singing a A song".
DOING = frozenset({"singing", "playing", "performing", "crooning"})
# A title's predicate: "“X” is a A song", "the song is", "It's".
BE_WORDS = frozenset({"is", "was", "it's", "that's"})
# What "is" may follow for the track named last: "it is", "the song was".
SONG_SUBJECTS = frozenset({"it", "song", "track", "tune", "single", "number"})
# The most tokens of the writers' names ("Gil Marlow and Petra Soames").
NAMES_REACH = 8
# The most tokens of an apposition between the title and "a A song".
APPOSITION_REACH = 8


def name_songs(ctx, sentence, defer):
    """Credit the writers (and a singer seen singing) of "a A song" phrases; of a
    title no track yet, ``defer(ctx, sentence, offset, composers, performers)``
    suggests it with them (the title quoted last before ``offset``)."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text.lower() not in ("a", "an", "another"):
            continue
        writers = _writers(sentence, index + 1)
        if not writers or not all(_person(ctx, name) for name in writers):
            continue
        title, singers = said_of(ctx, sentence, index)
        track = known_title(ctx, title)
        if track is not None:
            add_unique(track["composers"], writers)
            add_unique(track["performers"], singers)
        elif title is not None and title != "it":
            defer(ctx, sentence, title[2], writers, singers)


def _writers(sentence, start):
    """The names from ``tokens[start]`` when a written noun ends them ("Cora Lusk
    and Ned Orr song"), else []."""
    tokens = sentence.tokens
    end = start
    while end < min(len(tokens), start + NAMES_REACH) and (
        tokens[end].cap or (tokens[end].text in ("and", "&") and end > start)
    ):
        end += 1
    if end == start or end >= len(tokens) or tokens[end].text not in WRITTEN_NOUNS:
        return []
    run = tokens[start:end]
    if run[0].text in STOP_STARTS or any(t.possessive for t in run):
        return []
    joined = any(t.text in ("and", "&") for t in run)  # two names: no band's
    if run[-1].text in ("and", "&") or _band(run[-1].text, joined):
        return []  # "a Gullies song", "a Tin Street Band number"
    names, after = names_span(sentence, start, limit=3)
    return names if after == end else []


def _person(ctx, name):
    """Whether ``name`` may be a writer: no title of the film, a track or an album
    ("a Hay Moon song"), and a lone word only as the surname of someone the post
    names in full ("another Tully song" after "Ada Tully"; not "a Motown song")."""
    key, film = match_key(name), match_key(ctx.post.film_title) or ctx.film_key
    if key in (film, film.removeprefix("the ")):
        return False
    if key in ctx.tracks or key in ctx.albums:
        return False
    if " " in name:
        return True
    full = rf"\b(?!The\s)[A-Z][\w'-]{{1,30}}\s{re.escape(name)}\b"
    return re.search(full, _text(ctx)) is not None


def _text(ctx):
    if ctx.name_songs_text is None:
        ctx.name_songs_text = " ".join(
            paragraph_text(value)
            for kind, value in ctx.post.body
            if kind == "paragraph" and isinstance(value, str)
        )
    return ctx.name_songs_text


def _band(word, joined):
    """Whether a name ending in ``word`` is a band's: an act noun, or a plural
    unless the names are two joined ("a Gil Marlow and Ada Soames song")."""
    plural = word.endswith("s") and not word.endswith(("ss", "'s"))
    return word.lower() in ACT_NOUNS or word == "The" or (plural and not joined)


def said_of(ctx, sentence, index):
    """The title (a quotation, or "it" for the track named last) "a A song" at
    ``tokens[index]`` is said of, and the singers seen singing it; (None, []) when
    it is said of nothing."""
    tokens = sentence.tokens
    before = tokens[index - 1].text.lower() if index else ""
    if before in BE_WORDS:
        return _subject_track(ctx, sentence, index - 1), []
    if before == ",":
        return _apposed_track(ctx, sentence, index - 1), []
    if before in DOING and tokens[index - 1].text.islower():
        singers, start = _singers(sentence, index - 1)
        if singers and start > 0 and tokens[start - 1].text == ",":
            return _apposed_track(ctx, sentence, start - 1), singers
    return None, []


def _subject_track(ctx, sentence, verb):
    """The title of "“X” is", "it is", "the song was" at ``tokens[verb]``."""
    tokens = sentence.tokens
    word = tokens[verb].text.lower()
    if word in ("it's", "that's"):
        return "it" if verb == 0 else None
    if verb == 0:
        return None
    subject = tokens[verb - 1].text.lower()
    if subject in SONG_SUBJECTS and _opens(tokens, verb - 1):
        return "it"
    return _title_ending(ctx, sentence, verb - 1)


def _opens(tokens, index):
    """Whether the subject at ``tokens[index]`` opens its clause: "It is", "the
    song is" after a sentence's start, a comma, a colon or "and"."""
    if tokens[index].text.lower() != "it" and index > 0:
        if tokens[index - 1].text.lower() != "the":
            return False
        index -= 1
    return index == 0 or tokens[index - 1].text.lower() in (",", ":", ";", "and")


def _apposed_track(ctx, sentence, comma):
    """The title that ends right before the comma at ``tokens[comma]``, or before
    a short apposition or "by" phrase that does ("“X”, the Bs' big moment, a A
    song", "“X” by the Bs, a composition by A")."""
    tokens = sentence.tokens
    for back in range(comma - 1, max(-1, comma - APPOSITION_REACH), -1):
        title = _title_ending(ctx, sentence, back)
        if title is not None:
            return title
        word = tokens[back].text.lower()
        if word in BE_WORDS or sentence.inside_quote(tokens[back].start):
            return None
        if word == ",":
            return _title_ending(ctx, sentence, back - 1)
    return None


def _title_ending(ctx, sentence, index):
    """The quotation whose closing mark is ``tokens[index]``, or None."""
    if index < 0:
        return None
    end = sentence.tokens[index].end
    return next((quote for quote in sentence.quotes if quote[2] == end), None)


def known_title(ctx, title):
    """The track of a title: "it" is the one named last, a quotation its own."""
    if title == "it":
        return ctx.last_track()
    return None if title is None else ctx.tracks.get(match_key(clean_title(title[0])))


def _singers(sentence, doing):
    """ "C singing": the names right before the verb at ``tokens[doing]`` and the
    index where they start."""
    tokens = sentence.tokens
    start = doing
    while start > 0 and (tokens[start - 1].cap or tokens[start - 1].text == "&"):
        start -= 1
    if start == doing:
        return [], start
    names, end = names_span(sentence, start, limit=2)
    return (names, start) if end == doing else ([], start)
