"""A song the film did not use: an unused song, the song the makers wanted first
but did not get, a song offered to them and declined, "neither X nor “Y” was used".
A writer names such songs beside the film's own, in a sentence of their own; read
as a track, each made a false block (with its credits and chart facts) in writers
of every kind. Once the whole post is read, a track the sentence naming it first
says so of becomes a suggestion (drop_songs_elsewhere), not a block.

The cue is the title's own: a word of its noun phrase just before it ("the unused
song “X”", "a second, rejected theme, “X”"), the first choice the sentence then
says was not had ("their first choice was “X”, but the rights cost too much"), a
use denied just before it ("never used the tune he wrote first, “X”"), or a
refusal just after it ("“X” had been offered to the director and declined", "nor
“X” was used in the film"). Not "unused footage", not a title after the cue's
clause ends. Every pattern is bounded, with no nested quantifier."""

import re

# Just before the title, in its noun phrase: "the unused song “X”", "a second,
# rejected theme, “X”", "an abandoned cue, “X”".
UNUSED_BEFORE_RE = re.compile(
    r"\b(?:unused|rejected|discarded|abandoned|vetoed)\s"
    r"(?:(?:song|theme|track|number|cue|ballad|tune|title\ssong)\s?)?"
    r"[^.;:\u201c\u201d]{0,12}$",
    re.IGNORECASE,
)
# Before the title, the use denied: "didn't use the demo she sent, “X”",
# "never used his first draft, “X”".
NOT_USED_BEFORE_RE = re.compile(
    r"\b(?:did\snot|didn't|never|would\snot|wouldn't)\suse(?:d)?\b[^.;\u201c\u201d]{0,50}$",
    re.IGNORECASE,
)
# "their first choice was “X”", "the song they wanted first, “X”": only with a
# "but" or a "not" after the title.
FIRST_CHOICE_RE = re.compile(
    r"\bfirst\s(?:choice|pick)\b[^.;\u201c\u201d]{0,20}$"
    r"|\bwanted\sfirst\b[^.;\u201c\u201d]{0,12}$",
    re.IGNORECASE,
)
CONTRAST_RE = re.compile(r"\b(?:but|not|never|instead)\b|n't\b", re.IGNORECASE)
# Just after the title: "“X”, was offered to the studio and then declined",
# "“X” was turned down", "“X”, was used in the finished film" after "neither".
REFUSED_AFTER_RE = re.compile(
    r"^[\u201d,\s]{0,4}(?:had\sbeen|has\sbeen|was|were|got)\s"
    r"(?:offered[^.;\u201c]{0,50}?\sand\s(?:then\s)?)?"
    r"(?:declined|rejected|turned\sdown|vetoed|refused|passed\sover)\b",
    re.IGNORECASE,
)
USED_AFTER_RE = re.compile(
    r"^[\u201d,\s]{0,4}(?:was|were)\sused\s(?:in|for|on)\b", re.IGNORECASE
)
NEITHER_RE = re.compile(r"\b(?:neither|nor)\b", re.IGNORECASE)


def unused_title(norm, start, end):
    """Whether the title quoted from ``norm[start]`` to ``norm[end]`` is a song the
    sentence says the film did not use."""
    before, after = norm[max(0, start - 70) : start], norm[end : end + 90]
    if UNUSED_BEFORE_RE.search(before) or NOT_USED_BEFORE_RE.search(before):
        return True
    if FIRST_CHOICE_RE.search(before) and CONTRAST_RE.search(after):
        return True
    if REFUSED_AFTER_RE.search(after):
        return True
    return bool(USED_AFTER_RE.search(after) and NEITHER_RE.search(before))
