"""The place before "where they shot": "up the river to X, where they shot the
market", "the orchard in X where you filmed", "the X Lighthouse at Y, where the second
unit filmed the closing scene"."""

from .lexicon import PLACE_CONNECTORS
from .place_cues import WHERE_SHOT_RE
from .place_names import is_work_or_person
from .place_words import named_place
from .sentences import run_backward, skip_stop_starts

# What comes before the place of ", where they shot ...": "to X", "at the X".
WHERE_SHOT_PREPOSITIONS = frozenset(
    "to in at on near into from around outside visit visited visiting through".split()
)


def where_shot_locations(ctx, sentence, place_at):
    """The place before ", where they shot ...": "up the river to X, where they shot
    the market", "the drive to X, where the mine scenes were shot", "X is where they
    shot the montage" (``place_at`` adds
    the place that starts at a token)."""
    tokens = sentence.tokens
    for match in WHERE_SHOT_RE.finditer(sentence.norm):
        comma = sentence.index_at(match.start())
        last = comma - 1
        if last > 1 and tokens[last].text in ("too", "also"):  # "X, too, where"
            last -= 1 + (tokens[last - 1].text == ",")
        copula = last > 0 and tokens[last].text in ("is", "was")
        last -= copula  # "X is where they shot the montage"
        start = run_backward(tokens, last, PLACE_CONNECTORS, max_words=6)
        inner = start
        start = outer_start(tokens, start)  # "through X in Y, where": X, in Y
        if (
            start is None
            or sentence.inside_quote(tokens[start].start)
            or is_work_or_person(ctx, sentence, start)
        ):
            continue
        start = skip_stop_starts(tokens, start, comma)
        before = start - 1 - (start > 1 and tokens[start - 1].text == "the")
        if (
            before >= 0
            and tokens[before].text in WHERE_SHOT_PREPOSITIONS
            or start != inner  # "the X Lighthouse at Y, where"
            or stop_named(tokens, before)  # "Next stop, X, where", "X, where"
            or copula
        ):
            place_at(ctx, sentence, start)  # "up the river to X, where", not "Ann X,"


def stop_named(tokens, before):
    """Whether the place before ", where they shot" starts its sentence or follows a
    stop of a trip: "X, where the mine scenes were filmed.", "Next stop, X, where",
    "First stop: X, where"."""
    if before < 0:
        return True
    return (
        before > 0
        and tokens[before].text in (",", ":")
        and tokens[before - 1].text.lower() in ("stop", "destination")
    )


def outer_start(tokens, start):
    """Where X starts when ``tokens[start:]`` is Y in "through X in Y" (a place and
    the town it is in, after a preposition); else ``start``."""
    if start is None or start < 3 or tokens[start - 1].text not in ("in", "at"):
        return start
    outer = run_backward(tokens, start - 2, PLACE_CONNECTORS, max_words=6)
    if outer is None or outer < 1:
        return start
    if tokens[outer - 1].text in WHERE_SHOT_PREPOSITIONS:
        return outer
    name = " ".join(token.text for token in tokens[outer : start - 1])
    # "raving about the X Lighthouse at Y, where": a name that says it is a place
    return outer if tokens[outer - 1].text == "the" and named_place(name) else start
