"""The track a credit with no title before it is about: "It sounds like 1962, but it
was written by A", "Written by A and B, it was ...", "Written by A." after a title,
"Music by A, lyrics by B."."""

import re

from ..prose import match_key
from .credit_song_nouns import song_past_films
from .credit_tracks import about_songs, known_track, word_at
from .credit_words import SONG_NOUNS
from .discourse import AMBIGUOUS, anaphor
from .sentences import names_span

# Words opening a clause of its own before "it": "Written by A, who ..., it" is fine,
# but not "Written by A, but when B sang it, it ...".
IT_OPENERS = frozenset({"but", "so", "when", "while", "because", "if", "although"})
# A sentence of credits only: "Music by A, lyrics by B, sung by C."
# "Music by A, lyrics by B.", "Composed by A, lyrics by B.": a line of the song's
# credits (no score has lyrics).
CREDIT_LINE_RE = re.compile(
    r"^(?:music|lyrics|words|words and music)\sby\s"
    r"|^(?:written|composed|co-written|penned)\sby\s[^.;:,]{1,60},\s(?:and\s)?"
    r"(?:the\s)?(?:lyrics|lyric|words)\sby\s",
    re.I,
)
LYRICS_RE = re.compile(
    r"\b(?:lyrics|lyric|words)(?:\sand\smusic)?\sby\s|\bmusic\sand\s(?:lyrics|words)\sby",
    re.I,
)


def credited_track(ctx, sentence, match):
    """The track a credit with no title before it is about."""
    norm = sentence.norm
    before = sentence.index_at(match.start())
    # A title named before the credit, else (for "Written by A, Title ...") after it.
    track = known_track(ctx, norm[: match.start()]) or (
        known_track(ctx, norm[match.end() :]) if before == 0 else None
    )
    if track is not None:
        return track
    subject = anaphor(ctx, sentence, max(0, before - 12), before)
    if subject is None and before == 0:
        if CREDIT_LINE_RE.match(norm):
            subject = ctx.last()  # "Music by A, lyrics by B."
            if (subject is None or subject[1] == "album") and LYRICS_RE.search(norm):
                return _song_before_album(ctx)
        else:
            subject = _subject_after_names(ctx, sentence, match)
    if subject is None:
        subject = _plain_it(ctx, sentence, before)
    if subject is None:
        subject = _song_noun_subject(ctx, sentence, before)
    if subject is None or subject[1] != "track":
        # "the song", never the film nor the soundtrack named since
        subject = song_past_films(ctx, sentence, before) or subject
    if subject is None or subject[1] != "track":
        return None
    return ctx.tracks[match_key(subject[0])]


def _song_before_album(ctx):
    """ "“X”, from their album “Y”. Music by A, lyrics by B": words are a song's,
    the track named right before the album (whatever "it" would mean), or None."""
    recent = ctx.recent[-3:]
    if recent and recent[-1] == ("other", AMBIGUOUS):
        recent = recent[:-1]
    if len(recent) < 2 or recent[-1][0] != "album" or recent[-2][0] != "track":
        return None
    return ctx.tracks.get(recent[-2][1])


def _subject_after_names(ctx, sentence, match):
    """ "Written by A and B, it was ...": the subject follows the names."""
    tokens = sentence.tokens
    after = sentence.index_at(match.end())
    names, end = names_span(sentence, after)
    if names and [word_at(tokens, end), word_at(tokens, end + 1)] == [",", "who"]:
        return _fragment_subject(ctx, sentence, after)  # "by their drummer, A, who"
    comma = next(
        (
            index
            for index in range(after, min(len(tokens), after + 16))
            if tokens[index].text == ","
        ),
        None,
    )
    if comma is None:
        return _fragment_subject(ctx, sentence, after)
    subject = anaphor(ctx, sentence, comma + 1, comma + 4)
    if subject is None and word_at(tokens, comma + 1).lower() in ("a", "an", "who"):
        return _fragment_subject(ctx, sentence, after)
    if subject is None and comma + 1 < len(tokens):
        # "Sung by the Irish band X, it was ...": "it" right after the names.
        names, end = names_span(sentence, after)
        if names and end == comma and tokens[comma + 1].text.lower() == "it":
            subject = ctx.last()
    return subject or _it_after_phrases(ctx, sentence, comma)


def _it_after_phrases(ctx, sentence, comma):
    """ "Written by A, played by B, and a No. 16 in Britain, it did ...": "it" after
    a run of phrases the sentence opens with, the first word of its main clause (no
    title quoted before it)."""
    tokens = sentence.tokens
    for index in range(comma + 1, min(len(tokens) - 1, comma + 30)):
        if (
            tokens[index].text in (";", ":", "\u2014")
            or tokens[index].text in IT_OPENERS
        ):
            return None
        if tokens[index].text == "," and tokens[index + 1].text.lower() in (
            "it",
            "the",
        ):
            if any(
                start < tokens[index].start for _text, start, _end in sentence.quotes
            ):
                return None
            # "Written by A, ..., it": a song, whatever "it" did next; "..., the
            # single went to No. 9": the single
            if tokens[index + 1].text.lower() == "the":
                return anaphor(ctx, sentence, index + 1, index + 3)
            return anaphor(ctx, sentence, index + 1, index + 2) or ctx.last("track")
    return None


def _fragment_subject(ctx, sentence, after):
    """ "Written by A." or "Written by A, a songwriter from Leeds.": a credit with
    no verb of its own goes with the track named last, when the names end the
    sentence or a phrase from "a"/"an" or "who" about them does."""
    tokens = sentence.tokens
    names, end = names_span(sentence, after)
    if not names:
        return None
    rest = [token.text.lower() for token in tokens[end:]]
    if rest[:2] == [",", "who"]:
        # "Composed by A, who also played every synth on it."
        if any(start > tokens[end].start for _text, start, _end in sentence.quotes):
            return None  # "..., who also wrote “Y”": perhaps Y's credit
    elif rest[:1] not in ([], ["."], [","]) or any(
        word in ("it", "its", "song", "single", "track", "theme") for word in rest
    ):
        return None
    elif rest[:1] == [","] and rest[1:2] not in (["a"], ["an"]):
        return None
    subject = ctx.last()
    return subject if subject is not None and subject[1] == "track" else None


def _plain_it(ctx, sentence, before):
    """ "It sounds like 1962, but it was written by A": "it was" just before the
    credit, with no name but years before it."""
    tokens = sentence.tokens
    if before > 0 and tokens[before - 1].text.lower() == "it's":
        subject = before - 1
    elif (
        before > 1
        and tokens[before - 2].text.lower() == "it"
        and tokens[before - 1].text.lower() in ("was", "is")
    ):
        subject = before - 2
    else:
        return None
    if not about_songs(sentence, subject):
        return None
    for token in tokens[1:subject]:
        if token.cap and not token.text.isdigit():
            return None
    return ctx.last()


def _song_noun_subject(ctx, sentence, before):
    """ "The duet is sung by A and B", "This waltz was written by A": a song noun
    opening the sentence as the credit's subject is the track named last."""
    words = [token.text.lower() for token in sentence.tokens[:before]]
    if len(words) != 3 or words[0] not in ("the", "this", "that", "its"):
        return None
    if words[1] not in SONG_NOUNS or words[2] not in ("is", "was"):
        return None
    return ctx.last()
