"""A position's country said right after it, before the clause goes on with a verb
of its own: "climbed to number 9 in the UK and spent twenty weeks on the Billboard
Hot 100" (the UK's chart, not the Hot 100), "reached No. 4 in Canada but stalled on
the Hot 100", "got to number 12 in Britain and then sold for years". The chart named
after the verb is the next clause's."""

import re

from .patterns import COUNTRY_RE

# " and spent", " but stalled", " and then sold": a clause of its own after "and".
AND_VERB_RE = re.compile(
    r"\s(?:and|but)\s(?:then\s|later\s|also\s|still\s)?"
    r"(?:[a-z]{2,}ed|spent|went|was|stayed|sold|became|made|got|hit|fell|sank|took"
    r"|stuck|held|kept)\b"
)


def country_first(after):
    """The text after a position up to a verb's clause, when the country of the
    position comes first and nothing else does; else ``after`` as it is."""
    cut = AND_VERB_RE.search(after)
    if cut is None:
        return after
    head = after[: cut.start()]
    found = COUNTRY_RE.match(head.strip())
    if found is None or len(head.strip()[found.end() :].split()) > 3:
        return after  # "in the UK, where the BPI ..., and ...": more than the country
    return head
