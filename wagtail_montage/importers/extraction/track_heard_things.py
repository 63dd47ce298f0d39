"""A title set beside what it is, in the writer's own loose words, and where it
plays: "“X”, a rough, half-spoken thing that plays over the closing shot", "“X”,
the jaunty one that kicks in when the bus leaves", "“X”, a slow, sad waltz which
runs under the credits"; or beside the film it is in: "all about “X” and the film
it was in", "“X”, and the movie it plays in". Every pattern is bounded."""

import re

# Right after a title: an article, up to four words (commas between allowed), a
# noun for a piece of music or a thing, "that" or "which", a verb of playing and
# the place or moment it plays.
HEARD_THING_RE = re.compile(
    r"^\W{0,3},?\s(?:the|a|an)\s(?:[\w'-]{1,20},?\s){0,4}?(?:cue|song|theme|tune"
    r"|instrumental|ballad|number|piece|waltz|thing|one|track|lullaby|anthem)\s"
    r"(?:that|which)\s(?:\w{2,12}ly\s)?(?:plays|played|runs|ran|is\sheard|was\sheard"
    r"|comes\sin|came\sin|kicks\sin|kicked\sin|swells|swelled|rolls|rolled)\s"
    r"(?:over|under|during|behind|across|as|when|while|through|beneath)\b"
)

# Right after a title: the film it is in. "“X” and the film it was in", "“X”, and
# the movie it played in".
FILM_IT_IS_IN_RE = re.compile(
    r"^\W{0,3},?\s(?:and\s)?(?:the|a)\s(?:film|movie|picture)\s(?:that\s)?(?:it|they)"
    r"\s(?:was|is|were|are|appears|appeared|plays|played|featured)\s(?:in|on)\b"
)


def heard_thing(after):
    """Whether the words after a title say what it is, loosely, and where it plays,
    or name the film it is in."""
    return bool(HEARD_THING_RE.match(after[:160]) or FILM_IT_IS_IN_RE.match(after[:60]))
