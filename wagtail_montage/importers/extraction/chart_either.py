"""The title a chart peak's "it" means when the memory holds a song and its album.

After "The song is on her album “Low Tide”", the next "it" may be either; the chart
decides when only one of the two can be on it: "It climbed to No. 4 on the
Billboard 200" is the album, "It went to No. 2 on the Irish Singles Chart" the song.
"""

import re

from ..prose import match_key
from .chart_names import chart_fits, chart_in
from .discourse import AMBIGUOUS, IT, _last_without, anaphor_kind


def either_by_chart(ctx, sentence, region, after):
    """(title, kind, artist) of the song or album the chart named in ``after`` fits,
    when the tokens of ``region`` hold an ambiguous "it"; else None."""
    if not ctx.recent or ctx.recent[-1] != ("other", AMBIGUOUS):
        return None
    if not _it_in(sentence, region):
        return None
    chart = chart_in(after[:60].split(";")[0])
    if not chart:
        return None
    candidates = [
        subject
        for subject in (
            _last_without(ctx, "track", {AMBIGUOUS}),
            _last_without(ctx, "album", {AMBIGUOUS}),
        )
        if subject is not None and chart_fits(subject[1], *chart)
    ]
    if len(candidates) != 1:
        return None
    # The chart told them apart: the next "it" ("It picked up a silver disc") is
    # the same record.
    ctx.remember(candidates[0][1], match_key(candidates[0][0]))
    return candidates[0]


SINGLES_CHART_RE = re.compile(
    r"^\s(?:on|in|atop)\s(?:the\s)?(?:[\w-]+\s)?singles\schart"
)


def not_the_album(ctx, sentence, region, after, subject):
    """None, and "it" left open for the next sentence, when "it" taken for an album
    went up a singles chart: "The LP got to No. 15. In Britain it went to No. 1 on
    the singles chart": that "it" is a single, and "The BPI made it platinum" after
    it may be too. Else ``subject``."""
    if subject is None or subject[1] != "album" or not _it_in(sentence, region):
        return subject
    chart = chart_in(after[:60].split(";")[0])
    if chart and chart_fits("album", *chart) and not SINGLES_CHART_RE.match(after):
        return subject
    if not chart and not SINGLES_CHART_RE.match(after):
        return subject
    ctx.remember("other", AMBIGUOUS)
    return None


def _it_in(sentence, region):
    tokens = sentence.tokens
    return any(
        tokens[index].text.lower() in IT
        and not sentence.inside_quote(tokens[index].start)
        for index in range(region[0], min(region[1], len(tokens)))
    )


def named_noun(sentence, start, end):
    """Whether tokens ``start`` to ``end`` hold a noun for a record ("the soundtrack
    LP", "the single"), not "it": a subject of its own, even one the post does not
    name, so not the subject of the clause before."""
    return any(
        sentence.tokens[index].text.lower() not in IT
        and anaphor_kind(sentence, index, start) is not None
        for index in range(start, min(end, len(sentence.tokens)))
    )
