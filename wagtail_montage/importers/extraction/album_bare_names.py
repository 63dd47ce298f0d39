"""An album's title read bare after "album" or "LP" that is no title: the label that
put the record out ("the album Harbour Lane Records hurried into the shops" names
who released it, not what it is called; the run ends on "Records", "Recordings" or
"Label") or a price ("order the whole album AU$15": capitals a currency's sign or a
figure follows at once, a country's code of money)."""

# The last word of a label's name: "Harbour Lane Records", "Tinmouth Recordings".
LABEL_ENDS = frozenset({"Records", "Recordings", "Label"})
# Right after a run with no space: money. "AU$15", "US$9.99", "C$20", "HK$".
CURRENCY = frozenset("$\u20ac\u00a3\u00a5")


def not_an_album(tokens, start, end):
    """Whether ``tokens[start:end]``, read bare after an album's noun, is a label's
    name or a price rather than the album's title."""
    if tokens[end - 1].text in LABEL_ENDS:
        return True  # "the album Harbour Lane Records put out"
    if end < len(tokens) and tokens[end].start == tokens[end - 1].end:
        following = tokens[end].text[:1]
        return following in CURRENCY or following.isdigit()  # "AU$15"
    return False
