"""The chart a clause opens with, its position told later in the clause with no
chart after it: "On the Canadian Hot 100 it climbed as high as 27", "On the UK Singles
Chart the record reached 11, its best placing", "and on Billboard's Mainstream Rock
chart it went all the way to number 5".

Read: a clause opening "On" or "In" (at the sentence's start, after a semicolon,
or after "and" / "but" / "though" / "while"), a chart the list knows filling the
whole phrase ("the Hot 100", "RPM's country chart"), then "it" or the record's noun
and at most six lower-case words up to the position, the last a word that leads to
one ("at", "to", "as high as", "reached", "number"); or the chart as the clause's
subject, the record its object ("and the Irish Singles Chart put the single at 12",
"Media Control over in Germany pushed it to five"). Not read: a country ("In
Britain it reached 11": the country's chart is chart_names'), a position that names
its own chart after it, words between with a new subject or a negation ("On the Hot
100 it failed, but the B-side got to 9"), a chart named mid-clause ("It did well on
the Hot 100 and then got to 9"), and a box office or list ("In the ticket charts").
"""

import re

from .chart_bare import BARE_RANK_RE, NOT_RANK_WORDS, BareRank, rank_number
from .chart_names import chart_in

# The clause: its opening preposition, the chart's words, the record and the words
# that lead to the position (lower-case words only: no name, no new subject).
FRONTED_RE = re.compile(
    r"(?:^|[;]\s|\b(?:and|but|though|while|whereas)\s)(?:[Oo]n|[Ii]n)\s"
    r"(?P<chart>[^,;:.!?()\u2013\u2014]{2,60}?),?\s"
    r"(?P<record>it|the\s(?:song|single|record|track|tune|album|LP|soundtrack))"
    r"(?P<words>(?:\s[a-z'\u2019]+){1,6})\s$"
)
# The chart as the clause's subject, the record its object: "the Irish Singles Chart
# put the single at 12", "Media Control over in Germany pushed it to five", "and the
# RPM chart sent the record all the way to number six".
CHART_SUBJECT_RE = re.compile(
    r"(?:^|[;]\s|\b(?:and|but|though|while|whereas)\s)"
    r"(?:(?:up\s|over\s|down\s)?in\s(?:the\s)?[A-Z][\w.]+,?\s)?"  # "up in Canada"
    r"(?P<chart>[^,;:.!?()\u2013\u2014]{2,60}?)"
    r"(?:\s(?:in|over\sin|up\sin)\s(?:West\s)?[A-Z][\w.]+)?"
    r"\s(?:had|took|put|peaked|pushed|sent|carried|placed|ranked|listed|showed)"
    r"\s(?:it|the\s(?:song|single|record|track|tune|album|LP|soundtrack))"
    r"(?:\s(?:all\sthe\sway|parked|sitting|stuck|as\shigh\sas|up))?"
    r"\s(?:at|to|as)\s$"
)
# The last words before the position: what leads to one.
LEADS_RE = re.compile(
    r"(?:\s(?:at|to|as|reached|reaching|hit|made|number|no\.|high\sof|peak\sof))$"
)
# Words that end the record's part: a new subject, a denial, a wish.
BREAK_WORDS = frozenset(
    {
        "but",
        "and",
        "while",
        "whereas",
        "then",
        "never",
        "not",
        "failed",
        "missed",
        "would",
        "could",
        "might",
        "outside",
        "near",
    }
)


def fronted_ranks(sentence, taken):
    """``(kind, match, number, top_n)`` of each bare number or ordinal no other
    mention (ending at one of ``taken``) has read, in a clause that opens with its
    chart: "On the UK Singles Chart it reached 11"."""
    found = []
    norm = sentence.norm
    for match in BARE_RANK_RE.finditer(norm):
        rank = BareRank(match, BARE_RANK_RE)
        if rank.end() in taken or sentence.inside_quote(rank.start()):
            continue
        if not RANK_END_RE.match(norm[rank.end() : rank.end() + 20]):
            continue  # "it spent 11 weeks", "it sold 40,000"
        lead = norm[max(0, rank.start() - 60) : rank.start()].lower().split()
        if NOT_RANK_WORDS & set(lead[-3:]) or (match.group(2) and _owned(lead)):
            continue
        if fronted_chart(norm[: rank.start()]) is None:
            continue
        number = rank_number(rank.group(0))
        if number:
            found.append(("peak", rank, number, False))
    return found


# What may follow the position: the clause's end, a date, a time at the peak.
RANK_END_RE = re.compile(
    r"(?:[.,;!?)]|\s?[\u2013\u2014]|$|\s(?:in|during|for|that|when|before|after"
    r"|and|but|place|position|spot)\b)"
)
OWNERS = frozenset({"the", "a", "his", "her", "its", "their", "our", "my", "your"})


def _owned(lead):
    """Whether an ordinal is one of someone's records: "its second"."""
    return bool(lead) and (lead[-1] in OWNERS or lead[-1].endswith(("'s", "\u2019s")))


def fronted_chart(before):
    """``(chart key, other name)`` of the chart the position's clause opens with,
    or None."""
    tail = before[-140:]
    found = FRONTED_RE.search(tail)
    if found:
        words = found.group("words")
        if not LEADS_RE.search(words) or BREAK_WORDS & set(words.split()):
            return None
    else:
        found = CHART_SUBJECT_RE.search(tail)
    if not found:
        return None
    phrase = found.group("chart")
    chart = chart_in(" on " + phrase)
    if chart is None or not _whole(phrase):
        return None
    return chart


# The chart's phrase is a chart's name and no more: "the Canadian Hot 100",
# "Billboard's Mainstream Rock chart", "RPM Country Tracks" (not "the UK, where the
# charts were kinder," nor "the first week of the Hot 100").
WHOLE_RE = re.compile(
    r"^(?:the\s)?(?:[A-Z0-9\u00c0-\u00de][\w.&'\u2019-]*\s?|(?:singles|albums?"
    r"|charts?|list|tracks?|songs?|country|rock|pop|adult|contemporary|main|official"
    r"|national|music)\s?){1,7}$"
)


def _whole(phrase):
    return bool(WHOLE_RE.match(phrase.strip()))
