"""A member of the band that plays the song, named by the part they play in it and
said to have written it, later in the sentence that names the song: "“X”, played
by the Reeds and composed by their trumpet leader, A", "“X”, a guitar song by the
Reeds, written by their singer, A", "“X”, by the Reeds, a Hull group whose singer,
A, wrote it". That member is a composer of the song.

Guards: only for a track with a performer already; the title must come first in
the same sentence, with no other quoted title between; the member is named by
"their", "its", "the band's" or "whose" and a word for a part in a band, then a
name of two to four words in capitals; "written by their manager" (no part in the
band), a name of one word, or a cover or a denial between the title and the member
credits no one. Every pattern is bounded, with no nested quantifier."""

import re

from .sentences import add_unique

# A part in a band, up to two words before it: "trumpet leader", "lead singer".
_PART = (
    r"(?:[a-z-]{1,20}\s){0,2}?(?:singer|vocalist|guitarist|bassist|drummer|pianist"
    r"|keyboardist|keyboard\splayer|fiddler|trumpeter|saxophonist|leader|bandleader"
    r"|frontman|frontwoman|songwriter)"
)
# A person's name: two to four words in capitals.
_PERSON = r"([A-Z][\w'\u2019-]{0,25}(?:\s[A-Z][\w'\u2019-]{0,25}){1,3})"
# "written by their singer, A", "composed by the band's guitarist A".
_BY_MEMBER = (
    r"(?:written|composed|penned|co-written)\sby\s(?:their|its|the\s(?:band|group)"
    rf"['\u2019]s)\s{_PART},?\s{_PERSON}"
)
# "whose singer, A, wrote it".
_WHOSE_MEMBER = (
    rf"whose\s{_PART},?\s{_PERSON},?\s(?:wrote|composed|penned|co-wrote)"
    r"\s(?:it|the\s(?:song|tune|track|number))\b"
)
# Between the title and the member: the same sentence, no other quoted title.
_BETWEEN = r"[\"\u201d\u2019']?([^.;!?\u201c\"]{0,160}?)"
# Words that make the writing someone else's song: a cover, a denial.
OTHERS_RE = re.compile(r"\b(?:cover|covered|covers|not|never|nor)\b", re.IGNORECASE)


def member_writers(ctx, text):
    """Add to a performed track's composers the band member its sentence says wrote
    it."""
    for track in ctx.tracks.values():
        if not track["performers"]:
            continue
        opening = r"[\"\u201c\u2018']" + re.escape(track["title"]) + _BETWEEN
        for member in (_BY_MEMBER, _WHOSE_MEMBER):
            found = re.search(opening + member, text)
            if found and not OTHERS_RE.search(found.group(1)):
                add_unique(track["composers"], [found.group(2)])
