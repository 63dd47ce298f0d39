"""Positions written as labels, with no verb: a fan page's chart list ("UK Singles
Chart: #4", "US, Billboard Hot 100: #11") or a colon and countries ("Chart chat: UK
No. 9, Canada No. 11 on RPM"), the last song's; or in parentheses after a country
("It did okay in America (No. 29, Hot 100) and better in the UK (No. 17)"); or a
list of positions after a colon ("The numbers: No. 4 on the Hot 100, No. 11 in the
UK")."""

import re

from .chart_list_rows import bare_country, chart_run
from .chart_names import chart_fits, chart_in
from .chart_peak_rows import named_label_chart
from .discourse import (
    ALBUM_NOUNS,
    AMBIGUOUS,
    _last_without,
    by_owner,
    untitled_soundtrack,
)
from .patterns import CHART_VERBS, COUNTRIES_OF, COUNTRY_CHARTS, WEAK_CHART_VERBS

# What stands between a label and its position: "UK Singles Chart: #4", "Hot 100 – #11"
LABEL_SEPARATOR_RE = re.compile(r":|\s[\u2013\u2014-]\s")
# A label about charts, for a country alone: "Chart chat: UK No. 9", "Peak
# positions: US #30"; not "Opening weekend: UK No. 2".
CHART_LABEL_RE = re.compile(r"\b(?:charts?|peaks?|positions|singles?)\b", re.IGNORECASE)
COUNTRY_CHART_RE = re.compile(
    r",?\s(?:(?:singles|pop)\s)?charts?$|,\s(?:singles|pop)$", re.IGNORECASE
)
# Chart verbs that are nouns in a label: "Peak positions: US #30".
NOUNS_TOO = frozenset({"peak", "peaks", "hit", "hits"})
# What may follow a labelled position: the end, a comma, "!!!", " on RPM", a note in
# parentheses ("No. 4 (two weeks)").
LABEL_END_RE = re.compile(r"^\s?(?:[,!.;)]|$|\son\s|\s\()")
# Words that make a sentence of a label, verbs: not the article ("Canada, RPM: No. 2,
# behind a novelty record") nor "as".
NOT_VERBS = NOUNS_TOO | {"a", "as"}


def label_chart(sentence, match, ctx=None):
    """``(chart key, other name)`` or ``(country, None)`` a labelled position is on,
    or None when the position is not a label's: "UK Singles Chart: #4" -> the UK
    singles chart, "Chart chat: UK No. 9" -> the UK, "UK — No. 4" in a list of
    chart rows (chart_list_rows) -> the UK."""
    before = sentence.norm[: match.start()]
    parts = LABEL_SEPARATOR_RE.split(before)
    if len(parts) < 2 or not LABEL_END_RE.match(sentence.norm[match.end() :]):
        return None
    words = {token.text.lower() for token in sentence.tokens}
    if words & (CHART_VERBS | WEAK_CHART_VERBS) - NOT_VERBS:
        return None  # a sentence with a verb of its own is read as a sentence
    head, tail = parts[-2].strip(), parts[-1]
    segment = tail.rsplit(",", 1)[-1].strip()  # "UK" of "Chart chat: UK No. 9"
    charts_said = CHART_LABEL_RE.search(before) or (ctx and chart_run(ctx, sentence))
    if segment in COUNTRIES_OF and charts_said:
        return (COUNTRIES_OF[segment], None)
    if segment or len(head.split()) > 6:
        return None
    country = bare_country(COUNTRY_CHART_RE.sub("", head))  # "Australia (Kent)"
    if country in COUNTRIES_OF and charts_said:  # "UK singles chart: #4"
        return (COUNTRIES_OF[country], None)
    # "Italy, Hit Parade Italia: no. 2" (chart_peak_rows)
    return chart_in(head + " ") or named_label_chart(head)


def labelled_peak(ctx, sentence, match, number, after, add, fallback=None):
    """Add a labelled position as the last song's peak with ``add(subject, chart)``
    (the record ``fallback(ctx, sentence, label)`` gives when none is named);
    whether it was one."""
    found = label_chart(sentence, match, ctx)
    subject = (
        (
            label_subject(ctx, sentence, match.start())
            or ctx.last()
            or (fallback and fallback(ctx, sentence, sentence.norm[: match.start()]))
        )
        if found
        else None
    )
    if subject is None:
        return False
    kind = subject[1]
    chart = chart_in(after[:100])
    if chart is None and found[1] is None:
        if kind == "album":
            return False  # "UK No. 6" after an album: its single's, most likely
        key = COUNTRY_CHARTS[found[0]][0]
        chart = (key, "") if key else None
    chart = chart or (found if found[1] is not None else None)
    if chart is None or not chart_fits(kind, *chart) or number is None:
        return False
    add(subject, chart)
    return True


