"""What a place played, without the words after it that say where in the film it does
or how it was made to ("a Lisbon hotel in the 1960s flashbacks", "the Oslo of the
future by means of digital work", "a Welsh chapel with the help of a new steeple"):
"a Lisbon hotel", "the Oslo of the future", "a Welsh chapel".

Not read: a place the words are part of ("a village in the Dolomites", "the hut in
the woods": a place, not a part of the film), a tail with no noun of the film or of
means after it ("a bar in the old town")."""

import re

# "in the (1960s) flashbacks", "in the opening scenes", "in its dream sequence".
FILM_PART_RE = re.compile(
    r"\s(?:in|for|during)\s(?:the|its|his|her|their)\s(?:[\w'-]+\s){0,2}?"
    r"(?:flashbacks?|scenes?|sequences?|opening|finale|prologue|epilogue|montage"
    r"|dream|dreams|credits|reels?)$",
    re.IGNORECASE,
)
# "by means of ...", "with the help of ...", "thanks to ...": how it was made to.
MEANS_RE = re.compile(
    r"\s(?:by\smeans|by\sway\sof|with\sthe\shelp\sof|with\sthe\said\sof|thanks\sto)"
    r"(?:\s.*)?$",
    re.IGNORECASE,
)


def without_film_tail(target):
    """``target`` without a tail that says where in the film or by what means it
    played: "a Lisbon hotel in the 1960s flashbacks" is "a Lisbon hotel"."""
    if not target:
        return target
    trimmed = MEANS_RE.sub("", target)
    trimmed = FILM_PART_RE.sub("", trimmed)
    return trimmed if trimmed.strip() and len(trimmed.split()) > 1 else target
