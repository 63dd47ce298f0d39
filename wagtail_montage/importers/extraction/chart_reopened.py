"""The post's one song, taken up again in a new paragraph: "... and “Low Tide Waltz”
is not in the picture at all. // The single did better than expected. It got to
No. 14 ...". Another title named in an earlier paragraph keeps "it" from meaning the
post's song in the sentences right after it; a later paragraph that opens its talk
with "The song" / "The single", or sits under a heading about the song ("The song"),
with no title quoted in it so far and none in the sentence just before, is about
the one song the post has."""

from ..prose import match_key
from .chart_b_sides import note_b_sides
from .chart_flip_sides import single_past_flip_side
from .discourse import AMBIGUOUS, IT, TRACK_NOUNS, pronoun_clear


def reopen_song(ctx, sentence):
    """Remember the post's only track again when ``sentence`` takes it up anew; the
    single, after a sentence about its B-side (chart_flip_sides)."""
    single_past_flip_side(ctx, sentence)
    note_b_sides(ctx, sentence)  # "The B-side, an instrumental called “Y”, ..."
    if len(ctx.tracks) != 1 or ctx.last("track") is not None or sentence.quotes:
        return
    if ctx.quoted_paragraph >= sentence.paragraph:
        return  # a title quoted in this paragraph: "the single" may be that one
    if _under_song_heading(ctx, sentence) or (
        (_the_song(sentence) or _it_opens(ctx, sentence)) and not _just_named(ctx)
    ):
        ctx.remember("track", match_key(next(iter(ctx.tracks.values()))["title"]))


def _just_named(ctx):
    """Whether the sentence read last quoted a title, with no heading since: "Their
    earlier single “X” did well too. // The song went to No. 6": maybe that one."""
    previous, heading = ctx.previous, ctx.heading
    if previous is None or not previous.quotes:
        return False
    return heading is None or heading.paragraph < previous.paragraph


def _it_opens(ctx, sentence):
    """ "It ...", "Commercially, it ..." or "Against the odds it ...": "it" among the
    first words of a paragraph, with no name before it."""
    previous = ctx.previous
    if previous is not None and previous.paragraph == sentence.paragraph:
        return False
    if ctx.recent and ctx.recent[-1] == ("other", AMBIGUOUS):
        return False  # "... survived on the album “X”. // It went to No. 3": which?
    if (
        previous is not None
        and ctx.quoted_paragraph == previous.paragraph
        and any(token.text.lower() in IT for token in previous.tokens)
    ):
        return False  # "“X” ... It was dropped before the shoot. // It reached ..."
    return any(
        token.text.lower() == "it" and pronoun_clear(sentence, at)
        for at, token in enumerate(sentence.tokens[:5])
    )


def _the_song(sentence):
    """ "The single did better ...", "The tune, though, ...": a sentence whose subject
    is the song, written with "the" alone (not "Their next single", "The other song")."""
    tokens = sentence.tokens
    return (
        len(tokens) > 2
        and tokens[0].text == "The"
        and tokens[1].text.lower() in TRACK_NOUNS
        and not tokens[1].possessive
    )


def _under_song_heading(ctx, sentence):
    """The first sentence under a heading that names a song and no title ("The song",
    "About that single"), with no sentence read between the heading and it."""
    heading, previous = ctx.heading, ctx.previous
    if heading is None or heading.quotes or heading.paragraph >= sentence.paragraph:
        return False
    if previous is not None and previous.paragraph >= heading.paragraph:
        return False
    return any(token.text.lower() in TRACK_NOUNS for token in heading.tokens)
