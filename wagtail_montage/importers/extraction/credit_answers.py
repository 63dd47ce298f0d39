"""A quiz's or an FAQ's question on a credit, answered by a name alone: "Who sang
it? A: Ada Vale (1 point).", "Who wrote it? Trick question: Ada Vale and her
brother, Bo Vale, together." The question names the track and the role; the next
sentence, when it is no more than names (after a short label such as "A:"), who
did it. An answer that goes on with a verb of its own is left to the other
rules."""

import re

from .credit_subjects import PERFORMED, WROTE
from .credit_tracks import is_title, it_track, known_track
from .sentences import add_unique, names_after_with, names_span

# Before the question: a list's number ("Q2.", "5."), then "And" or "Bonus:".
QUESTION_START = r"^(?:(?:Q\d{0,2}|\d{1,2})[.:)]?\s)?(?:(?:And|So|Bonus:?)\s)?"
# Who asks: "Who", "who" after "And", "Which band", "What singer".
ASKER = (
    r"(?:[Ww]ho|(?:Which|which|What|what)\s(?:band|group|singer|act|artist|duo|trio"
    r"|songwriter|writer|composer)s?)"
)
QUESTION_RE = re.compile(
    QUESTION_START + ASKER + r"\s(?:really\s|actually\s)?(\w+(?:-\w+)?)\s"
    r"(it|(?:the|that|this)\s[\w -]{0,30}?(?:song|tune|theme|number|track)"
    r"|\ue000[^\ue001]{1,80}\ue001)(?!\w)(\swith\s(?:her|him)\b)?[^?]{0,60}\?$"
)
# A question reported in a log or a letter: "Bev asks who sang it.", "A listener
# wanted to know who wrote “X”." Groups as in ``QUESTION_RE``.
REPORTED_RE = re.compile(
    r"\b(?:asks|asked|asking|wants\sto\sknow|wanted\sto\sknow|wonders|wondered)"
    r"\swho\s(?:really\s|actually\s)?(\w+(?:-\w+)?)\s"
    r"(it|(?:the|that|this)\s[\w -]{0,30}?(?:song|tune|theme|number|track)"
    r"|\ue000[^\ue001]{1,80}\ue001)(?!\w)(\swith\s(?:her|him)\b)?[^.?]{0,40}[.?]$"
)
# An answer that is a guess: "Ann Lee, I think."
HEDGE_RE = re.compile(r"\b(?:I\sthink|I\sguess|I\sbelieve|maybe|probably|perhaps)\b")
ROLES = {**dict.fromkeys(WROTE | {"writes", "composes"}, "composers")}
ROLES.update(dict.fromkeys(PERFORMED | {"sing", "sung"}, "performers"))
# What may end an answer that is names alone: its end, a bracket, "together".
ANSWER_ENDS = frozenset({"", ".", "(", ",", ";", "together", "!"})


def answered_credits(ctx, sentence):
    """Keep the question a sentence asks; credit the names answering the one the
    sentence before asked."""
    asked = getattr(ctx, "credit_question", None)
    ctx.credit_question = _question(ctx, sentence)
    if asked is None or ctx.credit_question is not None:
        return
    role, track, paragraph, with_one = asked
    if sentence.paragraph - paragraph > 1:
        return
    names = _answer(sentence)
    names = [name for name in names if name[:1].isupper() and not is_title(ctx, name)]
    add_unique(track[role], names)
    if with_one and names:  # "Who co-wrote it with her? B.": she did too
        add_unique(track[role], with_one)
    ctx.credit_answered = (track, names)


def _question(ctx, sentence):
    norm = sentence.norm.strip()
    found = QUESTION_RE.match(norm) or REPORTED_RE.search(norm)
    if found is None or found.group(1).lower() not in ROLES:
        return None
    role = ROLES[found.group(1).lower()]
    if found.group(2) == "it":
        track = it_track(ctx, sentence, sentence.norm.index(" it", found.start(2) - 1))
        if track is None and len(ctx.tracks) == 1:
            # "Who sang it?" after a title that is no song ("half a point for X,
            # which is not a song"): the one track of the quiz
            (track,) = ctx.tracks.values()
    else:
        track = known_track(ctx, sentence.norm) or ctx.last_track()
    if track is None:
        return None
    return role, track, sentence.paragraph, _answered_before(ctx, found, track)


def _answered_before(ctx, found, track):
    """ "Who co-wrote it with her?": the one name that answered the question before,
    on the same track; [] when the question has no "with her"."""
    if not found.group(3):
        return []
    before, names = getattr(ctx, "credit_answered", (None, []))
    return names if before is track and len(names) == 1 else []


def _answer(sentence):
    """The names a sentence answers with, after a label of up to three words and a
    colon ("A:", "Trick question:"); [] when a verb or anything but names follows
    them."""
    tokens = sentence.tokens
    start = 0
    for index in range(min(4, len(tokens))):
        if tokens[index].text == ":":
            start = index + 1
            break
    names, end = names_span(sentence, start, limit=4)
    if not names or HEDGE_RE.search(sentence.norm):
        return []
    after = tokens[end].text.lower() if end < len(tokens) else ""
    if after not in ANSWER_ENDS:
        return []
    if after in (",", "together"):
        ahead = end + (after == ",")
        if ahead < len(tokens) and tokens[ahead].text.lower() == "together":
            ahead += 1
        more = names_after_with(sentence, ahead)
        names += more
    return names
