"""A name right after "is" that a person's words follow ("The chase is A at her
best") or someone doing something ("The funny bit is A pulling faces", "the last part
is A singing on the roof"): a person at work in the scene, not where it was shot."""

import re

# What follows a person's name, not a place's: "X at her best", "X in his prime".
PERSON_AFTER_RE = re.compile(
    r"\s(?:at|in|on)\s(?:his|her|their)\s(?:best|worst|finest|peak|prime|most)\b"
)
# Words in "-ing" that go on a place's name as part of it, or say what it played
# ("X pretending to be Y", "X standing in for Y"), not a person's doing.
PLACE_ING = frozenset(
    """
    building crossing landing clearing pretending standing playing doubling posing
    masquerading serving filling looking passing dressed
    """.split()
)


def doing_after(tokens, end):
    """Whether the word at ``tokens[end]``, right after a name, is a doing in "-ing"
    ("A pulling faces"), not a comma or a place's own word ("X Crossing")."""
    if end >= len(tokens):
        return False
    word = tokens[end].text
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("ing")
        and len(word) > 4
        and word not in PLACE_ING
    )


def person_after(sentence, end):
    """Whether the words after the name ending before ``tokens[end]`` make it a
    person: "at her best", or a doing in "-ing"."""
    tokens = sentence.tokens
    return bool(
        PERSON_AFTER_RE.match(sentence.norm[tokens[end - 1].end :])
    ) or doing_after(tokens, end)
