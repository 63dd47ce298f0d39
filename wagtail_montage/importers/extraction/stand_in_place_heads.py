"""A place's name that its first or last word makes one ("Bamburgh Castle", "Castle
Stalker", "Fort Augustus", "Loch Ness"), playing a place the writer says is the
story's ("the fictional Castle Dorran", read before "fictional" is taken off): a
stand-in to offer, though "played" between two names may be an actor's part."""

from .place_lines import place_headed

# The first word of a place's name that makes it one: "Castle X", "Fort Y".
LEAD_HEADS = frozenset("Castle Fort Mount Loch Lake Port Cape Isle Glen".split())
# The last word of a great house's or a landmark's name, a place when what it played
# is one: "X House, which played a manor house", "Y Hall", "Z Waterfall".
LAST_HEADS = frozenset("House Hall Manor Gardens Waterfall Gap Pass".split())


def headed_place(name):
    """Whether ``name``'s last word ("X Castle", "Y House") or its first ("Castle X")
    makes it a place."""
    words = name.split()
    return place_headed(name) or (
        len(words) > 1 and (words[0] in LEAD_HEADS or words[-1] in LAST_HEADS)
    )


def fictional_place(said, target):
    """Whether what a place played is said to be made up and its name is headed as a
    place's ("the fictional Fort Mallin": ``said``; "Fort Mallin": ``target``)."""
    return said != target and headed_place(target)
