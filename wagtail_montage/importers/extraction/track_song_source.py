"""False blocks: the work a song comes from taken for the song. "“X”, the
closing song from “Y”", "A's tune is the ballad from “Y”": the title after "the
<song noun> from" is the film or the record the song belongs to, not a song, so
the credits and chart figures of the sentences after it ("The song was written by
A") are not its. Not "the title song from “Y”" (the film's own song may carry its
name: track_film_named makes a suggestion of it). Every pattern is bounded, with
no nested quantifier."""

import re

# Just before a title: a song of it, named by its noun. "the end-title song from ",
# "is the ballad from ", "their big number off ", "the love theme from the film ".
SONG_FROM_RE = re.compile(
    r"\b(?:the|its|their|his|her|a|an|this|that)\s(?P<words>(?:[\w-]{1,20}\s){0,2}?)"
    r"(?:song|ballad|theme|single|number|tune|duet|anthem|waltz|instrumental"
    r"|track|love\ssong)\s(?:from|off)\s(?:the\s(?:film|movie|picture|musical|show"
    r"|album|soundtrack|record|LP)\s)?\W{0,2}$",
    re.IGNORECASE,
)
# The film's own song, which may be named after it: "the title song from ".
TITLE_SONG_RE = re.compile(r"(?:^|\s)title\s$", re.IGNORECASE)


def song_source_before(norm, start):
    """Whether the words just before the title at ``norm[start]`` name it as the
    work a song comes from ("the closing ballad from “Y”")."""
    found = SONG_FROM_RE.search(norm[max(0, start - 70) : start])
    return bool(found and not TITLE_SONG_RE.search(found.group("words")))
