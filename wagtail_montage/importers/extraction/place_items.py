"""Whether a list item's place is followed by what describes it, past an aside in
brackets ("South Terrace (the old strip): café scenes") or a region before the colon
("The Round House, Arthur Head: used as itself")."""

import re

from .lexicon import PLACE_CONNECTORS
from .place_form_fields import repeated_label
from .place_numbered_labels import numbered_series
from .place_reading import NAME_HEADS, past_brackets
from .place_words import PLACE_ADJECTIVES, item_described
from .sentences import run_backward, run_forward


def region_then_colon(tokens, end):
    """Whether ", Y:" follows the place ending at ``tokens[end]``: a name of its
    region or headland, then the item's description."""
    if not (end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].cap):
        return False
    stop = run_forward(tokens, end + 1, PLACE_CONNECTORS, max_words=4)
    return stop is not None and stop < len(tokens) and tokens[stop].text == ":"


def item_place_described(tokens, end):
    """Whether what follows a list item's place, past an aside in brackets, is its
    region or a description; not a person who speaks ("Marv in Thunder Bay insists
    ...")."""
    end = past_brackets(tokens, end)
    if speaker_after(tokens, end):
        return False
    return region_then_colon(tokens, end) or item_described(tokens, end)


# What a caller or a letter-writer does in a log: "Marv in Thunder Bay insists ...",
# "Dot from Hull says ...", "Kev, Leeds, reckons ...".
SAYING_VERBS = frozenset(
    """
    says said insists insisted asks asked reckons reckoned writes wrote claims claimed
    tells told swears swore remembers remembered thinks thought rings rang
    emails emailed texts texted wonders wondered argues argued
    """.split()
)


def speaker_after(tokens, end):
    """Whether the name ending before ``tokens[end]`` is a person who speaks: a verb of
    saying right after it, or after the town it calls from ("in X", "from X", ", X,")."""
    index = end
    if index < len(tokens) and tokens[index].text in ("in", "from", ","):
        stop = run_forward(tokens, index + 1, PLACE_CONNECTORS, max_words=4)
        if stop is None:
            return False
        if tokens[index].text == ",":  # "Kev, Leeds, reckons"
            if stop >= len(tokens) or tokens[stop].text != ",":
                return False
            stop += 1
        index = stop
    return index < len(tokens) and tokens[index].text in SAYING_VERBS


def quoted_outside_aside(sentence, end):
    """Whether the item has words in quotes, but for those of an aside in brackets
    right after its place ending at ``tokens[end]`` ("South Terrace (the “Strip”)")."""
    tokens = sentence.tokens
    after = past_brackets(tokens, end)
    if after == end or not sentence.quotes:
        return bool(sentence.quotes)
    begin = tokens[end].start
    finish = tokens[after - 1].end
    return any(start < begin or stop > finish for _text, start, stop in sentence.quotes)


def list_colon(sentence, index):
    """Whether ``tokens[index]`` is the colon after a list item's place, the verb
    left out before what follows: "X: doubled for Y"."""
    tokens = sentence.tokens
    return bool(
        sentence.listed
        and tokens[index].text == ":"
        and index > 0
        and tokens[index - 1].cap
        and ":" not in (token.text for token in tokens[:index])
    )


def headed_name(tokens, end):
    """Whether ``tokens[end]`` is the lowercase head of the name before it, with no
    article: "Oakworth station", "Leyton bus garage" (not "the old Marlow Street
    pier", where the noun only describes the name)."""
    if not (end > 0 and tokens[end].text in NAME_HEADS and tokens[end - 1].cap):
        return False
    start = run_backward(tokens, end - 1, PLACE_CONNECTORS, max_words=4)
    if start is None:
        return False
    before = start - 1
    while before >= 0 and tokens[before].text in PLACE_ADJECTIVES:
        before -= 1  # "the old X pier"
    return before < 0 or tokens[before].text.lower() != "the"


def headed(name):
    """Whether a name ends with a lowercase head that says it is a place: "Oakworth
    station"."""
    words = name.split()
    return len(words) > 1 and words[-1] in NAME_HEADS and words[0][:1].isupper()


def field_label(ctx, sentence, start, end):
    """Whether the one word at ``tokens[start]`` before a colon is a field's label: it,
    or the label of another item of its list ("Sills: replaced", "Engine: rebuilt"),
    is a word the post writes in lowercase elsewhere ("the salt in the sills"): a
    log's or a spec sheet's field, not a place."""
    tokens = sentence.tokens
    if numbered_series(ctx, sentence, start, end):
        return True  # "Bedroom 2: bunks" beside "Bedroom 1: a double"
    colon = end < len(tokens) and tokens[end].text == ":"
    if colon and repeated_label(ctx, sentence, sentence.span(start, end)):
        return True  # "Access: ..." in two lists of a scout's report
    if not (end == start + 1 and colon):
        return False
    text = " ".join(str(value) for _kind, value in ctx.post.body)
    labels = {tokens[start].text} | sibling_labels(ctx, sentence)
    return any(re.search(rf"\b{re.escape(word.lower())}\b", text) for word in labels)


# A list item that is a one-word label and what follows it: "Engine: rebuilt".
LABEL_ITEM_RE = re.compile(r"<li\b[^>]*>\s*([A-Z][a-z]+)\s?:", re.DOTALL)


def sibling_labels(ctx, sentence):
    """The one-word labels of the items of the sentence's list, when three or more
    of its items and most of them are so labelled; else none."""
    body = ctx.post.body
    kind, value = (
        body[sentence.paragraph] if sentence.paragraph < len(body) else ("", "")
    )
    if kind != "paragraph" or not isinstance(value, str):
        return set()
    labels = LABEL_ITEM_RE.findall(value)
    items = len(re.findall(r"<li\b", value))
    return set(labels) if len(labels) >= 3 and len(labels) * 2 > items else set()
