"""Whether a list item is about filming: it says so itself ("X — the depot scene,
shot at the station", "X — in the film it doubles for Y"), or another item of the same
list does ("Fremantle Markets: the opening shot" beside "Cottesloe Beach: the run,
which is meant to be Bondi"): the items of one list are alike, and one that says a
place was filmed or played another says it of the list."""

import re

from .patterns import DOUBLED_RE
from .place_words import MORE_DOUBLED_RE, PLACE_FILMED_RE


def said_filmed(text):
    """Whether ``text`` says a place was filmed or played another."""
    return bool(
        PLACE_FILMED_RE.search(text)
        or DOUBLED_RE.search(text)
        or MORE_DOUBLED_RE.search(text)
    )


def item_about_filming(ctx, sentence):
    """Whether the list item ``sentence`` or another item of its list is about
    filming."""
    if said_filmed(sentence.norm) and "?" not in sentence.norm:
        return True  # not "Q1: the moor that doubles for Y?", a quiz's question
    if not SCENE_ITEM_RE.match(sentence.norm):
        return False
    items = list_items(ctx, sentence)
    # not a quiz's list ("Q3: Which moor doubles for Y?"): its items ask
    if a_record(items) or any("?" in item for item in items):
        return False  # a record's fields, a quiz's questions ("Q3: Which moor ...?")
    return any(map(said_filmed, items))


# An item that names a place, then a scene after a colon or a dash: "Fremantle
# Markets: the opening shot", "Red Mountain Pass — the big descent", "The Basin, on
# Rottnest Island: the swim"; not "Q1: Which ...", "Series 2: papers of ...", nor "X,
# on the Arizona line: ..." (where the name ends is not sure).
NAME = r"[A-Z][\w'\u2019.-]*(?:\s(?:[A-Z][\w'\u2019.-]*|of|the|de|la|du))*"
SCENE_ITEM_RE = re.compile(
    rf"(?:The\s)?{NAME}(?:(?:,\s(?:(?:on|in|outside|near)\s)?|\sin\s){NAME})*"
    r"\s?[:\u2014\u2013]\s(?:the|a|an)\s[a-z]"
)
# The label of a field in a record's list ("Scene: the noodle-bar montage", "Year:
# 2001"): a list of fields, not of places.
LABEL_RE = re.compile(r"^(?:[A-Z][a-z]+)(?:\s[a-z]+)?:")
LABELS = frozenset(
    """
    film movie year scene song track album title director band singer score rating
    notes remarks date format label shot filmed written performed location setting
    """.split()
)


def a_record(items):
    """Whether an item of the list is a record's field ("Year: 2001")."""
    for item in items:
        label = LABEL_RE.match(item)
        if label and label.group(0)[:-1].split()[0].lower() in LABELS:
            return True
    return False


def list_items(ctx, sentence):
    """The text of each item of the list ``sentence`` is an item of."""
    body = ctx.post.body
    kind, value = (
        body[sentence.paragraph] if sentence.paragraph < len(body) else ("", "")
    )
    if kind != "paragraph" or not isinstance(value, str) or "<li" not in value:
        return []
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", item)).strip()
        for item in re.findall(r"<li\b[^>]*>(.*?)</li>", value, re.DOTALL)
    ]
