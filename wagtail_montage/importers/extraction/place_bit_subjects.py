"""Spoken English calls a scene a "bit": "the seaside bit is X", "the rooftop bits
are Y" name where the bit was shot, as "the seaside scene is X" does; "the best bit",
"my favourite bit" judge a moment and name no scene."""

# Words that make a "bit" a judgement, not a scene: "the best bit is A in Leeds".
JUDGING = frozenset(
    """
    best worst funniest funny favourite favorite saddest scariest sad scary good bad
    great silly only weird main big
    """.split()
)


def bit_subject(tokens, subject_end, subject):
    """ "place" when ``place_subject`` was unsure of the subject before
    ``tokens[subject_end]`` and it is "the ... bit(s)" of a scene; else ``subject``."""
    return (
        "place" if subject == "unsure" and scene_bit(tokens, subject_end) else subject
    )


def scene_bit(tokens, subject_end):
    """Whether the subject right before ``tokens[subject_end]`` is "the ... bit(s)"
    of a scene: "the", at most three describing words, then "bit" or "bits"."""
    if subject_end < 2 or tokens[subject_end - 1].text.lower() not in ("bit", "bits"):
        return False
    words = []
    for index in range(subject_end - 2, max(-1, subject_end - 5), -1):
        word = tokens[index].text.lower()
        if word == "the":
            return bool(words) and not any(word in JUDGING for word in words)
        if not tokens[index].text.isalpha():
            return False
        words.append(word)
    return False
