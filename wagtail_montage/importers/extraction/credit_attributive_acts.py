"""An act named as an attribute of the song's noun right before its title: "the
Kestrel Lane song “X”", "A second Kestrel Lane recording, “X,” accompanies the
credits", "another Gannets single, “X”". The act whose song it is sings it, as
"the Gannets' “X”" says.

Guards: only for a track with no performer yet; the name must be one to four
words in capitals right after "the", "a", "an" or "another" (an ordinal or "other"
maybe between) and right before a song noun, a comma at most between it and the
title; it must not be the film's title or an album's ("the Gull Point song “X”" is
the film's), a chart's or a certifier's name, nor a word of an occasion, a studio
or a country ("the Christmas song", "the Disney song", "the Irish single"), nor a
writer of the post's songs who performs none ("a second Castell tune"). Every
pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .credit_chart_names import chart_name

NOT_ACTS = frozenset(
    "Christmas Eurovision Disney Motown Bond Oscar Academy Grammy Broadway Hollywood"
    " Number No UK US American British English Irish Scottish Welsh Canadian"
    " Australian French German Italian Spanish Summer Winter New Old Big The".split()
)


def attributive_acts(ctx, text):
    """Give a track with no performer the act named before its song noun."""
    for track in ctx.tracks.values():
        if track["performers"]:
            continue
        act = _act_before(ctx, track["title"], text)
        if act:
            track["performers"].append(act)


def _act_before(ctx, title, text):
    """The act of "the <Act> song “Title”", or None."""
    found = re.search(
        r"\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s(?:(?:second|third|other|later|earlier)\s)?"
        r"([A-Z][\w'\u2019-]{0,25}(?:\s[A-Z][\w'\u2019-]{0,25}){0,3})\s(?:song|recording"
        r"|single|number|track|tune|ballad),?\s[\"\u201c\u2018']" + re.escape(title),
        text,
    )
    if found is None:
        return None
    act = found.group(1)
    if set(act.split()) & NOT_ACTS or chart_name(act):
        return None
    if match_key(act) == ctx.film_key or ctx.is_album_title(act):
        return None
    if _a_writer(ctx, act):
        return None  # "A second Castell tune": the writer's, not an act's
    return act


def _a_writer(ctx, name):
    """Whether ``name`` (or a surname) is a writer of the post's tracks who
    performs none of them."""
    key = name.casefold()
    writers, players = set(), set()
    for track in ctx.tracks.values():
        writers.update(n.casefold() for n in track["composers"])
        players.update(n.casefold() for n in track["performers"])
    named = {w for w in writers if w == key or w.split()[-1] == key}
    return bool(named) and not named & players
