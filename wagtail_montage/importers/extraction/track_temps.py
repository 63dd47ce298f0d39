"""A temp track: the song an editor cut a scene to before the film's own music came
("it was cut to a temp track, “X”", "Temp track is “X” by A", "we temped the montage
with “X”", "“X” was only ever the temp"). A song the sentence naming it first calls
the temp is not the film's: it becomes a suggestion, not a fact.

Guards: the temp is the title's own noun (in apposition, as a copula's subject or
complement, or what a scene was "temped with"), not a temp track named somewhere
else in the sentence ("the temp track didn't work, and “X” was sitting there"); and
a sentence that says the temp stayed ("“X”, the temp, stuck and made the final cut")
keeps it. Every pattern is bounded, with no nested quantifier."""

import re

from .track_first_cuts import KEPT_RE, first_cut_title

TEMP = r"(?:temp|temporary|placeholder|scratch)\s(?:track|music|song|score|cue)"
# Just before the title: "cut to a temp track, “X”", "Temp track is “X”", "temped
# the montage with “X”", "used as a placeholder song: “X”".
BEFORE_RE = re.compile(
    r"(?:\b" + TEMP + r"(?:\s(?:for|on|in|under)\s(?:[\w'-]+\s){1,4}?)?"
    r"(?:\swas|\sis|\swere)?"
    r"|\btemped\s(?:\w+\s){0,3}?(?:with|to|on)"
    r"|\b(?:as|for)\s(?:the|a|our|its)\s(?:temp|placeholder))"
    r"\W{0,3}$",
    re.IGNORECASE,
)
# Just after the title: "“X” was the temp track", "“X”, our temp,", "“X” as a temp".
AFTER_RE = re.compile(
    # "“X” (1994) was", "“X” by Mae Ruiz was only ever the temp"
    r"^\W{0,3}(?:(?:\([^()]{0,40}\)\s|by\s(?:[\w'-]+\s){1,4}?)?"
    r"(?:was|is|served)\s(?:only\s|just\s|ever\s|only\sever\s)?(?:as\s)?"
    r"|as\s|,\s)(?:the|a|our|their|its)\s(?:temp|placeholder|scratch)\b",
    re.IGNORECASE,
)


def temp_title(norm, start, end):
    """Whether the title quoted from ``norm[start]`` to ``norm[end]`` is the one a
    sentence calls a temp track, and the sentence does not say it stayed."""
    temp = BEFORE_RE.search(norm[max(0, start - 60) : start]) or AFTER_RE.search(
        norm[end : end + 60]
    )
    if temp:
        return not KEPT_RE.search(norm)
    return first_cut_title(norm, start, end)  # "originally cut the scene to “X”"
