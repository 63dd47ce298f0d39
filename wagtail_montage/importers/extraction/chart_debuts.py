"""Where a record came in on a chart, not its peak: "It debuted at No. 60 and
peaked at No. 3", "it debuted on the Billboard Hot 100 at a modest No. 78"."""

# "It debuted at No. 60 and peaked at No. 3": where a record came in, not its peak.
DEBUT_VERBS = frozenset(
    {"debuted", "debuting", "debut", "entered", "entering", "re-entered", "bowed"}
)


def a_debut(tokens, verb_at, number, top_n):
    """Whether a position is only where the record entered the chart: "debuted at
    No. 60", "entered the UK chart at No. 61"; not "debuted at No. 1" (then its
    peak too), nor "entered the top ten"."""
    return (
        verb_at is not None
        and tokens[verb_at].text.lower() in DEBUT_VERBS
        and number != 1
        and not top_n
    )


def debut_before(tokens, first):
    """The debut verb further back, with no break between it and the position: "it
    debuted on the Billboard Hot 100 at a modest No. 78"; else None."""
    for index in range(first - 1, max(-1, first - 14), -1):
        if tokens[index].text.lower() in DEBUT_VERBS:
            return index
        if tokens[index].text in (",", ";", "and", "but", "then"):
            return None
    return None
