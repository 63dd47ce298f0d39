"""A list item that opens with a word and a number when another item of its list
opens with the same word and another number ("Bedroom 1: a double bed", "Bedroom 2:
bunks"; "Day 3", "Day 4"): a numbered run of rooms, days or steps in a listing or a
plan, not a place, though a sentence about filming came just before the list."""

import re

# An item's opening word and its number: "<li>Bedroom 2:", "<li><b>Day 3</b> -".
NUMBERED_ITEM_RE = re.compile(
    r"<li\b[^>]*>\s?(?:<(?:b|strong|em|i)>)?\s?([A-Z][a-z]{1,20})\s(\d{1,3})\b"
)


def numbered_series(ctx, sentence, start, end):
    """Whether the item's name from ``tokens[start]`` to ``tokens[end]`` is a word and
    a number, and another item of its list opens with that word and another number."""
    tokens = sentence.tokens
    if not (end == start + 2 and tokens[start + 1].text.isdigit()):
        return False
    body = ctx.post.body
    kind, value = (
        body[sentence.paragraph] if sentence.paragraph < len(body) else ("", "")
    )
    if kind != "paragraph" or not isinstance(value, str):
        return False
    word, number = tokens[start].text, tokens[start + 1].text
    return any(
        label == word and other != number
        for label, other in NUMBERED_ITEM_RE.findall(value)
    )
