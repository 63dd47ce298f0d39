"""The record a fragment is about: "Number six in the UK singles chart in the spring
of '84, and the soundtrack album went silver in Britain too" is the song named
before the sentence, not the album it names first after the fragment."""

from ..prose import match_key
from .discourse import _last_without


def fragment_subject(ctx, sentence):
    """``ctx.last()`` as it was before the sentence: not a track or album the
    sentence names for the first time (after the fragment that opens it)."""
    new = {
        match_key(slot.value["title"])
        for slot in ctx.slots.get(sentence.paragraph, ())
        if slot.kind in ("track", "album") and slot.order[0] == sentence.number
    }
    return _last_without(ctx, None, new)
