"""A bare number ending a clause set in a listed country, after a verb of reaching
("In Britain it got to 18.", "in America it crept to 41 and stopped", "modest in
Britain, climbing no higher than twenty-three"): a position on that country's
chart, as if the country came after it ("got to 18 in Britain"). Not a count, a
time or an age (chart_bare), nor a clause about anything but the record ("In
Britain she got to 18 before ...": no "it" or record noun before the number)."""

import re

from ..prose import match_key
from .chart_names import chart_in
from .patterns import COUNTRIES_OF, COUNTRY_RE

# How far after the number a chart named makes it that chart's position.
LATER = 100

# Verbs after "and" that end the number's clause with it: "crept to 41 and stopped".
STOP_VERBS = ("stopped", "stayed", "stalled", "fell", "dropped", "then")
# The clause's end right after the number: a stop, a comma, "and stopped".
CLAUSE_END_RE = re.compile(
    r"^(?:[.,;!?](?:\s|$)|$)|^\s(?:and|but)\s(?:" + "|".join(STOP_VERBS) + r")\b"
)
# Where the number's clause begins: after a stop, a semicolon or a colon.
CLAUSE_START_RE = re.compile(r"[.;:!?]\s")
# The verbs of reaching right before the number's "to", "at" or "than", and the
# words that may come between ("crept only to", "got all the way to").
REACH_VERBS = (
    *("got", "gets", "getting", "climbed", "climbing", "crept", "creeping", "rose"),
    *("rising", "went", "made\\sit", "stopped", "stopping", "stalled", "stalling"),
    *("topped\\sout", "peaked", "peaking", "reached", "reaching"),
)
BETWEEN = ("only", "just", "all\\sthe\\sway", "as\\shigh", "up", "no\\shigher")
REACH_RE = re.compile(
    rf"\b(?:{'|'.join(REACH_VERBS)})\s(?:(?:{'|'.join(BETWEEN)})\s){{0,2}}"
    r"(?:to|at|as|than)\s$|\b(?:no|not|never)\shigher\sthan\s$",
    re.IGNORECASE,
)
# The record as the clause's subject: "it", "the single", "the song".
RECORD_NOUNS = "song|single|record|track|tune|album|LP"
RECORD_RE = re.compile(rf"\b(?:it|(?:the|this|that)\s(?:{RECORD_NOUNS}))\b", re.I)


# What reads a scene's bare number: the mark of such a position (see credited_song).
SCENE_RANK_RE = REACH_RE


def scene_rank(norm, start, end):
    """Whether the bare number at ``start`` to ``end`` ends a clause set in a listed
    country after a verb of reaching: "In Britain it got to 18."."""
    if not CLAUSE_END_RE.match(norm[end:]) or chart_in(norm[end : end + LATER]):
        return False  # "... as high as 22, and that was on the AC chart": that one
    cut = max(
        (found.end() for found in CLAUSE_START_RE.finditer(norm[:start])), default=0
    )
    clause = norm[cut:start]
    if not REACH_RE.search(clause) or not RECORD_RE.search(clause):
        return False
    return COUNTRY_RE.search(clause) is not None


def scene_country(lead):
    """The one listed country the clause of a position set in it names before its
    verb of reaching ("modest in Britain, climbing no higher than "), or None."""
    cut = max((found.end() for found in CLAUSE_START_RE.finditer(lead)), default=0)
    clause = lead[cut:]
    if not REACH_RE.search(clause) or not RECORD_RE.search(clause):
        return None
    countries = {COUNTRIES_OF[found.group(1)] for found in COUNTRY_RE.finditer(clause)}
    return countries.pop() if len(countries) == 1 else None


def credited_song(ctx, match, subject):
    """The subject of a position, unless a scene's bare number ("In Britain it got to
    18.") is given a track nothing credits: a weaker reading than "No. 18", taken for
    a record the post knows as a song only (a title nothing credits may be no song
    at all, as in chart_one_record)."""
    if subject is None or match.re is not SCENE_RANK_RE or subject[1] != "track":
        return subject
    track = ctx.tracks.get(match_key(subject[0]))
    if track is None or track["performers"] or track["composers"]:
        return subject
    return None
