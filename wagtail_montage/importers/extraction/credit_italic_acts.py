"""An act a writer sets in italics after a song's title and "by": "“Neon Drift” by
<i>The Pale Lanterns</i>", "<i>Low Gate</i>, sung by <i>Ida Roe</i>". Italics mark
titles everywhere else, so such a name was read as a second title and the song
before it lost; after a closing quotation mark or italic and "by" (or "sung by",
"performed by", "recorded by"), the span is a name and its italics are dropped.

"Inspired by <i>X</i>", "made famous by <i>X</i>", or "by" with no title before it
("a film by <i>X</i>") keep theirs: no title closes right before the "by"."""

import re

# A title's close (a quotation mark or an italic), an optional comma, a credit's
# "by", then one short italic span.
ITALIC_ACT_RE = re.compile(
    r"((?:[\u201d\"\u2019]|</i>),?\s(?:(?:sung|performed|recorded|played)\s)?by\s)"
    r"<i>([^<>]{1,80})</i>"
)


def unmark_italic_acts(html):
    """``html`` with the italics of an act named after a title and "by" dropped."""
    if "<i>" not in html:
        return html
    return ITALIC_ACT_RE.sub(r"\1\2", html)
