"""A place after "over" when a road or a way comes just before it: "shot it on the
road over X", "filmed along the old track over Y", "the drive over Z" (the pass, the
hill or the bridge the way crosses). "Over" alone may say a time ("shot over
Christmas", "filmed over three weeks"), so it places nothing without the way."""

# A way that runs over a place: "the road over X", "the causeway over the Y".
WAY_NOUNS = frozenset(
    "road roads track tracks drive highway route trail causeway climb lane".split()
)


def way_over(tokens, ahead):
    """Whether ``tokens[ahead]`` is "over" right after a way's noun: "the road over"."""
    return (
        ahead > 0
        and tokens[ahead].text.lower() == "over"
        and tokens[ahead - 1].text.lower() in WAY_NOUNS
    )


# The edge of a water or a land a list's next place is named by: "and along the shore
# of Y", "and on the banks of the Y".
SHORE_NOUNS = frozenset("shore shores banks bank edge edges slopes foot".split())
