"""A writing credit said as a claim of the record: "A and B are credited with writing
it", "The credits list A and B as the songwriters", "The songwriting credit belongs
to A". Every pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .credit_shares import SHARE_RE, sharers
from .credit_subjects import names_before
from .credit_tracks import about_songs, is_title, it_track, known_track
from .credit_words import NOT_SONGS_RE, NOT_THIS_FILM_RE
from .sentences import add_unique, names_span

# "are credited with writing it", "was credited with co-writing the song".
CREDITED_WITH_RE = re.compile(
    r"\b(?:is|are|was|were|get|gets|got)\s(?:jointly\s|both\s|officially\s)?"
    r"credited\swith\s(?:co-)?(?:writing|composing|penning)\s"
    r"(?:(it)\b|(?:the|this|that)\s(?:song|track|tune|number|ballad|single)\b"
    r"|([\u201c\"\ue000]))",
    re.IGNORECASE,
)
# "The credits list A and B as the writers", "the sleeve names A as its composer".
LISTED_RE = re.compile(
    r"\b(?:the\s|its\s|the\sfilm's\s)?(?:credits|liner\snotes|sleeve\snotes|sleeve"
    r"|label|sheet\smusic)\s(?:list|lists|listed|name|names|named|give|gives|gave)\s",
    re.IGNORECASE,
)
LISTED_AS_RE = re.compile(
    r"^\s?as\s(?:the\s|its\s)?(?:co-)?(?:song)?(?:writers?|composers?)\b",
    re.IGNORECASE,
)
# "The songwriting credit belongs to A", "the writing credit goes to A and B".
CREDIT_GOES_RE = re.compile(
    r"\b(?:the|its|a)\s(?:sole\s|only\s|official\s)?(?:song)?writing\scredits?\s"
    r"(?:belongs\sto|belonged\sto|goes\sto|went\sto|is\sshared\sby|was\sshared\sby)\s",
    re.IGNORECASE,
)


# A sentence that says it is about a song: "The track is credited to ...".
THE_SONG_RE = re.compile(r"\b(?:the|this)\s(?:track|song|single|tune)\b", re.I)


# "she didn't write it: A and B did": the names after the denial did it.
# Group 1: the verb denied.
DENIED_THEN_RE = re.compile(
    r"\b(?:didn't|did\snot|never)\s(write|wrote|sing|sang|record|recorded)\s(?:it|the\ssong)\s?[:;,]\s"
    r"(?:but\s|though\s)?(?=[A-Z])"
)


def claimed_credits(ctx, sentence):
    """Credit the writers these claims name to the track they are about."""
    for match in DENIED_THEN_RE.finditer(sentence.norm):
        _someone_else_did(ctx, sentence, match)
    for match in CREDITED_WITH_RE.finditer(sentence.norm):
        _credited_with(ctx, sentence, match)
    for match in LISTED_RE.finditer(sentence.norm):
        _listed(ctx, sentence, match)
    for match in CREDIT_GOES_RE.finditer(sentence.norm):
        _credit_goes(ctx, sentence, match)
    for match in SHARE_RE.finditer(sentence.norm):
        _shared(ctx, sentence, match)


def _writers(ctx, names):
    return [name for name in names if name[:1].isupper() and not is_title(ctx, name)]


def _last_track(ctx, sentence, near=False):
    """The track named last, unless the sentence is about a film, a script or a song
    elsewhere; with ``near``, only a track first named in the sentence's paragraph
    ("the writers" alone, far from the song, may be the film's)."""
    if NOT_SONGS_RE.search(sentence.norm) or NOT_THIS_FILM_RE.search(sentence.norm):
        return None
    track = ctx.last_track()
    if track is None:
        return None
    return None if near and not _near(ctx, sentence, track) else track


def _near(ctx, sentence, track):
    """Whether the track was first named in the sentence's paragraph."""
    return (match_key(track["title"]), sentence.paragraph) in ctx.track_order


def _song_said(match):
    """Whether the claim says it is a song's: "songwriters", "songwriting credit"."""
    return "song" in match.group().lower()


def _credited_with(ctx, sentence, match):
    """ "A and B are credited with writing it": the names before the verb."""
    tokens = sentence.tokens
    verb = sentence.index_at(match.start())
    if match.group(1):
        it = sentence.index_at(match.start(1))
        if not about_songs(sentence, it):
            return
        track = it_track(ctx, sentence, tokens[it].start)
        if track is not None and not _near(ctx, sentence, track):
            return  # "it" far from the song may be the film (its script)
    elif match.group(2):
        track = _quoted_after(ctx, sentence, match.start(2))
    else:
        track = known_track(ctx, sentence.norm[: match.start()]) or _last_track(
            ctx, sentence
        )
    names = _writers(ctx, names_before(sentence, verb, subject=True))
    if track is not None and names:
        add_unique(track["composers"], names)


def _quoted_after(ctx, sentence, offset):
    quoted = next((quote for quote in sentence.quotes if quote[1] == offset), None)
    if quoted is None:
        return None
    return known_track(ctx, quoted[0])


def _listed(ctx, sentence, match):
    """ "The credits list A and B as the writers": the names before "as"."""
    names, end = names_span(sentence, sentence.index_at(match.end()), limit=4)
    role = (
        LISTED_AS_RE.match(sentence.norm[sentence.tokens[end].start :])
        if end < len(sentence.tokens)
        else None
    )
    if role is None:
        return
    track = known_track(ctx, sentence.norm) or _last_track(
        ctx, sentence, near=not _song_said(role)
    )
    names = _writers(ctx, names)
    if track is not None and names:
        add_unique(track["composers"], names)


def _credit_goes(ctx, sentence, match):
    """ "The songwriting credit belongs to A": the names after it."""
    names, _end = names_span(sentence, sentence.index_at(match.end()), limit=4)
    track = known_track(ctx, sentence.norm) or _last_track(
        ctx, sentence, near=not _song_said(match)
    )
    names = _writers(ctx, names)
    if track is not None and names:
        add_unique(track["composers"], names)


def _shared(ctx, sentence, match):
    """ "A and B share the writing credit": the names who share it (of the song
    named last in the paragraph, or before it when the sentence says "the track")."""
    near = not (_song_said(match) or THE_SONG_RE.search(sentence.norm))
    track = known_track(ctx, sentence.norm[: match.start()]) or _last_track(
        ctx, sentence, near=near
    )
    names = _writers(ctx, sharers(sentence, match))
    if track is not None and names:
        add_unique(track["composers"], names)


def _someone_else_did(ctx, sentence, match):
    """ "“X” is A's, though she didn't write it: B and C did": B and C wrote it."""
    tokens = sentence.tokens
    start = sentence.index_at(match.end())
    verb = next(
        (
            ahead
            for ahead in range(start + 1, min(len(tokens), start + 9))
            if tokens[ahead].text.lower() in ("did", "wrote", "sang")
        ),
        None,
    )
    if verb is None:
        return
    names = names_before(sentence, verb, subject=True)
    if not names or names_span(sentence, start, limit=1)[0][:1] != names[:1]:
        return  # the names must run from the denial to the verb
    track = known_track(ctx, sentence.norm[: match.start()]) or _last_track(
        ctx, sentence, near=True
    )
    names = _writers(ctx, names)
    if track is not None and names:
        role = "composers" if match.group(1) in ("write", "wrote") else "performers"
        add_unique(track[role], names)
