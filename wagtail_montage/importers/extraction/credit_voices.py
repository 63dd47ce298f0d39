"""Who is the voice of the song named last: "the voice is A", "the voice on the
record was A", "A is the voice", "the pianist you hear on screen is A", "the singer
heard in the film is A". A singer or a pianist alone may be a part in the story ("the
singer is a crooner called Vic"): only the one heard, "you hear" or "on the
record", is the song's performer; "the voice" and "the vocalist" always are."""

import re

from .credit_singing_ones import singing_ones
from .credit_tracks import is_title
from .credit_untold import untold_song
from .sentences import add_unique, names_span

# What a singer or a player is heard on: "on the record", "you hear", "in the film".
HEARD = (
    r"(?:you\s(?:hear|can\shear)|we\shear|heard"
    r"|on\sthe\s(?:record|recording|soundtrack|single|track|song)|on\sit|on\sscreen"
    r"|in\sthe\s(?:film|picture|movie|scene))"
    r"(?:\s(?:on\sscreen|in\sthe\s(?:film|picture|movie|scene)|there))?"
)
# An aside in dashes before the verb: "the singer on screen — and on the record — is".
ASIDE = r"(?:\s\u2014[^\u2014.;]{1,40}\u2014)?"
# Group 1: the noun; group 2: how it is heard.
VOICE_FIRST_RE = re.compile(
    r"\b(?:the|its)\s(?:lead\s|singing\s|solo\s)?"
    r"(voice|vocalist|singer|pianist|guitarist|player)"
    rf"(?:\s({HEARD}))?{ASIDE},?\s(?:is|was|belongs\sto|belonged\sto)\s",
    re.IGNORECASE,
)
ALWAYS_HEARD = frozenset({"voice", "vocalist"})
# "A is the voice", "A & the Bs were the voice".
NAME_FIRST_RE = re.compile(
    r"\s(?:is|was|were|are)\sthe\s(?:lead\s|singing\s|solo\s)?(?:voice|vocalist)"
    r"(?!\sof\b)\b"
)
# Where the clause of "A is the voice" may start, just before A.
CLAUSE_OPENERS = frozenset({";", ":", ",", "and", "but", "\u2014", "."})


def voices_of(ctx, sentence, known_track):
    """Credit the voice, and the player heard, of the track named last as its
    performers. ``known_track(ctx, text)``: the track named last in ``text``."""
    norm = sentence.norm
    for match in VOICE_FIRST_RE.finditer(norm):
        if match.group(1).lower() not in ALWAYS_HEARD and not match.group(2):
            continue  # "the singer is a crooner called Vic": maybe a part
        names = names_span(sentence, sentence.index_at(match.end()), limit=3)[0]
        _credit(ctx, sentence, known_track, match.start(), names)
    for match in NAME_FIRST_RE.finditer(norm):
        _credit(
            ctx, sentence, known_track, match.start(), _names_before(sentence, match)
        )
    singing_ones(  # "the one singing is A"
        sentence,
        lambda start, names: _credit(ctx, sentence, known_track, start, names),
    )


def _names_before(sentence, match):
    """The name that opens the clause ending at ``match``: "A is the voice"."""
    tokens = sentence.tokens
    end = sentence.index_at(match.start() + 1)
    start = end
    while start > 0 and end - start < 5 and tokens[start - 1].cap:
        start -= 1
    if start == end or (
        start > 0 and tokens[start - 1].text.lower() not in CLAUSE_OPENERS
    ):
        return []
    if tokens[start].text in ("The", "It", "That", "This", "She", "He", "They"):
        return []
    return [sentence.span(start, end)]


def _credit(ctx, sentence, known_track, offset, names):
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    if not names:
        return
    track = (
        known_track(ctx, sentence.norm[:offset])
        or ctx.last_track()
        or untold_song(ctx, sentence, sentence.index_at(offset))
    )  # "Is that A singing *X*? No: the voice on the record is B's"
    if track is not None:
        add_unique(track["performers"], names)
