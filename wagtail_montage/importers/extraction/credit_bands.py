"""A band named through one of its members, then "the band" performing the song:
"Iron Hollow's frontman A wrote it, and the band recorded it" (Iron Hollow
performs it). "The band" alone, with no act of the sentence to mean, credits no
one."""

from .credit_subjects import PERFORMED
from .credit_tracks import is_title, it_track, word_at
from .roles import is_role
from .sentences import add_unique

BAND_NOUNS = frozenset({"band", "group", "trio", "quartet", "duo"})
# "cut it": a band's verb of recording, besides "recorded", "performed".
BAND_VERBS = PERFORMED | {"cut", "played", "plays"}


def band_performs(ctx, sentence):
    """Credit the act whose member the sentence names, when "the band" then
    performs "it"."""
    tokens = sentence.tokens
    for index in range(2, len(tokens) - 1):
        if not (
            tokens[index].text.lower() in BAND_VERBS
            and word_at(tokens, index + 1).lower() == "it"
            and tokens[index - 1].text.lower() in BAND_NOUNS
            and tokens[index - 2].text.lower() == "the"
        ):
            continue
        act = _member_of(sentence, index - 2)
        if act is None or is_title(ctx, act):
            continue
        track = it_track(ctx, sentence, tokens[index + 1].start)
        if track is not None:
            add_unique(track["performers"], [act])


def _member_of(sentence, end):
    """The one act "X's <role>" or "the Xs' <role>" names before ``tokens[end]``
    ("Iron Hollow's frontman"), or None."""
    tokens = sentence.tokens
    acts = []
    for index in range(end - 1):
        token = tokens[index]
        plural = token.text.endswith("s") and tokens[index + 1].text == "'"
        if not (token.cap and (token.possessive or plural)):
            continue
        if not is_role(word_at(tokens, index + 1 + plural).lower()):
            continue
        start = index
        while start > 0 and tokens[start - 1].cap and tokens[start - 1].text != "The":
            start -= 1
        acts.append(sentence.span(start, index + 1).removesuffix("'s"))
    return acts[0] if len(set(acts)) == 1 else None
