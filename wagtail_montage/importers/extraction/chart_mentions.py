"""Where a sentence names chart positions and certification levels: "No. 2",
"number twenty-three", "#5", "top 10", "topped", "third place", "the top of the
charts", "peaked at 31"; "gold", "double platinum"."""

import re

from .chart_bare import CARDINAL, ORDINAL, bare_ranks, rank_number
from .chart_exact import exact_rank
from .chart_names import CHART_WORD_RE, chart_in, chart_just_before
from .chart_speech import quoted_away
from .lexicon import NUMBER_WORDS, ORDINAL_WORDS
from .patterns import LEVEL_RE, POSITION_RE


def mentions_of(sentence):
    """``(kind, match, number, top_n)`` of each position or certification level, in order."""
    mentions = []
    for match in POSITION_RE.finditer(sentence.norm):
        if quoted_away(sentence, match.start()) or chart_name_part(sentence, match):
            continue
        if match.group(5) and not _top_of_a_chart(sentence, match):
            continue  # "a shot from the top of the cliffs"
        if match.group(3) and TOPPED_OUT_RE.match(sentence.norm[match.end() :]):
            continue  # "it topped out at No. 19": the peak is the number after
        if match.group(3) or match.group(5):
            mentions.append(("peak", match, 1, False))
        elif match.group(4):
            mentions.append(("peak", match, parse_number(match.group(4)), False))
        elif match.group(1) or match.group(6):
            number = parse_number(match.group(1) or match.group(6))
            mentions.append(("peak", match, number, False))
        else:
            top = parse_number(match.group(2))
            exact = exact_rank(sentence.norm, match, top)  # "top 20 (18th)"
            mentions.append(("peak", match, exact or top, not exact))
    ends = {mention[1].end() for mention in mentions}
    for match in BARE_PEAK_RE.finditer(sentence.norm):
        if match.end(1) not in ends and not quoted_away(sentence, match.start()):
            mentions.append(
                ("peak", BarePeak(match), int(match.group(1)) or None, False)
            )
    for match in PEAK_OF_RE.finditer(sentence.norm):  # "reached a peak of 5"
        if match.end(1) not in ends and not quoted_away(sentence, match.start()):
            mentions.append(
                ("peak", BarePeak(match), rank_number(match.group(1)), False)
            )
    mentions += _sheet_peaks(sentence)
    mentions += bare_ranks(sentence, {mention[1].end() for mention in mentions})
    mentions += _top_mentions(sentence)
    for match in LEVEL_RE.finditer(sentence.norm):
        mentions.append(("certification", match, None, False))
    mentions.sort(key=lambda mention: mention[1].start())
    return mentions


# A bare number after "peaked at": "In Britain it peaked at 31." Not a count of
# weeks, copies or degrees ("peaked at 40 weeks", "peaked at 31,000").
BARE_PEAK_RE = re.compile(
    r"\bpeak(?:ed|ing)\sat\s([0-9]{1,3})\b(?![,.]?[0-9]|\s?%|[\w-]"
    r"|\s(?:weeks?|copies|per|percent|million|thousand|minutes|degrees|years|mph|rpm"
    r"|a\.m\.|p\.m\.|am|pm|o'clock)(?!\w))"
)

# A peak as a noun with its number: "reached a peak of 5 in its ninth week", "and a
# peak of fourteen on the Billboard 200". Not a count ("a peak of 40,000 copies").
PEAK_OF_RE = re.compile(
    rf"\b(?:a|its|their|his|her)\speak\sof\s({CARDINAL})\b(?![,.]?[0-9]|\s?%|[\w-]"
    r"|\s(?:weeks?|copies|per|percent|million|thousand|minutes|degrees|years|mph"
    r"|listeners|viewers|stations|plays|people|fans)(?!\w))",
    re.IGNORECASE,
)
# A fact sheet's peak as a noun: "Hot 100 peak 18", "RPM (Canada) peak: 3".
NOUN_PEAK_RE = re.compile(
    r"\bpeak:?\s([0-9]{1,3})\b(?![,.]?[0-9]|\s?%|[\w-]"
    r"|\s(?:weeks?|copies|per|percent|million|thousand|stations|plays)(?!\w))"
)


class BarePeak:
    """A bare position read as ``POSITION_RE``'s sixth group: its number alone."""

    re = BARE_PEAK_RE

    def __init__(self, match):
        self._match = match

    def group(self, index=0):
        if index in (0, 6):
            return self._match.group(1)
        return None

    def start(self):
        return self._match.start(1)

    def end(self):
        return self._match.end(1)


