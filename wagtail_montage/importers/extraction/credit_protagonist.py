"""The person a post is about, for a "he" or "she" nothing else in the post can
mean: the one full name (two or three capitalised words) the post's title names
that is no title of the film, a track or an album, nor a band ("AMA recap: Ines
Roth on writing for X" -> Ines Roth; "Ada Vale at the Movies" -> Ada Vale).
"Grandpa Emile" is no full name, nor is a run with a possessive inside ("the
Understudy's Year montage": a title)."""

import re

from ..prose import match_key
from .credit_words import ACT_NOUNS
from .lexicon import STOP_STARTS
from .roles import is_role
from .sentences import paragraph_text

NAME_RE = re.compile(
    r"(?<![\w'])((?:[A-Z][\w'.-]*[a-z\u00e0-\u024f][\w.-]*\s){1,2}"
    r"[A-Z][\w.-]*[a-z\u00e0-\u024f][\w.-]*)(?:'s)?(?![\w-])"
)
TITLE_GOES_ON_RE = re.compile(r"(?:to|of|the|and|in|on|at|for|a|an)\s[A-Z]")
KIN = frozenset({"Grandpa", "Grandma", "Granddad", "Uncle", "Aunt", "Auntie", "Dad"})
KIN_TOO = frozenset({"Mum", "Mom", "Father", "Mother", "Saint", "St", "Mr", "Mrs"})
NOT_NAMES = KIN | KIN_TOO | {"Dr", "Ms", "Sir", "Lady", "Lord", "Miss"}


def protagonist(ctx):
    """The post's protagonist, as a one-item list, or []."""
    names = set()
    for found in NAME_RE.finditer(ctx.post.title or ""):
        words = found.group(1).split()
        while words and (words[0] in STOP_STARTS or words[0] in NOT_NAMES):
            words = words[1:]
        if not 2 <= len(words) <= 3 or any(_owner(word) for word in words[:-1]):
            continue  # "the Understudy's Year montage": a title, not a name
        name = " ".join(words)
        if _titled(ctx, name) or _an_act(words) or not _named_alone(ctx, name):
            continue
        names.add(name)
    return list(names) if len(names) == 1 else []


def _owner(word):
    """Whether a word inside a capitalised run is a possessive ("Piper's Lament")."""
    return word.endswith(("'s", "\u2019s"))


def _named_alone(ctx, name):
    """Whether the post's text names ``name`` as a name of its own: neither inside
    a longer capitalised run nor before "to"/"of" and a capitalised word ("Last
    Train to Harlan" is a title)."""
    text = " ".join(
        paragraph_text(value)
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
    for found in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", text):
        before = text[: found.start()].rstrip().rsplit(" ", 1)[-1]
        after = text[found.end() :].lstrip()
        if before[:1].isupper() and not (
            before.endswith((".", ":", ",")) or is_role(before.lower())
        ):
            continue  # "The Ada Vale Band", not "Songwriter Ada Vale"
        if after[:1].isupper() or TITLE_GOES_ON_RE.match(after):
            continue  # "Ada Vale Band", "Last Train to Harlan"
        return True
    return False


def _titled(ctx, name):
    """Whether ``name`` is the film's title (or it without its "The": "the Long
    Division montage" of "The Long Division"), a track's or an album's."""
    key = match_key(name)
    film = ctx.film_key.removeprefix("the ")
    return key in (ctx.film_key, film) or key in ctx.tracks or key in ctx.albums


def _an_act(words):
    last = words[-1]
    return last.lower() in ACT_NOUNS or (last.endswith("s") and not last.endswith("ss"))
