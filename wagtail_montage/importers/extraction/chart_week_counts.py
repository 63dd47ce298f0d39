"""Numbers listed after a lead that names a count of weeks are weeks, not peaks:
"Compare the week counts: twenty-two in the US, nine in the UK", "Weeks on the
chart: 14 in Britain, 9 in Canada", "How long it lasted, in weeks charted - 12 in
the UK". A position written as one ("No. 3", "number 3", "#3", "the top 10") is a
peak whatever leads it."""

import re

# A lead naming a count of weeks, then a colon or a dash, with no sentence end or
# semicolon between it and the number.
WEEKS_LEAD_RE = re.compile(
    r"\bweeks?(?:[\s-](?:counts?|totals?|tall(?:y|ies)|charted|on\s(?:the\s)?charts?"
    r"|in\s(?:the\s)?(?:top\s\w+|charts?)))?\s?(?::|\s[\u2013\u2014-])\s[^.;:!?]*$",
    re.IGNORECASE,
)
# A number written as a position: "No. 3", "number three", "#3", "top 10".
POSITION_WORD_RE = re.compile(r"(?:\bNo\.|\bnumber\b|#|\btop\b)", re.IGNORECASE)


def week_count(norm, match):
    """Whether the peak ``match`` finds in ``norm`` is a bare number in a list of
    week counts."""
    if POSITION_WORD_RE.search(match.group(0)):
        return False
    return bool(WEEKS_LEAD_RE.search(norm[max(0, match.start() - 120) : match.start()]))
