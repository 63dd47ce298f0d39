"""A rank or an office written before a whole name is no part of the name a reader
writes down: "composed by Pipe Major Ewan Dalgleish" credits Ewan Dalgleish, "by the
Reverend Ada Moss" Ada Moss, "Professor Lien Ho" Lien Ho. A title that is part of
how the person is known ("Sir Hollis Wren"), one before a single word ("Captain
Lullaby", an act's name) or before an act ("Chief A & His Band") stays."""

import re

# Ranks and offices, longest first ("Pipe Major" before "Major"), each followed by a
# whole name of two or three capitalised words that does not end as an act's name
# does ("Major Arcana Strings").
RANK_RE = re.compile(
    r"^(?:the\s)?(?:Pipe\sMajor|Drum\sMajor|Pipe-Major|Major|Captain|Capt\.?"
    r"|Colonel|Col\.|Sergeant|Sgt\.?|Corporal|Lieutenant|Lt\.?|Admiral|Professor"
    r"|Prof\.?|Maestro|Reverend|Rev\.?|Chief|Pandit|Ustad|Doctor)\s"
    r"(?=[A-Z][\w'\u2019.-]{0,30}(?:\s[A-Z][\w'\u2019.-]{0,30}){1,2}$)"
    r"(?![^\n]{0,70}\s(?:Band|Orchestra|Strings|Choir|Singers|Players|Trio|Quartet"
    r"|Ensemble|Club|Brass|Boys|Girls|Project)$)"
)


def without_rank(name):
    """``name`` without a rank or an office before a whole name."""
    found = RANK_RE.match(name)
    return name if found is None else name[found.end() :]
