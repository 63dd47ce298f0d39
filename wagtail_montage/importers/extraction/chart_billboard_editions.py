"""A national edition of a Billboard chart, the country named between "Billboard"
and the chart's name ("the Billboard Philippines Hot 100", "Billboard Japan Hot
100", "Billboard Argentina Hot 100"): that country's own chart, not Billboard's US
Hot 100. Every pattern is bounded."""

import re

from .lexicon import COUNTRIES

EDITION_RE = re.compile(
    r"\bBillboard\s("
    + "|".join(sorted((re.escape(name) for name in COUNTRIES), key=len, reverse=True))
    + r"|Japan|Korea|K-Pop|Brasil)\s(Hot\s100|Adult\sContemporary)\b"
)


def billboard_edition(text, start):
    """``("other", "<Country> Hot 100")`` of a Billboard chart of another country whose
    name ends at or after ``start`` (where the chart was found), or None."""
    found = EDITION_RE.search(text, max(0, start - 40))
    if not found or not found.start() <= start <= found.start(2):
        return None
    return ("other", f"{found.group(1)} {found.group(2)}")
