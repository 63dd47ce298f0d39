"""A place that played a described site ("X, doubling for a housing estate in
Marseille", "X, playing the hotel lobby") is a site itself, as a name that says what
it is ("the Y Market") is: after "It was filmed in Z", it lies in Z, and Z is its
region rather than a place of its own. A place that played a town ("X, playing a
fishing village") may be a town beside Z, not inside it; a venue called after its
owner ("Ronnie Blake's, dressed up as a supper club") leaves Z a place too."""

# What a described town, region or country is called: a place that played one may
# be a town of its own.
TOWN_NOUNS = frozenset(
    """
    town towns city cities village villages hamlet suburb suburbs capital port ports
    resort county state country region island islands coast countryside province
    planet moon world kingdom republic empire nation outpost colony settlement
    """.split()
)
PREPOSITIONS = frozenset({"in", "on", "at", "of", "near", "outside", "off", "by"})


def played_site(location):
    """Whether a place played a described site: "a housing estate in Marseille", "the
    hotel lobby" (its noun, before any "in", names no town)."""
    words = location["stood_in_for"].split()
    if (
        location["name"].endswith(("'s", "\u2019s"))
        or len(words) < 2
        or words[0].lower() not in ("a", "an", "the")
    ):
        return False
    head = []
    for word in words[1:]:
        if word in PREPOSITIONS:
            break
        head.append(word)
    return bool(head) and head[-1].islower() and head[-1] not in TOWN_NOUNS
