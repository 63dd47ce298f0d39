"""A soundtrack's title written without quotes whose generic words are in brackets:
"Album: Gull Bay (Original Motion Picture Soundtrack)", "the Gull Bay (Original
Soundtrack) LP". Read back from "Soundtrack", the run stops at the bracket with only
generic words; the name before the bracket is the album's, the bracket with it, and
a label's word before a colon ("Album:") is no part of it."""

from .album_generic import GENERIC
from .sentences import run_backward, skip_stop_starts


def bracketed_span(tokens, begin, last, connectors):
    """``(start, end)`` of the soundtrack's title whose generic run ``begin``-``last``
    is in brackets after a name, its closing bracket included; else None."""
    while begin > 0 and tokens[begin - 1].text.lower() in GENERIC:
        begin -= 1  # "(Music from the Motion Picture Soundtrack)": all of it
    if not all(token.text.lower() in GENERIC for token in tokens[begin : last + 1]):
        return None
    if begin < 2 or tokens[begin - 1].text != "(":
        return None
    if last + 1 >= len(tokens) or tokens[last + 1].text != ")":
        return None
    start = run_backward(tokens, begin - 2, connectors, max_words=8)
    if start is None:
        return None
    colons = [index for index in range(start, begin - 1) if tokens[index].text == ":"]
    if colons:  # "Album: X (Original Soundtrack)": a label's word before the name
        start = colons[-1] + 1
    if start >= begin - 1:
        return None
    return skip_stop_starts(tokens, start, begin - 1), last + 2
