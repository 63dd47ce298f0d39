"""An album's title between commas after its noun and a short clause of what became
of it: "The LP that followed, Harbour Lights at Dusk, reached No. 30", "their
record that came next, Harbour Bells, sold less". The title is the words up to the
next comma when every one of them is capitalised or a small word of a title; "the
LP that followed, though, did not" names none."""

import re

from .sentences import clean_title

# The album's noun, "that" or "which", a clause of a few lowercase words, a comma.
RELATIVE_APPOSITION_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?:soundtrack\s)?(?:album|LP|record)"
    r"\s(?:that|which)\s(?:[a-z]{2,12}\s){0,3}?[a-z]{2,12},\s(?=[A-Z])"
)
SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "at", "to", "for"})


def relative_apposed(sentence):
    """``(title, start, end)`` of the albums named so in ``sentence``."""
    norm, found = sentence.norm, []
    for match in RELATIVE_APPOSITION_RE.finditer(norm):
        close = norm.find(",", match.end(), match.end() + 80)
        title = clean_title(sentence.orig[match.end() : close]) if close > 0 else ""
        words = title.split()
        if (
            title
            and not sentence.inside_quote(match.end())
            and all(word[:1].isupper() or word in SMALL for word in words)
        ):
            found.append((title, match.end(), close))
    return found


# After a title in italics, up to the apposition's comma: lowercase words only.
LOWER_WORDS_RE = re.compile(r"\W?(?:\s[a-z]{1,12}){1,6}\s?")


def italic_then_words(norm, end, close):
    """Whether a title in italics ending at ``end`` is followed by lowercase words
    up to the apposition's comma at ``close``: "the soundtrack, called <i>X</i>
    after the film, went silver": the title is the italics, not the words after."""
    return 0 < end < close and bool(LOWER_WORDS_RE.fullmatch(norm[end:close]))
