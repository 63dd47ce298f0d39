"""What a place played when the post calls it made up just before its name: "playing
the fictional Y", "doubles for the imaginary Y" played Y; "the fictional town of Y"
or "a fictional liner, the Y" keep their noun (read elsewhere)."""

import re

# "the fictional " right before a capitalised name (not "fictional Ohio mill town",
# whose name is only a describer of the noun after it).
FICTION_NAME_RE = re.compile(
    r"(?:the\s)?(?:fictional|fictitious|imaginary|made-up|invented)\s"
    r"(?=[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}$)"
)


def fiction_named(target):
    """``target`` without "the fictional" before a name that is all of the rest:
    "the fictional Keldside Halt" is "Keldside Halt"."""
    return FICTION_NAME_RE.sub("", target, count=1) if target else target
