"""A song's writers named by a role noun rather than a verb: "Its writers were A and
B", "It has three writers: A, B and C", "the writing credit is split between A and
B", "A, their guitarist, is the sole writer", and its singer the same way: "Its
singer is A". The noun must be the song's ("its", "the song's", "it has"), or the
credit a songwriting one with no film, script or book in the sentence."""

import re

from .credit_credited_as import credited_as
from .credit_labels import last_track
from .credit_owned_parts import owned_parts
from .credit_owned_pieces import owned_pieces
from .credit_subjects import names_before
from .credit_tracks import about_songs, is_title, it_track, known_track
from .sentences import add_unique, names_span

_OWNER = r"(?:(its|their)|the\s(?:song|track|single|tune|number)'s)\s"
_COUNT = r"(?:(?:two|three|four|five|6|2|3|4|5)\s)?"
_WRITERS = r"(?:co-?)?(?:song)?writers"
# Names after the role noun; group 1: "its"/"their" (an "it" to resolve).
WRITERS_ARE_RE = re.compile(
    r"(?:^|[,;:]\s|\band\s)" + _OWNER + _COUNT + _WRITERS + r"\s(?:are|were)\s",
    re.IGNORECASE,
)
HAS_WRITERS_RE = re.compile(
    r"(?:^|[,;]\s|\band\s)(?:(it)|the\s(?:song|track|single|tune))\s(?:has|had)\s"
    r"(?:two|three|four|five|2|3|4|5)\s" + _WRITERS + r"\s?[:,]\s",
    re.IGNORECASE,
)
SPLIT_RE = re.compile(
    r"\b(?:(its)|the|the\s(?:song|track|single)'s)\s(?:song)?writing\scredits?\s"
    r"(?:is|was|are|were)\s(?:split|shared|divided)\s(?:equally\s)?(?:between|among)\s",
    re.IGNORECASE,
)
# Names before the role noun: "A, their guitarist, is the sole writer".
SOLE_WRITER_RE = re.compile(
    r"\s(?:is|was)\s(?:the|its|their)\s(?:sole|only|lone)\s(?:song)?writer\b"
    r"|\s(?:are|were)\s(?:its|the\s(?:song|track|single)'s)\s" + _COUNT + _WRITERS,
    re.IGNORECASE,
)
SINGER_IS_RE = re.compile(
    r"^(?:(its)\s|the\s(?:song|track|single)'s\s)?(?:lead\s)?(?:singer|vocalist)"
    r"\s(?:is|was)\s",
    re.IGNORECASE,
)
# Other works a writer may have written: then the noun is no song's.
OTHER_WORKS_RE = re.compile(
    r"\b(?:film|movie|script|screenplay|book|novel|series|episode|stage\splay|musical|"
    r"score|show)s?\b",
    re.IGNORECASE,
)
# A bare role noun, as a copula's subject or a label: "The lyricist is A", "the
# writers: A and B", "writers of record A and B", "the voice: C". Not "the writers
# were A", "The composer was A", "Writer: A": a film's. Only just after the song is
# named. Groups 1 to 3: a writer's noun.
THE_ROLE_RE = re.compile(
    r"(?:^|,\s)(?:the\s)?(?:(songwriters?|lyricists?)|(?:voice|singer|vocalist))"
    r"\s(?:is|was|are|were)\s"
    r"|(?:^|,\s)(?:(?:the\s)?(songwriters?|lyricists?)|the\s((?:song)?writers?)"
    r"|(?:the\s)?(?:voice|singer|vocalist))\s?:\s"
    r"|\b((?:song)?writers?\sof\srecord)\s(?:(?:is|was|are|were)\s)?",
    re.IGNORECASE,
)
ENDS = frozenset({"", ".", ";", ",", "(", "\u2014", "-"})


def writer_nouns(ctx, sentence):
    """Credit the names a role noun of the song ties to it."""
    credited_as(ctx, sentence)  # "He's credited as its writer", "credited to A"
    owned_pieces(ctx, sentence)  # "Tom Reed's main title, “X”"
    owned_parts(ctx, sentence)  # "“X”, Ada Vale's vocal", "“X”: A's voice, B's tune"
    if OTHER_WORKS_RE.search(sentence.norm):
        return
    for regex, role in (
        (WRITERS_ARE_RE, "composers"),
        (HAS_WRITERS_RE, "composers"),
        (SPLIT_RE, "composers"),
        (SINGER_IS_RE, "performers"),
    ):
        for match in regex.finditer(sentence.norm):
            names, end = names_span(sentence, sentence.index_at(match.end()), limit=6)
            _credit(ctx, sentence, match, _ended(sentence, names, end), role)
    for match in THE_ROLE_RE.finditer(sentence.norm):
        if _named_near(ctx, sentence, match):
            names, end = names_span(sentence, sentence.index_at(match.end()), limit=6)
            role = (
                "composers" if match.group(1, 2, 3, 4) != (None,) * 4 else "performers"
            )
            _credit(ctx, sentence, match, _ended(sentence, names, end), role)
    for match in SOLE_WRITER_RE.finditer(sentence.norm):
        names = names_before(sentence, sentence.index_at(match.start() + 1))
        _credit(ctx, sentence, match, names, "composers")


def _ended(sentence, names, end):
    """The names, when nothing but an aside or the sentence's end follows them."""
    tokens = sentence.tokens
    after = tokens[end].text if end < len(tokens) else ""
    return names if after in ENDS else []


def _credit(ctx, sentence, match, names, role):
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    if not names:
        return
    track = _track(ctx, sentence, match)
    if track is not None:
        add_unique(track[role], names)


def _track(ctx, sentence, match):
    if match.lastindex and match.group(1):  # "its writers", "it has two writers"
        index = sentence.index_at(match.start(1))
        if not about_songs(sentence, index) or not _named_near(ctx, sentence, match):
            return None
        return it_track(ctx, sentence, match.start(1))
    return known_track(ctx, sentence.norm[: match.start() + 1]) or last_track(ctx)


def _named_near(ctx, sentence, match):
    """Whether a track is named in the sentence before the match or in the sentence
    before it: "its" further on may be the film's."""
    previous = ctx.previous.norm if ctx.previous is not None else ""
    return known_track(ctx, previous + " " + sentence.norm[: match.start()]) is not None
