"""A peak written as a ceiling the record never passed: "never got higher than No.
31 on the Billboard 200", "crawled no higher than 41 on the UK Albums Chart", "spent
twenty weeks on the Hot 100 without ever getting higher than 48", "came not higher
than place 31", "got no further than 19". Denied, the ceiling is the peak; said
plainly ("climbed higher than No. 5 in Germany"), it is a place the record passed,
no peak at all."""

# The words right before the position that make it a ceiling.
CEILINGS = frozenset({"higher", "further"})
# Words that deny the ceiling was passed.
CAPS = frozenset({"no", "never", "not", "without", "nowhere"})


def ceiling(window):
    """For the words before a position: None when they are no ceiling, True when a
    denied ceiling states the peak ("never got higher than"), False when the record
    went past it ("climbed higher than")."""
    if len(window) < 2 or window[-1] != "than" or window[-2] not in CEILINGS:
        return None
    before = window[:-2]
    return any(word in CAPS or word.endswith("n't") for word in before)
