"""Which Australian chart a position "in Australia" is on: the Kent Music Report
until ARIA made its own chart, and ARIA's since. A sentence that names ARIA as well
("number one in Australia, where ARIA certified it gold", "It topped the charts in
Australia and ARIA gave it a gold record") is of ARIA's era, so the position is on
the ARIA chart, not the Kent one; with no ARIA, the Kent chart stays. "The ARIA
chart" with no kind is its singles chart for a track, its albums chart for an
album."""

import re

ARIA_RE = re.compile(r"\b(?:ARIA|Australian Recording Industry Association)\b")
KENT_RE = re.compile(r"\bKent\b")


def aria_era(norm, kind, chart):
    """``("other", "ARIA singles")`` (or "albums") for the Kent chart ``chart`` of a
    sentence ``norm`` that names ARIA and not Kent, or for "the ARIA chart"; else
    ``chart`` as it is (None too)."""
    if chart == ("other", "ARIA"):
        return ("other", f"ARIA {'albums' if kind == 'album' else 'singles'}")
    if not chart or chart[0] != "australia_kent":
        return chart
    if not ARIA_RE.search(norm) or KENT_RE.search(norm):
        return chart
    return ("other", f"ARIA {'albums' if kind == 'album' else 'singles'}")
