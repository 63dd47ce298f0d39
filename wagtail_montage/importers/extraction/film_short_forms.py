"""The film a post's title names by a short form of its name: "the Paper Mill
soundtrack" over a text that gives "Thunder in the Paper Mill (1980)": the fuller
name the text dates in brackets, ending on the title's run, is the film."""

import re

from .lexicon import CLOSE, OPEN

# Small words a film's name may hold between its capitalised ones.
SMALL_WORDS = frozenset("of the a an in on at to for and from with over by".split())
# How many words before the short form the fuller name may start.
MAX_BEFORE = 5


def fuller_dated(title, opening):
    """``(fuller name, year, sentence)`` when a sentence of ``opening`` names
    ``title`` as the end of a longer capitalised name dated in brackets right after
    it ("to Thunder in the Paper Mill (1980)"), else None."""
    pattern = re.compile(
        r"\b" + re.escape(title) + rf"[{CLOSE}’'\"]?\s?\((\d{{4}})\)", re.IGNORECASE
    )
    for sentence in opening:
        norm = sentence.norm.replace(OPEN, " ").replace(CLOSE, "")
        found = pattern.search(norm)
        if found is None:
            continue
        before = norm[: found.start()].split()
        start = start_of_name(before)
        # Not from the sentence's first word: "Finally Paper Mill (1980)".
        if start and len(start.split()) < len(before):
            fuller = " ".join([start, norm[found.start() : found.end()].split("(")[0]])
            return " ".join(fuller.split()), int(found.group(1)), sentence
    return None


def start_of_name(words):
    """The words before a short form that begin a longer name, from its first
    capitalised word ("Thunder in the" of "... to Thunder in the"), else ""."""
    taken = []
    for word in reversed(words[-MAX_BEFORE:]):
        if word[:1].isupper() and word.isalpha():
            taken.insert(0, word)
        elif word in SMALL_WORDS:
            taken.insert(0, word)
        else:
            break
    while taken and not taken[0][:1].isupper():
        taken.pop(0)
    return " ".join(taken)
