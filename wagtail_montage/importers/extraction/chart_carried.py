"""A position the record is carried to by someone else: "The Dovecotes took it to
number 2 in the UK", "Radio airplay sent the single to No. 4 on the Hot 100", "the
DJs pushed the record to number 9": the verb states the peak, its object is the
record."""

CARRY_VERBS = frozenset(
    {"took", "take", "takes", "taking", "sent", "send", "sends", "pushed", "carried"}
)
OBJECT_WORDS = frozenset(
    {"it", "the", "single", "song", "record", "track", "album", "LP", "45", "them"}
)


def carried_verb(tokens, first, kind, verb_at):
    """``verb_at`` if a chart verb was found, else the index of "took" in "took it
    to No. 2" before the peak at ``first``, or None: "to" right before the position,
    the verb at most four words before it with only "it", "the single" and the like
    between."""
    if verb_at is not None or kind != "peak":
        return verb_at
    if first < 3 or tokens[first - 1].text.lower() != "to":
        return None
    for index in range(first - 2, max(-1, first - 6), -1):
        word = tokens[index].text
        if word.lower() in CARRY_VERBS:
            return index if index < first - 2 else None
        if word not in OBJECT_WORDS:
            return None
    return None
