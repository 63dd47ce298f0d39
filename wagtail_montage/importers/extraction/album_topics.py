"""The soundtrack album as a topic, not the film's record: "the article on the
soundtrack album as a marketing tool", "a lecture about the soundtrack LP as an art
form", "the history of the soundtrack album". What is said there is said of such
records in general; the post's film has no album by it."""

import re

# "the soundtrack album as a ...", "a chapter on the soundtrack LP", "the rise of
# the soundtrack album": the kind of record, spoken of in general.
TOPIC_RE = re.compile(
    r"\bsoundtrack\s(?:album|LP|record)s?\sas\s(?:a|an|the)\b"
    r"|\b(?:article|essay|chapter|book|lecture|paper|talk|seminar|reading|history"
    r"|rise|decline|economics|study|piece|thesis)\s(?:on|about|of|into)\s(?:the\s)?"
    r"soundtrack\s(?:album|LP|record)s?\b",
    re.IGNORECASE,
)


def soundtrack_as_topic(norm):
    """Whether the sentence speaks of soundtrack albums in general."""
    return bool(TOPIC_RE.search(norm))
