"""A place said to be a kind of place before it plays another: "That ridge is X
playing Y", "The beach was X, playing Y", "Our harbour is X, which plays Y": the
subject's place noun says X is a place."""

from .place_words import place_noun

# The words before a subject's place noun: "that ridge", "the beach", "our harbour".
SUBJECT_STARTS = frozenset("the that this our their its".split())


def place_subject(tokens, start):
    """Whether the name at ``tokens[start]`` follows "<the> <place noun> is": "That
    ridge is X", "The old beach was X"; not "The singer is X"."""
    if start is None or start < 3 or tokens[start - 1].text not in ("is", "was"):
        return False
    noun = tokens[start - 2].text
    if not (noun.isalpha() and noun.islower() and place_noun(noun)):
        return False
    for before in range(start - 3, max(-1, start - 5), -1):
        word = tokens[before].text
        if word.lower() in SUBJECT_STARTS:
            return True
        if not (word.isalpha() and word.islower()):
            return False
    return False
