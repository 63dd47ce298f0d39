"""A piece of film music named by what people call it: "built around the cue fans
simply call “X”", "the theme everyone knows as “X”", "the cue the crew called “X”",
or by what a piece of music just named is called: "we danced to the march, which
is called “X”". A cue or a theme is the film's music by its noun; a name people
give it is its title.

Guards: the noun must be one of film music ("cue", "theme", "main theme", "score
cue", "underscore") with "the" or "that" before it; between it and the title only a
subject of up to three words (maybe "that" or "which" first, an adverb after) and
"call", "calls", "called" or "know(s) as"; or "the" and a march, a waltz, a tune or
a theme, then a clause of its own, ", which is called"; "the song my sister calls
“X”" (a song, not a cue), "the dog we call “X”" or "a cat, which was called “X”"
say nothing. Every pattern is bounded, with no nested quantifier."""

import re

# Just before the title: "the cue everybody just calls ", "that theme everyone knows
# as ", "the cue which the crew called ".
CALLED_BY_RE = re.compile(
    r"\b(?:the|that)\s(?:main\s|love\s|score\s|opening\s|closing\s)?(?:cue|theme"
    r"|underscore)\s(?:that\s|which\s)?(?:[\w'\u2019-]{1,20}\s){1,3}?(?:(?:simply|just"
    r"|always|still|affectionately|now|all)\s)?(?:call|calls|called|know\sas"
    r"|knows\sas|knew\sas)\s\W{0,2}$",
    re.IGNORECASE,
)


# ... or a piece of music the sentence has just named, in a clause of its own: "to
# the march, which is called “X”", "the waltz, which was called “X”".
WHICH_CALLED_RE = re.compile(
    r"\bthe\s(?:[\w-]{1,20}\s)?(?:march|waltz|reel|jig|polka|hymn|anthem|lullaby"
    r"|tune|theme|cue|number),\s(?:which|that)\s(?:is|was)\s(?:called|titled|named)"
    r"\s\W{0,2}$",
    re.IGNORECASE,
)


def called_by_people(before):
    """Whether the words ``before`` a title name it as what people call a cue, or as
    what a piece of music named just before is called."""
    return bool(
        CALLED_BY_RE.search(before[-90:]) or WHICH_CALLED_RE.search(before[-70:])
    )
