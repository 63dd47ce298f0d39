"""A song a music supervisor or editor says they put into a scene: "Also locking
“X” for the dodgems bit", "we dropped “X” over the chase scene", "slotting “X”
into the ferry sequence". The verb of placing before the title and the scene
after it make it the film's song. Every pattern is bounded."""

import re

# Just before the title: a verb of placing a cue.
PLACING_BEFORE_RE = re.compile(
    r"\b(?:lock|locks|locked|locking|slot|slots|slotted|slotting|drop|drops|dropped"
    r"|dropping|put|puts|putting|place|places|placed|placing|lay|laid|laying)"
    r"(?:\sin)?\s\W?$",
    re.IGNORECASE,
)
# Just after it: the scene it goes into.
SCENE_AFTER_RE = re.compile(
    r"^\W{0,3}\s(?:for|over|under|in|into|on|against)\s(?:the|that|this|our)\s"
    r"(?:[\w'-]{1,20}\s){0,3}?(?:bit|scene|sequence|montage|shot|moment|section|reel"
    r"|cut|chase|finale|opening|ending|credits)\b",
    re.IGNORECASE,
)


def placed_in_scene(sentence, start):
    """Whether the title quoted at ``start`` is said to be put into a scene."""
    end = next(
        (close for _text, opened, close in sentence.quotes if opened == start), 0
    )
    norm = sentence.norm
    return bool(
        end
        and PLACING_BEFORE_RE.search(norm[max(0, start - 30) : start + 1])
        and SCENE_AFTER_RE.match(norm[end : end + 80])
    )
