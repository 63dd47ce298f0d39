"""More ways a sentence says its quoted title is a song of the film, and who made
it: a relative clause or an apposition that credits it ("“X”, which the Gulls play
at the dance", "“X,” the instrumental Ada Moon wrote"), a song said to be called
so ("The song at the end, when the boats leave, is called “X”"), a song heard
loud ("with “X” blasting"). Every pattern is bounded."""

import re

from .credit_words import NOT_A_SONG_RE

_NAME = r"[A-Z][\w'.-]{0,30}(?:\s(?:[A-Z][\w'.-]{0,30}|of|the|and|&)){0,4}"
_DOER = rf"(?:(?:the\s)?{_NAME}|he|she|they)"
# After a title: who made it, in a relative clause or an apposition. "“X”, which
# he composed in a week and which the Gulls recorded", "“X”, which The Gulls (...)
# play at the dance", "“X,” the instrumental Ada Moon wrote and then recorded".
MADE_AFTER_RE = re.compile(
    r"^\W{0,3},?\s(?:(?:which|that)(?:\s[^,.;:]{1,60}?\sand\s(?:which|that))?"
    r"|(?P<noun>(?:the|a|an)\s(?:[a-z-]{1,20}\s){0,2}?(?:song|instrumental"
    r"|ballad|single|tune|theme|number|waltz|duet|anthem))(?:\sthat|\swhich)?)\s"
    rf"(?P<doer>{_DOER})(?:\s\([^()]{{1,120}}\))?\s(?:later\s|also\s|first\s|then\s)?"
    r"(?P<verb>composed|wrote|co-wrote|penned|recorded|sang|sings|sing|performed"
    r"|performs|play|plays|played)\b"
    # "wrote and then recorded": both
    r"(?P<also>\sand\s(?:then\s|also\s)?(?:recorded|sang|performed|played))?"
)
COMPOSING = frozenset({"composed", "wrote", "co-wrote", "penned"})
# Before a title: the song the sentence opens on is called so. "The song at the
# end, when the boats leave, is called ", "The theme was titled ".
SONG_CALLED_RE = re.compile(
    r"^(?:The|This|That|Their|Her|His|Its|Our)\s(?:[\w-]{1,20}\s){0,2}?(?:song|tune"
    r"|theme|ballad|single|number|track)\b[^.;\u201c\ue000]{0,90}?\s(?:is|was)\s"
    r"(?:called|titled|named|entitled)\s\W{0,2}$"
)
# Just after a title: it is heard loud. "with “X” blasting", "“X” blaring from
# the jukebox".
HEARD_LOUD_RE = re.compile(
    r"^\W{0,3}\s?(?:blasting|blaring|booming|pumping|thumping|wailing)\b"
)
# Words before a title that name a scene, not a title of its own: "the motel scene
# is 'X'", "the fiddle tune under the wedding scene, “X”".
SCENE_WORDS = frozenset({"scene", "sequence", "montage"})


def made_after(after):
    """``(composers, performers)`` a relative clause or apposition right after a
    title credits, "he" and "she" left out; None when there is none."""
    found = MADE_AFTER_RE.match(after[:200])
    if not found:
        return None
    doer = found.group("doer")
    names = [] if doer in ("he", "she", "they") else [re.sub(r"^the\s", "", doer)]
    if found.group("verb") in COMPOSING:
        if not (found.group("noun") or found.group("also")):
            return None  # "“X”, which A wrote in 1950": a poem as well as a song
        return names, (names if found.group("also") else [])
    return [], names


def song_called(sentence, start):
    """Whether the words before the title say the song is called so."""
    return bool(SONG_CALLED_RE.search(sentence.norm[:start]))


def heard_loud(after):
    return bool(HEARD_LOUD_RE.match(after[:30]))


def named_no_song(norm, start, sung):
    """Whether the words just before a title name it as no song ("the tagline 'X'",
    "the opening scene, 'X'"); a scene's name only counts when nothing says the
    title is sung or played (``sung``)."""
    words = {
        match.group(0).lower()
        for match in NOT_A_SONG_RE.finditer(norm[max(0, start - 40) : start])
    }
    if sung:
        words -= SCENE_WORDS
    return bool(words)
