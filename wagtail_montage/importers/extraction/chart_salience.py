"""The post's own song when the memory knows none: "“Vector Two-Seven”, Skyline
Telegraph, written by their drummer. The record reached number seven ...". A quoted
title nothing said was a song is "other" in the discourse memory, so that "it" after
"his earlier hit “X”" means none of the post's songs; but in a post that has named
no song of its own yet, the title quoted last is the one "the record" means."""

from ..prose import match_key
from .chart_clauses import it_after_another_record
from .chart_owners import not_this_record
from .discourse import AMBIGUOUS, anaphor_kind, title_cased
from .patterns import ALBUM_WORDS_RE
from .sentences import clean_title
from .subjects import known_subject


def remember_titles(ctx, sentence):
    """Keep each title the sentence quotes as written, by its key."""
    if sentence.quotes:
        ctx.quoted_paragraph = sentence.paragraph
    for text, _start, _end in sentence.quotes:
        title = clean_title(text) or text.strip(" ,;:")
        key = match_key(title)
        if key and key not in ctx.quoted_titles:
            ctx.quoted_titles[key] = title


def unknown_song(ctx, sentence, region):
    """(title, kind, artist) of the title quoted last, for an anaphor between tokens
    ``start`` and ``end`` ("it", "the single", "the record") that points at nothing
    the post knows, when the post knows no track at all and the title is the last
    thing the memory holds; else None."""
    start, end = region
    if ctx.tracks or not ctx.recent or start >= end:
        return None
    if not_this_record(sentence, region) or it_after_another_record(sentence, 0, end):
        return None  # "“X” (1971), whose theme ...", "her next single reached"
    kind, key = ctx.recent[-1]
    title = ctx.quoted_titles.get(key)
    if kind != "other" or key == AMBIGUOUS or not title or not title_cased(title):
        return None
    kinds = {anaphor_kind(sentence, at, start) for at in range(start, end)} - {None}
    if not kinds or (ALBUM_WORDS_RE.search(title) and "track" in kinds):
        return None
    if "album" in kinds and not ALBUM_WORDS_RE.search(title):
        return None  # "the LP went gold" after a song's title: not the song
    return known_subject(ctx, sentence, title, None)
