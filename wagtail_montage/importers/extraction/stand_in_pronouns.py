"""What a place played when the sentence says "it": "The story's port is X, but Y plays
it" (X); and the place "it" is when a sentence starts with it: "They shot the big scenes
at X. It was meant to be a prison in Brittany" (X)."""

from ..prose import match_key
from .lexicon import PLACE_CONNECTORS
from .place_names import canonical_name, is_work_or_person, place_ok
from .sentences import run_backward

# The words that may follow "it" when "it" is all a place played: "Y plays it, and".
AFTER_IT = frozenset({",", ";", ":", ".", "!", "and", "but", "so", "too", "well"})


def pronoun_target(ctx, sentence, it, start, name):
    """The place "it" stands for at ``tokens[it]`` right after a stand-in verb whose
    place ``name``, filmed before, starts at ``tokens[start]``: the nearest name before
    that place, in the sentence, that may be a place (not a month, a title, a
    person); or ""."""
    tokens = sentence.tokens
    if not (
        start is not None
        and match_key(name) in ctx.locations
        and it < len(tokens)
        and tokens[it].text == "it"
        and (it + 1 == len(tokens) or tokens[it + 1].text in AFTER_IT)
    ):
        return ""
    end = start - 1
    while end > 0:
        if not tokens[end].cap or sentence.inside_quote(tokens[end].start):
            end -= 1
            continue
        first = run_backward(tokens, end, PLACE_CONNECTORS, max_words=6)
        if first is None or first == 0:
            return ""  # the sentence's first word: no name of its own
        played = sentence.span(first, end + 1)
        if place_ok(ctx, played, tokens[first]) and not is_work_or_person(
            ctx, sentence, first
        ):
            return canonical_name(ctx, played)
        end = first - 1
    return ""


def previous_place(ctx):
    """The place the sentence before filmed, that played nothing yet; or ""."""
    if ctx.filming_recent != "shot" or not ctx.locations:
        return ""
    location = ctx.locations[list(ctx.locations)[-1]]
    return "" if location["stood_in_for"] else location["name"]
