"""The single taken up again after its B-side: "The song is “X”. Its B-side, “Y”, is
not in the film. // It reached number two on the UK chart". A B-side does not chart
as itself: a sentence that opens on "it" or "the single", right after a sentence that
names the single's B-side as a title the post does not keep (the memory's last
thing), is about the single named before the B-side, not about nothing. A sentence
that quotes a title, or opens otherwise ("Her next single ..."), is left as it is."""

from ..prose import match_key
from .discourse import pronoun_clear
from .sentences import clean_title
from .track_flip_sides import flip_side_after, flip_side_before
from .track_translations import own_quotes

# The words a sentence about the single opens on.
OPENINGS = (("it",), ("the", "single"), ("the", "record"))


def single_past_flip_side(ctx, sentence):
    """Remember the single again when ``sentence`` takes it up after its B-side."""
    previous = ctx.previous
    if previous is None or sentence.quotes or not ctx.recent:
        return
    kind, key = ctx.recent[-1]
    if kind != "other" or not _opens_on_single(sentence):
        return
    if not any(
        match_key(clean_title(text) or text) == key
        and (
            flip_side_before(previous.norm[:start])
            or flip_side_after(previous.norm[end:])
        )
        for text, start, end in own_quotes(previous)
    ):
        return
    single = next(
        (found for kind, found in reversed(ctx.recent) if kind == "track"), None
    )
    if single is not None:
        ctx.remember("track", single)


def _opens_on_single(sentence):
    """Whether the sentence opens on "It" or "The single"."""
    words = tuple(token.text.lower() for token in sentence.tokens[:2])
    if words[:1] == ("it",):
        return pronoun_clear(sentence, 0)
    return words in OPENINGS
