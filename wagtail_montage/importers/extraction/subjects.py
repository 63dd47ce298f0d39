"""The track or album a chart fact or certification is about."""

import re

from ..prose import match_key
from .album_words import album_apposed
from .context import record_subject
from .discourse import anaphor
from .lexicon import STOP_STARTS, TITLE_CONNECTORS
from .patterns import ALBUM_WORDS_RE
from .sentences import add_unique, clean_title, names_at, run_backward, skip_stop_starts
from .subject_possessive_split import split_holds
from .track_cues import is_paper, named_as_film
from .track_film_titles import a_described_film


def find_subject(ctx, sentence, start, end):
    """(title, kind, artist) of the track or album a chart fact is about, or None."""
    tokens = sentence.tokens
    if start >= end or end > len(tokens):
        return None
    begin, finish = tokens[start].start, tokens[end - 1].end
    quoted = next(
        (
            quote
            for quote in sentence.quotes_within(begin, finish)
            if match_key(quote[0]) != ctx.film_key
            and not _source_quote(sentence, quote, end)
            and not is_paper(quote[0])  # "checked <i>Billboard</i>: the single ..."
        ),
        None,
    )
    if quoted:
        title = clean_title(quoted[0])
        ctx.offset = quoted[1]
        if title:
            return known_subject(ctx, sentence, title, quoted[2])
    last = end - 1
    while last > start and tokens[last].text.lower() in ("was", "is", "a", "an", "the"):
        last -= 1  # "Thin Air was a No. 5 hit"
    if tokens[last].text == ")":
        depth, index = 0, last
        while index >= start and last - index < 40:
            if tokens[index].text == ")":
                depth += 1
            elif tokens[index].text == "(":
                depth -= 1
                if depth == 0:
                    break
            index -= 1
        last = index - 1
    run_start = run_backward(tokens, last, TITLE_CONNECTORS - {":"}, max_words=10)
    if run_start is not None and run_start >= start:
        owner = next(
            (index for index in range(run_start, last) if tokens[index].possessive),
            None,
        )
        if (
            owner is not None
            and owner < last
            and split_holds(ctx, sentence, run_start, owner, last)
        ):
            first = skip_stop_starts(tokens, run_start, owner + 1)
            artist = sentence.span(first, owner + 1)[:-2]
            title = clean_title(sentence.span(owner + 1, last + 1))
            if artist and title and tokens[first].text not in STOP_STARTS:
                ctx.offset = tokens[first].start
                if ctx.is_album_title(title):
                    return (title, "album", artist)
                track = ctx.track(sentence, title)
                add_unique(track["performers"], [artist])
                return (title, "track", artist)
        title = clean_title(
            sentence.span(skip_stop_starts(tokens, run_start, last + 1), last + 1)
        )
        ctx.offset = tokens[run_start].start
        if title and (match_key(title) in ctx.tracks or match_key(title) in ctx.albums):
            return known_subject(ctx, sentence, title, None)
    return anaphor(ctx, sentence, start, end)


# "the lead single from", "lifted off the album": where the subject came from.
SOURCE_RE = re.compile(
    r"\b(?:from|off)\s(?:(?:the|her|his|their|its)\s(?:[\w-]+\s)?"
    r"(?:album|LP|record|soundtrack|film|movie)\s)?\W?$",
    re.IGNORECASE,
)


def _source_quote(sentence, quote, end):
    """Whether a quoted title only says where the subject came from, the subject
    being named after it: "Lifted off “Night Ferry”, it climbed to No. 6"."""
    if not SOURCE_RE.search(sentence.norm[max(0, quote[1] - 40) : quote[1] + 1]):
        return False
    finish = sentence.tokens[end - 1].end if 0 < end <= len(sentence.tokens) else 0
    return bool(NAMED_AFTER_RE.search(sentence.norm[quote[2] : finish]))


# ", it", ", the single": the subject of the clause after an opening phrase.
NAMED_AFTER_RE = re.compile(
    r",\s(?:it|(?:the|this|that)\s(?:song|single|track|record|tune|theme))\b",
    re.IGNORECASE,
)


# "“X”, which is not in this movie, ...": a song the post says the film does not use.
NOT_IN_FILM_RE = re.compile(
    r"\b(?:not|never|n't)\s(?:\w+\s){0,2}?(?:in|on|used\sin|heard\sin)\s(?:this|the)\s"
    r"(?:film|movie|picture|soundtrack)\b",
    re.IGNORECASE,
)


def known_named(ctx, sentence, start, end):
    """The post's track or album quoted between tokens ``start`` and ``end``, or None:
    the subject of a clause that says what it did not do ("“X” missed the top 50 in
    1986, then climbed to No. 38"), for the clause after it."""
    if start >= end:
        return None
    tokens = sentence.tokens
    for text, _start, quote_end in sentence.quotes_within(
        tokens[start].start, tokens[end - 1].end
    ):
        key = match_key(clean_title(text) or text)
        if key in ctx.tracks or key in ctx.albums:
            return known_subject(ctx, sentence, clean_title(text) or text, quote_end)
    return None


def known_subject(ctx, sentence, title, end):
    key = match_key(title)
    if (
        key not in ctx.tracks
        and key not in ctx.albums
        and NOT_IN_FILM_RE.search(sentence.norm[end or 0 : (end or 0) + 80])
    ):
        return None
    if key in ctx.tracks:
        ctx.remember("track", key)
    if (
        key in ctx.albums
        or ALBUM_WORDS_RE.search(title)
        or (key not in ctx.tracks and album_apposed(sentence.norm, title))
    ):
        album = ctx.album(sentence, title)
        return record_subject("album", album)
    track = ctx.tracks.get(key)
    if track is None and end is not None and named_as_film(sentence.norm, end):
        return None  # "the director's next film, “X”, had a theme that charted"
    if track is None and a_described_film(ctx, title):
        return None  # "<i>X</i>, a road movie from 1989": "it" is not that title
    if track is None:
        track = ctx.track(sentence, title)
        if end is not None:
            index = sentence.index_at(end)
            if index < len(sentence.tokens) and sentence.tokens[index].text == "by":
                add_unique(track["performers"], names_at(sentence, index + 1, limit=3))
    return (
        track["title"],
        "track",
        track["performers"][0] if track["performers"] else "",
    )