# "in the UK (No. 17)", "in America (No. 29, Hot 100)"
IN_COUNTRY_PAREN_RE = re.compile(
    r"\b[Ii]n\s(?:the\s)?(UK|U\.K\.|US|U\.S\.|Britain|England|Canada|Australia"
    r"|West Germany|Germany|America)\s\($"
)
PAREN_END_RE = re.compile(r"^(?:,\s([^()]{2,40}))?\)")


def in_parentheses(sentence, match, kind=None):
    """The chart of a position in parentheses after a country, as ``(key, other
    name)``: the chart named after a comma, else the country's chart for ``kind``;
    None when the position is not so written (without ``kind``: True when it is)."""
    found = IN_COUNTRY_PAREN_RE.search(
        sentence.norm[max(0, match.start() - 40) : match.start()]
    )
    end = PAREN_END_RE.match(sentence.norm[match.end() :])
    if not (found and end):
        return None
    if not (end.group(1) or sentence.charts):
        return None  # "It did okay in America (No. 8)": the film's, maybe
    if kind is None:
        return True
    if end.group(1):
        return chart_in(end.group(1) + " ")
    key = COUNTRY_CHARTS[COUNTRIES_OF[found.group(1)]][kind == "album"]
    return (key, "") if key else None


LISTED_RE = re.compile(
    r"^\s(?:on|in)\s(?:the\s)?(?:Billboard|Hot|UK|U\.K\.|US|U\.S\.|Britain|England"
    r"|Canada|Australia|Germany|West Germany|America|[A-Z][a-z]{2,20}'s"
    r"|(?:[A-Z][a-z]{2,20}|[A-Z]{2,6})\s(?i:chart|singles|albums|top)"
    # "number two on the adult contemporary chart"
    r"|[a-z]{3,20}\s(?:[a-z]{3,20}\s)?chart\b)"
)


NOT_MUSIC_LIST_RE = re.compile(
    r"\b(?:box[\s-]office|ticket|ratings|opening\sweekend|grossed|grosses)\b",
    re.IGNORECASE,
)


def listed_positions(sentence, mentions):
    """The positions of a list with no verb of its own, each with its chart or
    country: "The numbers: number four on the Hot 100, number 11 in the UK, and number
    two in Australia". Two at least."""
    if NOT_MUSIC_LIST_RE.search(sentence.norm):
        return set()  # "Box office: No. 1 in the UK, No. 3 in the US"
    found = {
        position
        for position, (kind, match, _number, top_n) in enumerate(mentions)
        if kind == "peak"
        and not top_n
        and LISTED_RE.match(sentence.norm[match.end() : match.end() + 40])
    }
    return found if len(found) > 1 else set()


# The nouns of a label's head that say which record its facts are of: "Single: No.
# 3 on the Hot 100", "Soundtrack LP (no title): #40 UK Albums", "Her single: gold".
LABEL_TRACK_NOUNS = frozenset({"single", "song", "track", "45", "7-inch"})
# Words of a head that name another record: "Next single:", "The B-side:".
NOT_THIS_RECORD = frozenset(
    {"next", "later", "other", "another", "follow-up", "b-side", "previous", "debut"}
)
LABEL_HEAD_RE = re.compile(r"^([^:.;!?]{1,60}?):\s")
PAREN_RE = re.compile(r"\([^()]*\)")


def label_subject(ctx, sentence, at):
    """(title, kind, artist) of the record a label's head names by its noun, for a
    fact after the label's colon (at ``at`` in the sentence): the last track for
    "Single:" (the singer's, for "Lindqvist single:"), the last album or the film's
    soundtrack for "Soundtrack LP:"; None without such a head."""
    head = LABEL_HEAD_RE.match(sentence.norm)
    if not head or head.end() > at:
        return None
    words = PAREN_RE.sub("", head.group(1)).split()  # "Soundtrack LP (no title):"
    if len(words) > 5:
        return None
    nouns = [word.lower().strip("()") for word in words]
    if NOT_THIS_RECORD & set(nouns):
        return None  # "Her next single: No. 5 in the UK"
    if set(nouns) <= {"certification", "certifications"}:
        return ctx.last()  # "Certifications: gold (RIAA), platinum (BPI)"
    tokens = sentence.tokens
    noun_at = next(
        (
            index
            for index, token in enumerate(tokens[: len(words) + 1])
            if token.text.lower() in LABEL_TRACK_NOUNS
        ),
        None,
    )
    if noun_at is not None:
        owned = by_owner(ctx, sentence, noun_at)
        return owned or _last_without(ctx, "track", {AMBIGUOUS})
    if ALBUM_NOUNS & set(nouns):
        return _last_without(ctx, "album", {AMBIGUOUS}) or (
            untitled_soundtrack(ctx, sentence) if not ctx.albums else None
        )
    return None
