"""A title heard in a sentence whose verb comes before its subject: "Under the
whole last reel runs a lone piano piece, “X”", "Over the closing shots plays “X”",
"Beneath the rowing scenes drifts a slow waltz, “X”". A writer of essays turns the
sentence round to end on the title; the verb of being heard still says it is heard.

Guards: the sentence (or its clause) must open on a preposition of place ("under",
"over", "beneath", "behind", "through", "across") with a few words after it, then
the verb ("runs", "plays", "drifts", "floats", "hums", "swells", "sits"), then the
title, or a noun of music set beside it with a comma ("a lone piano piece, “X”");
"Under the bed sits a copy of “X”" (no noun of music, a thing) or "Over the years I
played “X”" (the verb's subject before it) say nothing. Every pattern is bounded,
with no nested quantifier."""

import re

# Just before the title: "Under the whole last reel runs ", "Over the closing shots
# plays a slow waltz, ", "Beneath the rowing drifts a lone piece of music, ".
INVERTED_RE = re.compile(
    r"(?:^|[,;:.\u2014]\s)(?:[Uu]nder|[Oo]ver|[Bb]eneath|[Bb]ehind|[Tt]hrough|[Aa]cross"
    r"|[Uu]nderneath)\s(?:[\w'\u2019-]{1,20}\s){1,6}?(?:runs|plays|drifts|floats|hums"
    r"|swells|sits|ripples)\s(?:(?:a|an|the)\s(?:[\w-]{1,20}\s){0,3}?(?:piece(?:\sof"
    r"\s(?:music|score))?|song|tune|cue|melody|theme|waltz|reel|instrumental|ballad"
    r"|lament|air),\s)?\W{0,2}$"
)


def inverted_cue(before):
    """Whether the words ``before`` a title are a turned-round sentence of its being
    heard."""
    return bool(INVERTED_RE.search(before[-140:]))
