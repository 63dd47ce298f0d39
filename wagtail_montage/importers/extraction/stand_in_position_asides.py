"""A place placed by an aside at a part of another right before a stand-in's comma:
"Kinloch, at the head of Loch Hourn, which stood in for Y", "Fort Delgada, the old
fortress at the mouth of the Marsa Harbour, which doubled as Y". The place before the
aside played Y; the one after "the head of", "the mouth of" only says where it lies.

Not read: a part of a place that is the spot filmed ("filmed at the foot of X, which
played Y", "in Y, at the foot of X Butte, which plays Z": X), a place after the part
already read as filmed in the sentence, an aside that opens with no comma after a name ("the fort at the mouth
of X, which": X is read as before), an aside of more than a few words before "at"."""

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .sentences import run_backward, run_forward

# The part of a place an aside puts another at: "at the head of", "at the mouth of".
# Not "the foot of", "the top of", "the end of": said of the spot filmed itself ("in
# X, at the foot of Y Butte, which plays Z": Y played Z).
PART_NOUNS = frozenset("head mouth entrance shore shores neck".split())
PREPOSITIONS = frozenset({"at", "on", "by", "near"})


def filmed_after(ctx, tokens, of):
    """Whether the place after "of" is one the sentence already said was filmed."""
    start = of + 1 + (of + 1 < len(tokens) and tokens[of + 1].text == "the")
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6)
    name = " ".join(token.text for token in tokens[start:end]) if end else ""
    return bool(name) and match_key(name) in ctx.sentence_places


def position_aside_start(ctx, tokens, comma):
    """Where the place before the aside starts when ``tokens[comma]`` closes an aside
    "X, at the head of Y," or "X, the old N at the mouth of Y,"; else None."""
    of = None
    for back in range(comma - 1, max(0, comma - 8), -1):
        if tokens[back].text == "of" and back >= 3:
            if (
                tokens[back - 1].text in PART_NOUNS
                and tokens[back - 2].text == "the"
                and tokens[back - 3].text in PREPOSITIONS
            ):
                of = back
            break
        if not tokens[back].cap and tokens[back].text not in ("the", "of"):
            return None
    if of is None or filmed_after(ctx, tokens, of):
        return None
    lead = of - 3  # the preposition
    # "X, at the head of Y" or "X, the great star-shaped N at the mouth of Y"
    opening = lead - 1
    if tokens[opening].text != ",":
        for back in range(lead - 1, max(0, lead - 7), -1):
            word = tokens[back].text
            if word == ",":
                opening = back if tokens[back + 1].text in ("the", "a", "an") else -1
                break
            if tokens[back].cap or not word.replace("-", "").isalpha():
                return None
        else:
            return None
    if opening < 1 or not tokens[opening - 1].cap:
        return None
    return run_backward(tokens, opening - 1, PLACE_CONNECTORS, max_words=6)


def position_aside_end(tokens, start):
    """Where the place's name that starts at ``tokens[start]`` ends: its comma."""
    end = start
    while end < len(tokens) and tokens[end].text != ",":
        end += 1
    return end
