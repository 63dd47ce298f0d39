"""A place on a chart written in words, bare, before the chart's name: "got to
twenty-seven on the Billboard 200", "climbed to forty-one on the UK albums chart".
An italic title placed so on a chart of albums only is an album. Every pattern is
bounded."""

import re

from .patterns import NUMBER_WORD

# "to twenty-seven on the Billboard 200", "at forty in the UK".
WORD_POSITION_RE = re.compile(
    rf"\b(?:at|to)\s{NUMBER_WORD}\s(?:on|in)\s(?:the\s)?(?:Billboard|UK|US|U\.S\.|Top)\b",
    re.IGNORECASE,
)


def word_position(clause):
    """Whether the clause gives a bare place in words before a chart's name."""
    return bool(WORD_POSITION_RE.search(clause))
