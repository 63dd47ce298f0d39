"""An aside between dashes before a chart verb names no subject for it: "The LP
rose to No. 14 on the Media Control chart — two decades after its first pressing —
and was certified gold". The record the aside mentions ("its first pressing", "the
album's") is not the one the verb after it shares: the subject is read from the
words after the aside, when they go on from the clause before ("and was", "but"); an
aside after a subject ("“X” — the band's best — reached No. 3") leaves it the
subject."""

DASHES = frozenset({"\u2014", "\u2013", "--"})
# Words after the aside that go on from the clause before it.
GOING_ON = frozenset({"and", "but"})


def past_aside(sentence, start, end):
    """The first token after the last aside closed between tokens ``start`` and
    ``end`` by a pair of dashes, when the words after it go on from the clause
    before; else ``start``."""
    tokens = sentence.tokens
    end = min(end, len(tokens))
    dashes = [index for index in range(start, end) if tokens[index].text in DASHES]
    if len(dashes) < 2:
        return start
    after = dashes[-1] + 1  # "— years after its release —"
    if after >= end or tokens[after].text.lower() not in GOING_ON:
        return start
    return after
