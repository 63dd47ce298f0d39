"""Broad chart cues for the chart peak offers (offer_charts): a position told as a
place with its figure after it ("on place 3", "came to place 12"), and a chart named
by its own local name, recognised by a chart word inside it ("in the Hitlista",
"of the Radio Nord Top 30", "on Topplistan", "the Hitparade"), after the position
or as a row's label ("Hitlista: 2", "Radio Nord Top 30: number 4")."""

import re

from .chart_mentions import BarePeak
from .chart_names import chart_in

# A position told as a place, its figure after it: "on place 3", "to place 14".
# Not "took place 3 days later", "in first place 2 years running".
PLACE_NUMBER_RE = re.compile(
    r"\bplace\s([0-9]{1,3})\b(?![.,:]?[0-9]|\s?%|\s(?:days?|weeks?|months?|years?"
    r"|times|minutes|hours|km|miles|metres|meters)\b)"
)
# The word before "place" when it is no chart's: "took place", "the place", "a place".
NOT_CHART_PLACE = frozenset(
    "take takes took taken taking first second third last market meeting birth"
    " resting hiding parking work this that one any some no which a the".split()
)


def place_mentions(sentence, held_ends):
    """``("peak", match, number, False)`` of each "place N" in ``sentence`` that no
    other mention ends at (``held_ends``) and that is no "took place" or "the place"."""
    norm = sentence.norm
    found = []
    for match in PLACE_NUMBER_RE.finditer(norm):
        number = int(match.group(1))
        if not number or match.end() in held_ends:
            continue
        if norm[max(0, match.start() - 12) : match.start()].split()[-1:] in [
            [word] for word in NOT_CHART_PLACE
        ]:
            continue
        if sentence.inside_quote(match.start()):
            continue
        found.append(("peak", PlacePeak(match), number, False))
    return found


class PlacePeak(BarePeak):
    """A "place N" position: it starts at "place", as "No. N" at its "No."."""

    def start(self):
        return self._match.start()


# A chart word inside a chart's local name: "Top 40", "Top Albums", "Hitparade",
# "Hit Parade", "Hitlista", "Topplistan", "Singlelisten", "Tracklisten".
CHART_WORD = (
    r"(?:Top\s?(?:[0-9]{1,3}|Ten|Twenty|Forty|Fifty|Hundred|Albums?|Singles?|Hits"
    r"|Songs|Tracks)|Hit\s?[Pp]arade|[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]{1,16}parade"
    r"|[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]{0,16}[Ll]ist(?:a|an|en|e))"
)
CHART_WORD_RE = re.compile(rf"(?<![\w-]){CHART_WORD}(?![\w-])")
_NAME = r"[A-Z\u00c0-\u00de0-9][\w'\u2019.-]{0,20}"
# Capitalised words right after a position, held by "in", "of" or "on":
# "place 6 of the Radio Nord Top 30", "number 2 in the Hitlista".
NAMED_LOCAL_RE = re.compile(
    rf"^\s(?:in|of|on|at|atop)\s(?:the\s)?({_NAME}(?:\s{_NAME}){{0,5}})"
    r"(?=[,.;:!)\u2014\u2013]|\s[a-z(]|$)"
)
# Words that make a name no chart's: a place, a broadcaster's programme aside.
NOT_LOCAL_RE = re.compile(r"\b(?:Street|Road|Avenue|Square|Park|Station|Hotel|Hall)\b")


def local_chart(name):
    """``("other", name)`` when ``name`` holds a chart word, or None."""
    name = name.strip(" ,.;:")
    if not name or not CHART_WORD_RE.search(name) or NOT_LOCAL_RE.search(name):
        return None
    words = [word.removesuffix("'s").removesuffix("\u2019s") for word in name.split()]
    return ("other", " ".join(words))


def named_local(after):
    """``("other", name)`` of a chart named by a local name with a chart word in
    it, right after a position ("No. 4 in the Hitparade"), or None."""
    found = NAMED_LOCAL_RE.match(after)
    return local_chart(found.group(1)) if found else None


# A row's label that is a chart's local name: "Radio Nord Top 30: number 4",
# "Hitlista – 2". The label is the row's last words before its position.
LABEL_NAME_RE = re.compile(
    rf"(?:^|[\s\u2013\u2014(])((?:{_NAME}\s){{0,4}}{_NAME})\s?[:\u2013\u2014]\s?$"
)


# A bare figure after a chart's label: "Hitlista: 2", "Radio Nord Top 30 – 4".
LABEL_NUMBER_RE = re.compile(
    r"\s?[:\u2013\u2014]\s([0-9]{1,3})\b(?![.,:/]?[0-9]|\s?%|[\w-]"
    r"|\s(?:weeks?|days?|years?|copies|minutes|seconds)\b)"
)


def label_mentions(sentence, held_ends):
    """``("peak", match, number, False)`` of each bare figure after a label that
    names a chart ("Hitlista: 2", "Official Singles Chart – 14")."""
    norm = sentence.norm
    found = []
    for match in LABEL_NUMBER_RE.finditer(norm):
        number = int(match.group(1))
        if not number or match.end(1) in held_ends:
            continue
        if label_of(norm[: match.start(1)]) is None:
            continue
        found.append(("peak", BarePeak(match), number, False))
    return found


def label_of(head):
    """The chart a row's label before a position names: a local name with a chart
    word in it, or one of the charts ``chart_in`` knows."""
    found = LABEL_NAME_RE.search(head[-60:])
    if not found:
        return None
    chart = local_chart(found.group(1))
    if chart is None and CHART_LABEL_RE.search(found.group(1)):
        chart = chart_in(found.group(1))
    return chart


CHART_LABEL_RE = re.compile(r"\b(?:Chart|Hot\s100|Billboard|Oricon|RPM|Kent)\b")


def chart_named(title):
    """Whether a title read before a position is a chart's own name."""
    return bool(
        local_chart(title)
        or (CHART_LABEL_RE.search(title) or MAKERS_RE.match(title))
        and chart_in(title)
    )


MAKERS_RE = re.compile(r"^(?:the\s)?(?:Media\sControl|Oricon|Gaon|RPM|Kent)\b", re.I)


# A run of capitalised words (a chart's local name) in a clause before a position.
NAME_RUN_RE = re.compile(rf"(?<![\w'-])(?:{_NAME}\s){{0,4}}{_NAME}(?![\w'-])")


def local_before(before):
    """``("other", name)`` of the local chart named last in the position's clause
    before it ("In the Nordvik Hitparade it went up to place 3"), or None."""
    clause = before[-100:].rsplit("; ", 1)[-1]
    found = None
    for match in NAME_RUN_RE.finditer(clause):
        found = local_chart(match.group(0)) or found
    return found
