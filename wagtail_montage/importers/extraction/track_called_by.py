"""A piece of film music named by what people call it: "built around the cue fans
simply call “X”", "the theme everyone knows as “X”", "the cue the crew called “X”".
A cue or a theme is the film's music by its noun; a name people give it is its
title.

Guards: the noun must be one of film music ("cue", "theme", "main theme", "score
cue", "underscore") with "the" or "that" before it; between it and the title only a
subject of up to three words (maybe "that" or "which" first, an adverb after) and
"call", "calls", "called" or "know(s) as"; "the song my sister calls “X”" (a song,
not a cue) or "the dog we call “X”" say nothing. Every pattern is bounded, with no
nested quantifier."""

import re

# Just before the title: "the cue fans simply call ", "that theme everyone knows
# as ", "the cue which the crew called ".
CALLED_BY_RE = re.compile(
    r"\b(?:the|that)\s(?:main\s|love\s|score\s|opening\s|closing\s)?(?:cue|theme"
    r"|underscore)\s(?:that\s|which\s)?(?:[\w'\u2019-]{1,20}\s){1,3}?(?:(?:simply|just"
    r"|always|still|affectionately|now|all)\s)?(?:call|calls|called|know\sas"
    r"|knows\sas|knew\sas)\s\W{0,2}$",
    re.IGNORECASE,
)


def called_by_people(before):
    """Whether the words ``before`` a title name it as what people call a cue."""
    return bool(CALLED_BY_RE.search(before[-90:]))
