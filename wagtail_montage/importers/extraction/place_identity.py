"""Whether a sentence that names what a scene's place is ("the harbour is X") speaks
of filming: said before it, in the heading over it, or by a stand-in after the name
("the old village is X, which played Y": only a filmed place plays another)."""

import re

from .place_cues import STAND_IN_AFTER_RE
from .place_words import about_shooting_last

# A stand-in said after the name: "is X, playing Y", "is X, standing in for Y", "is
# X, dulled down to pass for Y".
PLAYED_AFTER_RE = re.compile(
    r"^[^.;:]{0,100}?\b(?:playing\s(?=[a-zA-Z])|standing\sin\sfor|doubling\sfor"
    r"|pretending\sto\sbe|to\spass\sfor)\b"
)


def about_shooting(ctx, sentence, offset):
    """Whether the sentence up to ``offset``, or the heading right before it, is about
    filming, not about where the story is set ("The camp is fictional, but the race
    was shot on X, and the dining hall is Y": filming said last)."""
    if about_shooting_last(sentence.norm[:offset]):
        return True
    body, index = ctx.post.body, sentence.paragraph - 1
    kind, value = body[index] if 0 <= index < len(body) else ("", "")
    text = (
        value.get("text", "") if kind == "heading" and isinstance(value, dict) else ""
    )
    return about_shooting_last(text)


def filming_said(ctx, sentence, verb):
    """Whether "the X is Y" at ``tokens[verb]`` ("is", "are") is about filming: the
    sentence before was, this one says so before the verb, or Y played another place
    after it ("the old village is Y, which played Z", "is Y, playing Z")."""
    end = sentence.tokens[verb].end
    if ctx.filming_recent == "shot" or about_shooting(ctx, sentence, end):
        return True
    after = sentence.norm[end:]
    played = STAND_IN_AFTER_RE.search(after)
    # not "..., instead": said of where the crew went, not of what the name is
    return bool(
        played
        and not played.group(0).endswith("instead")
        or PLAYED_AFTER_RE.search(after)
    )
