"""A stand-in verb after "both of which", "all three of which", "which both": every
place the sentence named before it played the same ("filmed at X and nearby Y, both
of which doubled for Z"); and a target that runs past a number's full stop into the
next sentence ("standing in for Zone 9. The garage ...") ends at the number."""

import re

# The words before the stand-in verb that make its subject the places named before.
BOTH_RE = re.compile(
    r"\b(?:both|each|all|all\s(?:two|three|four|five))\sof\s(?:which|them)\s"
    r"(?:also\s)?$|\bwhich\s(?:both|all)\s$|\bboth\s$"
)


def both_played(ctx, sentence, match, target):
    """Whether the stand-in verb of ``match`` follows "both of which" (then every
    place of the sentence before it, two at least, plays ``target``)."""
    head = sentence.norm[: match.start()]
    if match.group(0).startswith("which "):
        head += "which "
    both = BOTH_RE.search(head)
    if both is None or not target:
        return False
    before = head[: both.start()]
    places = [
        ctx.locations[key]
        for key in dict.fromkeys(ctx.sentence_places)
        if key in ctx.locations and ctx.locations[key]["name"] in before
    ]
    if len(places) < 2:
        return False
    for location in places:
        location["stood_in_for"] = location["stood_in_for"] or target
    return True


# A full stop after a number, then the next sentence or nothing: "Zone 9. The
# garage", "Sector 4."
NUMBERED_END_RE = re.compile(r"(?<=[0-9])\.(?:\s.*)?$")


def numbered_end(target):
    """``target`` without what follows a full stop right after a number: "Zone 9"
    for "Zone 9. The"; "St. Louis" stays whole."""
    return NUMBERED_END_RE.sub("", target)
