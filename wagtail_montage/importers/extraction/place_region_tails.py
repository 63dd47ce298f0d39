"""A name after "the" that a lowercase noun of a stretch of land follows: "on the Gulf
coast", "the Jersey shore", "the Amalfi coast", "the Texas side", "the Welsh
borders". The name only qualifies the stretch, and the stretch is a region, not a
place filmed: neither "Gulf" nor "Gulf coast" is one to add."""

# A stretch of land or water a name qualifies: "the X coast", "the X shore".
REGION_TAILS = frozenset(
    "coast coastline shore shoreline side border borders countryside hinterland".split()
)


def region_tail(tokens, end, article):
    """Whether the name ending before ``tokens[end]``, after "the" (``article``), only
    qualifies a stretch of land that follows it in lowercase."""
    return bool(article and end < len(tokens) and tokens[end].text in REGION_TAILS)
