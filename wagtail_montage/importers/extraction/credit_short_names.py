"""A first name written short for someone the post has named in full: "Vusi composed
it" in a post that named Vusumuzi Khoza before, and no other Vus..., is Vusumuzi
Khoza; "Kat" after "Katarina Voss" is Katarina Voss. Only a short form of three to
five letters, shorter than the first name it stands for and sharing its first three
letters, when exactly one whole name the post writes before it begins so."""

import re

from .lexicon import STOP_STARTS


def short_for(name, text):
    """The one whole name of the text before ``name`` whose first name ``name``
    shortens, else ``name``."""
    if not (3 <= len(name) <= 5 and name.isalpha() and name.istitle()):
        return name
    first = re.search(rf"(?<![\w'-]){re.escape(name)}(?![\w'-])", text)
    before = text[: first.start()] if first else text
    people = {
        f"{found.group(1)} {found.group(2)}"
        for found in re.finditer(
            rf"(?<![\w'-])({re.escape(name[:3])}[a-z]{{1,12}}) ([A-Z][a-z][\w'-]{{0,30}})"
            r"(?![\w'-])",
            before,
        )
        if found.group(2) not in STOP_STARTS and len(found.group(1)) > len(name)
    }
    return people.pop() if len(people) == 1 else name
