"""An act named by its size as a role noun: "performed by the four-piece Kestrel
Lane", "by Hull five-piece the Gannets", "the 12-piece Harbour Orchestra". The size
stands where "the band" or "the trio" would, and the name follows it.

Guards: the word must be a number (in words up to twelve, or one or two digits)
joined to "piece" with a hyphen, in lowercase; "a piece of music", "two pieces" or
"a set piece" are no sizes. Every pattern is bounded, with no nested quantifier."""

import re

SIZE_RE = re.compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})"
    r"-piece$"
)


def act_size(text):
    """Whether the lowercase word ``text`` is an act's size ("four-piece")."""
    return bool(SIZE_RE.match(text))
