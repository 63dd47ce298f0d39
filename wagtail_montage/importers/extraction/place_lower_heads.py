"""A building or works named by its owner's or maker's name and a lowercase noun that
says what it is: "filmed at the old Corbett Flour building", "shot at the Keswick Pencil
works", "the Lachine Malting silos", "at the Vesterbro harbour baths". The noun is part
of the place's name ("Corbett Flour building"), not a word after it.

Not read: a name that is a country, a state or a region before its noun ("the Nevada
desert", "the Welsh borders": read by place_region_tails and described_by), a noun that
is no building ("the Dingle peninsula", "the Legion hall": a hall, a peninsula, a
street, a beach stay as they were), a name with a noun after it already capitalised
("the Corbett Flour Building")."""

from .place_scope import broad

# The lowercase noun of a building or a works, last in its name.
BUILDING_NOUNS = frozenset(
    """
    building buildings silos silo baths works warehouse warehouses factory brewery
    distillery cannery gasworks ironworks steelworks mill mills maltings lido
    """.split()
)
# A lowercase word before the noun that only says what kind it is: "harbour baths".
KIND_WORDS = frozenset(
    "harbour harbor sea swimming grain flour cotton wool paper steel power".split()
)


def building_end(tokens, index, end, article):
    """Where the name that starts at ``tokens[index]`` (after "the" when ``article``)
    and whose capitalised words end before ``tokens[end]`` ends with its building
    noun: after "building" in "the X building", after "baths" in "the X harbour
    baths"; else ``end``."""
    if not (article and index < end < len(tokens)):
        return end
    name = " ".join(token.text for token in tokens[index:end])
    if broad(name):
        return end
    ahead = end + (end + 1 < len(tokens) and tokens[end].text in KIND_WORDS)
    if ahead < len(tokens) and tokens[ahead].text in BUILDING_NOUNS:
        return ahead + 1
    return end
