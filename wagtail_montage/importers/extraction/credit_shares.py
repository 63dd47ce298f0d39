"""A writing credit shared by its subject: "A and B share the writing credit", "the
duo of A and B, and the two of them split the songwriting credit" (the names of
the list before "the two of them", as many as it counts)."""

import re

from .credit_subjects import names_before
from .credit_writing_credits import pronoun_sharer
from .lexicon import NUMBER_WORDS

# Group 1: the verb.
SHARE_RE = re.compile(
    r"\b(share|shared|split|splits)\s(?:the\s|a\s)?(?:song)?writing\scredits?\b",
    re.IGNORECASE,
)
# A subject that counts the people named before it: "the two of them", "both of
# them", "the pair".
COUNTED_RE = re.compile(
    r"(?:\b(?:the\s)?(\w+)\sof\s(?:them|us)|\bthe\spair)\s(?:both\s)?$",
    re.IGNORECASE,
)


def sharers(sentence, match):
    """The names who share the credit the match at ``match`` names."""
    tokens = sentence.tokens
    verb = sentence.index_at(match.start(1))
    names = names_before(sentence, verb, subject=True)
    if names:
        return pronoun_sharer(sentence, verb) + names  # "he and B share it"
    counted = COUNTED_RE.search(sentence.norm[: match.start(1)])
    if counted is None:
        return []
    word = (counted.group(1) or "two").lower()
    count = 2 if word == "both" else NUMBER_WORDS.get(word)
    start = sentence.index_at(counted.start())
    while start > 0 and tokens[start - 1].text.lower() in ("and", ",", "so"):
        start -= 1
    if count is None or start < 2:
        return []
    names = names_before(sentence, start)
    return names if len(names) == count else []
