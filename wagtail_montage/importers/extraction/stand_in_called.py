"""What a place played, when its description goes on to name it: "a Lancashire halt
called Brindle Moor", "a mining town named Coldwater" (the name too, not a description
that ends on "called")."""

from .lexicon import PLACE_CONNECTORS
from .sentences import run_forward

NAMING_WORDS = frozenset({"called", "named", "dubbed"})


def called_end(tokens, index):
    """Where the description ends when ``tokens[index]`` is "called" or "named": after
    the capitalised name that follows ("a halt called Brindle Moor"), or before the
    word when no name does ("a town called, in the script, ..."); else None."""
    if not (index < len(tokens) and tokens[index].text in NAMING_WORDS):
        return None
    if not (index + 1 < len(tokens) and tokens[index + 1].cap):
        return index
    return run_forward(tokens, index + 1, PLACE_CONNECTORS, max_words=6)
