"""A soundtrack's title that is only generic words: "Pylon Kids - Original
Soundtrack", "Harbour Nights: Music from the Motion Picture Soundtrack" read back
from "Soundtrack" stops at the dash, leaving "Original Soundtrack", no title. Such a
run takes the capitalised name before the dash or colon with it; with no name there
it is no title at all."""

from .sentences import run_backward, skip_stop_starts

GENERIC = frozenset(
    "original motion picture official film movie soundtrack the music from"
    " score recording recordings complete".split()
)
DASHES = frozenset(("-", "\u2013", "\u2014", ":"))


def named_start(tokens, begin, last, connectors):
    """The start of the soundtrack's title ending at ``tokens[last]`` whose run
    starts at ``begin``: ``begin`` when the run names something, the start of the
    name before a dash when it is only generic words, else None."""
    if not all(token.text.lower() in GENERIC for token in tokens[begin : last + 1]):
        return begin
    if begin < 2 or tokens[begin - 1].text not in DASHES:
        return None
    start = run_backward(tokens, begin - 2, connectors, max_words=8)
    return None if start is None else skip_stop_starts(tokens, start, begin - 1)
