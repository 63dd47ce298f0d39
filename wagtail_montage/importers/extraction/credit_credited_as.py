"""Credits said with "credited" and a noun of the part: someone "credited as its
writer" ("He's credited as its writer as well, along with B"; "A is credited as the
song's co-writer") writes the song named last, and a part of the song "credited to"
someone ("the lyric is credited to A", "The words were credited to A and B") is
theirs. The song is the one named in the sentence before the words, else the one
named last; a pronoun is the one performer of that song."""

import re

from .credit_subjects import names_before
from .credit_tracks import known_track
from .discourse import person_pronoun
from .sentences import add_unique, names_after_with, names_span

# "is credited as its writer", "'s credited as the song's co-writer"; group 1: the
# pronoun before it, if any; group 2: the role noun.
PRONOUN_IS = r"\b(he|she|they)(?:'s|'re|\s(?:is|was|are|were))"
OWNER = r"(?:its|the\s(?:song|track|single)(?:'s)?)"
ROLE = r"(co-writer|writer|composer|songwriter|lyricist|singer|performer|vocalist)"
CREDITED_AS = rf"(?:{PRONOUN_IS}|\s(?:is|was|are|were))\s(?:also\s|now\s)?credited\sas"
CREDITED_AS_RE = re.compile(
    rf"{CREDITED_AS}\s{OWNER}\s(?:sole\s|only\s|main\s)?{ROLE}s?\b", re.IGNORECASE
)
WRITER_NOUNS = frozenset({"co-writer", "writer", "composer", "songwriter", "lyricist"})
# "the lyric is credited to A"; a part of a song, then "credited to".
PART = r"(?:the|its|whose)\s(?:lyrics?|words|music|tune|melody)"
PART_TO_RE = re.compile(
    rf"\b{PART}\s(?:is|are|was|were)\s(?:also\s)?credited\sto\s", re.IGNORECASE
)
# After the role noun: "as well, along with B", ", along with B", "with B".
ALONG_RE = re.compile(
    r"^\s?(?:(?:as\swell|too|also),?\s?|,\s?)?(?=(?:along\s|together\s)?with\s)"
)


def credited_as(ctx, sentence):
    """Credit the people said to be "credited as" a song's writer or singer, and
    those a part of it is "credited to"."""
    for match in CREDITED_AS_RE.finditer(sentence.norm):
        track = _track(ctx, sentence, match.start())
        if track is None:
            continue
        people = _subject(ctx, sentence, match)
        if not people:
            continue
        role = "composers" if match.group(2).lower() in WRITER_NOUNS else "performers"
        add_unique(track[role], people + _along(ctx, sentence, match.end()))
    for match in PART_TO_RE.finditer(sentence.norm):
        track = _track(ctx, sentence, match.start())
        if track is None:
            continue
        names = names_span(sentence, sentence.index_at(match.end()), limit=3)[0]
        add_unique(track["composers"], [n for n in names if n[:1].isupper()])


def _track(ctx, sentence, offset):
    """The track named in the sentence before ``offset``, else the one named last."""
    return known_track(ctx, sentence.norm[:offset]) or ctx.last_track()


def _subject(ctx, sentence, match):
    """Who is credited: the pronoun's one performer, or the names before."""
    if match.group(1):
        before = sentence.norm[: match.start(1)].rstrip()
        if before and before[-1] not in ".;:,\u2014(" and not before.endswith("and"):
            return []  # "the man she married is credited as ...": not the subject
        return person_pronoun(ctx, match.group(1))
    names = names_before(sentence, sentence.index_at(match.start() + 1), subject=True)
    return [name for name in names if name[:1].isupper()]


def _along(ctx, sentence, end):
    """ "..., along with the film's composer, B": B is credited too."""
    found = ALONG_RE.match(sentence.norm[end:])
    if found is None:
        return []
    index = sentence.index_at(end + found.end())
    if index is None or index >= len(sentence.tokens):
        return []
    return [name for name in names_after_with(sentence, index) if name[:1].isupper()]
