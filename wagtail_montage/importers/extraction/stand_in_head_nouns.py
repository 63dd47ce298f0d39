"""A stand-in's subject that repeats the last word of a place's name, said in the
sentence or the one before: "The fight is at the Kelp Street Pier, and the pier plays
a Lisbon quay", "That grey thing is St Olaf's Church. In the film the church played a
Boston chapel": the pier is Kelp Street Pier, the church St Olaf's Church, though
neither was said to be filmed."""

import re

from ..prose import match_key
from .place_words import place_noun

NAME_WORD = r"[A-Z][\w'\u2019.-]*"
LINKS = r"(?:of|de|la|du|the|and)"


def head_named(ctx, sentence, back, noun):
    """The name ending in ``noun`` ("Pier" for "the pier") said last before
    ``tokens[back]`` in the sentence, else last in the sentence before; or "". Only
    after "the": "that pier" points to the place just filmed (place_mentioned)."""
    tokens = sentence.tokens
    if not place_noun(noun) or back < 1 or tokens[back - 1].text.lower() != "the":
        return ""
    pattern = re.compile(
        rf"\b((?:{NAME_WORD}\s)(?:(?:{LINKS}\s)?{NAME_WORD}\s){{0,4}})"
        rf"{noun.capitalize()}s?\b(?!\s[A-Z])"
    )
    texts = [sentence.norm[: tokens[back].start]]
    previous = getattr(ctx, "previous", None)
    if previous is not None and previous.paragraph == sentence.paragraph:
        texts.append(previous.norm)
    for text in texts:
        names = [match.group(0) for match in pattern.finditer(text)]
        name = names[-1].removeprefix("The ") if names else ""
        if name and len(name.split()) > 1 and not known_work(ctx, name):
            return name
    return ""


def known_work(ctx, name):
    """Whether ``name`` is the film's title, a track's or an album's."""
    key = match_key(name)
    return key == ctx.film_key or key in ctx.tracks or key in ctx.albums
