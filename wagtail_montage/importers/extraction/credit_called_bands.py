"""An act the post calls a band is never "he" or "she": "A, the band B fronted",
"A, a pub band from Wigan", "the group A"."""

import re

from .credit_names import _post_text

BAND_WORDS = (
    r"(?:band|group|trio|quartet|quintet|duo|outfit|combo|four-piece|five-piece)"
)

# After "the band B": B is the member of a band, not its name ("the band B fronted",
# "a pub band B started", "the group B led").
NOT_ITS_MEMBER = r"(?!\s(?:[a-z]+ed|led|ran|began|sang\sin|played\sin)\b)"


def called_a_band(ctx, name):
    """Whether the post calls ``name`` a band: "A, the band B fronted", "A, a pub
    band", "the Welsh group A"."""
    escaped = re.escape(name)
    pattern = (
        rf"(?<!\w){escaped},\s(?:a|an|the)\s(?:[\w-]+\s){{0,3}}{BAND_WORDS}\b"
        rf"|\b(?:a|an|the)\s(?:[\w-]+\s){{0,2}}{BAND_WORDS}(?:\scalled)?,?\s{escaped}(?!\w){NOT_ITS_MEMBER}"
    )
    return bool(re.search(pattern, _post_text(ctx)))
