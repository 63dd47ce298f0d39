"""The year of a fact list's label line that says when the film came out, in the
words a writer uses for it: "Came out: 1999", "Out in cinemas: 1984", "Premiered -
1972", "First shown: 1990 (BBC2)", "Release date: 12 May 1996"."""

import re

# A label of release, then the year, maybe after a day and month, and a short note.
RELEASE_LABEL_RE = re.compile(
    r"^(?i:(?:came|come)\sout|out(?:\sin\s(?:cinemas|theaters|theatres))?|released"
    r"|release(?:\s(?:year|date))?|year(?:\sof\srelease)?|premiered?|opened"
    r"|first\s(?:shown|screened|released)|in\scinemas|date)(?::|\s[-–—])\s"
    r"(?:\d{1,2}\s[A-Z][a-z]{2,8}\s|[A-Z][a-z]{2,8}\s(?:\d{1,2},?\s)?)?"
    r"(\d{4})\b(?:\s?\([^()]{1,40}\))?\.?$"
)


def release_year(norm):
    """The year of a release label line ``norm``, else None."""
    found = RELEASE_LABEL_RE.match(norm)
    return int(found.group(1)) if found else None
