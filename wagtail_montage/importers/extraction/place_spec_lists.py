"""A home-video listing's spec sheet: a list whose items give a running time, an
aspect ratio, a sound mix or a picture format ("Specs: 96 minutes", "2.35:1",
"Dolby Digital 2.0", "HDR10") lists no place, though its labels are capitalised
("Specs", "UK VHS (1987): 4:3") and it follows talk of filming."""

import re

from .place_siblings import list_items

# One spec of a release: a running time, an aspect ratio, a sound mix, a picture
# format, a region code, a reviewer's score.
SPEC_RE = re.compile(
    r"\b\d{2,3}\s?(?:minutes|mins?)\b|\b\d(?:\.\d{1,2})?:1\b|\b4:3\b|\b16:9\b"
    r"|\b(?:Dolby|DTS|LPCM|PCM|HDR10|HDR|NTSC|PAL|mono|stereo)\b|\b[257]\.[01]\b"
    r"|\bRegion\s(?:[A-C0-9]|free)\b|\b\d{1,2}(?:\.\d)?/10\b",
)


def spec_list(ctx, sentence):
    """Whether the sentence is an item of a spec sheet: two of its list's items or
    more give a spec of the release ("Specs: 96 minutes", "1.66:1", "DTS 5.1")."""
    items = list_items(ctx, sentence)
    return sum(bool(SPEC_RE.search(item)) for item in items) >= 2
