"""Positions written as a bare number or an ordinal right before a chart or its
country: "went to fourteen on the Billboard 200", "peaked at eleven in Britain", "got
as high as twelve on Billboard's Mainstream Rock chart", "ninth on the RPM chart,
eighteenth on the Hot 100", "peaked second in Britain"; or right after the chart:
"scraped into the Hot 100 at forty-five"."""

import re

from .chart_names import chart_in, chart_just_before
from .chart_peak_labels import label_before_country
from .chart_scene_ranks import SCENE_RANK_RE, scene_rank
from .lexicon import NUMBER_WORDS, ORDINAL_WORDS
from .patterns import COUNTRY_RE

_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_ORDINAL_UNITS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
# A number in words, not "one" alone ("one on the Hot 100" is a song, not a rank).
CARDINAL = (
    rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|[0-9]{1,3})"
)
# An ordinal, not "first" alone ("released first in Britain" is no rank).
ORDINAL = (
    rf"(?:(?:{_TENS})-(?:{_ORDINAL_UNITS})|(?:twentie|thirtie|fortie|fiftie|sixtie"
    r"|seventie|eightie|ninetie)th|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|[0-9]{1,3}(?:st|nd|rd|th))"
)
# Verbs a rank follows with nothing between: "reached thirty on the UK albums chart".
RANK_VERBS = frozenset(
    {"reached", "reaching", "reaches", "hit", "hitting", "peaked", "peaking", "climbed"}
)
# 1 a number after "at", "to", "as" (high as), "and", "higher than" or a chart verb;
# 2 an ordinal.
BARE_RANK_RE = re.compile(
    rf"(?:\b(?:at|to|as|and|(?:higher|further)\sthan|{'|'.join(sorted(RANK_VERBS))})"
    rf"\s({CARDINAL})"
    rf"|\b({ORDINAL}))"
    r"(?=\s(?:on|in)\s|[.,;!]?(?:\s|$))",
    re.IGNORECASE,
)
# A number opening a sentence (or what follows its colon) before "on" or "in": "Six
# on the German charts, gold in France", "A: Fourteen on the Hot 100".
OPENING_RANK_RE = re.compile(rf"(?:^|:\s)({CARDINAL})(?=\s(?:on|in)\s)", re.IGNORECASE)
# Verbs that make the opening number a count: "Three on the Hot 100 were his".
COUNT_VERBS_RE = re.compile(r"^[^,;:.!?]{0,50}\s(?:were|are|was|is|had|have)\s")
# Words before an ordinal that make it no rank: "her second on the Hot 100".
OWNERS = frozenset({"the", "a", "his", "her", "its", "their", "our", "my", "your"})
# Words that make a time or an age of the number: "went on sale at nine in the UK",
# "hit shelves at ten in Britain".
NOT_RANK_WORDS = frozenset(
    {
        "sale",
        "air",
        "aired",
        "released",
        "broadcast",
        "premiered",
        "opened",
        "screened",
        "age",
        "aged",
        "moved",
        "born",
        "shelves",
        "stores",
        "shops",
        "cinemas",
        "theaters",
        "theatres",
    }
)
# A country right after the rank, not its list: "forty in Britain's list of ...".
COUNTRY_AT_RE = re.compile(
    r"^\s" + COUNTRY_RE.pattern.removeprefix(r"\b") + r"(?!['\u2019]s\b)"
)


class BareRank:
    """A bare position read as ``POSITION_RE``'s sixth group: its number alone."""

    def __init__(self, match, re_):
        self._match = match
        self.re = re_
        self._group = 1 if match.group(1) else 2

    def group(self, index=0):
        if index in (0, 6):
            return self._match.group(self._group)
        return None

    def start(self):
        return self._match.start(self._group)

    def end(self):
        return self._match.end(self._group)


def bare_ranks(sentence, taken):
    """``(kind, match, number, top_n)`` of each bare position in ``sentence`` that no
    other mention (ending at one of ``taken``) has read: a rank before a chart named
    ("on the Hot 100") or a listed country ("in Britain")."""
    found = []
    norm = sentence.norm
    for match, re_ in _ranks(norm):
        rank = BareRank(match, re_)
        if rank.end() in taken or sentence.inside_quote(rank.start()):
            continue
        after = norm[rank.end() :]
        near = CLAUSE_CUT_RE.split(after[:45], 1)[0]
        named_after = after[:4] in (" on ", " in ") and (
            chart_in(near) is not None or COUNTRY_AT_RE.match(after)
        )
        # "scraped into the Hot 100 at forty-five"; a label: "Hot 100 chart: 12th"
        before = norm[: rank.start()]
        labelled = (
            re_ is BARE_RANK_RE
            and match.group(2)
            and (_chart_label(before) or label_before_country(before))
        )
        if not (named_after or chart_just_before(before) or labelled):
            if not scene_rank(norm, rank.start(), rank.end()):
                continue
            rank.re = SCENE_RANK_RE  # "In Britain it got to 18.": a song's, if credited
        lead = norm[max(0, rank.start() - 60) : rank.start()].lower().split()
        if NOT_RANK_WORDS & set(lead[-3:]) or _owned(lead, match):
            continue
        if lead[-1:] == ["and"] and COUNT_RE.search(norm[: rank.start()]):
            continue  # "two weeks at the top of the Hot 100 and five on the AC chart"
        number = rank_number(rank.group(0))
        if number:
            found.append(("peak", rank, number, False))
    return found


def _ranks(norm):
    """The bare numbers and ordinals of ``norm``, with the expression finding each."""
    for match in BARE_RANK_RE.finditer(norm):
        yield match, BARE_RANK_RE
    for match in OPENING_RANK_RE.finditer(norm):
        if not COUNT_VERBS_RE.match(norm[match.end() :]):
            yield match, OPENING_RANK_RE


def _chart_label(before):
    """Whether ``before`` ends in a label naming a chart: "Peak on Billboard's
    Mainstream Rock chart: " (an ordinal after it is a rank)."""
    if not before.endswith(": "):
        return False
    head = re.split(r"[.;:!?]\s", before[:-2])[-1]
    return len(head.split()) <= 8 and chart_in(head + " ") is not None


# A count the next "and N" may share: "spent two weeks at No. 1 and five on ...".
COUNT_RE = re.compile(r"\b(?:weeks|months|days|years|times)\b", re.IGNORECASE)
CLAUSE_CUT_RE = re.compile(r"[,;:.!?]\s|\s(?:and|but|while)\s")


def _owned(lead, match):
    """Whether an ordinal is one of someone's records: "her second on the Hot 100"."""
    if match.group(1) or not lead:
        return False
    return lead[-1] in OWNERS or lead[-1].endswith(("'s", "\u2019s"))


def rank_number(text):
    """ "fourteen", "33", "twenty-first", "eighteenth", "21st" -> the number."""
    text = text.lower()
    if text[:-2].isdigit():
        return int(text[:-2]) or None
    if text.isdigit():
        return int(text) or None
    tens, _, unit = text.partition("-")
    if unit:
        return NUMBER_WORDS.get(tens, 0) + _unit(unit) or None
    return _unit(text) or None


def _unit(word):
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    if word.endswith("ieth"):  # "twentieth"
        return NUMBER_WORDS.get(word[:-4] + "y", 0)
    if word.endswith("teenth"):  # "eighteenth", "thirteenth"
        return NUMBER_WORDS.get(word[:-2], 0)
    return 0
