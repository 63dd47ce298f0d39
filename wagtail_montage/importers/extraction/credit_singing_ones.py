"""Who sings the song named last, said as who "the one singing" is: "the one singing
is A", "the woman singing it was A", "the voice singing on the record is A". A
description after the verb ("the man singing is her father") names no one."""

import re

from .sentences import names_span

# Group: none; the name follows the verb.
ONE_SINGING_RE = re.compile(
    r"\bthe\s(?:one|person|man|woman|girl|boy|guy|lady|voice|singer)\s"
    r"(?:singing|doing\sthe\ssinging)(?:\sit|\shere|\son\sit"
    r"|\son\sthe\s(?:record|recording|soundtrack|single))?,?\s(?:is|was)\s"
    r"(?:actually\s|really\s|in\sfact\s)?(?=[A-Z])",
    re.IGNORECASE,
)


def singing_ones(sentence, credit):
    """Call ``credit(offset, names)`` for each "the one singing is A" of the
    sentence: where the phrase starts, and the names after it."""
    for match in ONE_SINGING_RE.finditer(sentence.norm):
        names = names_span(sentence, sentence.index_at(match.end()), limit=3)[0]
        if names:
            credit(match.start(), names)
