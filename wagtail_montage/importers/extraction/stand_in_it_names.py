"""The place "it" stands for before a stand-in verb, named earlier in the sentence with
its town and state after it, or after an adverb: "The arcade is really X in Rye, New
York, but in the movie it's supposed to be Y" (X, not New York); and "it's supposed
to be", "it's meant to be" said of the film ("in the movie it's supposed to be Y")."""

import re

from .lexicon import PLACE_CONNECTORS
from .place_names import canonical_name, is_work_or_person, place_ok
from .place_scope import broad
from .sentences import run_backward
from .stand_in_asides import ASIDE_STARTS
from .stand_in_inner import inner_end, inner_place

# The words a place follows when a sentence says what it is: "the village on the rock
# is X", "The prisoner exchange is on the X".
PLACE_INTRODUCERS = frozenset({"is", "was", "on", "at", "in", "It's", "That's"})


# Adverbs between "is" and the place it names: "is really X", "was actually X".
INTRODUCING_ADVERBS = frozenset({"really", "actually", "truly", "genuinely"})

# "it's supposed to be Y", "it’s meant to be Y": "it" is the place named before.
IT_SUPPOSED_RE = re.compile(
    r"(?:(?<=\bit's\s)|(?<=\bit\u2019s\s))(?:supposed|meant)\sto\sbe()\s", re.IGNORECASE
)
# The words that say the film, not the world, makes it so.
IN_THE_FILM_RE = re.compile(
    r"\bin\s(?:the|this)\s(?:film|movie|clip|video|story|script|picture|montage)\b",
    re.IGNORECASE,
)


def it_supposed_matches(sentence):
    """ "it's supposed to be Y" in a sentence that says it is so in the film."""
    if not IN_THE_FILM_RE.search(sentence.norm):
        return []
    return list(IT_SUPPOSED_RE.finditer(sentence.norm))


def past_region(tokens, start, end):
    """The name before a town's region: (start, end) of "Rye" for "Rye, New York"
    ending at ``tokens[end]``; else (``start``, ``end``)."""
    name = " ".join(token.text for token in tokens[start : end + 1])
    if not (start > 2 and tokens[start - 1].text == "," and broad(name)):
        return start, end
    town = run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=6)
    return (town, start - 2) if town is not None else (start, end)


def introduced_in_town(tokens, town):
    """Whether the town at ``tokens[town]`` follows "in" after a name introduced with
    an adverb: "is really X in Rye" (X is the place, in Rye)."""
    if not (
        town > 3 and tokens[town - 1].text in ("in", "at") and tokens[town - 2].cap
    ):
        return False
    start = run_backward(tokens, town - 2, PLACE_CONNECTORS, max_words=6)
    return (
        start is not None
        and start > 1
        and tokens[start - 1].text in INTRODUCING_ADVERBS
        and tokens[start - 2].text in PLACE_INTRODUCERS
    )


def introduced(tokens, lead, introducers):
    """Whether the word at ``tokens[lead]`` introduces a place ("is", "at"), or is an
    adverb right after one ("is really X")."""
    if tokens[lead].text in introducers:
        return True
    return (
        lead > 0
        and tokens[lead].text in INTRODUCING_ADVERBS
        and tokens[lead - 1].text in introducers
    )


def named_before_it(ctx, sentence, it):
    """The place the sentence names before "it", after "is", "on", "at", "in"."""
    tokens = sentence.tokens
    end = it
    while end > 1:
        end -= 1
        start = run_backward(tokens, end, PLACE_CONNECTORS, max_words=6)
        if start is None or start < 1:
            continue
        start, end = past_region(tokens, start, end)  # "X in Rye, New York, ... it"
        lead = start - 1 - (tokens[start - 1].text == "the" and start > 1)
        aside = aside_comma(tokens, lead)
        if aside is not None:  # "X, just outside Y in Z, and it": X
            end = aside
            continue
        name = sentence.span(start, end + 1)
        inner = inner_place(tokens, start)
        if inner is not None:  # "It's the X on the Y Pier, and in the film it": X
            inner += tokens[inner].text.lower() == "the"
            name, start = sentence.span(inner, inner_end(tokens, start)), inner
            lead = start - 1 - (tokens[start - 1].text == "the" and start > 1)
        elif introduced_in_town(tokens, start):  # "is really X in Rye, ..., it": X
            end = start - 2
            start = run_backward(tokens, end, PLACE_CONNECTORS, max_words=6)
            name = sentence.span(start, end + 1)
            lead = start - 1 - (tokens[start - 1].text == "the" and start > 1)
        if (
            introduced(tokens, lead, PLACE_INTRODUCERS)  # "is X", "is really X"
            and place_ok(ctx, name, tokens[start])
            and not is_work_or_person(ctx, sentence, start)
            and not sentence.inside_quote(tokens[start].start)
        ):
            return canonical_name(ctx, name), start, ""
        return "", None, ""
    return "", None, ""


def aside_comma(tokens, lead):
    """The comma before an aside that holds ``tokens[lead]``: "X, just outside Y in Z"
    (for Z's "in"); or None."""
    if tokens[lead].text not in ("in", "at", "on"):
        return None
    for back in range(lead, max(0, lead - 8), -1):
        if tokens[back].text == ",":
            first = tokens[back + 1].text.lower()
            return back if back > 0 and first in ASIDE_STARTS else None
    return None
