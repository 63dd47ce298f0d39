"""A film's year set off after its title by commas or dashes, with its credit right
after it: "<i>X</i>, 1966, directed by Ann Roe", "<i>X</i> \u2014 1983 \u2014 starring
A", "<i>X</i>, 1990, dir. A". A bare year beside a title says little alone (a
song's, a record's); the credit that follows makes the title a film."""

import re

from .patterns import YEAR

# Right after the title: the year between commas or dashes, then the credit.
SET_OFF_CREDIT_RE = re.compile(
    rf"^(?:,\s{YEAR},|\s[\u2013\u2014]\s{YEAR}\s[\u2013\u2014])\s(?:and\s)?"
    r"(?:dir\.|directed\sby|written\sand\sdirected\sby|starring|with\sa\sscore\sby"
    r"|produced\sand\sdirected\sby|a\sfilm\sby)\s"
)


def set_off_credit(after):
    """The year of ``after`` (the words right after a title) when a film's credit
    follows its year set off there, or None."""
    found = SET_OFF_CREDIT_RE.match(after)
    return int(next(group for group in found.groups() if group)) if found else None
