"""A film's year said other ways than four digits: in words ("Nineteen eighty-three",
"in seventy-seven", "the summer of sixty-nine") or cut short ("in '89"), read as
digits so the film's year patterns see it; and the year a sentence gives the film
by itself: "The film is from 1985", "It's from 1983" right after the title, or a
year alone opening a sentence just after it ("Nineteen eighty-three, I think")."""

import re

from .patterns import YEAR

UNITS = "one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
VALUES = {
    **{word: index + 1 for index, word in enumerate(UNITS)},
    **{word: index + 10 for index, word in enumerate(TEENS)},
    **{word: (index + 2) * 10 for index, word in enumerate(TENS)},
}
_TENS = "|".join(TENS)
_UNITS = "|".join(UNITS)
# "eighty-three", "seventy seven", "sixty", "eighteen"
TWO_DIGITS = rf"(?:(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{'|'.join(TEENS)})"
# "Nineteen eighty-three": a whole year in words.
NINETEEN_RE = re.compile(rf"\b[Nn]ineteen[\s-]({TWO_DIGITS})\b(?![\s-](?:{_UNITS})\b)")
# "in seventy-seven,", "the summer of sixty-nine.": the decade and year after a word
# that dates, with nothing counted after it ("in seventy minutes" is no year).
SHORT_WORDS_RE = re.compile(
    rf"\b((?:in|of|from|since)\s)({TWO_DIGITS})(?=\s?[,.;:)!?\u2014]|\s(?:and|but|when"
    r"|or|though)\b|$)",
    re.IGNORECASE,
)
# "in '89", "of \u201989"
APOSTROPHE_RE = re.compile(r"\b((?:in|of|from|since)\s)['\u2019]([0-9]{2})\b")

# A verb of a film's release: "came out", "opened", "reached cinemas", "hit the
# screens".
RELEASED = (
    r"(?:released|came\sout|opened|premiered|(?:reached|hit)\s(?:the\s)?(?:cinemas"
    r"|theaters|theatres|screens))"
)
# Just before a year: the film set aside. "not the 2009 remake", "than that 1990 one".
SET_ASIDE_RE = re.compile(r"\b(?:not|than)\s(?:the|a|an|that)\s$")
# "The film is from 1985.", "It's from 1983.", "The picture dates from 1979."
FROM_YEAR_RE = re.compile(
    r"^(?:(?:The|This|That)\s(?:film|movie|picture)|It)(?:\s(?:is|was)|'s)?\s"
    r"(?:from|dates\sfrom|dates\sback\sto)\s(?:the\s(?:spring|summer|autumn|fall"
    rf"|winter)\sof\s)?{YEAR}\b"
)
# A year alone opening a sentence: "1983, I think.", "Nineteen eighty-three."
YEAR_ALONE_RE = re.compile(
    rf"^{YEAR}(?:\s?[.!]|,\s(?:I\s(?:think|believe|reckon)|if\sI\sremember"
    r"|or\sthereabouts|give\sor\stake))"
)


def _value(words):
    return sum(VALUES[word] for word in re.split(r"[\s-]", words.lower()))


def _short(two):
    return 2000 + two if two < 30 else 1900 + two


def digit_years(text):
    """``text`` with its years in words or cut short written in four digits."""
    text = NINETEEN_RE.sub(lambda found: str(1900 + _value(found.group(1))), text)
    text = SHORT_WORDS_RE.sub(
        lambda found: found.group(1) + str(_short(_value(found.group(2)))), text
    )
    return APOSTROPHE_RE.sub(
        lambda found: found.group(1) + str(_short(int(found.group(2)))), text
    )


def year_by_itself(norms, index, named):
    """The year ``norms[index]`` gives the film by itself, when one of the two
    sentences before it (``named``: whether each names the film) names the film: "It's
    from 1983", "Nineteen eighty-three, I think"; else None."""
    if not any(named[max(0, index - 2) : index]):
        return None
    text = digit_years(norms[index])
    found = FROM_YEAR_RE.match(text) or YEAR_ALONE_RE.match(text)
    return int(found.group(1)) if found else None
