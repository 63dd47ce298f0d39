"""A song of another occasion than the film's: the sentence opens by moving to a
time beside the film's story ("The same week I played on “X” for A", "Same month we
pressed twenty thousand of “X”", "Last month I interpreted a wedding where the
couple walked out to “X”"). Once the post has its song, such a title is another
one, unless the sentence speaks of the film ("The same week the montage was recut to
“X”"). Every pattern is bounded."""

import re

from ..prose import match_key
from .sentences import clean_title

PERIOD = r"(?:day|night|week|weekend|month|year|spring|summer|autumn|fall|winter)"
# At the sentence's opening: a time beside the film's, not after it ("Months
# later I heard it in the film" is the film's song heard).
OTHER_OCCASION_RE = re.compile(
    rf"^(?:(?:The|That|That\svery)\s)?[Ss]ame\s{PERIOD}\b"
    rf"|^(?:Last|Only\slast|Just\slast)\s{PERIOD}\b"
    rf"|^(?:The\s)?{PERIOD}\sbefore\slast\b"
)
# In the sentence: the film itself, whose song this may be.
FILM_SPOKEN_RE = re.compile(
    r"\b(?:film|films|movie|movies|picture|montage|scene|scenes|cinema|screen"
    r"|trailer|director|shoot|sequence)\b",
    re.IGNORECASE,
)


def of_another_occasion(ctx, sentence, start, end):
    """Whether the title quoted from ``start`` to ``end`` is a song of another
    occasion, the post having named its own song already."""
    norm = sentence.norm
    if not ctx.tracks or not OTHER_OCCASION_RE.match(norm):
        return False
    if FILM_SPOKEN_RE.search(norm):
        return False
    return match_key(clean_title(norm[start + 1 : end - 1])) not in ctx.tracks


# Around a title: the title tells who a person is, by another work of theirs. "the
# same Brennock who wrote “X” for the Hollis Sisters", "the singer, best known for
# “X”,", "Ida Roe, of “X” fame,".
CREDENTIAL_BEFORE_RE = re.compile(
    r"\b(?:the\ssame|that)\s(?:[A-Z][\w'-]+\s){1,3}(?:who|that)\s(?:once\s|also\s)?"
    r"(?:wrote|co-wrote|penned|sang|recorded|had\sa\shit\swith)\s\W{0,2}$"
    r"|\b(?:best|better|mostly|chiefly|still)\sknown\s(?:for|as\sthe\s(?:voice|writer"
    r"|singer)\s(?:of|behind))\s\W{0,2}$"
    r"|,\s(?:of|yes,\sof)\s\W{0,2}$"
)
FAME_AFTER_RE = re.compile(r"^\W{0,2}\s?fame\b")


def a_credential(ctx, sentence, start, end):
    """Whether the title quoted from ``start`` to ``end`` only tells who someone is
    (by another work), the post having named its own song already."""
    norm = sentence.norm
    before = norm[max(0, start - 60) : start]
    if not ctx.tracks or not CREDENTIAL_BEFORE_RE.search(before):
        return False
    if before.endswith(("of ", "of \u201c", "of \ue000")) and not FAME_AFTER_RE.match(
        norm[end : end + 10]
    ):
        return False  # ", of “X”" alone is no credential; ", of “X” fame" is
    return match_key(clean_title(norm[start + 1 : end - 1])) not in ctx.tracks
