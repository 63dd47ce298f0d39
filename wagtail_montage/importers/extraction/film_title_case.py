"""A run of capitalised words in a post's title that the text writes only in
lowercase ("My Film Project: X" over "My film project is about the film X", "Fact
Sheet" over "this fact sheet") is the title's own capitals on a common phrase, not
the film's name."""

import re


def common_phrase(run, texts):
    """Whether every place ``texts`` (sentences and headings, as written) name the
    run of two words or more, its last word is in lowercase: "film project" for "My
    Film Project"; not when the text never names it, nor "Moon over Marrowbone"."""
    words = run.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    pattern = re.compile(r"\b" + r"\s".join(map(re.escape, words)) + r"\b", re.I)
    found = [match.group(0) for text in texts for match in pattern.finditer(text)]
    return bool(found) and all(match.split()[-1][:1].islower() for match in found)
