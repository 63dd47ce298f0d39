"""A quoted title the words before it call a song across a clause of its own ("the
song that plays over its harvest montage, “X”", "the tune the band still opens
with, “X”") or with "is" ("and the song is “X”"). Such a title is the song's,
never the film's, whatever the post's own title says: its words in the post's
title name the song, not the film. Every pattern is bounded."""

import re

# Just before a title: a song noun, a relative clause of up to 80 characters (no
# sentence break, no other title), a comma.
SONG_CLAUSE_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|that|their|his|her|its)\s(?:[\w-]{1,20}\s){0,2}?"
    r"(?:song|single|ballad|tune|track|theme|number|anthem)\s"
    r"(?:(?:that|which|who)\s)?[^.;:!?\ue000\ue001\u201c\u201d]{1,80},\s\W?$",
    re.IGNORECASE,
)


def song_clause_before(norm, start):
    """Whether the words before the title quoted at ``start`` call it a song, with
    a clause between the noun and the title."""
    return bool(SONG_CLAUSE_BEFORE_RE.search(norm[max(0, start - 130) : start]))


# Just before a title: "the song is ", "The theme was ", "the second song is ".
SONG_IS_RE = re.compile(
    r"\bthe\s(?:[\w-]{1,20}\s)?(?:song|single|tune|track|theme)\s(?:is|was)\s\W?$",
    re.IGNORECASE,
)


def called_song(norm, start):
    """Whether the words before the title quoted at ``start`` say it is the song:
    "the song is “X”", or a song noun and a clause ("the song that plays, “X”")."""
    before = norm[max(0, start - 40) : start]
    return bool(SONG_IS_RE.search(before)) or song_clause_before(norm, start)
