"""A colon's list of quoted titles after words that place them in the film: "In the
film, in order: “A”, “B” and “C”.", "Six songs make it: “A”, “B” and the encore,
“C”.", "What the film keeps: “A” and “B”." (a concert film's cut of a night's
set). Each title is a track of the post.

Not read: a list the words keep out of the film ("Cut from the film:", "What the
film drops:", "Songs not in the film:"), words before the colon that say more than
where the songs are, a list with other words between its titles than commas, "and",
"then", "finally" or "the encore" / "the closer" / "the opener" (a sentence that
goes on about the songs), fewer than two titles. Every pattern is bounded, with no
nested quantifier."""

import re

from ..prose import match_key
from .lexicon import STOP_STARTS
from .sentences import clean_title

# What comes before the colon: the songs placed in the film.
KEPT_RE = re.compile(
    r"^(?:(?:in|into)\s(?:the\s)?(?:film|movie|final\scut)(?:,\s(?:in\sorder|in\sthat"
    r"\sorder|as\sshown))?|(?:the\s)?(?:[a-z]{2,8}\s)?(?:songs|numbers|tracks)\s(?:that\s)?"
    r"(?:make\sit|made\sit|made\sthe\scut|make\sthe\scut|in\sthe\s(?:film|movie))"
    r"(?:\sin(?:to)?\s(?:the\s)?(?:film|movie))?|what\sthe\s(?:film|movie)\skeeps"
    r"|the\s(?:film|movie)\skeeps)\s?:\s",
    re.IGNORECASE,
)
# What may stand between two titles.
GAP_RE = re.compile(
    r"^[\s,]{0,3}(?:(?:and|then|finally|and\sfinally|and\sthen)\s?)?(?:the\s(?:encore"
    r"|closer|opener),?\s)?$",
    re.IGNORECASE,
)
END_RE = re.compile(r"^[\s.!]{0,3}$")


def kept_list(ctx, sentence):
    """Make tracks of a colon's list of quoted titles the film keeps."""
    norm = sentence.norm
    found = KEPT_RE.match(norm.lstrip())
    if found is None or not sentence.quotes:
        return
    at = len(norm) - len(norm.lstrip()) + found.end()
    spans, titles = [], []
    for text, start, end in sentence.quotes:
        if start < at:
            return
        if not GAP_RE.match(norm[at:start]):
            return
        spans.append((start, end))
        titles.append(clean_title(text))
        at = end
    if len(spans) < 2 or not END_RE.match(norm[at:]):
        return
    if not all(titles) or any(
        title.split()[0] in STOP_STARTS or match_key(title) == ctx.film_key
        for title in titles
    ):
        return
    for (start, _end), title in zip(spans, titles, strict=True):
        ctx.offset = start
        ctx.track(sentence, title)
