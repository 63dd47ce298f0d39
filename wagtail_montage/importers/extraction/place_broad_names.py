"""Regions said in other words than their own name: a compass point before a region
("North Yorkshire", "Southern California", "West Sussex"), a region with its kind of
country after it ("the Yorkshire Dales", "the Cornwall coast"), two regions joined
by a hyphen ("on the Utah-Nevada line"). Each is as wide as the region it names: the
region of the places named inside it, not a filming place beside them."""

# A compass point or a part before a region's name: "North Yorkshire", "Upper Bavaria".
COMPASS_PARTS = frozenset(
    """
    North South East West Northern Southern Eastern Western Central Upper Lower
    Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern
    Southwestern Mid Inner Outer Coastal Rural
    """.split()
)

# A region's kind of country after its name: "the Yorkshire Dales", "the Kent coast",
# "the Texas Panhandle". Each says the region's land, never one site inside it.
COUNTRY_TAILS = frozenset(
    """
    Dales Moors Wolds Fens Downs Hills Highlands Lowlands Uplands Borders Coast coast
    Coastline coastline Countryside countryside Panhandle Riviera Interior interior
    Hinterland hinterland Backcountry backcountry Heartland heartland
    """.split()
)


def named_region(name, region):
    """Whether ``name`` names a region in other words than its own, ``region`` being
    the test of a region's own name: "North Yorkshire", "the Yorkshire Dales",
    "Utah-Nevada"."""
    words = name.removeprefix("the ").split()
    if len(words) < 2 and "-" not in name:
        return False
    if len(words) >= 2 and words[0] in COMPASS_PARTS and region(" ".join(words[1:])):
        return True
    if len(words) >= 2 and words[-1] in COUNTRY_TAILS and region(" ".join(words[:-1])):
        return True
    if len(words) == 1:
        parts = words[0].split("-")
        return len(parts) == 2 and all(part and region(part) for part in parts)
    return False