# "sat on top of the Adult Contemporary chart", "five weeks atop the Hot 100": the
# top of a chart named right after, said with a verb of its own.
# "on top of the Hot 100", "atop", a fragment's "Top of the Kent albums chart", and
# "top of" after a verb: "it was top of the RPM chart", "went top of the Kent Music
# Report", "finished top of the UK Singles Chart".
_TOP_OF_VERBS = (
    "was",
    "were",
    "went",
    "got",
    "finished",
    "ended",
    "stayed",
    "came",
    "rose",
)
ON_TOP_RE = re.compile(
    r"\b(?:on\stop\sof|atop)\b|(?:^|(?<=:\s)|"
    + "|".join(rf"(?<=\b{verb}\s)" for verb in _TOP_OF_VERBS)
    + r")top\sof(?=\sthe\s)",
    re.IGNORECASE,
)


def _top_mentions(sentence):
    """No. 1 said as "on top of the Hot 100", "atop", "Top of the albums chart", or
    asked of a joined question and answer: "Which chart did it top: the RPM"."""
    mentions = [
        ("peak", OnTop(match), 1, False)
        for match in ON_TOP_RE.finditer(sentence.norm)
        if not quoted_away(sentence, match.start())
        and chart_is_object(sentence.norm[match.end() :])
    ]
    for match in ASKED_TOP_RE.finditer(sentence.norm):
        mentions.append(("peak", AskedTop(match), 1, False))
    return mentions


# A question joined to its answer (chart_answers): "Which chart did the album top:
# Billboard's Soundtracks chart."
ASKED_TOP_RE = re.compile(r"\b[Dd]id\s[^:?]{1,160}\s(top)(?=:\s)")


class AskedTop(BarePeak):
    """ "did ... top" asked, read as ``POSITION_RE``'s third group: "topped"."""

    re = ASKED_TOP_RE

    def group(self, index=0):
        return self._match.group(1) if index in (0, 3) else None

    def start(self):
        return self._match.start(1)

    def end(self):
        return self._match.end(1)


class OnTop(BarePeak):
    """ "on top of" read as ``POSITION_RE``'s fifth group: "the top of"."""

    re = ON_TOP_RE

    def group(self, index=0):
        return self._match.group(0) if index in (0, 5) else None

    def start(self):
        return self._match.start()

    def end(self):
        return self._match.end()


TOPPED_OUT_RE = re.compile(r"^\s(?:out|off)\b")


def _top_of_a_chart(sentence, match):
    """Whether "the top of", "the top spot" is of a chart named after it: not "the
    top of the cliffs", nor "the top of the pile at the chart shop"."""
    after = sentence.norm[match.end() :]
    if not a_chart_after(after):
        return False
    return not match.group(5).lower().endswith(" of") or chart_is_object(after)


def _sheet_peaks(sentence):
    """A fact sheet's "Hot 100 peak 18": a bare number after "peak", right after a
    chart's name."""
    return [
        ("peak", BarePeak(match), int(match.group(1)) or None, False)
        for match in NOUN_PEAK_RE.finditer(sentence.norm)
        if chart_just_before(sentence.norm[: match.start(1)])
    ]


# Where the object of "the top of" ends: "the Hot 100 | for three weeks".
OBJECT_END_RE = re.compile(
    r"[,;:.!?(]|\s(?:at|in|on|of|for|with|next|by|and|but|from|during|until)\s"
)


def chart_is_object(text):
    """Whether the chart is what "on top of", "atop" or "the top of" is of: "on top
    of the Adult Contemporary chart for a month", not "on top of the pile at the
    chart shop"."""
    head = OBJECT_END_RE.split(text[:80], 1)[0]
    return bool(CHART_WORD_RE.search(head)) or chart_in(head + " ") is not None


def a_chart_after(text):
    """Whether a chart is named right after "the top of": "the top of the charts",
    "the top spot on the Hot 100"."""
    return bool(CHART_WORD_RE.search(text[:40])) or chart_in(text[:60]) is not None


def chart_name_part(sentence, match):
    """Whether a "Top 40" is part of a chart's name ("the Dutch Top 40"), not a rank."""
    if not (match.group(2) and match.group(0).startswith("Top")):
        return False
    index = sentence.index_at(match.start())
    if index > 0 and sentence.tokens[index - 1].cap:
        return True
    # "No. 2 on the Top 50": the chart the position is on, not a position of its own
    return bool(
        POSITION_ON_RE.search(sentence.norm[max(0, match.start() - 30) : match.start()])
    )


POSITION_ON_RE = re.compile(
    rf"(?:(?:\bNo\.|\bnumber|#)\s?[\w-]{{1,12}}|\b{ORDINAL})\s(?:on|of|in)\sthe\s$",
    re.IGNORECASE,
)


def parse_number(text):
    """ "12", "twelve", "twenty-three", "third", "23rd" -> the number, else None."""
    text = (text or "").lower()
    if text[-2:] in ("st", "nd", "rd", "th") and text[:-2].isdigit():
        text = text[:-2]
    if text.isdigit():
        return int(text) or None
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    tens, _, unit = text.partition("-")
    if unit:
        unit = NUMBER_WORDS.get(unit) or ORDINAL_WORDS.get(unit)  # "eighty-eighth"
        return NUMBER_WORDS[tens] + unit if tens in NUMBER_WORDS and unit else None
    return NUMBER_WORDS.get(text)
