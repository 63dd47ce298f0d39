"""A release database's tracklist row, copied into a post as a list item: the record's
place, maybe its artist, the title and the running time, all set apart by spaced
dashes ("B2 – The Quill Sisters – Lantern Weather – 3:41", "4 – Harbour Gulls –
Tin Roof Waltz – 5:02", "A – Brackwater – 2:58"), or a place, a title marked
instrumental and a bracketed time ("A3 Frost Reel (instrumental) (4:10)"). Each
such row is a track of the post; the artist column is its performer, an artist
"A Featuring B" two performers.

Not read: a row with no place before it or no running time at its end (a list of
other things), a row that runs on as prose, a title that is a version of another
("Frost Reel (reprise)", "(remix)", "(single edit)"), an artist column that is not
a name ("Various", words in lower case). A row is not what a later "it" or
"the single" means: the list leaves the post's last-named record as it was. A row with a place and a title but no
dash-set time ("A1 Frost Reel – The Quills (3:48)") is left to the readers of
plain tracklists. Every pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import add_unique, clean_title

# A record's place: a side and its number, a side alone, or a number.
POSITION = r"(?:[A-D][1-9]?[0-9]?|[1-9][0-9]?)"
DASH = r"\s[\u2013\u2014-]\s"
# A column: no en or em dash, no spaced hyphen inside.
FIELD = r"(?:(?!\s-\s)[^\u2013\u2014]){1,90}?"
TIME = r"[0-9]{1,2}:[0-5][0-9]"
# "A1 – Artist – Title – 4:12", "A – Title – 3:56".
ROW_RE = re.compile(rf"^{POSITION}{DASH}(?:({FIELD}){DASH})?({FIELD}){DASH}{TIME}$")
# "A3 Ballroom Reel (instrumental) (4:10)", maybe "– Artist" before the time.
INSTRUMENTAL_RE = re.compile(
    rf"^{POSITION}\.?\s([A-Z0-9][^()\u2013\u2014]{{0,80}}?)\s\((?:instrumental|instr\.)\)"
    rf"(?:{DASH}({FIELD}))?\s[(\[]{TIME}[)\]]$",
    re.IGNORECASE,
)
# A title's bracket that makes it a version of another song.
VERSION_RE = re.compile(
    r"\((?:[^()]{0,30}\s)?(?:reprise|remix|mix|edit|version|demo|live|take"
    r"|acoustic|dub|extended|alternate)\)",
    re.IGNORECASE,
)
# "(instrumental)" or "(instr.)" closing a title: a way of playing it, not its name.
PLAYED_RE = re.compile(r"\s\((?:instrumental|instr\.)\)$", re.IGNORECASE)
# "A Featuring B", "A feat. B": two performers.
FEATURING_RE = re.compile(r"\s(?:featuring|feat\.|ft\.)\s", re.IGNORECASE)
# An artist's or a writer's name: words in capitals, "&", "and", "the", "of" between
# them (also read by credit_release_rows and track_soundtrack_entries).
NAME_RE = re.compile(
    r"^[A-Z][\w.'\u2019-]{0,30}(?:\s(?:[A-Z0-9][\w.'\u2019-]{0,30}|&|and|the|of|de"
    r"|la|le|y|van|von|da|del)){0,6}$"
)
NOT_ARTISTS = frozenset({"various", "various artists", "unknown", "uncredited"})


def release_row(ctx, sentence):
    """Whether the sentence is a release database's tracklist row; its track (and
    performers) made."""
    if not sentence.listed or sentence.quotes:
        return False
    text = sentence.norm.strip()
    found = ROW_RE.match(text)
    if found:
        artist, title = found.group(1), found.group(2)
    else:
        found = INSTRUMENTAL_RE.match(text)
        if not found:
            return False
        title, artist = found.group(1), found.group(2)
    title = clean_title(PLAYED_RE.sub("", title.strip()))
    if (
        not title
        or VERSION_RE.search(title)
        or title.split()[0] in STOP_STARTS
        or match_key(title) == ctx.film_key
        or not (title[0].isupper() or title[0].isdigit())
    ):
        return False
    performers = _performers(artist)
    if performers is None:
        return False
    ctx.offset = 0
    recent = list(ctx.recent)
    track = ctx.track(sentence, title)
    add_unique(track["performers"], performers)
    # A row is no antecedent: "it peaked at No. 15" after the list is not its last
    # row's.
    ctx.recent[:] = recent
    return True


def _performers(artist):
    """The names of the artist column ([] when there is none), or None when it names
    no one."""
    if artist is None:
        return []
    artist = artist.strip()
    if artist.casefold() in NOT_ARTISTS:
        return None
    names = [name.strip() for name in FEATURING_RE.split(artist)]
    if not all(NAME_RE.match(name) for name in names):
        return None
    return names
