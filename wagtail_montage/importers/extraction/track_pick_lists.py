"""A list of songs the sentence right before it presents as the writer's picks, not
the film's: "Here are twelve we've loved this season", "Some ideas to try:", "If you
like it, you'll like these". The tracks its items make are doubted: once the post is
read they leave the page, with their people and chart facts, unless a later sentence
the track rule reads as a song heard in the film makes one of them again, or the
post gives one of them a section of its own (a heading that is its title)."""

import re

from ..prose import match_key

# The lead-in of a list of picks: suggestions, favourites, songs to try.
PICKS_LEAD_RE = re.compile(
    r"\b(?:here\s(?:are|is)\s(?:(?:my|our|a\sfew|some|the)\s)?(?:[a-z0-9]{1,9}\s)?"
    r"(?:(?:more|other|favourite|favorite)\s)?(?:that\s|which\s)?(?:we've|we\shave"
    r"|I've|I\shave)\s(?:loved|liked|picked|chosen)"
    r"|(?:songs|tracks|tunes|ideas|picks|suggestions)\s(?:to\s(?:try|consider)"
    r"|worth\s(?:trying|a\slisten)|you\s(?:might|may|could)\s(?:like|love|try))"
    r"|you'll\s(?:also\s)?(?:like|love)\s(?:these|this\slot)"
    r"|(?:our|my)\s(?:picks|suggestions|recommendations)\b)",
    re.IGNORECASE,
)
# A later list's heading or lead-in that goes on with the picks: "The other six",
# "The remaining five:", "The rest of them", "A few more".
MORE_PICKS_RE = re.compile(
    r"^(?:and\s)?(?:the\s(?:other|remaining)\s(?:[a-z0-9]{1,9}\s?)?(?:picks|songs|ideas)?"
    r"|the\srest\b|(?:a\sfew|some)\smore\b)[^.]{0,20}:?$",
    re.IGNORECASE,
)


def picks_list(ctx, sentence, before):
    """An item of a list whose lead-in offers it as a pick: the tracks it made are
    doubted. A heading that is one of them: that one is the post's song."""
    heading = ctx.heading.norm if ctx.heading else ""
    if ctx.picks_run and match_key(heading) in ctx.picks_run[1]:
        ctx.doubted.discard(match_key(heading))
    run = ctx.list_run
    if not sentence.listed or not run:
        return
    if run[0] == sentence.number:
        ctx.picks_run = _picks_start(ctx, run[0], heading)
    if not ctx.picks_run or ctx.picks_run[0] != run[0]:
        return
    made = set(ctx.tracks) - before
    ctx.picks_run[1].update(made)
    ctx.doubted |= made


def _picks_start(ctx, first, heading):
    """The run a list starting at ``first`` opens: a picks run when its lead-in
    offers picks, or, once the post has had a list of picks, when its heading or
    lead-in goes on with them ("The other six"); else ``(None, set())`` once picks
    have been seen (a later list may still go on with them), ``None`` before."""
    lead = ctx.previous.norm.strip() if ctx.previous else ""
    if PICKS_LEAD_RE.search(lead):
        return (first, set())
    if ctx.picks_run is None:
        return None
    if MORE_PICKS_RE.match(heading.strip()) or MORE_PICKS_RE.match(lead):
        return (first, set())
    return (None, set())
