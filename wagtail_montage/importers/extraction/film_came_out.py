"""The year the post says its film came out, in a sentence of its own anywhere in
the post: "The film came out in 1975 and we were nowhere in it.", "the movie was
released in the autumn of 1975", "The picture finally opened in March 1974". It
dates the film a sentence named without a year ("The movie is called <i>X</i> and
it is about shearers"), or one dated only by its making ("we were extras in <i>X</i>
in the summer of 1974"). Only "the film" (or
movie, picture) as the subject: "it came out in 1975" may be a single; never a
sentence that reports what was said, nor two such sentences with two years."""

import re

from .film_words import REPORTED_RE
from .film_year_words import digit_years
from .patterns import YEAR

CAME_OUT_RE = re.compile(
    r"\b[Tt]he\s(?:film|movie|picture)\s(?:finally\s|eventually\s|only\s|first\s)?"
    r"(?:came\sout|was\sreleased|opened|premiered|was\sfirst\sshown)\s(?:in\s)?"
    r"(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s)?(?:[A-Z][a-z]{2,8}\s)?"
    rf"{YEAR}\b"
)


def came_out(sentences):
    """The one year the post's sentences say the film came out, or None."""
    years = set()
    for sentence in sentences:
        norm = digit_years(sentence.norm)
        if REPORTED_RE.match(norm):
            continue  # "I once wrote that the movie opened in 1988."
        years.update(int(found.group(1)) for found in CAME_OUT_RE.finditer(norm))
    return years.pop() if len(years) == 1 else None
