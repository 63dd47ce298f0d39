"""What the story claims a place is, and where it was filmed, in one sentence: "the bar
is meant to be a Hong Kong dive, but the crew shot it in X", "It is supposed to be
Cornwall but it was really filmed on X", "the finale, supposedly the coast near Y, was
shot at X", "That montage was shot at X — it's meant to be a Detroit car plant": the
one place the sentence says was filmed played what the story claims."""

import re

from ..prose import match_key
from .stand_in_contrast import story_place

APOSTROPHE = "['\u2019]"
# What the story claims: "is meant to be (in) Y", "'s supposed to be Y", "supposedly
# Y", up to the clause's end.
CLAIM_RE = re.compile(
    rf"(?:(?P<subject>\b[A-Za-z]+)(?:\s(?:is|was|are|were)|{APOSTROPHE}s|{APOSTROPHE}re)"
    r"\s(?:meant|supposed)\sto\sbe\s(?P<on>(?:in|on|at)\s)?|\bsupposedly\s)"
    r"(?P<target>[^,;:.()!?\u2014\u2013]{2,60}?)"
    r"(?=\s?[,;:.()!?\u2014\u2013]|\s(?:but|though|although|yet|and)\b|$)"
)
# The filming said in the same sentence.
FILMED_RE = re.compile(r"\b(?:filmed|shot|photographed)\b")
PEOPLE = frozenset("he she He She who Who I i".split())


def claimed_and_filmed(ctx, sentence):
    """The one place this sentence says was filmed, playing what the story claims in
    it; nothing when it names more than one place or the claim is no place."""
    places = list(dict.fromkeys(ctx.sentence_places))
    if len(places) != 1 or not FILMED_RE.search(sentence.norm):
        return
    location = ctx.locations.get(places[0])
    if location is None or location.get("stood_in_for"):
        return
    claims = [
        match
        for match in CLAIM_RE.finditer(sentence.norm)
        if match.group("subject") not in PEOPLE
    ]
    at = sentence.norm.find(location["name"])
    if len(claims) != 1 or at < 0 or not apart_ok(sentence.norm, claims[0], at):
        return
    target = re.sub(r"^(?:really|actually)\s", "", claims[0].group("target").strip())
    if match_key(target) == places[0] or not (
        story_place(target, bool(claims[0].group("on"))) or target[:1].isupper()
    ):
        return
    location["stood_in_for"] = target


def apart_ok(norm, claim, at):
    """Whether the claim and the place at ``norm[at]`` speak of one scene: the place
    is a site ("shot at X", "filmed on X"; not "filmed in Toronto", a town whose sites
    come next), and no other scene starts between them ("at X, and the desert bit
    that's supposed to be Mars is Y": Y's)."""
    if re.search(r"\bin\s(?:the\s)?$", norm[:at]):
        return False
    between = norm[claim.end() : at] if claim.end() <= at else norm[at : claim.start()]
    return not re.search(r"\b(?:and|while)\sthe\s", between)
