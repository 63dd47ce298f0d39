""" "That one" or "this one" as a chart fact's subject: the record named just before
("..., “X”. That one got to number 19 on the Hot 100", "In the charts this one
climbed to twelve"), not "that one of theirs" nor "this one-off"."""

from .discourse import AMBIGUOUS, _last_without

THAT_ONE = frozenset({"that", "this"})
# What may not follow "one": it is then not the record ("that one of the singles").
NOT_AFTER = frozenset({"of", "-", "day", "night", "time", "week", "year", "way"})


def that_one(ctx, sentence, start, end):
    """(title, kind, artist) of the record a "that one" between tokens ``start`` and
    ``end`` means, or None."""
    tokens = sentence.tokens
    for index in range(start, min(end, len(tokens)) - 1):
        if (
            tokens[index].text.lower() in THAT_ONE
            and tokens[index + 1].text.lower() == "one"
            and (index + 2 >= len(tokens) or tokens[index + 2].text not in NOT_AFTER)
            and not sentence.inside_quote(tokens[index].start)
        ):
            return _last_without(ctx, None, {AMBIGUOUS})
    return None
