"""Positions inside quotation marks are skipped, for they are most often a title's
("“No. 1 in My Heart”") or a claim quoted ("sleeves call it a ‘top 30 hit’"); but a
sentence someone said, quoted whole, states what a speaker knows: “It only got to
No. 9 on the Hot 100, but it went gold”, “The single went to number six on the UK
chart and it's silver now”, she said, “it reached No. 4 in Canada that spring”."""

from .discourse import title_cased

# Fewer words than this in quotation marks: a title or a phrase quoted, not speech.
SPEECH_WORDS = 8


def quoted_away(sentence, offset):
    """Whether the position at ``offset`` is inside quotation marks that hold a title
    or a phrase, not a sentence someone said."""
    if not sentence.inside_quote(offset):
        return False
    spans = [*sentence.quotes, *sentence.speech]
    for text, start, end in spans:
        if start < offset < end:
            return not spoken(text)
    return True


def spoken(text):
    """Whether words in quotation marks are a sentence someone said: begun with a
    capital, long, and not written as a title is (not "‘a No. 9 smash’", a phrase
    lifted from a sleeve)."""
    return (
        text[:1].isupper()
        and len(text.split()) >= SPEECH_WORDS
        and not title_cased(text)
    )
