"""A singer seen singing someone's song: "“X” - Rusk alone, singing another Tate
song", "“X”: Ada Vale singing another Ostrowski song", "“X” is Ada Vale herself,
singing her own song". The singer performs the track the sentence names before;
the name before "song" (or "her own") wrote it."""

from .credit_subjects import names_before
from .credit_tracks import is_title, known_track, word_at
from .sentences import add_unique, names_span

# Words between the singer and "singing": "Rusk alone, singing", "A herself,".
BETWEEN = frozenset({",", "alone", "herself", "himself", "themselves", "solo"})
SONG_WORDS = frozenset({"song", "number", "tune", "ballad", "original", "composition"})
OWN = frozenset({"her", "his", "their"})
# What comes right before the singer: "“X”: A singing", "“X” - A", "“X” is A".
OPENERS = frozenset({":", "-", "\u2013", "\u2014", "is", "was", "\ue001"})


def singers_singing(ctx, sentence):
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        if token.text != "singing" or index == 0:
            continue
        back = index
        while back > 0 and tokens[back - 1].text.lower() in BETWEEN:
            back -= 1
        singers = [n for n in names_before(sentence, back) if n[:1].isupper()]
        if not singers or back == 0:
            continue
        start = _start(tokens, back)
        if start is None or word_at(tokens, start - 1).lower() not in OPENERS:
            continue  # "“X” played while Ada, singing a Beatles song, cooked"
        track = known_track(ctx, sentence.norm[: tokens[start].start])
        if track is None or any(is_title(ctx, name) for name in singers):
            continue
        writers = _writers(sentence, index + 1, singers)
        if writers is None:
            continue
        add_unique(track["performers"], singers)
        add_unique(track["composers"], writers)


def _start(tokens, end):
    """Where the capitalised run of names ending at ``tokens[end]`` starts."""
    start = end
    while start > 0 and (tokens[start - 1].cap or tokens[start - 1].text == "&"):
        start -= 1
    return start if start < end and start > 0 else None


def _writers(sentence, index, singers):
    """Who wrote the song "singing" names at ``tokens[index]``: "another Tate song"
    -> Tate, "her own song" -> the singers; None for anything else."""
    tokens = sentence.tokens
    word = word_at(tokens, index).lower()
    if word in OWN and word_at(tokens, index + 1) == "own":
        return singers if word_at(tokens, index + 2) in SONG_WORDS else None
    if word not in ("another", "a", "an"):
        return None
    names, end = names_span(sentence, index + 1, limit=1)
    if not names or word_at(tokens, end) not in SONG_WORDS:
        return None
    return names
